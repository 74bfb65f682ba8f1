"""The Thống kê page (/thong-ke/): what readers and officials see, the page cache, bad
periods, a fixed number of queries, charts that match their tables, and numbers that match
the lists they link to."""

import datetime as dt
import re
import xml.etree.ElementTree as ET
from datetime import date
from urllib.parse import unquote

import lxml.html
import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Conference
from tests.factories.events import at, make_conference, make_person
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

URL = "/thong-ke/"
SVG = "{http://www.w3.org/2000/svg}"


def text_of(response) -> str:
    html = response.content.decode()
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_public_sees_public_records_and_is_told_so(client, world):
    response = client.get(URL + "?year=2024")
    assert response.status_code == 200
    text = text_of(response)
    assert "Thống kê năm 2024" in text
    assert "Chỉ hồ sơ công khai." in text
    assert "Gồm cả hồ sơ nội bộ" not in text
    assert (
        "Trong năm 2024, Ủy ban đã tổ chức và tham dự 4 hội nghị, tăng 2 so với năm 2023 (2)."
        in text
    )
    assert "Ủy ban đã phản biện 2 dự thảo (năm 2023: 1), với 14 ý kiến; 13 ý kiến (92,9%)" in text
    assert "Chương trình nội bộ" not in text
    assert "Phản biện nội bộ" not in text
    assert "Trong năm 2024, cổng đã đăng 5 bài viết, tăng 3 so với năm 2023 (2)." in text
    assert "các bài viết được đọc 1.504 lượt" in text
    assert "“Tin cuối năm” (1.234 lượt)" in text


def test_an_official_sees_internal_records_counted_and_the_page_is_never_stored(
    client, world, official_client
):
    response = client.get(URL + "?year=2024")
    text = text_of(response)
    assert "Gồm cả hồ sơ nội bộ." in text
    assert "Ủy ban đã tổ chức và tham dự 5 hội nghị" in text
    assert "Chương trình nội bộ" in text
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_a_signed_in_reader_without_the_permission_sees_public_figures(client, world):
    client.force_login(make_user())
    text = text_of(client.get(URL + "?year=2024"))
    assert "Chỉ hồ sơ công khai." in text
    assert "tham dự 4 hội nghị" in text


def test_the_anonymous_page_is_stored_per_period_and_dropped_by_a_new_conference(
    client, world, django_assert_num_queries
):
    first = client.get(URL + "?year=2024")
    with django_assert_num_queries(0):
        again = client.get(URL + "?year=2024&utm_source=zalo")
    assert again.content == first.content
    assert "năm 2023" in text_of(client.get(URL + "?year=2023"))
    make_conference("Hội nghị mới", starts_at=at(1, 8, 2024), kinds=("hoi-nghi",))
    assert "tham dự 5 hội nghị" in text_of(client.get(URL + "?year=2024"))
    make_article("Tin mới tháng Tám", publish_at=at(2, 8, 2024))
    assert "cổng đã đăng 6 bài viết" in text_of(client.get(URL + "?year=2024"))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?from=31/02/2024", "Ngày “31/02/2024” không có trên lịch."),
        ("?year=abc", "Năm phải là một số có 4 chữ số"),
        ("?from=30/06/2024&to=01/01/2024", "phải trước hoặc trùng"),
        ("?from=01/01/2000&to=31/12/2010", "Khoảng thời gian dài nhất là 36 tháng."),
        ("?to=" + "9" * 300, "Ngày đã nhập không đúng dạng."),
    ],
)
def test_a_bad_period_is_explained_and_this_year_shown(client, world, query, message):
    response = client.get(URL + query)
    assert response.status_code == 200
    text = text_of(response)
    assert "Kỳ đã chọn chưa đúng nên trang đang hiện số liệu năm" in text
    assert message in text


@pytest.mark.parametrize("path", ["so-lieu.xlsx", "bao-cao.docx"])
def test_exports_refuse_a_bad_period_in_vietnamese(client, world, path):
    response = client.get(f"{URL}{path}?from=31/02/2024")
    assert response.status_code == 400
    assert "Không xuất được số liệu vì kỳ báo cáo chưa đúng" in response.content.decode()


def test_a_range(client, world):
    response = client.get(URL + "?from=01/01/2024&to=15/01/2024")
    text = text_of(response)
    assert "Thống kê từ 01/01/2024 đến 15/01/2024" in text
    assert (
        "Từ 01/01/2024 đến 15/01/2024, Ủy ban đã tổ chức và tham dự 2 hội nghị, tăng 2 so với "
        "cùng kỳ năm trước (0)." in text
    )
    html = response.content.decode()
    assert 'value="01/01/2024"' in html and 'value="15/01/2024"' in html


# --- Fixed number of queries -------------------------------------------------------------------


