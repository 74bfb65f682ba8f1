"""Printing a conference page (not the print view; issue 18, item 6): A4, photos loaded, and
the last page is never the footer alone. Measured from Chromium's own PDF of the page, read
back with pypdf (tests/browser/conftest.py starts the browser; skipped without Chromium)."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from events.models import Participation
from tests.browser.conftest import chromium, new_page  # noqa: F401  (fixtures)
from tests.factories.events import make_conference, make_photo

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.browser]

A4_POINTS = (595.28, 841.89)  # 210 × 297 mm


def printed_pages(page, url) -> list[str]:
    page.goto(url, wait_until="networkidle")
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    page.wait_for_load_state("networkidle")
    pdf = PdfReader(BytesIO(page.pdf(format="A4", print_background=False)))
    for sheet in pdf.pages:
        width, height = (float(v) for v in sheet.mediabox.upper_right)
        assert abs(width - A4_POINTS[0]) < 1 and abs(height - A4_POINTS[1]) < 1
    return [sheet.extract_text() for sheet in pdf.pages]


def test_the_last_printed_page_holds_part_of_the_record(new_page, site_settings):  # noqa: F811
    page = new_page()
    lonely = []
    for people in range(4, 40, 3):
        conference = make_conference(
            f"Hội nghị in thử {people} đại biểu",
            people=[
                (f"Nguyễn Văn Số{n}", Participation.Role.ATTENDING, "Ủy viên Ủy ban MTTQ quận")
                for n in range(1, people + 1)
            ],
        )
        pages = printed_pages(page, conference.get_absolute_url())
        last = pages[-1]
        # the aside's facts close the record: their heading or the end of the list is there
        if "Thông tin chung".upper() not in last.upper() and "Đại biểu" not in last:
            lonely.append((people, len(pages), last[:120]))
    assert lonely == [], "the last page held only the footer"


def test_photos_are_printed(new_page, site_settings):  # noqa: F811
    conference = make_conference("Hội nghị có ảnh")
    for order in range(4):
        make_photo(conference, caption=f"Ảnh số {order + 1}", order=order)
    page = new_page()
    printed_pages(page, conference.get_absolute_url())
    loaded = page.evaluate(
        "Array.from(document.querySelectorAll('.photo img')).map(i => i.complete && i.naturalWidth > 0)"
    )
    assert loaded == [True] * 4
