"""Journey 2: a reader on a 390 px phone finds a new article on the home page, opens it,
follows a related article, then searches "cau giay" without accents and finds it again."""

import pytest
from django.core.files.base import ContentFile

from news import services
from news.models import Article, Category
from tests.browser.conftest import PHONE, shoot
from tests.factories.files import image_bytes
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Cầu Giấy: ra mắt mô hình “Khu dân cư đoàn kết, nghĩa tình” ở phường Dịch Vọng"
BODY = (
    "<h2>Những việc làm ngay trong tháng đầu</h2><p>Mô hình gồm ba việc chính:</p>"
    "<ul><li>Thăm hỏi hộ nghèo, hộ cận nghèo</li><li>Tổng vệ sinh đường làng, ngõ xóm</li></ul>"
)


@pytest.fixture
def new_article(demo_site):
    """The demo content plus an article written by a writer and published by an editor (what
    journey 1 does in the admin), in "Hoạt động Mặt trận" beside the demo's own article."""
    writer = make_user("writer", "phongvien")
    editor = make_user("editor", "bientapvien")
    article = Article(
        title=TITLE,
        sapo="Sáng 12/3, Ủy ban MTTQ Việt Nam phường Dịch Vọng ra mắt mô hình tự quản mới.",
        body=BODY,
        category=Category.objects.get(slug="hoat-dong-mat-tran"),
        author=writer,
        cover_alt="Đại biểu dự lễ ra mắt mô hình ở nhà văn hóa",
        cover_caption="Toàn cảnh lễ ra mắt mô hình",
    )
    article.cover_image.save("le-ra-mat.jpg", ContentFile(image_bytes()), save=False)
    article.save()
    services.article_submit(article=article, by=writer)
    return services.article_publish(article=article, by=editor)


def test_reader_finds_reads_follows_and_searches_on_a_phone(new_page, new_article):
    # "Các tin tức khác": the newest other article of the same category (a demo article).
    related = (
        Article.objects.published()
        .filter(category=new_article.category)
        .exclude(pk=new_article.pk)
        .first()
    )
    page = new_page(PHONE)

    page.goto("/")
    shoot(page, "journey2-home-390")
    link = page.locator("main").get_by_role("link", name=TITLE).first
    link.scroll_into_view_if_needed()
    assert link.is_visible()
    link.click()
    page.wait_for_url(f"**{new_article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == TITLE
    assert page.get_by_role("heading", name="Những việc làm ngay trong tháng đầu").is_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the article scrolls sideways ({width}px)"
    shoot(page, "journey2-article-390")

    related_box = page.locator(".related")
    related_box.get_by_role("link", name=related.title).click()
    page.wait_for_url(f"**{related.get_absolute_url()}")
    assert page.locator("h1").inner_text() == related.title

    # The phone menu ("Danh mục") leads to the search page.
    page.locator(".main-nav__toggle summary").click()
    page.locator(".main-nav__toggle").get_by_role("link", name="Tìm kiếm").click()
    page.wait_for_url("**/tim-kiem/")
    box = page.get_by_role("searchbox", name="Từ khóa")
    box.fill("cau giay")
    box.press("Enter")
    page.wait_for_url("**/tim-kiem/?q=cau+giay**")
    assert "kết quả cho “cau giay”" in page.get_by_role("status").inner_text()
    found = page.locator(".search-results").get_by_role("link", name=TITLE)
    assert found.is_visible()
    # The accent-free words are found in their accented form and marked as one word (issue 19).
    assert "Cầu Giấy" in found.locator("mark").all_inner_texts()
    shoot(page, "journey2-search-390")
    found.click()
    page.wait_for_url(f"**{new_article.get_absolute_url()}")
    assert page.locator("h1").inner_text() == TITLE