def grow(n: int) -> None:
    """``n`` more conferences with people, drafts and programmes, and ``n`` articles."""
    from tests.factories.events import make_criticism, make_organization, make_programme

    org = make_organization()
    for i in range(n):
        person = make_person()
        conference = make_conference(
            starts_at=at(1 + i % 28, 1 + i % 12, 2024),
            kinds=("phan-bien", "ky-ket"),
            people=((person, "presiding", "Chủ tịch", org),),
            visibility=Conference.Visibility.INTERNAL if i % 3 == 0 else "public",
        )
        make_criticism(conference, opinions=(("Ông A", "Ý kiến"),), issuing_body=org)
        make_programme(conference, title=f"Chương trình {i}", parties=((org, None, ""),))
        make_article(publish_at=at(1 + i % 28, 1 + i % 12, 2024))


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_page_runs_the_same_queries_whatever_the_number_of_records(
    client, world, signed_in, settings
):
    # Uncached: measure the page itself, not the page cache.
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m]
    if signed_in:
        client.force_login(make_user("official"))
    client.get(URL)  # the site settings and the menu warm
    small = count_queries(client, URL + "?year=2024")
    grow(40)
    large = count_queries(client, URL + "?year=2024")
    # conferences (3), criticism (2), programmes (4), people (3), organisations (3),
    # news (2), reads (3), years (4); + session, user and permissions (4) when signed in
    assert small == large == (28 if signed_in else 24)


# --- Charts match their tables; numbers match the lists they link to ---------------------------


def figures_of(response):
    """Each figure on the page: its SVG (parsed as XML) and its table as
    {(row header, column header): (text, href)}."""
    html = response.content.decode()
    tree = lxml.html.fromstring(html)
    found = {}
    for article in tree.xpath('//article[@class="stats-figure"]'):
        own = re.search(
            rf'<article class="stats-figure" id="{article.get("id")}".*?</article>', html, re.S
        ).group()
        svg_match = re.search(r"<svg .*?</svg>", own, re.S)  # a figure without data has none
        svg = ET.fromstring(svg_match.group()) if svg_match else None
        heading = article.xpath(".//h3")[0].text_content().strip()
        if svg is not None:
            assert svg.find(f"{SVG}title").text.lower() == heading.lower()
        table = {}
        headers = [th.text_content().strip() for th in article.xpath(".//thead//th")]
        for tr in article.xpath(".//tbody/tr | .//tfoot/tr"):
            cells = tr.xpath("./th | ./td")
            label = cells[0].text_content().strip()
            for header, cell in zip(headers, cells, strict=True):
                links = cell.xpath(".//a")
                table[(label, header)] = (
                    cell.text_content().strip(),
                    links[0].get("href") if links else "",
                )
        found[article.get("id")] = (svg, table)
    return found


def bars(svg) -> list[tuple[str, str, str]]:
    """(row, series, value) of every bar's title "row · series: value"."""
    out = []
    for rect in svg.iter(f"{SVG}rect"):
        title = rect.find(f"{SVG}title")
        if title is None:
            continue
        head, _, value = title.text.rpartition(": ")
        row, _, series = head.rpartition(" · ")
        out.append((row, series, value))
    return out


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_chart_draws_its_table(client, world, signed_in):
    if signed_in:
        client.force_login(make_user("official"))
    figures = figures_of(client.get(URL + "?year=2024"))
    assert set(figures) == {
        "hoi-nghi-theo-thang",
        "phan-bien-theo-co-quan",
        "chuong-trinh-theo-to-chuc",
        "giai-doan-chuong-trinh",
        "dai-bieu",
        "to-chuc",
        "tin-bai-theo-thang",
        "doc-nhieu",
    }
    for key, (svg, table) in figures.items():
        assert svg is not None, key
        if key == "giai-doan-chuong-trinh":
            # "Chương trình nhân đạo (2024–2026) · Ký trong kỳ": one bar per programme row.
            spans = [
                r.find(f"{SVG}title").text
                for r in svg.iter(f"{SVG}rect")
                if r.find(f"{SVG}title") is not None
            ]
            for span in spans:
                title, _, rest = span.rpartition(" (")
                assert table[(title, "Giai đoạn")][0] == rest.split(")")[0], span
            assert len(spans) == len({label for label, _ in table})
            continue
        drawn = bars(svg)
        assert drawn, key
        for row, series, value in drawn:
            assert table[(row, series)][0] == value, (key, row, series)
        # And every non-zero number of a drawn column is drawn.
        series_names = {series for _, series, _ in drawn}
        rows = {row for row, _, _ in drawn}
        for (row, header), (text, _href) in table.items():
            if header in series_names and row in rows and text not in ("0", "—"):
                assert (row, header, text) in drawn, (key, row, header)


def lookup_count(client, href: str) -> int:
    text = text_of(client.get(href))
    return int(re.search(r"(\d+) hội nghị", text).group(1))


