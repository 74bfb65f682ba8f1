"""Printing an article (issue 20, item 16): A4, and the last page is never the footer alone.
Measured from Chromium's own PDF of the page (print stylesheet), read back with pypdf."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.factories.news import make_article

pytestmark = pytest.mark.django_db(transaction=True)

A4_POINTS = (595, 842)
PARAGRAPH = (
    "Hội nghị đã nghe báo cáo kết quả thực hiện chương trình phối hợp giữa Ủy ban Mặt trận "
    "Tổ quốc Việt Nam quận và các tổ chức thành viên, thảo luận và thống nhất nhiệm vụ trọng "
    "tâm của sáu tháng cuối năm, trong đó chú trọng công tác an sinh xã hội ở cơ sở."
)


def printed_pages(page, url) -> list[str]:
    page.goto(url)
    pdf = PdfReader(BytesIO(page.pdf(prefer_css_page_size=True, print_background=False)))
    for sheet in pdf.pages:
        width, height = (round(float(v)) for v in sheet.mediabox.upper_right)
        assert (width, height) == A4_POINTS
    return [sheet.extract_text() for sheet in pdf.pages]


def test_the_last_printed_page_holds_the_end_of_the_article(new_page, site_settings):
    page = new_page()
    lonely = []
    for paragraphs in range(6, 30):
        article = make_article(
            f"Bài in thử {paragraphs}",
            body="".join(f"<p>{n}. {PARAGRAPH}</p>" for n in range(1, paragraphs + 1)),
        )
        pages = printed_pages(page, article.get_absolute_url())
        last = pages[-1]
        if f"{paragraphs}. Hội nghị" not in last and "Địa chỉ bài viết" not in last:
            lonely.append((paragraphs, len(pages)))
    assert lonely == [], "the last page held only the footer for these lengths"
