"""Escaped snippets with the matched words wrapped in ``<mark>``.

Matching happens on folded text (so "cau giay" marks "Cầu Giấy", NFC or NFD); the marks are
placed on the original characters. Every piece of text is escaped first and only our own
``<mark>`` tags are added: nothing the visitor typed or an editor wrote is ever marked safe.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from search.query import Term

SNIPPET_LENGTH = 240
CONTEXT_BEFORE = 70
SHORT_PART = 80  # a matched part shorter than this is shown after the lead
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the index of its original character."""
    folded: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        piece = _fold_char(ch)
        folded.append(piece)
        origin.extend([index] * len(piece))
    return "".join(folded), origin


def find_spans(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of ``text`` matching any term."""
    if not text or not terms:
        return []
    folded, origin = fold_with_map(text)
    spans = []
    for term in terms:
        for match in re.finditer(term.pattern, folded):
            if match.end() == match.start():
                continue
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # keep NFD accents inside the mark
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


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


def highlight(text: str, terms: list[Term]) -> SafeString:
    """The whole ``text``, escaped, with matches marked."""
    text = text or ""
    # Safe: _render escapes every piece of text and adds only <mark> tags.
    return mark_safe(_render(text, find_spans(text, terms)))  # noqa: S308


def plain_text(value: str) -> str:
    """Rich text (HTML) to one line of plain text."""
    return _SPACES.sub(" ", html.unescape(strip_tags(value or ""))).strip()


def snippet(
    parts: list[str], terms: list[Term], length: int = SNIPPET_LENGTH
) -> tuple[SafeString, bool]:
    """An excerpt of about ``length`` characters around the first match in ``parts``.

    ``parts`` are plain-text pieces in order of preference (sapo, body, …). Returns the
    escaped excerpt with the matches marked, and whether it contains a match. Without any
    match, the start of the first non-empty part.
    """
    parts = [_SPACES.sub(" ", p).strip() for p in parts if p and p.strip()]
    if not parts:
        return mark_safe(""), False
    chosen, spans = parts[0], []
    best = 0
    for part in parts:
        found = find_spans(part, terms)
        distinct = len({part[s:e].casefold() for s, e in found})
        if distinct > best:
            chosen, spans, best = part, found, distinct
            if distinct >= len(terms):
                break
    if spans:
        start = max(0, spans[0][0] - CONTEXT_BEFORE)
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
    body = _render(excerpt, spans, offset=start)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(chosen) else ""
    lead = ""
    if spans and chosen is not parts[0] and len(chosen) < SHORT_PART:
        # A match in a short field (byline, a name): show the lead too, for context.
        first = parts[0][: length - len(chosen)]
        cut = first.rfind(" ") if len(first) < len(parts[0]) else -1
        first = first[:cut] + " …" if cut > 0 else first
        lead = f"{escape(first)} — "
    # Safe: _render escapes every piece of text and adds only <mark> tags.
    return mark_safe(f"{lead}{prefix}{body}{suffix}"), bool(spans)  # noqa: S308
