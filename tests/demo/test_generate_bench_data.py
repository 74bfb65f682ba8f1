"""generate_bench_data: realistic bench content, hidden fields as save() fills them, and it
never mixes with (or deletes) real content."""

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import strip_tags

from core.html import sanitize_news_html
from core.text import fold, name_sort_key, nfc
from events.models import Conference, Participation, Person
from news.models import Article, Category
from readership.models import ArticleDailyViews

pytestmark = pytest.mark.django_db

SMALL = {"articles": 120, "conferences": 12, "people": 40, "verbosity": 0}


def test_fills_every_kind_of_content_with_bench_slugs():
    call_command("generate_bench_data", **SMALL)

    assert Article.objects.count() == 120
    assert Conference.objects.count() == 12
    assert Person.objects.count() == 40
    assert Participation.objects.exists()
    assert Article.objects.published().count() > 100
    assert Article.objects.scheduled().count() == 3  # a few go live days ahead
    assert Article.objects.exclude(cover_image="").exists()
    assert ArticleDailyViews.objects.exists()  # "most read" has something to rank
    for model in (Article, Category, Conference, Person):
        assert not model.objects.exclude(slug__startswith="bench-").exists()


def test_text_is_vietnamese_nfc_and_already_sanitized():
    call_command("generate_bench_data", **SMALL)

    article = Article.objects.published().order_by("pk").first()
    assert any(ch in article.title + article.body for ch in "ăâđêôơưạảấầẩẫậ")
    assert nfc(article.body) == article.body
    assert sanitize_news_html(article.body) == article.body
    assert len(article.body) > 1000


def test_hidden_fields_are_what_save_would_store():
    call_command("generate_bench_data", **SMALL)

    for article in Article.objects.all()[:30]:
        expected = fold(
            " ".join([article.title, article.sapo, article.byline, strip_tags(article.body)])
        )
        assert article.search_text == expected
    article = Article.objects.first()
    stored = article.search_text
    article.save()
    assert article.search_text == stored  # the model's own save() agrees

    for conference in Conference.objects.all():
        assert conference.search_text == conference.build_search_text()
    for person in Person.objects.all()[:10]:
        assert person.sort_key == name_sort_key(person.full_name)
        assert person.name_folded == fold(person.full_name)


def test_refuses_a_database_with_real_content_unless_forced():
    real = Category.objects.create(name="Tin thật")

    with pytest.raises(CommandError, match="không phải dữ liệu đo"):
        call_command("generate_bench_data", **SMALL)
    assert Article.objects.count() == 0

    call_command("generate_bench_data", force=True, **SMALL)
    call_command("generate_bench_data", force=True, reset=True, **SMALL)
    assert Category.objects.filter(pk=real.pk).exists()  # never deleted
    assert Article.objects.count() == 120


def test_existing_bench_data_needs_reset_and_is_replaced():
    call_command("generate_bench_data", **SMALL)
    with pytest.raises(CommandError, match="--reset"):
        call_command("generate_bench_data", **SMALL)

    call_command("generate_bench_data", reset=True, **{**SMALL, "articles": 50})
    assert Article.objects.count() == 50


def test_dry_run_writes_nothing(capsys):
    call_command("generate_bench_data", dry_run=True, articles=100)

    assert "100 bài viết" in capsys.readouterr().out
    assert Article.objects.count() == 0
