"""The staff guide (docs/huong-dan/*.md) read inside the admin.

The pages are written in a small part of Markdown — ``#``/``##`` headings, paragraphs,
numbered and bulleted lists, ``**bold**``, ``![alt](anh/x.png)`` screenshots and
``[text](page.md)`` links between pages — which ``render`` turns into escaped HTML. The names
of buttons and menus are written in bold quotes, **“Lưu và gửi duyệt”**: ``ui_names`` lists
them, and tests/backoffice/test_guide.py fails when one no longer exists in the admin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

GUIDE_DIR = Path(settings.BASE_DIR) / "docs" / "huong-dan"
IMAGE_DIR = GUIDE_DIR / "anh"
UI_NAME = re.compile(r"\*\*“([^”]+)”\*\*")
_SLUG = re.compile(r"^[a-z0-9-]+$")
_IMAGE_NAME = re.compile(r"^[a-z0-9-]+\.png$")


@dataclass(frozen=True)
class GuidePage:
    slug: str
    title: str
    text: str

    @property
    def html(self) -> SafeString:
        return render(self.text)


def pages() -> list[GuidePage]:
    """Every page, the index first."""
    found = [load(path.stem) for path in sorted(GUIDE_DIR.glob("*.md"))]
    return sorted((p for p in found if p), key=lambda p: (p.slug != "index", p.slug))


def load(slug: str) -> GuidePage | None:
    if not _SLUG.match(slug or ""):
        return None
    path = GUIDE_DIR / f"{slug}.md"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    first = text.splitlines()[0] if text else ""
    return GuidePage(slug=slug, title=first.lstrip("# ").strip(), text=text)


def image_path(name: str) -> Path | None:
    if not _IMAGE_NAME.match(name or ""):
        return None
    path = IMAGE_DIR / name
    return path if path.is_file() else None


def ui_names(text: str) -> list[str]:
    """The button and menu names a page quotes in bold: **“Trả lại bản nháp”**."""
    return UI_NAME.findall(text)


def _inline(text: str) -> str:
    html = escape(text)

    def image(match):
        alt, src = match.group(1), match.group(2)
        name = src.rsplit("/", 1)[-1]
        url = reverse("backoffice:guide_image", args=[name])
        return f'<img src="{url}" alt="{alt}" loading="lazy">'

    def link(match):
        label, target = match.group(1), match.group(2)
        if target.endswith(".md"):
            slug = target[:-3]
            url = reverse("backoffice:guide_page", args=[slug]) if slug != "index" else ""
            url = url or reverse("backoffice:guide")
            return f'<a href="{url}">{label}</a>'
        if target.startswith("/"):
            return f'<a href="{target}">{label}</a>'
        return label

    html = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)\)", image, html)
    html = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", link, html)
    html = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", html)
    return html


def render(text: str) -> SafeString:
    """The guide's Markdown subset as HTML (every character of the text escaped first)."""
    out: list[str] = []
    para: list[str] = []
    list_tag = ""

    def close_para():
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
            para.clear()

    def close_list():
        nonlocal list_tag
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = ""

    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,3})\s+(.*)$", line)
        item = re.match(r"^(?:(\d+)\.|[-*])\s+(.*)$", line)
        if not line:
            close_para()
            close_list()
        elif heading:
            close_para()
            close_list()
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif item:
            close_para()
            tag = "ol" if item.group(1) else "ul"
            if list_tag != tag:
                close_list()
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{_inline(item.group(2))}</li>")
        else:
            close_list()
            para.append(line)
    close_para()
    close_list()
    return mark_safe("\n".join(out))  # noqa: S308 - built from escaped text above
