"""Escaped snippets with what matched wrapped in ``<mark>``.

Matching is ``core.keywords``'s (so "cau giay" marks "Cầu Giấy", NFC or NFD, as one phrase;
"ký kết" marks "ký kết" and not "kỳ … kết"); the marks are placed on the original characters. Every piece of text is escaped first and only our own
``<mark>`` tags are added: nothing the visitor typed or an editor wrote is ever marked safe.
"""

from __future__ import annotations

import html
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from core.keywords import LAST_LEVEL, ParsedQuery, spans

SNIPPET_LENGTH = 240
CONTEXT_BEFORE = 70
SHORT_PART = 80  # a matched part shorter than this is shown after the lead
EARLY_READ = 1500  # characters of a long part read first (_early_spans)
_SPACES = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]*>")


def find_spans(text: str, parsed: ParsedQuery, level: int = LAST_LEVEL) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of ``text`` that matched at ``level``: whole phrases
    for an exact result, loose syllables only for an approximate one (core.keywords.spans)."""
    return spans(text, parsed, level)


def _render(text: str, spans: list[tuple[int, int]], offset: int = 0) -> str:
    out, position = [], 0
    for start, end in spans:
        start, end = start - offset, end - offset
        if end <= 0 or start >= len(text):
            continue
        start, end = max(start, 0), min(end, len(text))
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return "".join(str(part) for part in out)


def highlight(text: str, parsed: ParsedQuery, level: int = LAST_LEVEL) -> SafeString:
    """The whole ``text``, escaped, with matches marked."""
    text = text or ""
    # Safe: _render escapes every piece of text and adds only <mark> tags.
    return mark_safe(_render(text, find_spans(text, parsed, level)))  # noqa: S308


def plain_text(value: str) -> str:
    """Rich text (HTML) to one line of plain text (a tag between two words is a space)."""
    spaced = _TAGS.sub(" ", value or "")
    return _SPACES.sub(" ", html.unescape(strip_tags(spaced))).strip()


def _early_spans(part: str, parsed: ParsedQuery, level: int, wanted: int, length: int):
    """The spans of a long ``part`` read from its start only, when every term is found there
    and the excerpt (``length`` characters from shortly before the first match) falls inside
    what was read; else None. An article body is thousands of syllables, and the match the
    excerpt shows is almost always in its first paragraphs: the same excerpt, for a fraction
    of the work."""
    if len(part) <= EARLY_READ + 2 * length:
        return None
    head = part[: part.rfind(" ", 0, EARLY_READ + 2 * length)]
    found = find_spans(head, parsed, level)
    if not found or found[0][0] >= EARLY_READ:
        return None
    if len({head[s:e].casefold() for s, e in found}) < wanted:
        return None
    return found


def snippet(
    parts: list[str], parsed: ParsedQuery, level: int = LAST_LEVEL, length: int = SNIPPET_LENGTH
) -> tuple[SafeString, bool]:
    """An excerpt of about ``length`` characters around the first match in ``parts``.

    ``parts`` are plain-text pieces in order of preference (sapo, body, …). Returns the
    escaped excerpt with the matches marked, and whether it contains a match. Without any
    match, the start of the first non-empty part.
    """
    parts = [_SPACES.sub(" ", p).strip() for p in parts if p and p.strip()]
    if not parts:
        return mark_safe(""), False
    chosen, marks = parts[0], []
    best = 0
    wanted = len(parsed.terms)
    for part in parts:
        found = _early_spans(part, parsed, level, wanted, length)
        if found is None:  # not all of it near the start: the whole part, as it always was
            found = find_spans(part, parsed, level)
        distinct = len({part[s:e].casefold() for s, e in found})
        if distinct > best:
            chosen, marks, best = part, found, distinct
            if distinct >= wanted:
                break
    if marks:
        start = max(0, marks[0][0] - CONTEXT_BEFORE)
        if start > 0:
            space = chosen.rfind(" ", 0, start)
            start = space + 1 if space >= 0 and start - space < 25 else start
    else:
        start = 0
    end = min(len(chosen), start + length)
    if end < len(chosen):
        space = chosen.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    excerpt = chosen[start:end]
    body = _render(excerpt, marks, offset=start)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(chosen) else ""
    lead = ""
    if marks and chosen is not parts[0] and len(chosen) < SHORT_PART:
        # A match in a short field (byline, a name): show the lead too, for context.
        first = parts[0][: length - len(chosen)]
        cut = first.rfind(" ") if len(first) < len(parts[0]) else -1
        first = first[:cut] + " …" if cut > 0 else first
        lead = f"{escape(first)} — "
    # Safe: _render escapes every piece of text and adds only <mark> tags.
    return mark_safe(f"{lead}{prefix}{body}{suffix}"), bool(marks)  # noqa: S308
