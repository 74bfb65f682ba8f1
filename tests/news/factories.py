"""Factories for the news authoring tests (plain functions) and in-memory images."""

from __future__ import annotations

import io
import struct
import zlib
from datetime import timedelta
from itertools import count

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import ExifTags, Image

from news.models import Article, Category, Tag
from news.permissions import EDITORS_GROUP, WRITERS_GROUP

_seq = count(1)
PASSWORD = "mat-khau-thu-nghiem-dai"


def make_user(role: str = "writer", username: str | None = None, **fields):
    """A staff user in the group for ``role`` ("writer", "editor"), or a superuser ("admin")."""
    User = get_user_model()
    username = username or f"{role}{next(_seq)}"
    if role == "admin":
        return User.objects.create_superuser(username=username, password=PASSWORD, **fields)
    user = User.objects.create_user(username=username, password=PASSWORD, is_staff=True, **fields)
    group = {"writer": WRITERS_GROUP, "editor": EDITORS_GROUP}.get(role)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


def make_category(name: str | None = None, **fields) -> Category:
    return Category.objects.create(name=name or f"Chuyên mục {next(_seq)}", **fields)


def make_tag(name: str | None = None) -> Tag:
    return Tag.objects.create(name=name or f"thẻ {next(_seq)}")


def make_article(title: str | None = None, *, status: str = Article.Status.DRAFT, **fields):
    n = next(_seq)
    if status == Article.Status.PUBLISHED:
        fields.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    fields.setdefault("sapo", f"Sapo của bài {n}.")
    fields.setdefault("body", f"<p>Nội dung bài {n}.</p>")
    return Article.objects.create(title=title or f"Tin bài {n}", status=status, **fields)


# --- images made in memory --------------------------------------------------------------------


def image_bytes(fmt: str = "JPEG", size=(1600, 1000), color=(200, 30, 40), **save) -> bytes:
    buffer = io.BytesIO()
    mode = "RGBA" if fmt == "PNG" and save.pop("alpha", False) else "RGB"
    Image.new(mode, size, color).save(buffer, fmt, **save)
    return buffer.getvalue()


def upload(data: bytes, name: str = "anh.jpg", content_type: str = "image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_with_gps(size=(1200, 800), orientation: int = 6) -> bytes:
    """A JPEG carrying GPS coordinates and an EXIF orientation (6: rotate 90° clockwise)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Điện thoại thử"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 2.0, 10.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 47.0, 30.0)
    return image_bytes("JPEG", size=size, exif=exif)


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` (a decompression bomb)."""
    data = image_bytes("PNG", size=(8, 8))
    ihdr = struct.pack(">II", width, height) + data[24:29]
    chunk = b"IHDR" + ihdr
    return data[:12] + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script><rect width='10' height='10'/></svg>"
)


def polyglot_jpeg() -> bytes:
    """A valid JPEG with an HTML/JS payload appended after the image data."""
    return image_bytes("JPEG", size=(300, 200)) + b"<html><script>alert(document.cookie)</script>"
