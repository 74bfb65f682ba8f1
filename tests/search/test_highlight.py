"""search.highlight: escaped text, what matched wrapped in <mark>, on the original characters:
whole phrases for an exact result, loose syllables only for an approximate one."""

import pytest

from core.keywords import EXACT_LEVELS, LAST_LEVEL
from search import highlight as highlight_module
from search.highlight import highlight, plain_text, snippet
from search.query import parse_query

EXACT = EXACT_LEVELS[-1]


def test_marks_the_phrase_for_an_unaccented_query():
    assert highlight("Quận Cầu Giấy", parse_query("cau giay"), EXACT) == (
        "Quận <mark>Cầu Giấy</mark>"
    )


def test_exact_result_marks_no_stray_syllables():
    text = "Lễ ký kết giao ước thi đua; Đại đoàn kết, kỷ niệm"
    assert highlight(text, parse_query("ky ket"), EXACT) == (
        "Lễ <mark>ký kết</mark> giao ước thi đua; Đại đoàn kết, kỷ niệm"
    )


def test_typed_tones_mark_only_that_spelling():
    text = "Kỳ họp thứ 5; ký họp đồng"
    assert highlight(text, parse_query("kỳ họp"), EXACT) == (
        "<mark>Kỳ họp</mark> thứ 5; ký họp đồng"
    )
    assert highlight("Hoà giải, hóa giải", parse_query("hòa giải"), EXACT) == (
        "<mark>Hoà giải</mark>, hóa giải"
    )


def test_approximate_result_marks_the_syllables():
    assert highlight("Đại đoàn kết, kỷ niệm", parse_query("ky ket"), LAST_LEVEL) == (
        "Đại đoàn <mark>kết</mark>, <mark>kỷ</mark> niệm"
    )


def test_marks_nfd_text_with_its_accents_inside():
    nfd = "Ho\u0061\u0300 Bi\u0300nh"
    assert highlight(nfd, parse_query("hoa"), EXACT) == "<mark>Ho\u0061\u0300</mark> Bi\u0300nh"


def test_whole_words_only():
    assert highlight("Hoạt động hoà giải", parse_query("hoa"), EXACT) == (
        "Hoạt động <mark>hoà</mark> giải"
    )


def test_everything_is_escaped():
    html = highlight('<b onclick="x">Cầu</b> & <script>', parse_query("cau script"), LAST_LEVEL)
    assert "<b" not in html and "<script>" not in html
    assert (
        html
        == "&lt;b onclick=&quot;x&quot;&gt;<mark>Cầu</mark>&lt;/b&gt; &amp; &lt;<mark>script</mark>&gt;"
    )


def test_snippet_centres_on_the_first_match_and_marks_it():
    long_text = (
        "Mở đầu. " * 60 + "Đồng chí Ngô Đức Cường trình bày chương trình. " + "Kết thúc. " * 60
    )
    html, found = snippet(["Sapo không liên quan.", long_text], parse_query("ngo duc cuong"), EXACT)
    assert found
    assert "<mark>Ngô Đức Cường</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(plain_text(html)) < 300


def test_snippet_without_match_shows_the_start():
    html, found = snippet(["Sapo của bài.", "Thân bài."], parse_query("khong co"), EXACT)
    assert not found
    assert html == "Sapo của bài."


def test_plain_text_strips_tags_and_entities():
    assert plain_text("<p>Cầu&nbsp;Giấy &amp; <strong>Hà Nội</strong></p>") == "Cầu Giấy & Hà Nội"
    assert plain_text("<p>Hội nghị</p><p>Cầu Giấy</p>") == "Hội nghị Cầu Giấy"


def test_match_only_in_a_short_field_shows_the_lead_first():
    html, found = snippet(
        ["Sáng ngày 09/6/2023, Ban Thường trực đã tổ chức hội nghị.", "<p>x</p>", "Quận Cầu Giấy"],
        parse_query("cau giay"),
        EXACT,
    )
    assert found
    assert html == (
        "Sáng ngày 09/6/2023, Ban Thường trực đã tổ chức hội nghị. — Quận <mark>Cầu Giấy</mark>"
    )


FILLER = "Cán bộ Mặt trận các phường lắng nghe ý kiến nhân dân về công tác vệ sinh môi trường. "


@pytest.mark.parametrize(
    ("query", "body"),
    [
        # The phrase early and late: read from the start only.
        ("hoi nghi", "Hội nghị tổng kết năm. " + FILLER * 60 + "Kết thúc hội nghị."),
        # Only deep in the body: the whole body is read, as always.
        ("ky ket", FILLER * 60 + "Lễ ký kết chương trình phối hợp. " + FILLER * 5),
        # One term early, the other late: the whole body too.
        (
            "dai doan ket ky niem",
            "Đại đoàn kết toàn dân. " + FILLER * 60 + "Kỷ niệm ngày thành lập.",
        ),
        # Near the edge of what is read first.
        ("ve sinh", "Mở đầu. " * 180 + "Vệ sinh môi trường. " + FILLER * 40),
    ],
)
@pytest.mark.parametrize("level", [0, 2, LAST_LEVEL])
def test_a_long_part_gives_the_excerpt_reading_it_whole_would(monkeypatch, query, body, level):
    parsed = parse_query(query)
    parts = ["Tóm tắt không có từ khóa.", body]
    quick = snippet(parts, parsed, level)
    monkeypatch.setattr(highlight_module, "EARLY_READ", 10**9)
    assert quick == snippet(parts, parsed, level)


def test_a_long_body_with_the_phrase_in_its_lead_is_read_from_its_start_only():
    parsed = parse_query("hoi nghi")
    body = "Hội nghị tổng kết năm. " + FILLER * 60
    spans = highlight_module._early_spans(body, parsed, 0, 1, highlight_module.SNIPPET_LENGTH)
    assert spans == [(0, 8)]
    assert highlight_module._early_spans(FILLER * 60 + body, parsed, 0, 1, 240) is None
