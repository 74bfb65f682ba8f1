"""docs/glossary.md is followed: its forbidden variants appear in no template, no Python
string a person reads and no catalogue we ship; tone marks are placed one way."""

import re

from tests.copy.sources import all_copy, python_strings, template_texts
from tests.copy.words import glossary_rules

# .po continuation lines also hold msgid text (Django's English); only what we wrote counts.
_MSGID_LINE = re.compile(r"^(msgid|msgid_plural|msgctxt) ")


def test_glossary_has_rules_the_guard_reads():
    rules = glossary_rules()
    assert len(rules) > 30
    patterns = [rule.pattern.pattern for rule in rules]
    assert any("Thứ" in p for p in patterns) and any("in bài" in p for p in patterns)


def test_no_forbidden_variant_in_the_product():
    rules = glossary_rules()
    found = []
    for piece in all_copy():
        if _MSGID_LINE.match(piece.text):
            continue
        for rule in rules:
            match = rule.pattern.search(piece.text)
            if match:
                found.append(f"{piece.where}: “{match.group(0)}” → {rule.write}")
    assert not found, "Không đúng docs/glossary.md:\n" + "\n".join(found)


# An open syllable oa/oe/uy carrying its mark on the second vowel ("hoà", "thuỷ", "Uỷ");
# "quý", "quả" are qu + vowel, not this.
NEW_STYLE = re.compile(r"(?<![qQ\w])\w*?(?<![qQ])([oO][àáảãạèéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\w)")


def test_tone_marks_placed_the_old_way_everywhere():
    found = [
        f"{piece.where}: {match.group(0)}"
        for piece in (*python_strings(), *template_texts())
        for match in NEW_STYLE.finditer(piece.text)
    ]
    assert not found, "Dấu thanh đặt kiểu mới (docs/glossary.md, mục 5):\n" + "\n".join(found)


def test_the_tone_check_tells_the_two_styles_apart():
    assert NEW_STYLE.search("Uỷ ban") and NEW_STYLE.search("hoà giải")
    assert NEW_STYLE.search("thuý") and NEW_STYLE.search("xoá")
    for fine in ("Ủy ban", "hòa giải", "thúy", "xóa", "quý", "hoàn thành", "quả", "khuya"):
        assert not NEW_STYLE.search(fine), fine
