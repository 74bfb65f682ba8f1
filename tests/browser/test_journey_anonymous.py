"""Journey 4: an anonymous visitor cannot reach an internal conference, an unpublished
conference or an unpublished article — not by their address, not by search, not through the
lists, exports, feed or sitemap. An official, logged in, does find the internal conference
(so the search checks are not empty by accident)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import Person
from news.models import Article, Category
from tests.browser.conftest import (
    DESKTOP,
    DRAFT_CONFERENCE_TITLE,
    INTERNAL_ONLY_PERSON,
    INTERNAL_TITLE,
    PHONE,
    shoot,
    sign_in,
)
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)

DRAFT_TITLE = "Phương án sáp nhập tổ dân phố ở phường Nghĩa Đô (dự thảo, chưa đăng)"
PENDING_TITLE = "Kết quả khảo sát sự hài lòng ở phường Nghĩa Đô (chờ duyệt)"
SCHEDULED_TITLE = "Lịch tiếp công dân tháng tới ở phường Nghĩa Đô (hẹn giờ đăng)"
PUBLIC_TITLE = "Phường Nghĩa Đô ra quân làm sạch đường phố"


@pytest.fixture
def hidden(conferences):
    category = Category.objects.get(slug="hoat-dong-mat-tran")
    articles = {
        "draft": make_article(DRAFT_TITLE, status=Article.Status.DRAFT, category=category),
        "pending": make_article(PENDING_TITLE, status=Article.Status.PENDING, category=category),
        "scheduled": make_article(
            SCHEDULED_TITLE,
            category=category,
            publish_at=timezone.now() + timedelta(days=3),
        ),
        "public": make_article(PUBLIC_TITLE, category=category),
    }
    return {"articles": articles, "conferences": conferences}


def test_anonymous_visitor_cannot_reach_hidden_content(new_page, hidden):
    articles, conferences = hidden["articles"], hidden["conferences"]
    internal, draft_conference = conferences[INTERNAL_TITLE], conferences[DRAFT_CONFERENCE_TITLE]
    insider = Person.objects.get(full_name=INTERNAL_ONLY_PERSON)
    page = new_page(PHONE)

    # By address: the pages, the print view, the calendar file, the staff preview, and the page
    # of a person who attended only the internal conference.
    for url in (
        insider.get_absolute_url(),
        internal.get_absolute_url(),
        f"{internal.get_absolute_url()}ban-in/",
        f"{internal.get_absolute_url()}lich.ics",
        draft_conference.get_absolute_url(),
        articles["draft"].get_absolute_url(),
        articles["pending"].get_absolute_url(),
        articles["scheduled"].get_absolute_url(),
    ):
        response = page.goto(url)
        assert response.status == 404, url
        assert "Không tìm thấy trang" in page.locator("h1").inner_text(), url
    shoot(page, "journey4-not-found-390")
    page.goto(f"/xem-truoc/tin-tuc/{articles['draft'].pk}/")
    assert "/admin/login/" in page.url  # the preview asks for a staff login
    assert DRAFT_TITLE not in page.content()

    # By search: the words of their titles find nothing hidden (but do find the public one).
    hidden_titles = [INTERNAL_TITLE, DRAFT_CONFERENCE_TITLE, DRAFT_TITLE, PENDING_TITLE]
    hidden_titles.append(SCHEDULED_TITLE)
    searches = ("nhan su khoa moi", "dao minh khue", "an toan thuc pham bep an", "nghia do")
    for words in (*searches, "Nghĩa Đô"):
        page.goto("/tim-kiem/")
        page.get_by_role("searchbox", name="Từ khóa").fill(words)
        page.get_by_role("button", name="Tìm kiếm", exact=True).click()
        page.get_by_role("status").wait_for()
        text = page.locator("main").inner_text()
        for title in (*hidden_titles, INTERNAL_ONLY_PERSON):
            assert title not in text, (words, title)
        if "nghia do" in words.lower() or "Nghĩa Đô" in words:
            assert page.get_by_role("link", name=PUBLIC_TITLE).is_visible()
    shoot(page, "journey4-search-390")

    # Lists, exports, feed and sitemap.
    for query in ("q=nhan+su+khoa+moi", "q=dao+minh+khue"):
        page.goto(f"/hoi-nghi/?{query}")
        assert "0 hội nghị" in page.locator(".lookup-count").inner_text(), query
    # Filtering by the insider is refused as an unknown person, without showing the name.
    page.goto(f"/hoi-nghi/?person={insider.slug}")
    assert page.locator(".lookup-errors").is_visible()
    text = page.locator("main").inner_text()
    assert INTERNAL_ONLY_PERSON not in text and INTERNAL_TITLE not in text
    for url in ("/hoi-nghi/", "/tin-tuc/", "/chuyen-muc/hoat-dong-mat-tran/", "/"):
        page.goto(url)
        text = page.locator("main").inner_text()
        for title in hidden_titles:
            assert title not in text, (url, title)
    for url in ("/hoi-nghi/export.csv", "/hoi-nghi/lich.ics", "/rss/", "/sitemap.xml"):
        response = page.request.get(url)
        assert response.ok, url
        body = response.text()
        for title in hidden_titles:
            assert title not in body, (url, title)
        for obj in (internal, draft_conference, *list(articles.values())[:3]):
            assert obj.get_absolute_url() not in body, (url, obj)

    # The same search, by an official: the internal conference is there.
    make_user("official", "canbo")
    official = new_page(DESKTOP)
    official.goto("/dang-nhap/?next=/tim-kiem/%3Fq%3Dnhan%2Bsu%2Bkhoa%2Bmoi")
    sign_in(official, "canbo")
    assert official.locator(".search-results").get_by_role("link", name=INTERNAL_TITLE).is_visible()
    assert DRAFT_CONFERENCE_TITLE not in official.locator("main").inner_text()
