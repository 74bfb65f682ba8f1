"""What the site search finds in the news: published articles (``SEARCH`` in news/section.py).

Ranked by the search app on PostgreSQL over the stored vector (title A, sapo B, byline and
body C: search/migrations), elsewhere in Python over these fields (core.keywords).
"""

from __future__ import annotations

import html
import re

from django.utils.translation import gettext_lazy as _

from core.keywords import Field
from core.sections import SearchProvider
from news.models import Article

_TAGS = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"\s+")


def body_text(body: str) -> str:
    """The article body as one line of plain text (a tag between two words is a space)."""
    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", body or ""))).strip()


def searchable_articles(user):
    """Published articles only (the one door), with what a result shows."""
    return Article.objects.published().select_related("category").defer("search_text")


def article_fields(article: Article) -> list[Field]:
    return [
        Field(article.title, "a"),
        Field(article.sapo, "b"),
        Field(body_text(article.body), "c"),
        Field(article.byline, "c"),
    ]


def in_category(queryset, filters):
    category = getattr(filters, "category", None)
    return queryset.filter(category=category) if category else queryset


SEARCH = SearchProvider(
    key="news",
    label=_("Bài viết"),
    order=10,
    queryset=searchable_articles,
    fields=article_fields,
    vector="search_vector",
    date_field="publish_at",
    filters=frozenset({"category", "dates"}),
    narrow=in_category,
    labels=lambda article: [article.category.name] if article.category_id else [],
    tags=("news:list",),
)
