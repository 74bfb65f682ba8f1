"""search.highlight: escaped text, matches wrapped in <mark>, on the original characters."""

from search.highlight import highlight, plain_text, snippet
from search.query import parse_query


def terms(raw):
    return parse_query(raw).terms


def test_marks_accented_words_for_an_unaccented_query():
    assert highlight("Quận Cầu Giấy", terms("cau giay")) == (
        "Quận <mark>Cầu</mark> <mark>Giấy</mark>"
    )


def test_marks_nfd_text_with_its_accents_inside():
    nfd = "Ho\u0061\u0300 Bi\u0300nh"
    assert highlight(nfd, terms("hoa")) == "<mark>Ho\u0061\u0300</mark> Bi\u0300nh"


def test_whole_words_only():
    assert highlight("Hoạt động hoà giải", terms("hoa")) == "Hoạt động <mark>hoà</mark> giải"


def test_phrase_is_one_mark():
    assert highlight("Phản biện xã hội quận", terms('"phan bien xa hoi"')) == (
        "<mark>Phản biện xã hội</mark> quận"
    )


def test_everything_is_escaped():
    html = highlight('<b onclick="x">Cầu</b> & <script>', terms("cau script"))
    assert "<b" not in html and "<script>" not in html
    assert (
        html
        == "&lt;b onclick=&quot;x&quot;&gt;<mark>Cầu</mark>&lt;/b&gt; &amp; &lt;<mark>script</mark>&gt;"
    )


def test_snippet_centres_on_the_first_match_and_marks_it():
    long_text = (
        "Mở đầu. " * 60 + "Đồng chí Ngô Đức Cường trình bày chương trình. " + "Kết thúc. " * 60
    )
    html, found = snippet(["Sapo không liên quan.", long_text], terms("ngo duc cuong"))
    assert found
    assert "<mark>Ngô</mark> <mark>Đức</mark> <mark>Cường</mark>" in html
    assert html.startswith("… ") and html.endswith(" …")
    assert len(plain_text(html)) < 300


def test_snippet_without_match_shows_the_start():
    html, found = snippet(["Sapo của bài.", "Thân bài."], terms("khong co"))
    assert not found
    assert html == "Sapo của bài."


def test_plain_text_strips_tags_and_entities():
    assert plain_text("<p>Cầu&nbsp;Giấy &amp; <strong>Hà Nội</strong></p>") == "Cầu Giấy & Hà Nội"


def test_match_only_in_a_short_field_shows_the_lead_first():
    html, found = snippet(
        ["Sáng ngày 09/6/2023, Ban Thường trực đã tổ chức hội nghị.", "<p>x</p>", "Quận Cầu Giấy"],
        terms("cau giay"),
    )
    assert found
    assert html == (
        "Sáng ngày 09/6/2023, Ban Thường trực đã tổ chức hội nghị. — "
        "Quận <mark>Cầu</mark> <mark>Giấy</mark>"
    )
