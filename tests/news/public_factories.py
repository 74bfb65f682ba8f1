"""Factories for the public news pages' tests (plain functions)."""

from __future__ import annotations

import io
from datetime import timedelta
from itertools import count

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.models import Article, Category, Tag

_seq = count(1)


def jpeg_file(
    name: str = "cover.jpg", size=(1600, 1000), color=(180, 20, 40)
) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def make_category(name: str | None = None, **fields) -> Category:
    n = next(_seq)
    return Category.objects.create(name=name or f"Chuyên mục {n}", **fields)


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
    n = next(_seq)
    if publish_at is None and status == Article.Status.PUBLISHED:
        publish_at = timezone.now() - (ago if ago is not None else timedelta(hours=n))
    fields.setdefault("sapo", f"Sapo của bài {n}: Ủy ban MTTQ quận tổ chức hội nghị.")
    fields.setdefault("body", f"<p>Nội dung bài {n}.</p>")
    fields.setdefault("byline", "Quận Cầu Giấy")
    if cover:
        fields["cover_image"] = jpeg_file(f"cover-{n}.jpg", size=cover_size)
        fields.setdefault("cover_alt", "Toàn cảnh hội nghị")
        fields.setdefault("cover_caption", "Toàn cảnh hội nghị")
    article = Article.objects.create(
        title=title or f"Tin bài số {n}", status=status, publish_at=publish_at, **fields
    )
    if tags:
        article.tags.set(tags)
    return article
