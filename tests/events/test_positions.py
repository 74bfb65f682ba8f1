"""Positions that read the same way (events.positions): one wording for every way of writing."""

import unicodedata

import pytest

from events.positions import (
    ABBREVIATIONS,
    expand_abbreviations,
    folded_abbreviation,
    fuller_position,
    normalize_position,
)


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        # the sample article's three wordings of Trần Việt Hà's post read the same
        (
            "UVTVQuận ủy, Phó Chủ tịch UBND quận",
            "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận",
        ),
        (
            "UVTV Quận ủy, Phó Chủ tịch UBND quận",
            "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận",
        ),
        (
            "Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận",
            "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận",
        ),
        (
            "UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận",
            "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận",
        ),
        (
            "Quận ủy viên, Phó Chủ tịch HĐND quận",
            "Quận ủy viên, Phó Chủ tịch Hội đồng nhân dân quận",
        ),
        ("PCT UBND phường Dịch Vọng", "Phó Chủ tịch Ủy ban nhân dân phường Dịch Vọng"),
        ("Trưởng ban TTND phường", "Trưởng ban Thanh tra nhân dân phường"),
        ("Ủy viên BTT Ủy ban MTTQ quận", "Ủy viên Ban Thường trực Ủy ban Mặt trận Tổ quốc quận"),
        ("Chủ tịch Hội CTĐ quận", "Chủ tịch Hội Chữ thập đỏ quận"),
        ("Bí thư ĐTN phường", "Bí thư Đoàn Thanh niên phường"),
        # spacing, dashes, old tone placement, capitals after commas
        ("Văn phòng HĐND- UBND quận", "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân quận"),
        (
            "phó chủ tịch  thường trực Uỷ ban MTTQ quận ,",
            "Phó Chủ tịch thường trực Ủy ban Mặt trận Tổ quốc quận",
        ),
        (
            "Chủ tịch UBND quận ,phó bí thư Quận Ủy",
            "Chủ tịch Ủy ban nhân dân quận, Phó Bí thư Quận ủy",
        ),
        # what is not an abbreviation it knows stays as written
        ("Phóng viên TTXVN", "Phóng viên TTXVN"),
        ("Giám đốc Công ty CP ABC", "Giám đốc Công ty CP ABC"),
        ("", ""),
    ],
)
def test_normalize_position(written, normalised):
    assert normalize_position(written) == normalised


def test_nfd_input_gives_nfc_output():
    nfd = unicodedata.normalize("NFD", "UVTV Quận ủy")
    assert normalize_position(nfd) == "Ủy viên Ban Thường vụ Quận ủy"
    assert unicodedata.is_normalized("NFC", normalize_position(nfd))


def test_normalising_twice_changes_nothing():
    once = normalize_position("UVTVQuận ủy, PCT UBND quận, Trưởng ban TTND")
    assert normalize_position(once) == once


def test_glued_words_split_only_before_a_word():
    assert expand_abbreviations("UVTVQuận ủy") == "Ủy viên Ban Thường vụ Quận ủy"
    assert expand_abbreviations("UBND-HĐND") == "Ủy ban nhân dân-Hội đồng nhân dân"
    assert expand_abbreviations("TTXVN") == "TTXVN"  # capitals after it: not a glued word


def test_every_domain_abbreviation_is_known():
    """docs/domain.md#abbreviations lists these; the dictionary is where to add more."""
    for abbreviation in [
        "UVTV", "BTV", "BTT", "TT", "UV", "UVUB", "CT", "PCT", "BT", "PBT", "QU", "ĐU",
        "MTTQ", "UBND", "HĐND", "TTND", "CTĐ", "LHPN", "CCB", "ĐTN", "KDC", "TDP",
    ]:  # fmt: skip
        assert abbreviation in ABBREVIATIONS


def test_fuller_position_compares_the_spelled_out_forms():
    assert (
        fuller_position("UVTVQuận ủy, Phó Chủ tịch UBND quận", "Phó Chủ tịch Ủy ban nhân dân quận")
        == "UVTVQuận ủy, Phó Chủ tịch UBND quận"
    )
    assert fuller_position("Chủ tịch", "Chủ tịch") == "Chủ tịch"
    assert fuller_position("", "Đại biểu") == "Đại biểu"


def test_folded_abbreviation_for_search():
    assert folded_abbreviation("ubnd") == "uy ban nhan dan"
    assert folded_abbreviation("hdnd") == "hoi dong nhan dan"
    assert folded_abbreviation("quan") == ""
