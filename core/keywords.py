"""Keywords as readers type them: one matcher for every search box of the portal.

Vietnamese words are one to four syllables and most syllables belong to many words ("kết" in
"ký kết", "kết luận", "đoàn kết"), so matching works on *syllables that stand together*, not on
loose syllables, and respects the tones a reader typed (docs/domain.md, "Search"):

- **Parsing** (``parse_query``): NFC, control characters dropped, curly quotes straightened,
  split into syllables (runs of letters and digits, exactly as the PostgreSQL side splits the
  indexed text). An unquoted run of syllables is one *term*; text in double quotes is a term
  too, marked ``quoted``. Each syllable is kept twice: folded (``core.text.fold``: accents,
  case, tone placement, đ) and as a *tone key* (``tone_key``: case and tone placement
  ignored, tone and vowel marks kept: "Hòa" and "hoà" → ``hoa~f``, "hóa" → ``hoa~s``).
- **Levels** (``LEVELS``): a text matches a query at the first of these that holds, and the
  level orders results before the field (title > summary > the rest) and the date do:

  0-2  *exact*: every term stands together, in order (a phrase), with the tones the reader
       typed if they typed any (an unaccented query matches every tone) — in the title (0),
       the title or summary (1), anywhere (2);
  3    the phrases stand together but only match after folding the tones (toned queries only);
  4-6  *approximate* ("Kết quả gần đúng"): every syllable of an unquoted term somewhere (a
       quoted term still as a phrase) — title (4), title or summary (5), anywhere (6).

  A text nothing matches at level 6 is not a result.
- **Back ends**: ``rank_fields`` computes the level in Python (SQLite, small tables, the
  highlighter); the ``*_tsquery`` methods give PostgreSQL the same conditions over the stored
  vectors (search/migrations/0004: folded and toned syllables and pairs of neighbouring
  syllables); ``words_q`` narrows a queryset to level 6 over a folded text column with a regular
  expression on either database (the conference lookup's ``q``).

Pure: imports no app.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.text import fold, nfc

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12  # syllables beyond this are dropped (with a note on the page)
MAX_SYLLABLE = 100  # longer runs of letters are not indexed (search/migrations/0004)

# The five Vietnamese tone marks as combining characters, with Telex letters for the key.
TONE_MARKS = {"\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j"}
LEVEL_TONE = "z"  # no tone mark (thanh ngang)
_D_STROKE = str.maketrans({"Đ": "đ", "Ð": "đ", "ð": "đ"})
_TOKEN = re.compile(r"[^\W_]+")
# In text that may be decomposed (NFD): a syllable keeps its combining marks.
_TOKEN_WITH_MARKS = re.compile(r"(?:[^\W_][\u0300-\u036f]*)+")
_QUOTES = str.maketrans(dict.fromkeys("“”„‟«»＂", '"'))

EXACT_LEVELS = (0, 1, 2)
PHRASE_LEVEL = 3
WORD_LEVELS = (4, 5, 6)
LAST_LEVEL = 6
# The field tier each level stands for: 3 title, 2 title or summary, 1 anywhere.
TIER_OF_LEVEL = {0: 3, 1: 2, 2: 1, 3: 1, 4: 3, 5: 2, 6: 1}
# Weights of the fields each level looks at (a title, b summary, c the rest, d folded text
# whose tones are unknown); "" is every field.
WEIGHTS_OF_LEVEL = {0: "a", 1: "a,b", 2: "", 3: "", 4: "a", 5: "a,b", 6: ""}


# --- syllables ---------------------------------------------------------------------------------


def syllables(text: str | None, *, limit: int = MAX_SYLLABLE) -> list[str]:
    """The syllables of ``text`` as written (NFC): runs of letters and digits (longer runs
    than ``limit`` are left out, as the index leaves them out)."""
    return [s for s in _TOKEN.findall(nfc(text or "") or "") if len(s) <= limit]


@lru_cache(maxsize=65536)
def tone_key(syllable: str) -> str:
    """The syllable with case and tone placement ignored but its tone and marks kept.

    "Hòa", "hoà", "HOÀ" → "hoa~f"; "hóa" → "hoa~s"; "hoa" → "hoa~z"; "Đoàn" → "đoan~f".
    The PostgreSQL function ``portal_tone_key`` computes the same (search/migrations/0004).
    """
    decomposed = unicodedata.normalize("NFD", syllable).translate(_D_STROKE).lower()
    tone = next((TONE_MARKS[ch] for ch in decomposed if ch in TONE_MARKS), LEVEL_TONE)
    base = "".join(ch for ch in decomposed if ch not in TONE_MARKS)
    return f"{unicodedata.normalize('NFC', base)}~{tone}"


@lru_cache(maxsize=65536)
def fold_syllable(syllable: str) -> str:
    return fold(syllable)


def has_diacritics(syllable: str) -> bool:
    """Whether the reader typed a mark on it (a tone, â ă ê ô ơ ư, or đ)."""
    return fold_syllable(syllable) != syllable.lower()


@dataclass(frozen=True)
class Tokens:
    """A text split for matching: folded syllables and, when its tones are known, tone keys."""

    folded: tuple[str, ...]
    toned: tuple[str, ...] | None

    @classmethod
    def of(cls, text: str | None, *, tones_known: bool = True) -> Tokens:
        words = syllables(text)
        return cls(
            folded=tuple(fold_syllable(w) for w in words),
            toned=tuple(tone_key(w) for w in words) if tones_known else None,
        )


def _contains(sequence: Sequence[str], phrase: Sequence[str]) -> bool:
    n = len(phrase)
    if n == 0 or n > len(sequence):
        return False
    first = phrase[0]
    return any(
        sequence[i] == first and tuple(sequence[i : i + n]) == tuple(phrase)
        for i in range(len(sequence) - n + 1)
    )


# --- the query -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A run of syllables that should stand together (``quoted``: must)."""

    words: tuple[str, ...]  # folded
    toned: tuple[str, ...] = ()  # tone keys, one per word (empty: tones not typed / unknown)
    quoted: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    @property
    def pattern(self) -> str:
        """Python regular expression over folded text: the words as a phrase, whole words."""
        inner = r"[\W_]+".join(re.escape(word) for word in self.words)
        return rf"(?<![^\W_]){inner}(?![^\W_])"

    @property
    def pg_pattern(self) -> str:
        """The same for PostgreSQL's regular expressions (no \\W inside brackets there)."""
        inner = "[^[:alnum:]]+".join(re.escape(word) for word in self.words)
        return f"(^|[^[:alnum:]]){inner}([^[:alnum:]]|$)"

    def loose(self) -> list[Term]:
        """What must hold at the approximate levels: a quoted term as it is, otherwise each
        syllable on its own."""
        if self.quoted or not self.is_phrase:
            return [Term(self.words, quoted=self.quoted)]
        return [Term((word,)) for word in self.words]

    def phrase_tsquery(self, *, toned: bool = False) -> str:
        """``to_tsquery`` syntax over the stored lexemes: one syllable, or the pairs of
        neighbouring syllables chained with ``<->`` (a two-syllable phrase is one lexeme).
        Words are letters, digits and our own ``~`` / ``_``: safe inside quotes."""
        words = self.toned if toned and self.toned else self.words
        if len(words) == 1:
            return f"'{words[0]}'"
        pairs = [f"'{a}_{b}'" for a, b in zip(words, words[1:], strict=False)]
        return pairs[0] if len(pairs) == 1 else "(" + " <-> ".join(pairs) + ")"

    def display(self) -> str:
        text = " ".join(self.words)
        return f'"{text}"' if self.quoted and self.is_phrase else text


