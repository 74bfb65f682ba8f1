"""/sitemap.xml parsed as XML: every published URL, no unpublished one."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
import time_machine
from django.utils import timezone

from news.models import Article
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_entries(client) -> dict[str, str | None]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }


def test_sitemap_lists_every_published_url_and_no_unpublished_one(client, site_settings):
    category = make_category("Hoạt động")
    hidden = make_category("Ẩn", active=False)
    published = [make_article(category=category) for _ in range(3)]
    unpublished = [
        make_article(status=Article.Status.DRAFT),
        make_article(status=Article.Status.PENDING),
        make_article(status=Article.Status.WITHDRAWN, publish_at=timezone.now()),
        make_article(publish_at=timezone.now() + timedelta(hours=1)),
    ]
    entries = sitemap_entries(client)
    base = "http://testserver"
    for article in published:
        assert f"{base}{article.get_absolute_url()}" in entries
        assert entries[f"{base}{article.get_absolute_url()}"]  # lastmod
    for article in unpublished:
        assert f"{base}{article.get_absolute_url()}" not in entries
    assert f"{base}{category.get_absolute_url()}" in entries
    assert f"{base}{hidden.get_absolute_url()}" not in entries
    assert f"{base}/" in entries and f"{base}/tin-tuc/" in entries


def test_sitemap_lastmod_follows_edits(client, site_settings):
    article = make_article()
    url = f"http://testserver{article.get_absolute_url()}"
    before = sitemap_entries(client)[url]
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        article.body = "<p>Bài đã sửa.</p>"
        article.save()
        after = sitemap_entries(client)[url]
    assert after > before


def test_robots_txt_points_to_the_sitemap(client):
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_sitemap_query_count_does_not_grow_with_articles(client, site_settings):
    """A count and a page of items per declared sitemap, and the site chrome: not one query
    per article or category (every section's sitemap is in it, tests/portal/test_sections.py)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.pagecache import seconds_until_next_change
    from portal.navigation import main_menu
    from portal.pagecache import invalidate

    def queries() -> int:
        invalidate({"any-change"})  # the stored sitemap goes
        seconds_until_next_change()  # known already after any page, as in production
        main_menu()  # the context processor's menu, which a new category drops

        with CaptureQueriesContext(connection) as captured:
            assert client.get("/sitemap.xml").status_code == 200
        return len(captured)

    make_article(category=make_category())
    client.get("/")  # warm the chrome's caches
    few = queries()
    for _ in range(30):
        make_article(category=make_category())
    assert queries() == few
    assert few <= 20
