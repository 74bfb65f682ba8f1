"""demo/news.py: the news part of `seed_demo`."""

from io import StringIO

import pytest
from django.test import TestCase
from django.utils import timezone

from demo import news as demo_news
from news.models import Article, Category

pytestmark = pytest.mark.django_db


def seed():
    # Covers are added once the data is committed (on_commit).
    with TestCase.captureOnCommitCallbacks(execute=True):
        demo_news.seed(stdout=StringIO(), verbosity=0)


def test_seed_imports_the_sample_as_a_published_article_in_tin_tuc_su_kien():
    seed()
    article = Article.objects.get(legacy_url=demo_news.SAMPLE_LEGACY_URL)
    assert article.title.startswith("Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết")
    assert article.category.name == "Tin tức – sự kiện"
    assert article.byline == "Quận Cầu Giấy"
    assert "<figcaption>Toàn cảnh hội nghị</figcaption>" in article.body  # waiting for a photo
    assert article.is_live


def test_seed_gives_the_home_page_published_articles_in_several_categories():
    seed()
    published = Article.objects.published()
    assert published.count() == len(demo_news.demo_articles()) + 1
    assert published.values("category").distinct().count() == len(demo_news.CATEGORIES)
    assert all(a.publish_at < timezone.now() for a in published)
    assert len({a.publish_at.date() for a in published}) == published.count()


def test_seed_is_idempotent_and_keeps_editors_changes():
    seed()
    article = Article.objects.get(legacy_url=demo_news.SAMPLE_LEGACY_URL)
    article.title = "Tiêu đề do biên tập viên sửa"
    article.save()
    category = Category.objects.get(slug="an-sinh-xa-hoi")
    category.name = "An sinh"
    category.save()

    seed()

    assert Article.objects.count() == len(demo_news.demo_articles()) + 1
    assert Category.objects.count() == len(demo_news.CATEGORIES)
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề do biên tập viên sửa"
    assert Category.objects.get(pk=category.pk).name == "An sinh"


def test_seed_without_any_sample_file_still_seeds_the_rest(monkeypatch, tmp_path):
    monkeypatch.setattr(demo_news, "SAMPLE_CANDIDATES", (tmp_path / "khong-co.txt",))
    seed()
    assert Article.objects.count() == len(demo_news.demo_articles())


def test_every_demo_article_gets_an_illustrated_cover_with_renditions():
    seed()
    for article in Article.objects.all():
        assert article.cover_image, article.slug
        # Said to be an illustration, to sighted and blind readers alike.
        assert article.cover_caption.startswith("Ảnh minh họa")
        assert "minh họa" in article.cover_alt
        assert (article.cover_width, article.cover_height) == (1200, 675)
        # Same pipeline as an upload: 400/800/1200 px renditions for srcset.
        assert [r["width"] for r in article.cover_renditions] == [400, 800, 1200]
        assert "800w" in article.cover_srcset("webp")


def test_the_sample_article_keeps_its_text_when_it_gets_a_cover(monkeypatch):
    monkeypatch.setattr(demo_news, "_add_cover", lambda article, *a, **k: False)
    seed()
    before = Article.objects.values("title", "sapo", "body", "byline").get(
        legacy_url=demo_news.SAMPLE_LEGACY_URL
    )
    monkeypatch.undo()
    seed()
    article = Article.objects.get(legacy_url=demo_news.SAMPLE_LEGACY_URL)
    assert article.cover_image
    assert {k: getattr(article, k) for k in before} == before


def test_reseeding_adds_no_image_files_and_keeps_an_editors_cover(_media_root):
    seed()
    files = sorted(p for p in _media_root.rglob("*") if p.is_file())
    article = Article.objects.get(slug="trao-qua-tet-giap-thin-2024-cho-ho-ngheo-ho-can-ngheo")
    article.cover_caption = "Ảnh: Phường Yên Hòa"
    article.save()

    seed()

    assert sorted(p for p in _media_root.rglob("*") if p.is_file()) == files
    assert Article.objects.get(pk=article.pk).cover_caption == "Ảnh: Phường Yên Hòa"