@dataclass
class ParsedQuery:
    raw: str = ""
    text: str = ""  # cleaned, what goes back in the search box
    terms: list[Term] = field(default_factory=list)
    error: str = ""
    truncated: bool = False
    toned: bool = False  # the reader typed diacritics: tones count

    @property
    def is_empty(self) -> bool:
        return not self.text

    @property
    def ok(self) -> bool:
        return bool(self.terms) and not self.error

    @property
    def words(self) -> list[str]:
        """Every distinct folded syllable of every term, in order."""
        return list(dict.fromkeys(word for term in self.terms for word in term.words))

    @property
    def loose_terms(self) -> list[Term]:
        terms: list[Term] = []
        for term in self.terms:
            for loose in term.loose():
                if loose not in terms:
                    terms.append(loose)
        return terms

    @property
    def has_phrase(self) -> bool:
        """Whether standing together means more than every syllable somewhere."""
        return any(term.is_phrase and not term.quoted for term in self.terms)

    def levels(self) -> tuple[int, ...]:
        """The levels this query can reach (the others would repeat one of them)."""
        levels = list(EXACT_LEVELS)
        if self.toned:
            levels.append(PHRASE_LEVEL)
        if self.toned or self.has_phrase:
            levels += WORD_LEVELS
        return tuple(levels)

    # PostgreSQL conditions, one per kind of level (see the module).
    def exact_tsquery(self) -> str:
        return " & ".join(t.phrase_tsquery(toned=self.toned) for t in self.terms)

    def phrase_tsquery(self) -> str:
        return " & ".join(t.phrase_tsquery() for t in self.terms)

    def words_tsquery(self) -> str:
        return " & ".join(t.phrase_tsquery() for t in self.loose_terms)

    def tsquery(self, level: int = LAST_LEVEL) -> str:
        if level in EXACT_LEVELS:
            return self.exact_tsquery()
        if level == PHRASE_LEVEL:
            return self.phrase_tsquery()
        return self.words_tsquery()

    def replaced(self, replacements: dict[str, str]) -> str:
        """The query text with some (folded) words replaced (for "did you mean")."""
        parts = []
        for term in self.terms:
            words = " ".join(replacements.get(word, word) for word in term.words)
            parts.append(f'"{words}"' if term.quoted and term.is_phrase else words)
        return " ".join(parts)


