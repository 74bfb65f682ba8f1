"""The staff guide (docs/huong-dan/) names only buttons and menus that exist (issue 24).

Every name a page quotes in bold (**“Lưu và gửi duyệt”**) must be found in what the admin is
made of: the project's templates and Python sources (msgids are Vietnamese), its translation
catalogue, or Django admin's Vietnamese catalogue. Renaming a button without updating the
guide fails here. Every picture a page shows must exist (the browser tests take them)."""

import re
from pathlib import Path

import django
import pytest

from backoffice import guide

ROOT = Path(__file__).resolve().parents[2]
APPS = ("backoffice", "committee", "core", "documents", "events", "news", "portal", "search")
ROLE_PAGES = {"phong-vien", "bien-tap-vien", "thu-ky-hoi-nghi", "thu-gop-y", "quan-tri"}


def _admin_text() -> str:
    parts = []
    for path in (ROOT / "templates").rglob("*.html"):
        parts.append(path.read_text(encoding="utf-8"))
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                parts.append(path.read_text(encoding="utf-8"))
    catalogues = [
        ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po",
        Path(django.__file__).parent / "contrib/admin/locale/vi/LC_MESSAGES/django.po",
    ]
    for path in catalogues:
        parts += re.findall(r'^msgstr "(.*)"$', path.read_text(encoding="utf-8"), re.M)
    return "\n".join(parts).casefold()


ADMIN_TEXT = None


def admin_text() -> str:
    global ADMIN_TEXT
    if ADMIN_TEXT is None:
        ADMIN_TEXT = _admin_text()
    return ADMIN_TEXT


def test_one_page_per_role_and_an_index():
    slugs = {page.slug for page in guide.pages()}
    assert ROLE_PAGES | {"index"} <= slugs


@pytest.mark.parametrize("slug", sorted(ROLE_PAGES | {"index"}))
def test_every_named_button_or_menu_exists(slug):
    page = guide.load(slug)
    names = guide.ui_names(page.text)
    assert names, f"{slug}: the page names no button or menu"
    missing = [name for name in names if name.casefold() not in admin_text()]
    assert not missing, f"{slug}.md names what the admin no longer has: {missing}"


def test_the_check_catches_a_renamed_button():
    assert "Lưu và gửi duyệt".casefold() in admin_text()
    assert "Gửi bài cho sếp".casefold() not in admin_text()


@pytest.mark.parametrize("slug", sorted(ROLE_PAGES))
def test_every_picture_exists(slug):
    text = guide.load(slug).text
    for name in re.findall(r"\(anh/([a-z0-9-]+\.png)\)", text):
        assert guide.image_path(name) is not None, f"{slug}.md shows missing anh/{name}"
