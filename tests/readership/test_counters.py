"""Batched "most read" counters: counted on cached hits, no write per view, flushed in bulk."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from readership import counters
from readership.models import ArticleDailyViews
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db
BROWSER = {"User-Agent": "Mozilla/5.0 (Linux; Android 14) Chrome/126 Mobile Safari/537.36"}


def test_every_read_counts_even_from_the_page_cache_without_a_db_write(client, site_settings):
    article = make_article()
    client.get(article.get_absolute_url(), headers=BROWSER)  # renders and caches
    with CaptureQueriesContext(connection) as ctx:
        for _ in range(3):
            assert client.get(article.get_absolute_url(), headers=BROWSER).status_code == 200
    assert not [q for q in ctx.captured_queries if not q["sql"].startswith("SELECT")]
    assert counters.pending() == {(article.pk, timezone.localdate()): 4}
    assert not ArticleDailyViews.objects.exists()


def test_flush_adds_counts_in_one_go(client, site_settings):
    article, other = make_article(), make_article()
    for _ in range(3):
        client.get(article.get_absolute_url(), headers=BROWSER)
    client.get(other.get_absolute_url(), headers=BROWSER)
    assert counters.flush() == 4
    assert counters.pending() == {}
    client.get(article.get_absolute_url(), headers=BROWSER)
    counters.flush()
    views = dict(ArticleDailyViews.objects.values_list("article_id", "views"))
    assert views == {article.pk: 4, other.pk: 1}


def test_crawlers_staff_and_previews_are_not_counted(client, site_settings):
    from tests.factories.users import make_user

    article = make_article()
    url = article.get_absolute_url()
    client.get(url, headers={"User-Agent": "Googlebot/2.1 (+http://www.google.com/bot.html)"})
    client.get(url, headers={"User-Agent": "facebookexternalhit/1.1"})
    client.get(url, headers={**BROWSER, "Sec-Purpose": "prefetch"})
    client.get(url)  # no User-Agent at all
    client.force_login(make_user("editor"))
    client.get(url, headers=BROWSER)
    assert counters.pending() == {}


def test_flush_is_due_only_after_the_interval(client, site_settings, settings):
    article = make_article()
    settings.READERSHIP_FLUSH_SECONDS = 3600
    client.get(article.get_absolute_url(), headers=BROWSER)
    assert not ArticleDailyViews.objects.exists()  # request_finished did not flush yet
    settings.READERSHIP_FLUSH_SECONDS = 0
    client.get(article.get_absolute_url(), headers=BROWSER)
    # flushed after the response was finished (request_finished), not inside the view
    assert ArticleDailyViews.objects.get(article=article).views == 2


def test_counts_of_a_deleted_article_are_dropped(site_settings, rf):
    article = make_article()
    request = rf.get("/", headers=BROWSER)
    counters.record_view(request, article.pk)
    article.delete()
    assert counters.flush() == 0
    assert not ArticleDailyViews.objects.exists()


def test_most_read_sums_the_last_30_days(site_settings):
    a, b = make_article("A"), make_article("B")
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=a, day=today, views=5)
    ArticleDailyViews.objects.create(article=a, day=today - timedelta(days=1), views=5)
    ArticleDailyViews.objects.create(article=b, day=today, views=8)
    ranked = list(counters.most_read(days=30, limit=5))
    assert [(x.title, x.recent_views) for x in ranked] == [("A", 10), ("B", 8)]
