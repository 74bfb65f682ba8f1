import unicodedata

import pytest

from core.text import (
    collapse_spaces,
    fold,
    name_sort_key,
    nfc,
    split_name,
    strip_invisible_controls,
    truncate_slug,
    unique_slug,
    vi_slugify,
)


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


# --- edges that mutation testing (make mutate MODULE=core/text.py) found untested -----------


@pytest.mark.parametrize("empty", [None, ""])
def test_fold_of_nothing_is_the_empty_string(empty):
    assert fold(empty) == ""


@pytest.mark.parametrize("empty", [None, ""])
def test_nfc_and_strip_pass_nothing_through(empty):
    assert nfc(empty) is empty
    assert strip_invisible_controls(empty) is empty


def test_strip_invisible_controls_removes_every_bidi_and_zero_width_control():
    controls = (
        "\u200b\u200c\u200d\u200e\u200f"  # zero width space/joiners, LRM, RLM
        "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
        "\u2066\u2067\u2068\u2069"  # isolates
        "\ufeff"  # BOM
    )
    assert strip_invisible_controls(f"Nguyễn{controls} Văn Lan") == "Nguyễn Văn Lan"


def test_strip_invisible_controls_keeps_their_neighbours():
    # U+200A (hair space), U+2010 (hyphen), U+2029, U+202F, U+2065 unassigned, U+206A: kept
    kept = "\u200a\u2010\u2029\u202f\u206a"
    assert strip_invisible_controls(kept) == kept


@pytest.mark.parametrize(
    ("typed", "collapsed"),
    [
        ("  Ủy ban   Mặt trận  ", "Ủy ban Mặt trận"),
        ("Ủy\u00a0ban\u00a0\u00a0Mặt\ttrận\n", "Ủy ban Mặt trận"),  # non-breaking spaces
        ("", ""),
        (None, ""),
        ("\u00a0", ""),
    ],
)
def test_collapse_spaces(typed, collapsed):
    assert collapse_spaces(typed) == collapsed


def test_fold_collapses_and_trims_whitespace():
    assert fold("  Cầu \t Giấy\n") == "cau giay"


def test_vi_slugify_of_nothing_is_empty():
    assert vi_slugify("") == ""
    assert vi_slugify("!!!") == ""


def test_vi_slugify_keeps_at_most_200_characters_by_default():
    slug = vi_slugify("Mặt trận " * 40)
    assert len(slug) == 197  # "mat-tran-" * 22 is 198 long: the last whole word ends at 197
    assert slug.endswith("-mat-tran")
    # a 201-letter word followed by another: 200 letters kept (201 if the limit were 201)
    assert vi_slugify("a" * 201 + " b") == "a" * 200


@pytest.mark.parametrize(
    ("slug", "max_length", "cut"),
    [
        ("hoi-nghi", 8, "hoi-nghi"),  # exactly the limit: unchanged
        ("hoi-nghi", 9, "hoi-nghi"),
        ("hoi-nghi-mat-tran", 8, "hoi-nghi"),  # the limit falls on a hyphen: keep it all
        ("hoi-nghi-mat-tran", 9, "hoi-nghi"),  # the cut ends in a hyphen: stripped
        ("hoi-nghi-mat-tran", 10, "hoi-nghi"),  # "hoi-nghi-m": back to the last whole word
        ("hoi-nghi-mat-tran", 12, "hoi-nghi-mat"),
        ("hoinghimattran", 5, "hoing"),  # one long word: cut inside it, nothing else to do
        ("a-hoinghimattran", 5, "a"),
    ],
)
def test_truncate_slug_cuts_at_a_word_boundary(slug, max_length, cut):
    assert truncate_slug(slug, max_length) == cut


def test_unique_slug_of_an_unsluggable_title_is_muc():
    assert unique_slug("!!!", lambda s: False) == "muc"
    assert unique_slug("", {"muc"}.__contains__) == "muc-2"


def test_unique_slug_counts_up_from_two():
    taken = {"hoi-nghi", "hoi-nghi-2", "hoi-nghi-3", "hoi-nghi-4"}
    assert unique_slug("Hội nghị", taken.__contains__) == "hoi-nghi-5"


def test_unique_slug_is_returned_as_is_when_free():
    assert unique_slug("Hội nghị", lambda s: False) == "hoi-nghi"


@pytest.mark.parametrize("max_length", [10, 11, 12, 20, 50])
def test_unique_slug_never_exceeds_the_field_length(max_length):
    title = "Hội nghị phản biện xã hội dự thảo Nghị quyết cuối năm"
    taken: set[str] = set()
    for _ in range(12):  # -2 … -12: the suffix grows to three characters
        slug = unique_slug(title, taken.__contains__, max_length=max_length)
        assert len(slug) <= max_length, slug
        assert slug not in taken
        taken.add(slug)


def test_unique_slug_suffix_of_a_long_single_word_stays_in_the_length():
    slug = unique_slug("Hộinghịphảnbiện", {"hoinghiph"}.__contains__, max_length=9)
    assert slug == "hoinghi-2"


@pytest.mark.parametrize(
    ("full_name", "parts"),
    [
        ("Nguyễn Thị Thanh", ("Nguyễn Thị", "Thanh")),
        ("Nguyễn Văn Minh Tuấn", ("Nguyễn Văn Minh", "Tuấn")),
        ("Hà", ("", "Hà")),
        ("  Lê   Lan  ", ("Lê", "Lan")),
        ("", ("", "")),
        ("   ", ("", "")),
    ],
)
def test_split_name(full_name, parts):
    assert split_name(full_name) == parts


def test_split_name_composes_decomposed_text():
    rest, given = split_name(unicodedata.normalize("NFD", "Nguyễn Thị Thanh"))
    assert (rest, given) == ("Nguyễn Thị", "Thanh")
    assert unicodedata.is_normalized("NFC", rest + given)


def test_name_sort_key_of_a_single_name_has_no_trailing_space():
    assert name_sort_key("Hà") == "Hà"


def test_truncate_slug_never_ends_in_a_hyphen():
    # An editor's slug with a doubled hyphen, cut right at it
    assert truncate_slug("hoi-nghi--mat-tran", 9) == "hoi-nghi"


def test_unique_slug_keeps_at_most_200_characters_by_default():
    assert unique_slug("a" * 201 + " b", lambda s: False) == "a" * 200
