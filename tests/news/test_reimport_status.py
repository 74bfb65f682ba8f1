"""A re-import never changes the status of an article that exists (issue 20, item 28): an
editor's withdrawal stands, and a draft is not published behind the workflow's back."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from news import services
from news.importing import article_import, read_export
from news.models import Article

pytestmark = pytest.mark.django_db

SAMPLE = next(
    iter(sorted((Path(__file__).resolve().parents[1] / "fixtures" / "import").glob("*.txt")))
)


def test_reimport_as_published_keeps_an_editors_withdrawal():
    parsed = read_export(SAMPLE)
    article = article_import(parsed=parsed, status="published").article
    editor = get_user_model().objects.create_superuser("bientap", "b@example.vn", "x" * 20)
    services.article_withdraw(article=article, by=editor)

    article_import(parsed=parsed, status="published")

    article.refresh_from_db()
    assert article.status == Article.Status.WITHDRAWN
    assert not Article.objects.published().filter(pk=article.pk).exists()


def test_reimport_as_published_does_not_publish_a_draft():
    parsed = read_export(SAMPLE)
    article = article_import(parsed=parsed).article
    assert article.status == Article.Status.DRAFT
    article_import(parsed=parsed, status="published")
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
