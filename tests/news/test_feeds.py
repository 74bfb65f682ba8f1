"""RSS feeds read back with feedparser, the way feed readers see them."""

from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from news.models import Article
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def test_latest_feed_items_carry_title_link_sapo_date_category_and_cover(client, site_settings):
    category = make_category("Phản biện xã hội")
    article = make_article(
        "Phản biện dự thảo Nghị quyết & kế hoạch <2024>",
        category=category,
        sapo="Đã có 11 ý kiến góp ý phản biện.",
        cover=True,
        publish_at=timezone.now() - timedelta(hours=2),
    )
    make_article("Tin không ảnh", publish_at=timezone.now() - timedelta(hours=3))
    feed = parse(client, "/rss/")
    assert feed.feed.title.startswith("Tin mới – Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    assert feed.feed.language == "vi"
    first = feed.entries[0]
    assert first.title == "Phản biện dự thảo Nghị quyết & kế hoạch <2024>"
    assert first.link == f"http://testserver{article.get_absolute_url()}"
    assert first.summary == "Đã có 11 ý kiến góp ý phản biện."
    assert first.published_parsed[:5] == article.publish_at.utctimetuple()[:5]
    assert [t.term for t in first.tags] == ["Phản biện xã hội"]
    (enclosure,) = first.enclosures
    assert enclosure.href.startswith("http://testserver/media/")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert feed.entries[1].title == "Tin không ảnh"
    assert not feed.entries[1].get("enclosures")


def test_latest_feed_lists_only_published(client, site_settings):
    make_article("Tin công khai")
    make_article("Tin nháp", status=Article.Status.DRAFT)
    make_article("Tin hẹn giờ", publish_at=timezone.now() + timedelta(days=1))
    make_article("Tin đã gỡ", status=Article.Status.WITHDRAWN, publish_at=timezone.now())
    titles = [e.title for e in parse(client, "/rss/").entries]
    assert titles == ["Tin công khai"]


def test_latest_feed_is_capped_at_20(client, site_settings):
    for i in range(25):
        make_article(f"Tin {i}", ago=timedelta(hours=i + 1))
    entries = parse(client, "/rss/").entries
    assert len(entries) == 20
    assert entries[0].title == "Tin 0"


def test_category_feed(client, site_settings):
    category = make_category("Giám sát", description="Giám sát chính sách.")
    make_article("Trong chuyên mục", category=category)
    make_article("Ngoài chuyên mục", category=make_category())
    feed = parse(client, f"/chuyen-muc/{category.slug}/rss/")
    assert feed.feed.title.startswith("Giám sát – ")
    assert feed.feed.link == f"http://testserver/chuyen-muc/{category.slug}/"
    assert [e.title for e in feed.entries] == ["Trong chuyên mục"]


def test_category_feed_of_unknown_or_inactive_category_is_404(client, site_settings):
    hidden = make_category(active=False)
    assert client.get(f"/chuyen-muc/{hidden.slug}/rss/").status_code == 404
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404


def test_empty_feed_is_valid(client, site_settings):
    assert parse(client, "/rss/").entries == []


def test_feed_query_count_is_bounded(client, site_settings, django_assert_max_num_queries):
    category = make_category()
    for i in range(25):
        make_article(category=category, ago=timedelta(hours=i + 1))
    with django_assert_max_num_queries(3):
        client.get("/rss/")
    with django_assert_max_num_queries(4):
        client.get(f"/chuyen-muc/{category.slug}/rss/")
