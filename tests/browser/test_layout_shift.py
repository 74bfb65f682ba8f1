"""Layout shift measured in Chromium (issue 20, item 13): the page must not jump after it
first paints. Measured with PerformanceObserver's layout-shift entries, as Lighthouse's CLS;
the conference lookup's script is delayed 600 ms, as on a slow phone network, so a panel
that only the script opens would move the page."""

import time
from datetime import timedelta

import pytest

from tests.browser.conftest import DESKTOP, PHONE
from tests.factories.events import make_conference

pytestmark = pytest.mark.django_db(transaction=True)

OBSERVE_SHIFTS = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__cls += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""


def cumulative_shift(new_page, path, viewport) -> float:
    page = new_page(viewport)
    page.add_init_script(OBSERVE_SHIFTS)

    def slow_script(route):
        time.sleep(0.6)
        route.continue_()

    page.route("**/js/events*.js", slow_script)
    page.goto(path)
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    return page.evaluate("window.__cls")


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_conference_lookup_does_not_jump(new_page, site_settings, viewport):
    # One result, as in the demo: the footer is on the first screen, and moves if the panel
    # above it opens late (0.048 here before the fix, 0.057 with the demo; Lighthouse, throttled, said 0.20).
    make_conference("Hội nghị giám sát", ago=timedelta(days=3))
    # The issue asks < 0.05; the fixed page does not move at all, so anything above 0.01 is
    # the panel opening late again.
    assert cumulative_shift(new_page, "/hoi-nghi/", viewport) < 0.01


def test_wide_lookup_shows_every_filter_without_the_script(new_page, site_settings):
    make_conference("Hội nghị giám sát", ago=timedelta(days=3))
    page = new_page(DESKTOP, java_script_enabled=False)
    page.goto("/hoi-nghi/")
    assert page.locator(".lookup-more input, .lookup-more select").first.is_visible()
