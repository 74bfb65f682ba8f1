"""news/demo.py: the news part of `seed_demo`."""

from io import StringIO

import pytest
from django.utils import timezone

from news import demo
from news.models import Article, Category

pytestmark = pytest.mark.django_db


def seed():
    demo.seed(stdout=StringIO(), verbosity=0)


def test_seed_imports_the_sample_as_a_published_article_in_tin_tuc_su_kien():
    seed()
    article = Article.objects.get(legacy_url=demo.SAMPLE_LEGACY_URL)
    assert article.title.startswith("Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết")
    assert article.category.name == "Tin tức - Sự kiện"
    assert article.byline == "Quận Cầu Giấy"
    assert "<p><em>Toàn cảnh hội nghị</em></p>" in article.body
    assert article.is_live


def test_seed_gives_the_home_page_published_articles_in_several_categories():
    seed()
    published = Article.objects.published()
    assert published.count() == len(demo.ARTICLES) + 1
    assert published.values("category").distinct().count() == len(demo.CATEGORIES)
    assert all(a.publish_at < timezone.now() for a in published)
    assert len({a.publish_at.date() for a in published}) == published.count()


def test_seed_is_idempotent_and_keeps_editors_changes():
    seed()
    article = Article.objects.get(legacy_url=demo.SAMPLE_LEGACY_URL)
    article.title = "Tiêu đề do biên tập viên sửa"
    article.save()
    category = Category.objects.get(slug="an-sinh-xa-hoi")
    category.name = "An sinh"
    category.save()

    seed()

    assert Article.objects.count() == len(demo.ARTICLES) + 1
    assert Category.objects.count() == len(demo.CATEGORIES)
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề do biên tập viên sửa"
    assert Category.objects.get(pk=category.pk).name == "An sinh"


def test_seed_without_any_sample_file_still_seeds_the_rest(monkeypatch, tmp_path):
    monkeypatch.setattr(demo, "SAMPLE_CANDIDATES", (tmp_path / "khong-co.txt",))
    seed()
    assert Article.objects.count() == len(demo.ARTICLES)
