"""The schedule in a real Chromium with the demo weeks: the grid at 1280 px and the list at
390 px fit their width, today is marked, axe-core finds no serious violation; the print view
is one A4 landscape page; an official signed in sees the internal entry."""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe, shoot, sign_in
from tests.factories.users import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INTERNAL = "Họp Ban Thường trực bàn công tác cán bộ"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_the_week_fits_and_marks_today(new_page, demo_site, viewport):
    page = new_page(viewport)
    assert page.goto("/lich-cong-tac/").status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    assert page.locator(".sched-day.is-today").count() == 1
    assert page.locator(".sched-entry.is-cancelled del").count() >= 1
    assert page.locator(".sched-flag--changed").count() >= 1
    assert INTERNAL not in page.content()
    # a grid with its column headings on a desktop; on a phone a list (headings for screen
    # readers only, each part of the day labelled in its cell)
    header_height = page.locator(".sched-table thead").bounding_box()["height"]
    assert (header_height > 10) is (viewport is DESKTOP)
    shoot(page, f"schedule-week-{viewport['width']}")
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_the_print_view_is_one_a4_landscape_page(new_page, demo_site, tmp_path):
    page = new_page(DESKTOP)
    page.goto("/lich-cong-tac/ban-in/")
    shoot(page, "schedule-print")
    page.emulate_media(media="print")
    pdf = page.pdf(prefer_css_page_size=True)
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert round(float(box.width) / 72 * 25.4) == 297  # A4: 297 mm wide


def test_an_official_sees_the_internal_entry(new_page, demo_site):
    # "Cán bộ" as the migrations make it (a transactional test flushes their grants)
    make_user("official", "canbo1", perms=["schedule.view_internal_entry"])
    page = new_page(PHONE)
    page.goto("/dang-nhap/?next=/lich-cong-tac/")
    sign_in(page, "canbo1")
    page.goto("/lich-cong-tac/")
    assert INTERNAL in page.content()
    assert page.locator(".sched-entry.is-internal .sched-flag--internal").count() == 1
