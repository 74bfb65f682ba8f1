"""Import articles exported by the committee's old portal (issue 8).

The old portal exports each page as plain text (see ``tests/fixtures/import/`` and
``docs/domain.md#the-sample-article``)::

    <title line>
    <blank line>
    10/06/2023 - 03:37 PM
    <sapo: the first paragraph>
    <paragraphs, one per line, with standalone photo-caption lines among them>
    <source line, often indented with non-breaking spaces: "   Quận Cầu Giấy">
    Các tin tức khác            <- the old site's chrome from here on: dropped
    …

Two layers:

- :func:`parse_export` is pure (no database): text in, :class:`ParsedArticle` out, or
  :class:`ExportFormatError` with a Vietnamese reason.
- :func:`article_import` writes one parsed article through the ORM, idempotently: the same
  legacy URL (or, without one, the same content fingerprint) updates the same article.

Text is normalised to NFC and otherwise kept as written (typos included). Anything in the export
that looks like HTML is text and ends up escaped in the body.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

import reversion
from django.db import transaction
from django.db.models import F
from django.utils.html import escape
from django.utils.translation import gettext as _

from core.html import pending_photo_figure, sanitize_news_html
from core.text import collapse_spaces, fold, vi_slugify

if TYPE_CHECKING:  # the parser stays importable without the app registry
    from news.models import Article, Category

#: The old portal shows local time in Vietnam.
OLD_PORTAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

#: Lines from which the old site's chrome ("other news", category menu) begins; compared folded.
CHROME_MARKERS = frozenset({"cac tin tuc khac", "cac tin khac", "danh muc tin tuc"})

#: A caption is a short line: at most this many characters…
CAPTION_MAX_CHARS = 160
#: …and this many words. The longest caption in the sample has 31 words / 146 characters;
#: the shortest paragraph without a final period has 243 characters.
CAPTION_MAX_WORDS = 36

#: A source/byline line ("Quận Cầu Giấy", "Phường Dịch Vọng", "Thu Hà"): shorter still.
SOURCE_MAX_CHARS = 80
SOURCE_MAX_WORDS = 10

_DATE_LINE = re.compile(
    r"""^(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})
        \s*[-–—,]?\s*
        (?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?
        \s*(?P<meridiem>[AaPp]\.?\s?[Mm]\.?)?$""",
    re.VERBOSE,
)
# Sentence-final punctuation, including the Vietnamese end-of-article mark "./.".
_TERMINAL = (".", "!", "?", "…", ":", ";", ",")
# A sentence boundary inside a line: "… năm 2023. Cảm ơn …".
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+[\"“(]?[A-ZÀ-Ỹ0-9]", re.UNICODE)
# Lines that begin like a list item or a numbered heading are not captions.
_LIST_ITEM = re.compile(r"^(?:[-–—+*•·]|\d+[.)]|[a-zđ][.)]\s|[IVXLC]+[.)]\s)")
# Any horizontal whitespace, including no-break and zero-width spaces the old CMS scatters.
_BLANKISH = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_SOURCE_PREFIX = re.compile(r"^(?:nguồn|tác giả|tin, ảnh|tin và ảnh|tin)\s*:\s*", re.IGNORECASE)


class ExportFormatError(ValueError):
    """The text is not an article export we can read; ``str(error)`` is the Vietnamese reason."""


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    CAPTION = "caption"


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str

    def as_html(self) -> str:
        if self.kind is BlockKind.CAPTION:
            # No photo survives the export: the caption waits in place for one, as a captioned
            # image whose picture is a stand-in the editor replaces; readers see nothing of it
            # until then (core.html.pending_photo_figure, without_pending_photos).
            return pending_photo_figure(self.text)
        return f"<p>{escape(self.text)}</p>"


@dataclass(frozen=True)
class ParsedArticle:
    """One article read from the old portal's export. All text is NFC."""

    title: str
    published_at: datetime
    sapo: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    source: str = ""

    @property
    def body_html(self) -> str:
        """The body (without the sapo) as escaped HTML paragraphs, one per line."""
        return "\n".join(block.as_html() for block in self.blocks)

    @property
    def captions(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind is BlockKind.CAPTION]

    @property
    def paragraphs(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind is BlockKind.PARAGRAPH]

    @property
    def fingerprint(self) -> str:
        """Stable identity of the article when no legacy URL is known.

        Built from the folded title and the publication time only, so that re-exporting the
        same page after the old site fixed a typo in the body still updates the same article.
        """
        key = f"{fold(self.title)}|{self.published_at.isoformat()}"
        return hashlib.sha256(key.encode()).hexdigest()


# --- Parsing ----------------------------------------------------------------------------------


def decode_export(data: bytes) -> str:
    """Decode an exported file (UTF-8, with or without BOM) or raise ExportFormatError."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExportFormatError(
            _("không phải văn bản UTF-8 (byte lỗi ở vị trí %(pos)s)") % {"pos": exc.start}
        ) from exc


def parse_date_line(line: str) -> datetime:
    """Parse ``dd/mm/yyyy - hh:mm AM|PM`` as an aware datetime in Asia/Ho_Chi_Minh.

    12:xx AM is just after midnight (00:xx) and 12:xx PM is just after noon (12:xx). A line
    without AM/PM is read as 24-hour time.
    """
    match = _DATE_LINE.match(clean_line(line))
    if not match:
        raise ExportFormatError(
            _(
                "dòng ngày giờ không đúng dạng ngày/tháng/năm - giờ:phút AM|PM (ví dụ 10/06/2023 - 03:37 PM): “%(line)s”"
            )
            % {"line": clean_line(line)[:80]}
        )
    parts = match.groupdict()
    hour, minute = int(parts["hour"]), int(parts["minute"])
    meridiem = (parts["meridiem"] or "").replace(".", "").replace(" ", "").upper()
    if meridiem:
        if not 1 <= hour <= 12:
            raise ExportFormatError(
                _("giờ %(hour)s không hợp lệ với %(meridiem)s")
                % {"hour": hour, "meridiem": meridiem}
            )
        hour = hour % 12 + (12 if meridiem == "PM" else 0)
    try:
        return datetime(
            int(parts["year"]),
            int(parts["month"]),
            int(parts["day"]),
            hour,
            minute,
            int(parts["second"] or 0),
            tzinfo=OLD_PORTAL_TZ,
        )
    except ValueError as exc:
        raise ExportFormatError(
            _("ngày giờ không tồn tại: “%(line)s”") % {"line": clean_line(line)}
        ) from exc


def clean_line(line: str) -> str:
    """NFC, no-break/zero-width spaces as spaces, runs collapsed, trimmed."""
    return collapse_spaces(_BLANKISH.sub(" ", unicodedata.normalize("NFC", line)))


def is_caption(text: str) -> bool:
    """Whether a standalone line is a photo caption rather than a paragraph.

    A caption ("Toàn cảnh hội nghị", "Các đồng chí … chứng kiến ký kết …") is short, has no
    sentence-final punctuation and no sentence break inside, starts with a capital letter, and is
    neither a list item, a numbered heading nor an all-capitals heading. A long sentence that
    merely lacks its final period ("Thay mặt lãnh đạo 2 cơ quan, đồng chí … trình bày …",
    243 characters in the sample) stays a paragraph.
    """
    if not text or len(text) > CAPTION_MAX_CHARS or len(text.split()) > CAPTION_MAX_WORDS:
        return False
    if text.endswith(_TERMINAL) or _SENTENCE_BREAK.search(text):
        return False
    if _LIST_ITEM.match(text):
        return False
    first = text.lstrip("\"“'‘(")[:1]
    if not first or not first.isupper():
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return not (len(letters) > 3 and all(ch.isupper() for ch in letters))


def _looks_like_source(raw_line: str, text: str, previous_text: str) -> bool:
    if not text or len(text) > SOURCE_MAX_CHARS or len(text.split()) > SOURCE_MAX_WORDS:
        return False
    if text.endswith(_TERMINAL) or _SENTENCE_BREAK.search(text):
        return False
    indented = bool(raw_line) and raw_line[0] in " \t\u00a0\u2002\u2003\u2009\u202f\u3000"
    after_end_mark = previous_text.endswith("./.")
    return indented or after_end_mark or bool(_SOURCE_PREFIX.match(text))


def parse_export(text: str) -> ParsedArticle:
    """Parse the text of one exported page. Raises ExportFormatError with a Vietnamese reason."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    # Drop the old site's chrome and blank / no-break-space-only lines; keep raw lines for the
    # indentation signal of the source line.
    lines: list[tuple[str, str]] = []
    for raw in raw_lines:
        cleaned = clean_line(raw)
        if fold(cleaned) in CHROME_MARKERS:
            break
        if cleaned:
            lines.append((raw, cleaned))
    if not lines:
        raise ExportFormatError(_("tệp rỗng (không có nội dung)"))

    # Title: everything before the date line (normally one line; a wrapped title is joined).
    date_index = next(
        (i for i, (_raw, line) in enumerate(lines[:4]) if _DATE_LINE.match(line)), None
    )
    if date_index is None:
        raise ExportFormatError(
            _("không tìm thấy dòng ngày giờ (ví dụ 10/06/2023 - 03:37 PM) ngay sau tiêu đề")
        )
    if date_index == 0:
        raise ExportFormatError(_("thiếu tiêu đề trước dòng ngày giờ"))
    title = " ".join(line for _raw, line in lines[:date_index])
    published_at = parse_date_line(lines[date_index][1])

    content = lines[date_index + 1 :]
    source = ""
    if len(content) >= 2:
        raw, last = content[-1]
        if _looks_like_source(raw, last, content[-2][1]):
            source = _SOURCE_PREFIX.sub("", last)
            content = content[:-1]

    blocks = [
        Block(BlockKind.CAPTION if is_caption(line) else BlockKind.PARAGRAPH, line)
        for _raw, line in content
    ]
    sapo_index = next((i for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH), None)
    if sapo_index is None:
        raise ExportFormatError(_("không có đoạn văn nào sau dòng ngày giờ"))
    sapo = blocks.pop(sapo_index).text

    return ParsedArticle(
        title=title,
        published_at=published_at,
        sapo=sapo,
        blocks=tuple(blocks),
        source=source,
    )


def read_export(path: Path) -> ParsedArticle:
    """Read and parse one exported file; any problem becomes ExportFormatError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExportFormatError(
            _("không đọc được tệp (%(reason)s)") % {"reason": exc.strerror or exc}
        ) from exc
    if not data.strip():
        raise ExportFormatError(_("tệp rỗng (không có nội dung)"))
    return parse_export(decode_export(data))


def legacy_url_for(path: Path, prefix: str) -> str:
    """The old portal's URL of an exported file: ``prefix`` + the file name without ``.txt``.

    ``prefix`` may contain ``{name}`` for URLs with a suffix, e.g.
    ``https://mttq.example.vn/tin-tuc/{name}.html``; otherwise the name is appended after a slash.
    """
    name = path.stem
    if "{name}" in prefix:
        return prefix.replace("{name}", name)
    return f"{prefix.rstrip('/')}/{name}"


def legacy_path(url: str) -> str:
    """The part of a legacy URL a request can match: decoded path (+ query), no trailing slash."""
    parts = urlsplit(url.strip())
    path = unquote(parts.path or "/")
    if len(path) > 1:
        path = path.rstrip("/")
    return f"{path}?{parts.query}" if parts.query else path


# --- Writing ----------------------------------------------------------------------------------


class ImportOutcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportResult:
    article: Article
    outcome: ImportOutcome


def category_for_slug(*, slug: str, name: str = "") -> tuple[Category, bool]:
    """The category with ``slug``, created (active) if missing. Returns (category, created)."""
    from news.models import Category

    slug = slug.strip()
    if not slug or vi_slugify(slug) != slug:
        raise ExportFormatError(
            _("đường dẫn chuyên mục “%(slug)s” không hợp lệ (chỉ chữ thường không dấu, số, -)")
            % {"slug": slug}
        )
    category = Category.objects.filter(slug=slug).first()
    if category is not None:
        return category, False
    default_name = slug.replace("-", " ").capitalize()
    category = Category(slug=slug, name=(name or default_name).strip())
    category.save()
    return category, True


def _check_lengths(parsed: ParsedArticle, legacy_url: str | None) -> None:
    from news.models import Article

    limits = [
        ("title", parsed.title, _("tiêu đề")),
        ("byline", parsed.source, _("dòng nguồn")),
        ("legacy_url", legacy_url or "", _("địa chỉ cũ")),
    ]
    for name, value, label in limits:
        max_length = Article._meta.get_field(name).max_length
        if len(value) > max_length:
            raise ExportFormatError(
                _("%(label)s dài %(length)s ký tự, quá giới hạn %(max)s")
                % {"label": label, "length": len(value), "max": max_length}
            )


def find_imported_article(*, parsed: ParsedArticle, legacy_url: str | None) -> Article | None:
    """The article a previous import of the same page created, if any.

    Keyed by the legacy URL when one is given, and by the content fingerprint (the same title
    and publication time) whatever the URL: the same page imported by another route (without
    a URL, or with another prefix after ``seed_demo``) is the same article, not a second copy.
    """
    from news.models import Article

    if legacy_url:
        article = Article.objects.filter(legacy_url=legacy_url).first()
        if article is not None:
            return article
    return (
        Article.objects.filter(title=parsed.title, publish_at=parsed.published_at)
        .order_by(F("legacy_url").asc(nulls_first=True), "pk")
        .first()
    )


def article_import(
    *,
    parsed: ParsedArticle,
    legacy_url: str | None = None,
    category: Category | None = None,
    status: str | None = None,
) -> ImportResult:
    """Create or update the article for one exported page, idempotently, in one transaction.

    - A new article gets ``status`` (default draft, so an editor reviews it) and the old
      publication time as ``publish_at``.
    - An existing one (same legacy URL, or same fingerprint) gets the parsed content; its
      category changes only when given; its status never changes (an editor's withdrawal or
      a draft under review stands: publishing goes through ``news.services``), and its slug
      never changes (old links keep working).
    - Nothing is saved when nothing changed, so editors' revision history is not spammed.
    """
    from news.models import Article

    legacy_url = (legacy_url or "").strip() or None
    _check_lengths(parsed, legacy_url)
    with transaction.atomic():
        article = find_imported_article(parsed=parsed, legacy_url=legacy_url)
        created = article is None
        if created:
            article = Article(status=status or Article.Status.DRAFT)
        values = {
            "title": parsed.title,
            "sapo": parsed.sapo,
            "body": sanitize_news_html(parsed.body_html),
            "byline": parsed.source,
            "publish_at": parsed.published_at,
        }
        if legacy_url and not article.legacy_url:
            # An article keeps the old address it has: links to it keep redirecting.
            values["legacy_url"] = legacy_url
        if category is not None:
            values["category_id"] = category.pk
        changed = [name for name, value in values.items() if getattr(article, name) != value]
        for name in changed:
            setattr(article, name, values[name])
        if created or changed:
            article.full_clean(exclude=["slug", "cover_image"], validate_unique=False)
            # Recorded in the article's history (django-reversion) like an editor's change.
            with reversion.create_revision():
                article.save()
                reversion.set_comment(
                    _("Nhập từ cổng cũ (%(source)s)") % {"source": legacy_url}
                    if legacy_url
                    else _("Nhập từ cổng cũ")
                )
    if created:
        outcome = ImportOutcome.CREATED
    elif changed:
        outcome = ImportOutcome.UPDATED
    else:
        outcome = ImportOutcome.UNCHANGED
    return ImportResult(article=article, outcome=outcome)
