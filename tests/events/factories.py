"""Plain factory functions for the conference-record tests (issue 5)."""

from __future__ import annotations

import io
import itertools
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from events.models import Conference, ConferenceKind, Organization, Participation, Person

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
_seq = itertools.count(1)

SAMPLE_PATH = next(
    p
    for p in (
        settings.BASE_DIR.parent
        / "shared"
        / "samples"
        / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt",
        settings.BASE_DIR
        / "tests"
        / "fixtures"
        / "import"
        / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt",
    )
    if Path(p).exists()
)


def sample_text() -> tuple[str, str]:
    """(title, body) of the sample article, as the old portal exported it."""
    text = SAMPLE_PATH.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.strip(), body


def at(day: int, month: int, year: int, hour: int = 8, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HANOI)


def make_person(full_name: str = "", **fields) -> Person:
    return Person.objects.create(full_name=full_name or f"Nguyễn Văn Thử {next(_seq)}", **fields)


def make_organization(name: str = "", **fields) -> Organization:
    return Organization.objects.create(name=name or f"Tổ chức thử {next(_seq)}", **fields)


def make_conference(title: str = "", *, kinds=(), **fields) -> Conference:
    fields.setdefault("starts_at", at(9, 6, 2023))
    fields.setdefault("status", Conference.Status.PUBLISHED)
    conference = Conference.objects.create(title=title or f"Hội nghị thử {next(_seq)}", **fields)
    if kinds:
        conference.kinds.set(ConferenceKind.objects.filter(code__in=kinds))
    return conference


def make_participation(conference=None, person=None, **fields) -> Participation:
    return Participation.objects.create(
        conference=conference or make_conference(),
        person=person or make_person(),
        **fields,
    )


def make_user(username: str = "", *, superuser: bool = False, perms=(), staff: bool = True):
    User = get_user_model()
    user = User.objects.create_user(
        username=username or f"user{next(_seq)}",
        password="mat-khau-thu-nghiem-dai",
        is_staff=staff,
        is_superuser=superuser,
    )
    if perms:
        from django.contrib.auth.models import Permission

        for perm in perms:
            app_label, codename = perm.split(".")
            user.user_permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    return user


def make_article(title: str = "Bài viết thử", body: str = "", **fields):
    from news.models import Article

    fields.setdefault("status", Article.Status.PUBLISHED)
    fields.setdefault("publish_at", at(10, 6, 2023, 15, 37))
    return Article.objects.create(title=title, body=body, **fields)


# --- files -----------------------------------------------------------------------------------


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _ooxml(main_part: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return _ooxml("word/document.xml")


def xlsx_bytes() -> bytes:
    return _ooxml("xl/workbook.xml")


def upload(name: str, data: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def png_upload(name: str = "anh.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 40)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
