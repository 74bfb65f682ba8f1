"""search.query (core.keywords): what the visitor typed becomes terms — runs of syllables that
should stand together, quoted ones that must — or a message."""

from search.query import MAX_QUERY_LENGTH, MAX_WORDS, parse_query


def words_of(raw):
    return [term.words for term in parse_query(raw).terms]


def test_a_run_of_syllables_is_one_term_folded():
    assert words_of("CẦU   Giấy") == [("cau", "giay")]
    parsed = parse_query("cau giay")
    assert not parsed.toned
    assert parsed.exact_tsquery() == "'cau_giay'"  # the pair: one lexeme
    assert parsed.words_tsquery() == "'cau' & 'giay'"  # every syllable somewhere


def test_longer_phrases_chain_their_pairs():
    assert parse_query("dai doan ket").exact_tsquery() == "('dai_doan' <-> 'doan_ket')"


def test_typed_tones_are_kept_as_tone_keys():
    parsed = parse_query("Ký kết")
    assert parsed.toned
    assert parsed.terms[0].toned == ("ky~s", "kêt~s")
    assert parsed.exact_tsquery() == "'ky~s_kêt~s'"
    assert parsed.phrase_tsquery() == "'ky_ket'"


def test_nfd_and_nfc_queries_parse_the_same():
    nfd = "C\u0061\u0300u Gia\u0302\u0301y Ho\u0061\u0300"  # decomposed
    assert parse_query(nfd).terms == parse_query("Càu Giấy Hoà").terms
    assert words_of(nfd) == [("cau", "giay", "hoa")]


def test_tone_placement_and_d_with_stroke():
    assert parse_query("Hòa").terms == parse_query("Hoà").terms
    assert parse_query("Hòa").terms[0].toned == ("hoa~f",)
    assert words_of("đồng chí") == [("dong", "chi")]


def test_quoted_phrase_straight_or_curly():
    for raw in ['"phản biện xã hội" quận', "“phản biện xã hội” quận"]:
        terms = parse_query(raw).terms
        assert [t.words for t in terms] == [("phan", "bien", "xa", "hoi"), ("quan",)]
        assert terms[0].quoted and not terms[1].quoted
    assert parse_query('"cau giay"').words_tsquery() == "'cau_giay'"  # stays a phrase


def test_unpaired_quote_is_ignored():
    assert words_of('"cau giay') == [("cau", "giay")]
    assert not parse_query('"cau giay').terms[0].quoted


def test_punctuation_splits_like_the_index():
    assert words_of("KT-XH 2023-2027") == [("kt", "xh", "2023", "2027")]


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
    assert words_of("'; DROP TABLE news_article; --") == [("drop", "table", "news", "article")]
    assert words_of("<script>alert(1)</script>") == [("script", "alert", "1", "script")]
    # the tsquery only ever holds quoted letters and digits
    assert parse_query("a' | b & !c:* <-> d").words_tsquery() == "'a' & 'b' & 'c' & 'd'"


def test_control_characters_are_dropped():
    assert words_of("cau\x00giay\u200b") == [("cau", "giay")]


def test_many_words_are_capped():
    parsed = parse_query(" ".join(f"tu{i}" for i in range(30)))
    assert len(parsed.words) == MAX_WORDS
    assert parsed.truncated


def test_repeated_syllables_count_once_when_scattered():
    assert [t.words for t in parse_query("hoa Hòa HOÀ").loose_terms] == [("hoa",)]