def _clean(raw: str) -> str:
    """NFC, control characters (NUL, tabs, zero-width, bidi marks) to spaces, curly quotes."""
    text = nfc(raw or "") or ""
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text)
    return " ".join(text.translate(_QUOTES).split())


def parse_query(raw: str | None) -> ParsedQuery:
    """Parse what a reader typed. Never raises; problems are reported in ``error``."""
    text = _clean(raw or "")
    parsed = ParsedQuery(raw=raw or "", text=text[:MAX_QUERY_LENGTH])
    if not text:
        return parsed
    if len(text) > MAX_QUERY_LENGTH:
        parsed.error = str(
            _("Từ khóa dài quá %(max)d ký tự. Vui lòng rút gọn lại.") % {"max": MAX_QUERY_LENGTH}
        )
        return parsed

    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # an unpaired quote: treat it as a space
        pieces = [*pieces[:-2], pieces[-2] + " " + pieces[-1]]
    runs: list[tuple[list[str], bool]] = []
    budget = MAX_WORDS
    for index, piece in enumerate(pieces):
        words = syllables(piece, limit=MAX_QUERY_LENGTH)
        if not words:
            continue
        if len(words) > budget:
            words, parsed.truncated = words[:budget], True
        budget -= len(words)
        runs.append((words, index % 2 == 1))
        if budget <= 0:
            parsed.truncated = parsed.truncated or index < len(pieces) - 1
            break
    parsed.toned = any(has_diacritics(w) for words, _quoted in runs for w in words)
    terms: list[Term] = []
    for words, quoted in runs:
        term = Term(
            words=tuple(fold_syllable(w) for w in words),
            toned=tuple(tone_key(w) for w in words) if parsed.toned else (),
            quoted=quoted and len(words) > 1,
        )
        if term not in terms:
            terms.append(term)
    parsed.terms = terms
    if not terms:
        parsed.error = str(_("Vui lòng nhập từ khóa có chữ hoặc số, ví dụ: cầu giấy."))
    return parsed


