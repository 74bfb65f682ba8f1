"""Public news pages: article, lists, pagination, 404s, meta, JSON-LD, preview, queries."""

import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from tests.factories.events import make_conference
from tests.factories.news import make_article, make_category, make_tag
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def html_of(response) -> str:
    return response.content.decode()


def json_ld_of(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


# --- article page ---------------------------------------------------------------------------


def test_article_page_shows_what_a_reader_needs(client, site_settings):
    category = make_category("Hoạt động Mặt trận")
    tag = make_tag("phản biện xã hội")
    article = make_article(
        "Ký kết chương trình phối hợp",
        category=category,
        publish_at=timezone.make_aware(timezone.datetime(2023, 6, 10, 15, 37)),
        sapo="Sáng ngày 09/6/2023, hội nghị ký kết…",
        body="<p>Dự hội nghị có các đồng chí…</p>",
        byline="Quận Cầu Giấy",
        tags=[tag],
    )
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    html = html_of(response)
    assert "<h1" in html and "Ký kết chương trình phối hợp" in html
    assert "10/06/2023 - 15:37" in html
    assert "Sáng ngày 09/6/2023, hội nghị ký kết…" in html
    assert "<p>Dự hội nghị có các đồng chí…</p>" in html
    assert "Quận Cầu Giấy" in html
    assert category.get_absolute_url() in html
    assert tag.get_absolute_url() in html
    # plain share links, no third-party script
    assert "facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Ftin-tuc%2F" in html
    assert "zalo" in html.lower()
    assert "data-copy-url" in html and "data-print" in html
    assert '<script src="http' not in html


def test_article_meta_canonical_and_open_graph(client, site_settings):
    article = make_article("Tin có ảnh", cover=True, sapo="Mô tả ngắn của bài.")
    html = html_of(client.get(article.get_absolute_url()))
    url = f"http://testserver{article.get_absolute_url()}"
    assert "<title>Tin có ảnh – " in html
    assert '<meta name="description" content="Mô tả ngắn của bài.">' in html
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Tin có ảnh">' in html
    assert f'<meta property="og:url" content="{url}">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/[^"]+\.jpg">', html
    )
    assert 'property="article:published_time"' in html
    assert 'name="robots"' not in html  # indexable


def test_article_cover_has_srcset_alt_and_caption(client, site_settings):
    article = make_article(cover=True, cover_size=(1600, 1000))
    html = html_of(client.get(article.get_absolute_url()))
    assert '<source type="image/webp" srcset="' in html
    assert re.search(r'srcset="[^"]*400w, [^"]*800w, [^"]*1200w"', html)
    assert 'alt="Toàn cảnh hội nghị"' in html
    assert "<figcaption" in html
    # the cover is above the fold: not lazy
    cover = html[html.index('class="article__cover"') :]
    assert 'fetchpriority="high"' in cover[: cover.index("</figure>")]
    # numbers in markup stay plain digits, whatever the readers' 1.234 grouping (issue 25)
    assert 'width="1600" height="1000"' in cover[: cover.index("</figure>")]
    assert not re.search(r'(width|height)="\d+\.\d', html)


