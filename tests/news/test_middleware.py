"""Old portal addresses redirect (301) to imported articles: news/middleware.py."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from news.models import Article
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

OLD = "http://mttqcaugiay.example.vn/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien"
TITLE = "Hội nghị ký kết chương trình phối hợp"


def final_status(client, path):
    """Status after following redirects (CommonMiddleware may first append a slash)."""
    return client.get(path, follow=True).status_code


def test_middleware_is_installed():
    assert "news.middleware.LegacyRedirectMiddleware" in settings.MIDDLEWARE


def test_old_address_redirects_permanently_to_the_article(client):
    article = make_article(legacy_url=OLD)
    response = client.get("/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_redirect_lands_on_the_article_page(client, site_settings):
    article = make_article(TITLE, legacy_url=OLD)
    response = client.get("/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien", follow=True)
    assert response.redirect_chain[-1] == (article.get_absolute_url(), 301)
    assert response.status_code == 200
    assert "Hội nghị ký kết chương trình phối hợp" in response.content.decode()


@pytest.mark.parametrize(
    ("stored", "requested"),
    [
        ("http://old.example.vn/tin-tuc/bai-1.html", "/tin-tuc/bai-1.html"),
        ("http://old.example.vn/tin-tuc/bai-1", "/tin-tuc/bai-1/"),  # trailing slash
        ("http://old.example.vn/tin-tuc/bai-1/", "/tin-tuc/bai-1"),
        ("https://other-host.vn/Tin-Tuc/bai-1.aspx", "/Tin-Tuc/bai-1.aspx"),  # host ignored
        ("http://old.example.vn/index.php?id=12&cat=3", "/index.php?id=12&cat=3"),
        ("http://old.example.vn/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B", "/tin-tuc/hội-nghị"),
        ("http://old.example.vn/tin-tuc/hội-nghị", "/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B"),
    ],
)
def test_address_variants(client, stored, requested):
    article = make_article(legacy_url=stored)
    response = client.get(requested)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    "requested",
    [
        "/tin-tuc/cau-giay-2023-06-10",  # a prefix of the old path is not it
        "/cau-giay-2023-06-10-ky-ket-va-phan-bien",  # nor is a suffix
        "/khac/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien",
    ],
)
def test_other_addresses_stay_404(client, requested):
    make_article(legacy_url=OLD)
    assert final_status(client, requested) == 404


def test_query_string_must_match_when_the_old_address_had_one(client):
    make_article(legacy_url="http://old.example.vn/index.php?id=12")
    assert final_status(client, "/index.php?id=13") == 404


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.WITHDRAWN])
def test_unpublished_article_does_not_redirect(client, status):
    make_article(legacy_url=OLD, status=status)
    assert final_status(client, "/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien") == 404


def test_scheduled_article_does_not_redirect_yet(client):
    make_article(legacy_url=OLD, publish_at=timezone.now() + timedelta(days=1))
    assert final_status(client, "/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien") == 404


def test_post_to_an_old_address_is_not_redirected(client):
    make_article(legacy_url="http://old.example.vn/tin-tuc/bai-1.html")
    assert client.get("/tin-tuc/bai-1.html").status_code == 301
    assert client.post("/tin-tuc/bai-1.html").status_code != 301


def test_existing_pages_are_never_shadowed(client, site_settings):
    make_article(legacy_url="http://old.example.vn/")
    assert client.get("/").status_code == 200


def test_redirect_after_import_command(client, tmp_path):
    from pathlib import Path

    from django.core.management import call_command

    sample = (
        Path(__file__).resolve().parent.parent
        / "fixtures"
        / "import"
        / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"
    )
    call_command(
        "import_articles",
        str(sample),
        "--status",
        "published",
        "--legacy-url-prefix",
        "http://mttqcaugiay.example.vn/tin-tuc/{name}.html",
        verbosity=0,
    )
    article = Article.objects.get()
    response = client.get("/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien.html")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
