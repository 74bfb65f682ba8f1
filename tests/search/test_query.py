"""search.query: what the visitor typed becomes terms (words, phrases) or a message."""

from search.query import MAX_QUERY_LENGTH, MAX_WORDS, parse_query


def words_of(raw):
    return [term.words for term in parse_query(raw).terms]


def test_words_are_folded_and_all_required():
    assert words_of("CẦU   Giấy") == [("cau",), ("giay",)]
    assert parse_query("cau giay").tsquery() == "'cau' & 'giay'"


def test_nfd_and_nfc_queries_parse_the_same():
    nfd = "C\u0061\u0300u Gia\u0302\u0301y Ho\u0061\u0300"  # decomposed
    assert words_of(nfd) == words_of("Càu Giấy Hoà") == [("cau",), ("giay",), ("hoa",)]


def test_tone_placement_and_d_with_stroke():
    assert words_of("Hòa") == words_of("Hoà") == [("hoa",)]
    assert words_of("đồng chí") == [("dong",), ("chi",)]


def test_quoted_phrase_straight_or_curly():
    for raw in ['"phản biện xã hội" quận', "“phản biện xã hội” quận"]:
        assert words_of(raw) == [("phan", "bien", "xa", "hoi"), ("quan",)]
    assert parse_query('"cau giay"').tsquery() == "('cau' <-> 'giay')"


def test_unpaired_quote_is_ignored():
    assert words_of('"cau giay') == [("cau",), ("giay",)]


def test_punctuation_splits_like_the_index():
    assert words_of("KT-XH 2023-2027") == [("kt",), ("xh",), ("2023",), ("2027",)]


def test_empty_and_blank_queries_have_no_error():
    for raw in (None, "", "   ", "\t\n"):
        parsed = parse_query(raw)
        assert parsed.is_empty and not parsed.error and not parsed.terms


def test_punctuation_only_is_a_message():
    parsed = parse_query("!!! ??? ...")
    assert not parsed.ok
    assert "chữ hoặc số" in parsed.error


def test_too_long_is_a_message():
    parsed = parse_query("a" * (MAX_QUERY_LENGTH + 1))
    assert not parsed.ok
    assert "200" in parsed.error
    assert parse_query("a" * MAX_QUERY_LENGTH).ok


def test_sql_and_html_become_plain_words():
    assert words_of("'; DROP TABLE news_article; --") == [
        ("drop",),
        ("table",),
        ("news",),
        ("article",),
    ]
    assert words_of("<script>alert(1)</script>") == [("script",), ("alert",), ("1",)]
    # the tsquery only ever holds quoted letters and digits
    assert parse_query("a' | b & !c:* <-> d").tsquery() == "'a' & 'b' & 'c' & 'd'"


def test_control_characters_are_dropped():
    assert words_of("cau\x00giay\u200b") == [("cau",), ("giay",)]


def test_many_words_are_capped():
    parsed = parse_query(" ".join(f"tu{i}" for i in range(30)))
    assert len(parsed.terms) == MAX_WORDS
    assert parsed.truncated


def test_repeated_words_count_once():
    assert words_of("hoa Hòa HOÀ") == [("hoa",)]