def test_json_ld_news_article(client, site_settings):
    category = make_category("Phản biện xã hội")
    article = make_article(
        'Tiêu đề có "ngoặc" </script><script>alert(1)</script>',
        cover=True,
        category=category,
        byline="Quận Cầu Giấy",
    )
    html = html_of(client.get(article.get_absolute_url()))
    assert "<script>alert(1)" not in html  # escaped inside the JSON-LD block
    data = json_ld_of(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith('Tiêu đề có "ngoặc" </script>')
    assert data["datePublished"] == article.publish_at.isoformat()
    assert data["dateModified"]
    assert data["image"][0].startswith("http://testserver/media/")
    assert data["author"]["name"] == "Quận Cầu Giấy"
    assert data["publisher"]["name"] == "Ủy ban MTTQ Việt Nam quận Cầu Giấy"
    assert data["articleSection"] == "Phản biện xã hội"


@pytest.mark.parametrize(
    "fields",
    [
        {"status": Article.Status.DRAFT},
        {"status": Article.Status.PENDING},
        {"status": Article.Status.WITHDRAWN, "publish_at": timezone.now() - timedelta(days=1)},
        {"status": Article.Status.PUBLISHED, "publish_at": timezone.now() + timedelta(hours=1)},
    ],
    ids=["draft", "pending", "withdrawn", "scheduled"],
)
def test_unpublished_articles_are_404_for_the_public(client, site_settings, fields):
    article = make_article(**fields)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in html_of(response)


def test_unknown_article_is_404(client, site_settings):
    assert client.get("/tin-tuc/khong-co-bai-nay/").status_code == 404


def test_related_list_same_category_newest_first_without_itself(client, site_settings):
    category, other = make_category(), make_category()
    article = make_article("Bài chính", category=category, ago=timedelta(hours=5))
    older = make_article("Cùng mục cũ", category=category, ago=timedelta(days=3))
    newer = make_article("Cùng mục mới", category=category, ago=timedelta(hours=1))
    make_article("Mục khác", category=other, ago=timedelta(minutes=5))
    make_article("Nháp cùng mục", category=category, status=Article.Status.DRAFT)
    html = html_of(client.get(article.get_absolute_url()))
    related = html[html.index("Các tin tức khác") :]
    assert "Mục khác" not in related
    assert "Nháp cùng mục" not in related
    assert "Bài chính</a>" not in related
    assert related.index(newer.title) < related.index(older.title)


def test_conferences_recorded_from_the_article(client, site_settings):
    from events.models import Conference

    article = make_article("Bài về hội nghị")
    public = make_conference("Hội nghị ký kết công khai", ago=timedelta(days=2))
    internal = make_conference(
        "Hội nghị nội bộ", ago=timedelta(days=2), visibility=Conference.Visibility.INTERNAL
    )
    public.articles.add(article)
    internal.articles.add(article)
    html = html_of(client.get(article.get_absolute_url()))
    assert "Hồ sơ hội nghị từ bài viết này" in html
    assert "Hội nghị ký kết công khai" in html
    assert "Hội nghị nội bộ" not in html


def test_print_stylesheet_and_news_css_are_linked(client, site_settings):
    html = html_of(client.get(make_article().get_absolute_url()))
    assert 'media="print"' in html
    assert "/static/css/news.css" in html
    assert 'style="' not in html
    assert "<script>" not in html


def test_article_query_count_is_bounded(client, site_settings, django_assert_max_num_queries):
    category = make_category()
    tags = [make_tag() for _ in range(5)]
    article = make_article(category=category, cover=True, tags=tags)
    for _ in range(15):
        make_article(category=category, cover=True, tags=tags[:2])
    with django_assert_max_num_queries(8):
        assert client.get(article.get_absolute_url()).status_code == 200


# --- lists and pagination -------------------------------------------------------------------


def test_all_news_lists_published_newest_first(client, site_settings):
    old = make_article("Tin cũ", ago=timedelta(days=2))
    new = make_article("Tin mới nhất", ago=timedelta(hours=1))
    make_article("Tin nháp", status=Article.Status.DRAFT)
    make_article("Tin hẹn giờ", publish_at=timezone.now() + timedelta(days=1))
    html = html_of(client.get("/tin-tuc/"))
    assert html.index(new.title) < html.index(old.title)
    assert "Tin nháp" not in html and "Tin hẹn giờ" not in html
    assert '<link rel="canonical" href="http://testserver/tin-tuc/">' in html


def test_pagination_20_per_page_with_canonical_and_numbers(client, site_settings):
    for i in range(45):
        make_article(f"Bài số {i:02d}", ago=timedelta(hours=i + 1))
    first = html_of(client.get("/tin-tuc/"))
    assert first.count('<article class="news-item') == 20
    assert "Bài số 00" in first and "Bài số 20" not in first
    assert 'href="/tin-tuc/?page=2"' in first and 'href="/tin-tuc/?page=3"' in first
    third = client.get("/tin-tuc/?page=3")
    assert third.status_code == 200
    third_html = html_of(third)
    assert third_html.count('<article class="news-item') == 5
    assert '<link rel="canonical" href="http://testserver/tin-tuc/?page=3">' in third_html
    assert 'aria-current="page"><span class="visually-hidden">Trang </span>3' in third_html
    assert 'href="/tin-tuc/?page=2" rel="prev"' in third_html


@pytest.mark.parametrize(
    "page", ["4", "0", "-1", "abc", "2.5", "", "02", "+2", " 2", "99999999999999999999"]
)
def test_bad_or_out_of_range_page_is_404(client, site_settings, page):
    for i in range(45):
        make_article(ago=timedelta(hours=i + 1))
    assert client.get("/tin-tuc/", {"page": page}).status_code == 404


def test_deep_pages_read_the_ids_first_in_as_many_queries_as_page_one(client, site_settings):
    category = make_category("Hoạt động")
    for i in range(45):
        make_article(f"Bài số {i:02d}", category=category, ago=timedelta(hours=i + 1))
    url = category.get_absolute_url()

    def page(number):
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            html = html_of(client.get(url, {"page": number} if number > 1 else {}))
        listed = re.findall(r"Bài số (\d\d)", html)
        return listed, ctx

    first, first_queries = page(1)
    third, third_queries = page(3)
    assert first[:3] == ["00", "01", "02"] and third == ["40", "41", "42", "43", "44"]
    assert len(third_queries) == len(first_queries)
    listing = [q["sql"] for q in third_queries if "OFFSET 40" in q["sql"]]
    assert len(listing) == 1 and " IN (SELECT" in listing[0]  # OFFSET only on the id subquery


def test_empty_list_page_one_is_200(client, site_settings):
    response = client.get("/tin-tuc/")
    assert response.status_code == 200
    assert "Chưa có bài viết nào." in html_of(response)


def test_category_page(client, site_settings):
    category = make_category("Giám sát", description="Giám sát chính sách, pháp luật.")
    inside = make_article("Giám sát bảo hiểm y tế", category=category)
    make_article("Tin chuyên mục khác", category=make_category())
    response = client.get(f"/chuyen-muc/{category.slug}/")
    html = html_of(response)
    assert response.status_code == 200
    assert "<h1" in html and "Giám sát" in html
    assert "Giám sát chính sách, pháp luật." in html
    assert inside.title in html and "Tin chuyên mục khác" not in html
    assert f'href="/chuyen-muc/{category.slug}/rss/"' in html
    assert client.get(f"/chuyen-muc/{category.slug}/?page=2").status_code == 404


def test_inactive_or_unknown_category_is_404(client, site_settings):
    hidden = make_category("Ẩn", active=False)
    make_article(category=hidden)
    assert client.get(f"/chuyen-muc/{hidden.slug}/").status_code == 404
    assert client.get("/chuyen-muc/khong-co/").status_code == 404


def test_tag_page(client, site_settings):
    tag = make_tag("Hội Chữ thập đỏ")
    tagged = make_article("Bài có thẻ", tags=[tag])
    make_article("Bài không thẻ")
    make_article("Nháp có thẻ", status=Article.Status.DRAFT, tags=[tag])
    html = html_of(client.get(f"/the/{tag.slug}/"))
    assert tagged.title in html
    assert "Bài không thẻ" not in html and "Nháp có thẻ" not in html
    assert client.get("/the/khong-co/").status_code == 404


@pytest.mark.parametrize("url_name", ["news:article_list", "category", "tag"])
def test_list_query_count_does_not_grow_with_articles(client, site_settings, url_name):
    category, tag = make_category(), make_tag()
    url = {
        "news:article_list": reverse("news:article_list"),
        "category": category.get_absolute_url(),
        "tag": tag.get_absolute_url(),
    }[url_name]

    def measure():
        from django.core.cache import cache

        cache.clear()
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    for _ in range(3):
        make_article(category=category, tags=[tag], cover=True)
    few = measure()
    for _ in range(25):
        make_article(category=category, tags=[tag], cover=True)
    many = measure()
    assert few == many
    # (category|tag), count, page, category nav, site chrome, next go-live
    assert many <= 7


# --- staff preview --------------------------------------------------------------------------


def test_preview_needs_login(client, site_settings):
    draft = make_article(status=Article.Status.DRAFT)
    response = client.get(reverse("news:article_preview", args=[draft.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_editor_previews_a_draft_exactly_like_the_public_page(client, site_settings):
    editor = make_user("editor")
    draft = make_article("Bản nháp đang viết", status=Article.Status.DRAFT, sapo="Sapo nháp.")
    client.force_login(editor)
    response = client.get(reverse("news:article_preview", args=[draft.pk]))
    html = html_of(response)
    assert response.status_code == 200
    assert "Bản nháp đang viết" in html and "Sapo nháp." in html
    assert "Bản xem trước" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert "no-store" in response["Cache-Control"]
    assert 'class="article"' in html  # same template as the public page


def test_writer_cannot_preview_someone_elses_draft(client, site_settings):
    writer, other = make_user("writer"), make_user("writer")
    theirs = make_article(status=Article.Status.DRAFT, author=other)
    mine = make_article(status=Article.Status.DRAFT, author=writer)
    client.force_login(writer)
    assert client.get(reverse("news:article_preview", args=[theirs.pk])).status_code == 404
    assert client.get(reverse("news:article_preview", args=[mine.pk])).status_code == 200


def test_preview_is_never_cached(client, site_settings):
    editor = make_user("editor")
    draft = make_article("Trước khi sửa", status=Article.Status.DRAFT)
    client.force_login(editor)
    url = reverse("news:article_preview", args=[draft.pk])
    client.get(url)
    draft.title = "Sau khi sửa"
    draft.save()
    assert "Sau khi sửa" in html_of(client.get(url))


def test_staff_get_an_edit_link_anonymous_readers_do_not(client, site_settings):
    article = make_article()
    assert "Sửa bài này trong trang quản trị" not in html_of(client.get(article.get_absolute_url()))
    client.force_login(make_user("editor"))
    html = html_of(client.get(article.get_absolute_url()))
    assert "Sửa bài này trong trang quản trị" in html
    assert reverse("admin:news_article_change", args=[article.pk]) in html
