"""Thống kê in a real browser: the charts render under the strict CSP (nothing blocked), in
the site's colours taken from site.css by class, the page fits a phone, and axe finds no
serious accessibility problem."""

import pytest

from tests.browser.conftest import (  # noqa: F401
    DESKTOP,
    PHONE,
    axe_violations,
    chromium,
    describe,
    new_page,
    shoot,
    staff_groups,
)

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_charts_under_the_strict_policy(new_page, staff_groups, world, viewport):  # noqa: F811
    page = new_page(viewport)
    blocked = []
    page.on(
        "console",
        lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None,
    )
    response = page.goto("/thong-ke/?year=2024")
    assert response.status == 200
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    page.wait_for_load_state("load")
    assert not blocked, blocked

    charts = page.locator("svg.chart__svg")
    assert charts.count() == 8
    assert charts.first.is_visible()
    # Bars take the site's red from the stylesheet (var(--red)), not from an inline style.
    fill = page.eval_on_selector("svg.chart__svg rect.s1", "e => getComputedStyle(e).fill")
    assert fill == "rgb(179, 0, 27)"
    # The page itself never scrolls sideways; wide charts and tables scroll in their box.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]
    violations = axe_violations(page)
    assert not violations, describe(violations)
    shoot(page, f"stats-{'phone' if viewport is PHONE else 'desktop'}")
