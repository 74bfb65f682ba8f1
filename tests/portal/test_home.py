"""Home page: top story, latest news, category blocks, most read, conferences, queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import Article
from readership.models import ArticleDailyViews
from tests.factories.events import make_conference
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db


def home_html(client) -> str:
    response = client.get("/")
    assert response.status_code == 200
    return response.content.decode()


def fill_the_top():
    """Seven newer articles for the top story and the latest news, which the blocks below
    then leave out (each article shows once)."""
    for i in range(7):
        make_article(f"Tin đầu trang {i}", ago=timedelta(minutes=i + 1))


def test_empty_home_says_so(client, site_settings):
    html = home_html(client)
    assert "Chưa có bài viết nào được đăng." in html
    assert "Ủy ban MTTQ Việt Nam quận Cầu Giấy" in html


def test_featured_article_is_the_top_story(client, site_settings):
    make_article("Tin mới nhất thường", ago=timedelta(minutes=5))
    featured = make_article("Tin tiêu điểm", featured=True, ago=timedelta(days=1), cover=True)
    html = home_html(client)
    top = html[html.index('class="top-story') : html.index('id="latest-title"')]
    assert featured.title in top
    assert 'fetchpriority="high"' in top  # the top image is not lazy
    latest = html[html.index('id="latest-title"') :]
    assert "Tin mới nhất thường" in latest


def test_without_featured_the_newest_is_the_top_story(client, site_settings):
    make_article("Tin cũ hơn", ago=timedelta(days=1))
    make_article("Tin mới nhất", ago=timedelta(minutes=1))
    html = home_html(client)
    top = html[html.index('class="top-story') : html.index('id="latest-title"')]
    assert "Tin mới nhất" in top and "Tin cũ hơn" not in top


def test_home_shows_only_published_articles(client, site_settings):
    make_article("Tin công khai")
    make_article("Tin nháp", status=Article.Status.DRAFT, featured=True)
    make_article("Tin hẹn giờ", publish_at=timezone.now() + timedelta(hours=1), featured=True)
    html = home_html(client)
    assert "Tin công khai" in html
    assert "Tin nháp" not in html and "Tin hẹn giờ" not in html


def test_a_block_per_active_category_with_its_newest_articles(client, site_settings):
    first = make_category("Hoạt động Mặt trận", order=1)
    second = make_category("Phản biện xã hội", order=2)
    make_category("Chuyên mục ẩn", active=False)
    empty = make_category("Chuyên mục trống", order=3)
    fill_the_top()
    for i in range(6):
        make_article(f"HĐ {i}", category=first, ago=timedelta(hours=i + 1))
    make_article("PB 0", category=second)
    html = home_html(client)
    assert html.index("Hoạt động Mặt trận</a></h2>") < html.index("Phản biện xã hội</a></h2>")
    block = html[
        html.index("Hoạt động Mặt trận</a></h2>") : html.index("Phản biện xã hội</a></h2>")
    ]
    assert [f"HĐ {i}" in block for i in range(6)] == [True] * 4 + [False] * 2
    assert "Chuyên mục ẩn" not in html
    assert f"{empty.name}</a></h2>" not in html


def test_most_read_in_the_last_30_days(client, site_settings):
    fill_the_top()
    popular = make_article("Đọc nhiều nhất")
    second = make_article("Đọc nhì")
    old_hit = make_article("Từng đọc nhiều tháng trước")
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=popular, day=today, views=50)
    ArticleDailyViews.objects.create(article=popular, day=today - timedelta(days=29), views=10)
    ArticleDailyViews.objects.create(article=second, day=today, views=20)
    ArticleDailyViews.objects.create(article=old_hit, day=today - timedelta(days=30), views=999)
    html = home_html(client)
    box = html[html.index('id="most-read-title"') :]
    box = box[: box.index("</section>")]
    assert box.index("Đọc nhiều nhất") < box.index("Đọc nhì")
    assert "Từng đọc nhiều tháng trước" not in box


def test_most_read_ignores_unpublished(client, site_settings):
    withdrawn = make_article(
        "Bài đã gỡ", status=Article.Status.WITHDRAWN, publish_at=timezone.now()
    )
    ArticleDailyViews.objects.create(article=withdrawn, day=timezone.localdate(), views=99)
    assert "Bài đã gỡ" not in home_html(client)


def test_recent_public_conferences(client, site_settings):
    for i, (title, visibility) in enumerate(
        [("Hội nghị công khai", "public"), ("Hội nghị nội bộ", "internal")]
    ):
        make_conference(title, ago=timedelta(days=i + 1), visibility=visibility)
    make_conference("Hội nghị nháp", starts_at=timezone.now(), status="draft")
    html = home_html(client)
    assert "Hội nghị gần đây" in html
    assert "Hội nghị công khai" in html
    assert "Hội nghị nội bộ" not in html and "Hội nghị nháp" not in html


def test_home_links_the_feed(client, site_settings):
    assert 'type="application/rss+xml"' in home_html(client)


def test_home_query_count_does_not_grow_with_content(
    client, site_settings, django_assert_max_num_queries
):
    from django.core.cache import cache

    categories = [make_category() for _ in range(8)]  # the home shows at most 6 blocks

    def measure():
        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            client.get("/")
        return len(ctx)

    for category in categories:
        make_article(category=category, cover=True, featured=True)
    few = measure()
    for i in range(30):
        article = make_article(category=categories[i % 4], cover=(i % 3 == 0))
        ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=i)
    many = measure()
    assert few == many
    cache.clear()
    # top story, latest, categories + 6 blocks, most read, conferences, site chrome, go-live
    with django_assert_max_num_queries(15):
        client.get("/")
