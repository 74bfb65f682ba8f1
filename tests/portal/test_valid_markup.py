"""What W3C's validator flagged on every public page (issue 20, items 11 and 12)."""

import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from committee.models import Page
from news.models import Article, Category

pytestmark = pytest.mark.django_db

# HTML's valid global date and time (and valid date): at most three fractional digits.
VALID_DATETIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}"
    r"([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2}))?$"
)


class Markup(HTMLParser):
    def __init__(self):
        super().__init__()
        self.datetimes, self.stack, self.sections = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "time" and "datetime" in attrs:
            self.datetimes.append(attrs["datetime"])
        if tag == "section":
            self.sections.append({"heading": False, "attrs": attrs})
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            for section in self.sections:
                if section.get("open", True):
                    section["heading"] = True
        self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "section":
            for section in reversed(self.sections):
                if section.get("open", True):
                    section["open"] = False
                    break


def parse(html: str) -> Markup:
    markup = Markup()
    markup.feed(html)
    return markup


@pytest.fixture
def fresh_article():
    """Published with "Đăng bài": publish_at is timezone.now(), microseconds and all."""
    category = Category.objects.create(name="Tin hoạt động", slug="tin-hoat-dong")
    now = timezone.now().replace(microsecond=261829)
    return Article.objects.create(
        title="Hội nghị tổng kết năm",
        body="<p>Nội dung</p>",
        category=category,
        status=Article.Status.PUBLISHED,
        publish_at=now - timedelta(seconds=1),
    )


def public_pages(article):
    page = Page.objects.create(
        title="Giới thiệu", slug="gioi-thieu", body="<p>Giới thiệu</p>", is_published=True
    )
    return [
        "/",
        "/tin-tuc/",
        article.get_absolute_url(),
        article.category.get_absolute_url(),
        page.get_absolute_url(),
    ]


def test_time_elements_have_valid_datetimes_on_public_pages(client, fresh_article):
    for url in public_pages(fresh_article):
        response = client.get(url)
        assert response.status_code == 200, url
        values = parse(response.content.decode()).datetimes
        assert values, f"{url}: no <time> found"
        for value in values:
            assert VALID_DATETIME.match(value), f"{url}: invalid datetime {value!r}"


def test_every_section_on_the_home_page_has_a_heading(client, fresh_article):
    sections = parse(client.get("/").content.decode()).sections
    without = [s["attrs"] for s in sections if not s["heading"]]
    assert not without, without
