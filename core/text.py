"""Vietnamese text helpers used across the project.

Facts these respect (see docs/domain.md#vietnamese-text):
- Pasted text arrives as NFC or NFD; we store NFC.
- NFC does not unify tone placement ("Hòa" vs "Hoà"); folding for search must.
- Django's slugify drops đ/Đ; we transliterate first.
- Names are family name first, given name last; people sort by given name, then the rest.
"""

import re
import unicodedata

from django.utils.text import slugify
from unidecode import unidecode

_SPACES = re.compile(r"\s+")
_D_WITH_STROKE = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


def nfc(value: str | None) -> str | None:
    """Return ``value`` in Unicode NFC (None and "" pass through)."""
    if not value:
        return value
    return unicodedata.normalize("NFC", value)


# Zero-width spaces and joiners, LRM/RLM (U+200B–U+200F), bidi embeddings and overrides
# (U+202A–U+202E), bidi isolates (U+2066–U+2069) and the BOM / zero-width no-break space.
_INVISIBLE_CONTROLS = dict.fromkeys(
    [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF]
)


def strip_invisible_controls(value: str | None) -> str | None:
    """Remove bidirectional and zero-width controls (None and "" pass through).

    In a name or a title they only serve to make one text read as another
    ("Nguyễn Văn \u202enaL" shows as "Nguyễn Văn Lan" in an admin list).
    """
    if not value:
        return value
    return value.translate(_INVISIBLE_CONTROLS)


def fold(value: str | None) -> str:
    """Fold text for accent-, case-, tone-placement- and form-insensitive comparison.

    "Cầu Giấy", "CẦU GIẤY", "cau giay", "Hòa", "Hoà", "đồng chí" (NFC or NFD) all fold to
    plain lowercase ASCII-like text: "cau giay", "hoa", "dong chi". Whitespace is collapsed.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Đ/đ, and Ð (U+00D0, Latin-1's ETH) that old converted Vietnamese text uses for Đ
    # (PostgreSQL's unaccent maps it too, so both databases fold alike).
    stripped = stripped.translate(_D_WITH_STROKE)
    return _SPACES.sub(" ", stripped.casefold()).strip()


def vi_slugify(value: str, max_length: int = 200) -> str:
    """Slug that keeps Vietnamese readable: "Đồng chí" -> "dong-chi"."""
    return truncate_slug(slugify(unidecode(nfc(value) or "")), max_length)


def truncate_slug(slug: str, max_length: int) -> str:
    """Shorten a slug to ``max_length`` at a word boundary ("...-cuoi-nam", never "...-nam-202")."""
    if len(slug) <= max_length:
        return slug
    cut = slug[:max_length]
    if slug[max_length] != "-" and "-" in cut:
        cut = cut.rsplit("-", 1)[0]
    return cut.strip("-")


def unique_slug(value: str, exists, max_length: int = 200) -> str:
    """Return a slug for ``value`` made unique with -2, -3… while ``exists(slug)`` is true."""
    base = vi_slugify(value, max_length=max_length) or "muc"
    slug = base
    counter = 2
    while exists(slug):
        suffix = f"-{counter}"
        slug = f"{truncate_slug(base, max_length - len(suffix))}{suffix}"
        counter += 1
    return slug


def split_name(full_name: str) -> tuple[str, str]:
    """Split a Vietnamese full name into (family and middle names, given name)."""
    parts = (nfc(full_name) or "").split()
    if not parts:
        return "", ""
    return " ".join(parts[:-1]), parts[-1]


def name_sort_key(full_name: str) -> str:
    """Sort key for a Vietnamese name: given name first, then the rest.

    "Nguyễn Thị Thanh" -> "Thanh Nguyễn Thị". Accents are kept so that PostgreSQL's
    ``vi-x-icu`` collation orders it correctly; on SQLite, order by ``fold()`` of it.
    """
    rest, given = split_name(full_name)
    return f"{given} {rest}".strip()


def collapse_spaces(value: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space and trim."""
    return _SPACES.sub(" ", (value or "").replace("\xa0", " ")).strip()
