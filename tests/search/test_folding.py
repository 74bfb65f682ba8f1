"""Accent, case, tone-placement and Unicode-form insensitivity, phrases, ranking.

These run on the configured database: SQLite (the folded ``search_text`` fallback) and, with
DATABASE_URL=postgres://…, PostgreSQL full-text search — the same expectations for both.
"""

import unicodedata
from datetime import timedelta

import pytest

from events.models import Participation
from search import engine
from tests.factories.events import make_conference, make_criticism
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db
ATTENDING = Participation.Role.ATTENDING

SAMPLE_TITLE = (
    "Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết chương trình phối hợp "
    "với Hội Chữ thập đỏ quận giai đoạn 2023- 2027"
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize("q", ["cau giay", "CẦU GIẤY", "Cau Giay", "cầu giấy", nfd("Cầu Giấy")])
def test_accents_case_and_form_of_the_query(find, q):
    make_article(SAMPLE_TITLE)
    make_article("Tin khác về phường Dịch Vọng")
    assert find(q) == [SAMPLE_TITLE]


@pytest.mark.parametrize("q", ["hoa", "Hòa", "Hoà", "HOA"])
def test_both_tone_placements_are_found(find, q):
    make_article("Phường Hòa Bình", ago=timedelta(days=1))
    make_article("Khu dân cư Hoà Mục", ago=timedelta(days=2))
    make_article("Hoạt động khuyến học", ago=timedelta(days=3))  # "hoat" is not "hoa"
    assert find(q) == ["Phường Hòa Bình", "Khu dân cư Hoà Mục"]


def test_d_with_stroke(find):
    make_article("Đồng chí Nguyễn Thị Thanh phát biểu")
    assert find("dong chi") == ["Đồng chí Nguyễn Thị Thanh phát biểu"]
    assert find("ĐỒNG CHÍ thanh") == ["Đồng chí Nguyễn Thị Thanh phát biểu"]


def test_text_stored_as_nfd_is_found_by_nfc_and_nfd_queries(find):
    make_article(nfd("Phản biện dự thảo Nghị quyết"), body=nfd("<p>Ý kiến của cử tri Hoà Mục.</p>"))
    assert find("Nghị quyết") == ["Phản biện dự thảo Nghị quyết"]
    assert find(nfd("nghị quyết")) == ["Phản biện dự thảo Nghị quyết"]
    assert find("hòa muc") == ["Phản biện dự thảo Nghị quyết"]


def test_every_word_must_match(find):
    make_article("Hội nghị phản biện xã hội")
    make_article("Hội nghị tiếp xúc cử tri")
    assert find("hoi nghi phan bien") == ["Hội nghị phản biện xã hội"]
    assert find("hoi nghi khong co") == []


def test_quoted_phrase_must_be_contiguous(find):
    make_article("Phản biện xã hội về dự thảo", ago=timedelta(days=1))
    make_article("Xã hội hoá, phản biện chính sách", ago=timedelta(days=2))
    assert find('"phan bien xa hoi"') == ["Phản biện xã hội về dự thảo"]
    assert find("phan bien xa hoi") == [
        "Phản biện xã hội về dự thảo",
        "Xã hội hoá, phản biện chính sách",
    ]


def test_phrase_ignores_punctuation_between_words(find):
    make_article("Giai đoạn 2023-2027: nhân đạo, từ thiện")
    assert find('"nhan dao tu thien"') == ["Giai đoạn 2023-2027: nhân đạo, từ thiện"]
    assert find("2027") == ["Giai đoạn 2023-2027: nhân đạo, từ thiện"]


def test_body_html_is_searched_as_text(find):
    make_article("Tin A", body="<p>Trao <strong>quà Tết</strong> cho hộ nghèo</p>")
    assert find("qua tet ho ngheo") == ["Tin A"]
    assert find("strong") == []


def test_ranking_title_above_sapo_above_body_then_newer(find):
    make_article(
        "Tin ở thân bài",
        sapo="Không liên quan.",
        body="<p>Chữ thập đỏ quận</p>",
        ago=timedelta(days=1),
    )
    make_article("Tin ở sapo", sapo="Hội Chữ thập đỏ trao quà.", ago=timedelta(days=2))
    make_article("Chữ thập đỏ: tin cũ ở tiêu đề", ago=timedelta(days=9))
    make_article("Chữ thập đỏ: tin mới ở tiêu đề", ago=timedelta(days=3))
    assert find("chu thap do") == [
        "Chữ thập đỏ: tin mới ở tiêu đề",
        "Chữ thập đỏ: tin cũ ở tiêu đề",
        "Tin ở sapo",
        "Tin ở thân bài",
    ]


def test_words_split_between_title_and_sapo_rank_as_sapo(find):
    make_article("Chữ thập đỏ ở tiêu đề", sapo="Trao quà Tết.", ago=timedelta(days=5))
    make_article("Trao quà", sapo="Cùng Hội Chữ thập đỏ.", ago=timedelta(days=1), body="<p>Tết</p>")
    # first: every word in title+sapo; second: "tet" only in the body
    assert find("chu thap do tet") == ["Chữ thập đỏ ở tiêu đề", "Trao quà"]


def test_conference_found_by_participant_and_opinion(find):
    conf = make_conference(
        "Hội nghị phản biện dự thảo Nghị quyết",
        people=(("Trần Việt Hà", ATTENDING, "Phó Chủ tịch UBND quận"),),
    )
    make_criticism(
        conf, opinions=(("Ông Lê Văn Bình", "Đề nghị bổ sung giải pháp chỉnh trang vỉa hè"),)
    )
    make_conference("Hội nghị khác")
    kind = engine.CONFERENCE
    assert find("tran viet ha", kind=kind) == ["Hội nghị phản biện dự thảo Nghị quyết"]
    assert find("pho chu tich ubnd", kind=kind) == ["Hội nghị phản biện dự thảo Nghị quyết"]
    assert find('"chinh trang via he"', kind=kind) == ["Hội nghị phản biện dự thảo Nghị quyết"]


def test_conference_ranking_title_above_summary_above_the_rest(find):
    make_conference("Ký kết với Hội Chữ thập đỏ", ago=timedelta(days=300))
    make_conference(
        "Hội nghị giữa năm", summary="Ký kết với Hội Chữ thập đỏ quận.", ago=timedelta(days=20)
    )
    make_conference(
        "Hội nghị cuối năm",
        ago=timedelta(days=10),
        people=(("Nguyễn Văn An", ATTENDING, "Chủ tịch Hội Chữ thập đỏ"),),
    )
    assert find("chu thap do", kind=engine.CONFERENCE) == [
        "Ký kết với Hội Chữ thập đỏ",
        "Hội nghị giữa năm",
        "Hội nghị cuối năm",
    ]


def test_pages_follow_the_ranking_across_tiers():
    from django.contrib.auth.models import AnonymousUser

    from search.query import parse_query

    expected = []
    for where, days in (("title", 0), ("sapo", 10), ("body", 20)):
        for i in range(3):
            fields = {"title": f"Tin {where} {i}", "sapo": "Không liên quan.", "body": "<p>x</p>"}
            if where == "title":
                fields["title"] = f"Quà Tết {i}"
            elif where == "sapo":
                fields["sapo"] = "Trao quà Tết."
            else:
                fields["body"] = "<p>Trao quà Tết.</p>"
            expected.append(make_article(ago=timedelta(days=days + i), **fields).title)
    results = engine.ranked(
        engine.NEWS, parse_query("qua tet"), user=AnonymousUser(), filters=engine.Filters()
    )
    assert results.count() == 9 and not results.capped
    pages = [results[0:4], results[4:8], results[8:12]]
    assert [a.title for page in pages for a in page] == expected
    assert [a.search_tier for a in pages[0]] == [3, 3, 3, 2]
    assert results[8:12][0].search_tier == 1


def test_counts_are_capped(monkeypatch):
    from django.contrib.auth.models import AnonymousUser

    from search.query import parse_query

    monkeypatch.setattr(engine, "MAX_RESULTS", 5)
    for i in range(7):
        make_article(f"Quà Tết {i}", ago=timedelta(days=i))
    results = engine.ranked(
        engine.NEWS, parse_query("qua tet"), user=AnonymousUser(), filters=engine.Filters()
    )
    assert results.count() == 5 and results.capped
    assert [a.title for a in results[0:10]] == [f"Quà Tết {i}" for i in range(5)]


@pytest.mark.parametrize("one_pass_limit", [5000, 1])
def test_conference_ranking_same_in_one_pass_and_tier_by_tier(find, monkeypatch, one_pass_limit):
    monkeypatch.setattr(engine, "ONE_PASS_LIMIT", one_pass_limit)  # PostgreSQL strategies
    make_conference("Hội nghị tiếp xúc cử tri phường Yên Hòa", ago=timedelta(days=40))
    make_conference(
        "Hội nghị khác", summary="Tiếp xúc cử tri phường Yên Hoà.", ago=timedelta(days=5)
    )
    make_conference("Tiếp xúc cử tri phường Yên Hòa lần hai", ago=timedelta(days=20))
    assert find("yen hoa cu tri", kind=engine.CONFERENCE) == [
        "Tiếp xúc cử tri phường Yên Hòa lần hai",
        "Hội nghị tiếp xúc cử tri phường Yên Hòa",
        "Hội nghị khác",
    ]


def test_a_row_gone_between_ranking_and_fetching_is_skipped():
    from django.contrib.auth.models import AnonymousUser

    from search.query import parse_query

    first = make_article("Quà Tết một", ago=timedelta(days=1))
    make_article("Quà Tết hai", ago=timedelta(days=2))
    results = engine.ranked(
        engine.NEWS, parse_query("qua tet"), user=AnonymousUser(), filters=engine.Filters()
    )
    assert results.count() == 2
    results._ranked_ids(10)  # ranked now…
    first.delete()  # …gone before the page is fetched
    assert [a.title for a in results[0:10]] == ["Quà Tết hai"]


@pytest.mark.parametrize("eager_rows", [20, 0])
def test_a_dense_level_reads_the_same_pages_by_rows_or_by_ids(monkeypatch, eager_rows):
    """Above MAX_RESULTS a level is read newest first along the date index: a first page takes
    the rows in that query (EAGER_ROWS), a later one ids then rows; the same results."""
    from django.contrib.auth.models import AnonymousUser

    from search.query import parse_query

    monkeypatch.setattr(engine, "MAX_RESULTS", 5)
    monkeypatch.setattr(engine, "EAGER_ROWS", eager_rows)
    for i in range(7):
        make_article(f"Quà Tết {i}", ago=timedelta(days=i))
    make_article("Chuẩn bị quà cho Tết", ago=timedelta(hours=1))  # scattered: a later level
    results = engine.ranked(
        engine.NEWS, parse_query("qua tet"), user=AnonymousUser(), filters=engine.Filters()
    )
    first, second = results[0:3], results[3:5]
    assert [a.title for a in first + second] == [f"Quà Tết {i}" for i in range(5)]
    assert all(not a.search_approximate for a in first + second)
