"""What the copy guards look for: English words in Vietnamese text, and the glossary's rules.

English is told from Vietnamese without a dictionary: a word written in plain ASCII letters
that cannot be a Vietnamese syllable ("None", "Search", "log", "add") is English; so are the
few English words that happen to be spelled like one ("True", "the"). Words with Vietnamese
letters, acronyms in capitals (UBND, CSV) and the allow-list below pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

# A Vietnamese syllable with its marks taken off: initial, vowel nucleus, final.
SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(a|ai|ao|au|ay|e|eo|eu|i|ia|ie|ieu|iu|o|oa|oai|oay|oe|oi|oo|u|ua|uay|ue|ui|uo|uoi|uou|"
    r"uu|uy|uya|uye|uyu|y|ye|yeu)"
    r"(c|ch|m|n|ng|nh|p|t)?"
)
#: English words that are also possible Vietnamese spellings without marks.
ENGLISH_LOOKALIKES = {"true", "the", "go", "by", "on", "can", "rich"}
#: Words a Vietnamese page may show as they are: names and file formats.
ALLOWED = {
    "ckeditor",  # product name, in the admin's help
    "docx",
    "xlsx",
    "csv",
    "ics",
    "rss",
    "pdf",
    "png",
    "jpeg",
    "jpg",
    "webp",
    "gif",
    "email",  # only inside addresses the filter below already drops; kept for labels like it
    "zalo",
    "facebook",
    "youtube",
    "google",
    "chrome",
    "firefox",
    "safari",
    "windows",
    "android",
    "ios",
    "wifi",
    "online",
    "camera",  # loanword: "camera giám sát"
    "internet",
    "website",
    "web",
    "sapo",
    "mttq",  # Vietnamese acronyms written as slugs ("hdnd") in the admin's lists
    "hdnd",
    "ubnd",
    "html",
    "url",
    "utc",
    "ip",
    "id",
    "excel",  # "tệp Excel", "tệp Word": the programs' names
    "word",
    "icalendar",  # the calendar format's name (lịch iCalendar)
    "ctr",  # Decree 30's type abbreviations: CTr chương trình, TTr tờ trình, CTrPH …
    "ttr",
    "ctrph",
    "control",  # key caps, in Django's "Nhấn giữ phím “Control”, hoặc “Command” trên máy Mac"
    "command",
    "enter",
}
WORD = re.compile(r"[^\W\d_]+")
NOT_PROSE = re.compile(r"\S*[@/\\=_#]\S*|\S*\w[.:]\w\S*|\S*\d\S*")  # addresses, file names, codes


def english_words(text: str, allowed=frozenset()) -> list[str]:
    found = []
    for word in WORD.findall(NOT_PROSE.sub(" ", text)):
        if not word.isascii() or len(word) == 1:
            continue  # Vietnamese letters, or a list's "a, b, c": not English
        low = word.lower()
        if low in ALLOWED or low in allowed:
            continue
        if len(word) > 1 and word.isupper() and low not in ENGLISH_LOOKALIKES:
            continue  # acronyms: UBND, HĐND, CSV
        if low in ENGLISH_LOOKALIKES or not SYLLABLE.fullmatch(low):
            found.append(word)
    return found


class VisibleText(HTMLParser):
    """Text a person reads or hears: element text and the attributes read aloud or shown."""

    # <bdi>: a value of unknown direction (a password hash's salt), data rather than words.
    SKIP = {"script", "style", "textarea", "code", "pre", "template", "svg", "bdi"}
    SPOKEN = ("alt", "title", "aria-label", "placeholder", "aria-description", "summary")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        attrs = dict(attrs)
        for name in self.SPOKEN:
            if attrs.get(name):
                self.chunks.append(attrs[name])
        if (
            tag == "input"
            and attrs.get("type") in ("submit", "button", "reset")
            and attrs.get("value")
        ):
            self.chunks.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.chunks.append(data)


def visible_text(html: str) -> list[str]:
    parser = VisibleText()
    parser.feed(html)
    return parser.chunks


# --- the glossary's machine-readable block -------------------------------------------------


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern
    write: str
    on_pages: bool = False  # its section is marked [pages]: also checked on rendered pages


def glossary_rules() -> list[Rule]:
    text = (Path(settings.BASE_DIR) / "docs" / "glossary.md").read_text(encoding="utf-8")
    block = re.search(r"```forbidden\n(.*?)```", text, re.S)
    assert block, "docs/glossary.md has no ```forbidden block"
    rules, on_pages = [], False
    for line in block.group(1).splitlines():
        if line.startswith("#"):
            on_pages = "[pages]" in line
            continue
        if not line.strip():
            continue
        pattern, _, write = line.partition(" => ")
        rules.append(Rule(re.compile(pattern), write.strip(), on_pages))
    return rules