# --- ranking in Python ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One searchable part of a record: its text and weight — "a" title, "b" summary, "c" the
    rest, "d" text whose tones the index does not keep (matched folded only)."""

    text: str
    weight: str = "c"


def _analysed(fields: Iterable[Field]) -> list[tuple[str, Tokens]]:
    return [(f.weight, Tokens.of(f.text, tones_known=f.weight != "d")) for f in fields if f.text]


def _holds(parts, term: Term, weights: str, *, toned: bool) -> bool:
    for weight, tokens in parts:
        if weights and weight not in weights:
            continue
        if toned:
            if tokens.toned is not None and _contains(tokens.toned, term.toned):
                return True
        elif _contains(tokens.folded, term.words):
            return True
    return False


def rank_fields(parsed: ParsedQuery, fields: Iterable[Field]) -> int | None:
    """The level (see the module) at which ``fields`` match ``parsed``, or None.

    The same rules as the PostgreSQL conditions, including text whose tones are unknown
    (weight "d"): with a toned query, a phrase found only there counts as exact (nothing
    says its tones differ), anywhere-tier.
    """
    parts = _analysed(fields)
    terms, toned = parsed.terms, parsed.toned

    def every(ts, weights, *, tones=False):
        return all(_holds(parts, t, weights, toned=tones) for t in ts)

    for level, weights in ((0, "a"), (1, "ab"), (2, "")):
        if every(terms, weights, tones=toned):
            return level
    if toned:
        if every(terms, "abcd") and not every(terms, "abc"):
            return 2  # found only where tones are unknown
        if every(terms, ""):
            return PHRASE_LEVEL
    loose = parsed.loose_terms
    for level, weights in ((4, "a"), (5, "ab"), (6, "")):
        if every(loose, weights):
            return level
    return None


# --- spans for the highlighter -------------------------------------------------------------


def spans(text: str, parsed: ParsedQuery, level: int) -> list[tuple[int, int]]:
    """(start, end) character spans of ``text`` that matched at ``level``, merged and sorted:
    whole phrases at the exact levels (with the typed tones, or folded where the text has
    none of them), loose syllables only at the approximate levels."""
    if not text or not parsed.terms:
        return []
    found: list[tuple[int, int]] = []
    matches = [(m.start(), m.end(), m.group()) for m in _TOKEN_WITH_MARKS.finditer(text)]

    # Work on NFC syllables but keep offsets in the original text. Each form is computed only
    # when asked (a long article body is thousands of syllables).
    def folded():
        return [fold_syllable(nfc(word)) for _s, _e, word in matches]

    def mark(sequence, phrase):
        phrase, n = list(phrase), len(phrase)
        if not n:
            return []
        first, hits = phrase[0], []
        for i in range(len(sequence) - n + 1):
            if sequence[i] == first and sequence[i : i + n] == phrase:
                hits.append((matches[i][0], matches[i + n - 1][1]))
        return hits

    if level in EXACT_LEVELS and parsed.toned:
        toned = [tone_key(nfc(word)) for _s, _e, word in matches]
        for term in parsed.terms:
            found += mark(toned, term.toned)
        if not found:  # a text whose tones the index does not keep
            plain = folded()
            for term in parsed.terms:
                found += mark(plain, term.words)
    else:
        plain = folded()
        exact = level in EXACT_LEVELS or level == PHRASE_LEVEL
        for term in parsed.terms if exact else parsed.loose_terms:
            found += mark(plain, term.words)
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- narrowing a queryset over folded text -------------------------------------------------


def term_q(column: str, term: Term, *, vendor: str) -> Q:
    """Rows whose folded ``column`` holds ``term`` as whole words, in order."""
    pattern = term.pg_pattern if vendor == "postgresql" else term.pattern
    return Q(**{f"{column}__regex": pattern})


def words_q(column: str, parsed: ParsedQuery, *, vendor: str) -> Q:
    """Rows whose folded ``column`` matches ``parsed`` at some level (every syllable of an
    unquoted term as a whole word, a quoted term as a phrase): the widest set of results."""
    condition = Q()
    for term in parsed.loose_terms:
        condition &= term_q(column, term, vendor=vendor)
    return condition
