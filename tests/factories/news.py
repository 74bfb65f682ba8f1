"""Articles, categories and tags (the news app)."""

from __future__ import annotations

from datetime import timedelta
from itertools import count

from django.utils import timezone

from news.models import Article, Category, Tag
from tests.factories.files import image_bytes, upload

_seq = count(1)
_age = count(1)


def make_category(name: str | None = None, **fields) -> Category:
    return Category.objects.create(name=name or f"Chuyên mục {next(_seq)}", **fields)


def make_tag(name: str | None = None) -> Tag:
    return Tag.objects.create(name=name or f"thẻ {next(_seq)}")


def make_article(
    title: str | None = None,
    *,
    status: str = Article.Status.PUBLISHED,
    publish_at=None,
    ago: timedelta | None = None,
    cover: bool = False,
    cover_size=(640, 400),
    tags=(),
    **fields,
) -> Article:
    """An article, published unless ``status`` says otherwise.

    Its publication time is ``publish_at``, or ``ago`` before now; a published article given
    neither is an hour older than the one made before it (so articles made in turn are listed
    newest first), any other has none. The sapo and body are the same plain sentence for every
    article (no numbers, no place names: nothing a search could find by accident).
    ``cover=True`` attaches a JPEG cover of ``cover_size``; ``fields`` go to the model.
    """
    n = next(_seq)
    if publish_at is None and (ago is not None or status == Article.Status.PUBLISHED):
        publish_at = timezone.now() - (ago if ago is not None else timedelta(hours=next(_age)))
    fields.setdefault("sapo", "Tin hoạt động của Mặt trận.")
    fields.setdefault("body", "<p>Nội dung.</p>")
    if cover:
        fields["cover_image"] = upload(
            image_bytes("JPEG", size=cover_size, color=(180, 20, 40), quality=80),
            f"cover-{n}.jpg",
        )
        fields.setdefault("cover_alt", "Toàn cảnh hội nghị")
        fields.setdefault("cover_caption", "Toàn cảnh hội nghị")
    article = Article.objects.create(
        title=title or f"Tin bài số {n}", status=status, publish_at=publish_at, **fields
    )
    if tags:
        article.tags.set(tags)
    return article