@pytest.mark.parametrize("signed_in", [False, True])
def test_conference_numbers_match_the_lookup_they_link_to(client, world, signed_in):
    if signed_in:
        client.force_login(make_user("official"))
    figures = figures_of(client.get(URL + "?year=2024"))
    _svg, table = figures["hoi-nghi-theo-thang"]
    checked = 0
    for (row, header), (text, href) in table.items():
        if not href:
            continue
        assert unquote(href).startswith("/hoi-nghi/?")
        assert lookup_count(client, href) == int(text), (row, header, href)
        checked += 1
    assert checked >= 8
    assert table[("Cả kỳ", "Số hội nghị")] == (
        "5" if signed_in else "4",
        "/hoi-nghi/?year=2024",
    )
    # People: the number of conferences is the lookup's count for that person and period.
    _svg, people = figures_of(client.get(URL + "?year=2024"))["dai-bieu"]
    text, href = people[("Nguyễn Thị Thanh", "Số hội nghị")]
    assert unquote(href) == "/hoi-nghi/?year=2024&person=nguyen-thi-thanh"
    assert lookup_count(client, href) == int(text) == (4 if signed_in else 3)
    # Criticism: the drafts' total links to the criticism sessions of the period.
    _svg, criticism = figures_of(client.get(URL + "?year=2024"))["phan-bien-theo-co-quan"]
    assert unquote(criticism[("Tổng", "Số dự thảo")][1]) == "/hoi-nghi/?year=2024&kind=phan-bien"


def news_count(client, href: str) -> int:
    """How many articles the news list at ``href`` shows (fewer than a page here)."""
    response = client.get(href)
    assert response.status_code == 200
    tree = lxml.html.fromstring(response.content.decode())
    return len(tree.xpath('//ul[@class="news-list"]/li'))


@pytest.mark.parametrize("query", ["?year=2024", "?from=01/03/2024&to=31/12/2024"])
def test_news_numbers_match_the_news_list_they_link_to(client, world, query):
    _svg, table = figures_of(client.get(URL + query))["tin-bai-theo-thang"]
    checked = 0
    for (row, header), (text, href) in table.items():
        if header == "Tháng":
            continue
        if header == "Chưa có chuyên mục" or text == "0":  # no list behind these
            assert not href
            continue
        assert href, (row, header)
        assert unquote(href).startswith(("/tin-tuc/?from=", "/chuyen-muc/")), href
        assert news_count(client, href) == int(text), (row, header, href)
        checked += 1
    assert checked >= 10
    text, href = table[("Cả kỳ", "Hoạt động Mặt trận")]
    days = "from=01/01/2024&to=31/12/2024" if "year" in query else query[1:]
    assert unquote(href) == f"{world.categories.a.get_absolute_url()}?{days}"
    assert text == ("3" if "year" in query else "1")
    # One month of the period; the same month a year earlier beside it.
    march = table[("Tháng 3/2024", "Số bài viết")]
    assert unquote(march[1]) == "/tin-tuc/?from=01/03/2024&to=31/03/2024"
    march_before = table[("Tháng 3/2024", "Năm 2023" if "year" in query else "Cùng kỳ năm trước")]
    assert unquote(march_before[1]) == "/tin-tuc/?from=01/03/2023&to=31/03/2023"


@pytest.mark.parametrize(
    ("query", "message"),
    [("?from=31/02/2024", "không đúng dạng"), ("?from=02/02/2024&to=01/01/2024", "phải trước")],
)
def test_a_bad_date_in_the_news_list_is_explained_and_the_whole_list_shown(
    client, world, query, message
):
    response = client.get("/tin-tuc/" + query)
    assert response.status_code == 200
    text = text_of(response)
    assert "Không lọc theo ngày được nên trang hiện mọi bài viết" in text
    assert news_count(client, "/tin-tuc/" + query) == news_count(client, "/tin-tuc/")


@pytest.mark.parametrize(
    ("today", "shown", "note"),
    [
        # Nothing yet in 2027 (nor 2026): the latest year with records, and the page says so.
        (
            date(2027, 3, 1),
            2025,
            "Năm 2027 chưa có hội nghị hay bài viết nào; trang đang hiện "
            "năm 2025, năm gần nhất có số liệu.",
        ),
        # 2024 has records; a conference planned for 2025 is not yet a figure.
        (date(2024, 7, 1), 2024, ""),
    ],
)
def test_the_default_year_is_the_latest_with_records(client, world, today, shown, note):
    with time_machine.travel(dt.datetime.combine(today, dt.time(9)), tick=False):
        text = text_of(client.get(URL))
        assert f"Thống kê năm {shown}" in text
        if note:
            assert note in text
        else:
            assert "năm gần nhất có số liệu" not in text
        # A bad period falls back to the same year; an explicit year is kept.
        assert f"trang đang hiện số liệu năm {shown}" in text_of(client.get(URL + "?year=abc"))
        assert "Thống kê năm 2023" in text_of(client.get(URL + "?year=2023"))
        # The files of the default period are that year's too.
        response = client.get(URL + "so-lieu.xlsx")
        assert f"thong-ke-{shown}.xlsx" in response["Content-Disposition"]


def test_the_menu_and_the_sitemap(client, world):
    html = client.get("/").content.decode()
    menu = re.findall(r'<a href="(/[^"]*)"[^>]*>([^<]+)</a>', html)
    labels = [label for _href, label in menu]
    assert "Thống kê" in labels
    assert labels.index("Hội nghị") < labels.index("Thống kê") < labels.index("Liên hệ")
    assert "/thong-ke/</loc>" in client.get("/sitemap.xml").content.decode()
    assert 'aria-current="page">Thống kê' in client.get(URL).content.decode()
