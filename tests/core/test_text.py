import unicodedata

import pytest

from core.text import fold, name_sort_key, nfc, unique_slug, vi_slugify


def test_nfc_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Cầu Giấy")
    assert decomposed != "Cầu Giấy"
    assert nfc(decomposed) == "Cầu Giấy"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("cau giay", "Cầu Giấy"),
        ("CẦU GIẤY", "Cầu Giấy"),
        ("Cau Giay", "Cầu Giấy"),
        ("hoa", "Hòa"),
        ("hoa", "Hoà"),
        ("dong chi", "đồng chí"),
        ("cau giay", unicodedata.normalize("NFD", "Cầu Giấy")),
    ],
)
def test_fold_makes_text_comparable(typed, stored):
    assert fold(typed) == fold(stored)


def test_fold_unifies_tone_placement():
    assert fold("Hòa") == fold("Hoà") == "hoa"


def test_slug_keeps_d_with_stroke():
    assert vi_slugify("Đồng chí Nguyễn Thị Thanh") == "dong-chi-nguyen-thi-thanh"


def test_unique_slug_adds_a_counter():
    taken = {"hoi-nghi", "hoi-nghi-2"}
    assert unique_slug("Hội nghị", taken.__contains__) == "hoi-nghi-3"


def test_name_sort_key_puts_given_name_first():
    assert name_sort_key("Nguyễn Thị Thanh") == "Thanh Nguyễn Thị"
    names = ["Trần Việt Hà", "Nguyễn Thị Thanh", "Lương Mậu Hùng", "Ngô Đức Cường"]
    ordered = sorted(names, key=lambda n: fold(name_sort_key(n)))
    assert ordered == ["Ngô Đức Cường", "Trần Việt Hà", "Lương Mậu Hùng", "Nguyễn Thị Thanh"]


def test_long_slugs_are_cut_at_a_word_boundary():
    title = "Hội nghị phản biện xã hội dự thảo Nghị quyết 6 tháng cuối năm 2023 của quận"
    slug = vi_slugify(title, max_length=60)
    assert len(slug) <= 60
    assert vi_slugify(title).startswith(slug + "-")  # whole words: never "...-cuoi-na"


def test_unique_slug_suffix_keeps_whole_words():
    title = "Hội nghị phản biện xã hội dự thảo Nghị quyết 6 tháng cuối năm 2023 của quận"
    first = unique_slug(title, lambda s: False, max_length=60)
    second = unique_slug(title, lambda s: s == first, max_length=60)
    assert second.endswith("-2") and len(second) <= 60
    assert second[:-2] in vi_slugify(title)


def test_fold_maps_the_eth_that_old_converted_text_uses_for_d():
    assert fold("\u00d0ồng chí") == fold("Đồng chí") == "dong chi"
