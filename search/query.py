"""What the visitor typed, parsed into terms that both search back ends understand.

- Words are folded with ``core.text.fold`` (accents, case, tone placement, NFC/NFD, đ → d)
  and split on anything that is not a letter or a digit, exactly as the PostgreSQL side
  (``portal_search_text`` in the migration) splits the indexed text. Every term must match.
- Text between double quotes (straight or the curly ones phone keyboards insert) is a phrase:
  its words must appear next to each other, in that order. An unpaired quote is ignored.
- Odd input never raises: too long, punctuation only, SQL- or HTML-looking text simply become
  words (or an error message for the page) — the words only ever reach the database as bound
  parameters made of letters and digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12  # words beyond this are dropped (with a note on the page)

_TOKEN = re.compile(r"[^\W_]+")
_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»＂", '"'))


def tokenize(folded: str) -> list[str]:
    """Split already-folded text into words: runs of letters and digits."""
    return _TOKEN.findall(folded)


def _clean(raw: str) -> str:
    """NFC, control characters (NUL, tabs, zero-width, bidi marks) to spaces, curly quotes."""
    text = nfc(raw or "") or ""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)
    return " ".join(text.translate(_QUOTES).split())


@dataclass(frozen=True)
class Term:
    """One word, or a phrase of several words that must be adjacent."""

    words: tuple[str, ...]

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    def tsquery(self, weights: str = "") -> str:
        """This term in ``to_tsquery`` syntax. Words are letters/digits only: safe to quote."""
        suffix = f":{weights}" if weights else ""
        parts = [f"'{word}'{suffix}" for word in self.words]
        return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"

    @property
    def pattern(self) -> str:
        """Regular expression over folded text: whole words, separated by non-letters."""
        inner = r"[\W_]+".join(re.escape(word) for word in self.words)
        return rf"(?<![^\W_]){inner}(?![^\W_])"

    def display(self) -> str:
        text = " ".join(self.words)
        return f'"{text}"' if self.is_phrase else text


@dataclass
class ParsedQuery:
    raw: str = ""
    text: str = ""  # cleaned, what goes back in the search box
    terms: list[Term] = field(default_factory=list)
    error: str = ""
    truncated: bool = False

    @property
    def is_empty(self) -> bool:
        return not self.text

    @property
    def ok(self) -> bool:
        return bool(self.terms) and not self.error

    @property
    def words(self) -> list[str]:
        """Every distinct word of every term, in order."""
        seen: dict[str, None] = {}
        for term in self.terms:
            for word in term.words:
                seen.setdefault(word, None)
        return list(seen)

    def tsquery(self, weights: str = "") -> str:
        return " & ".join(term.tsquery(weights) for term in self.terms)

    def replaced(self, replacements: dict[str, str]) -> str:
        """The query text with some words replaced (for "did you mean")."""
        parts = []
        for term in self.terms:
            words = " ".join(replacements.get(word, word) for word in term.words)
            parts.append(f'"{words}"' if term.is_phrase else words)
        return " ".join(parts)


def parse_query(raw: str | None) -> ParsedQuery:
    """Parse the ``q`` parameter. Never raises; problems are reported in ``error``."""
    text = _clean(raw or "")
    parsed = ParsedQuery(raw=raw or "", text=text[:MAX_QUERY_LENGTH])
    if not text:
        return parsed
    if len(text) > MAX_QUERY_LENGTH:
        parsed.error = str(
            _("Từ khóa dài quá %(max)d ký tự. Hãy rút gọn lại.") % {"max": MAX_QUERY_LENGTH}
        )
        return parsed

    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # an unpaired quote: treat it as a space
        pieces = [*pieces[:-2], pieces[-2] + " " + pieces[-1]]
    terms: list[Term] = []
    budget = MAX_WORDS
    for index, piece in enumerate(pieces):
        words = tokenize(fold(piece))
        if not words:
            continue
        if len(words) > budget:
            words, parsed.truncated = words[:budget], True
        budget -= len(words)
        if index % 2 == 1 and len(words) > 1:
            candidates = [Term(tuple(words))]
        else:
            candidates = [Term((word,)) for word in words]
        for term in candidates:
            if term not in terms:
                terms.append(term)
        if budget <= 0:
            parsed.truncated = parsed.truncated or index < len(pieces) - 1
            break
    parsed.terms = terms
    if not terms:
        parsed.error = str(_("Hãy nhập từ khóa có chữ hoặc số, ví dụ: cầu giấy."))
    return parsed
