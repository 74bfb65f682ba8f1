"""Positions that read the same way: one normalised wording for what sources abbreviate.

Sources write one post several ways ("UVTVQuận ủy", "UVTV Quận ủy", "Ủy viên Ban thường vụ
Quận ủy"; docs/domain.md#abbreviations). The record keeps the text as written (the source is
never corrected) and stores beside it the form :func:`normalize_position` gives, which the
pages show, group a person's history by and search matches.

To teach it a new abbreviation, add an entry to ``ABBREVIATIONS`` (and a case to
``tests/events/test_positions.py``); to fix the capitals of a phrase, add it to
``CANONICAL_PHRASES``. Stored rows are brought up to date by saving them again.
"""

from __future__ import annotations

import re

from core.text import collapse_spaces, fold, nfc

#: Abbreviation as printed (upper case, case-sensitive) -> the full official wording.
ABBREVIATIONS: dict[str, str] = {
    # positions and bodies
    "UVTV": "Ủy viên Ban Thường vụ",
    "UVBTV": "Ủy viên Ban Thường vụ",
    "UVBTT": "Ủy viên Ban Thường trực",
    "UVUB": "Ủy viên Ủy ban",
    "BTV": "Ban Thường vụ",
    "BTT": "Ban Thường trực",
    "TT": "Thường trực",
    "UV": "Ủy viên",
    "PCT": "Phó Chủ tịch",
    "CT": "Chủ tịch",
    "PBT": "Phó Bí thư",
    "BT": "Bí thư",
    "QU": "Quận ủy",
    "ĐU": "Đảng ủy",
    # organisations and subjects
    "MTTQ": "Mặt trận Tổ quốc",
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "TTND": "Thanh tra nhân dân",
    "CTĐ": "Chữ thập đỏ",
    "LHPN": "Liên hiệp Phụ nữ",
    "CCB": "Cựu chiến binh",
    "ĐTN": "Đoàn Thanh niên",
    "KDC": "khu dân cư",
    "TDP": "tổ dân phố",
    "TP": "thành phố",
    "KT-XH": "kinh tế - xã hội",
    "QP-AN": "quốc phòng - an ninh",
}

#: Phrases written in these capitals whatever the source did ("Ban thường vụ", "Quận Ủy",
#: "Uỷ viên" with the old tone placement).
CANONICAL_PHRASES: tuple[str, ...] = (
    "Ủy viên Ban Thường vụ",
    "Ủy viên Ban Thường trực",
    "Ban Thường vụ",
    "Ban Thường trực",
    "Ban Chấp hành",
    "Phó Chủ tịch",
    "Chủ tịch",
    "Phó Bí thư",
    "Bí thư",
    "Ủy viên",
    "Ủy ban nhân dân",
    "Ủy ban",
    "Hội đồng nhân dân",
    "Mặt trận Tổ quốc",
    "Thanh tra nhân dân",
    "Quận ủy viên",
    "Quận ủy",
    "Thành ủy",
    "Đảng ủy",
)

_LETTER = r"[^\W\d_]"
_UPPER = "A-ZÀ-ỸĐ"
_LOWER = "a-zà-ỹđ"


def _abbreviation_pattern() -> re.Pattern:
    keys = sorted(ABBREVIATIONS, key=len, reverse=True)
    alternatives = "|".join(re.escape(key) for key in keys)
    # Not inside a longer word; followed by a non-letter, the end, or a capitalised word glued
    # to it ("UVTVQuận ủy"), never by more capitals ("TTXVN" is not "Thường trực XVN").
    return re.compile(
        rf"(?<![\w])(?P<abbr>{alternatives})(?=$|[^\w]|[{_UPPER}][{_LOWER}])",
    )


def _phrase_pattern(phrase: str) -> str:
    pattern = re.escape(phrase)
    # both tone placements: "Ủy"/"Uỷ", "ủy"/"uỷ"
    return pattern.replace("Ủy", "(?:Ủy|Uỷ)").replace("ủy", "(?:ủy|uỷ)")


_ABBREVIATION = _abbreviation_pattern()
_PHRASES = [
    (re.compile(rf"(?<!\w){_phrase_pattern(p)}(?!\w)", re.IGNORECASE), p) for p in CANONICAL_PHRASES
]
_DASH_SPACED = re.compile(r"\s*[–—]\s*|\s+-\s*|(?<=\w)-\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:])")
_PUNCT_GLUED = re.compile(r"([,;])(?=\S)")


def _expand(match: re.Match) -> str:
    full = ABBREVIATIONS[match["abbr"]]
    following = match.string[match.end() : match.end() + 1]
    return f"{full} " if following and re.match(_LETTER, following) else full


def expand_abbreviations(text: str) -> str:
    """Abbreviations spelled out, glued words split; everything else as it was."""
    return _ABBREVIATION.sub(_expand, text)


_FOLDED_ABBREVIATIONS = {fold(key): fold(value) for key, value in ABBREVIATIONS.items()}


def folded_abbreviation(word: str) -> str:
    """The folded full form of a folded abbreviation ("ubnd" -> "uy ban nhan dan"), or ""."""
    return _FOLDED_ABBREVIATIONS.get(word, "")


def normalize_position(text: str | None) -> str:
    """The position in one consistent wording.

    "UVTVQuận ủy, Phó Chủ tịch UBND quận" -> "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy
    ban nhân dân quận"; "Ủy viên Ban thường vụ Quận ủy" -> "Ủy viên Ban Thường vụ Quận ủy".
    Abbreviations expanded (``ABBREVIATIONS``), glued words split, the capitals of the
    usual phrases fixed, one space after commas, spaced dashes as " - ", every part after a
    comma capitalised. Names and places are left as written.
    """
    text = collapse_spaces(nfc(text or ""))
    if not text:
        return ""
    text = expand_abbreviations(text)
    for pattern, phrase in _PHRASES:
        text = pattern.sub(phrase, text)
    text = _DASH_SPACED.sub(" - ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _PUNCT_GLUED.sub(r"\1 ", text)
    text = collapse_spaces(text).strip(" ,;.")
    parts = [part.strip() for part in text.split(",")]
    return ", ".join(part[:1].upper() + part[1:] for part in parts if part)


def fuller_position(*texts: str) -> str:
    """Of several wordings of one person's position, the one that says the most.

    Compared on the normalised form (so "UVTVQuận ủy" is not shorter than "Ủy viên Ban
    Thường vụ Quận ủy" only because it abbreviates); ties keep the first given.
    """
    best = ""
    best_length = -1
    for text in texts:
        length = len(normalize_position(text))
        if length > best_length:
            best, best_length = text, length
    return best
