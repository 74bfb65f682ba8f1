"""The /tim-kiem/ page as a visitor sees it."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse

from events.models import Conference, Participation
from news.models import Article
from tests.factories.events import at, make_conference
from tests.factories.news import make_article, make_category
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
ATTENDING = Participation.Role.ATTENDING

URL = "/tim-kiem/"


def titles(response) -> list[str]:
    html = response.content.decode()
    found = re.findall(r'class="search-result__title"><a href="[^"]*">(.*?)</a>', html)
    return [re.sub(r"</?mark>", "", t) for t in found]


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def test_url_name_and_menu_link(client):
    assert reverse("search") == URL
    response = client.get("/")
    assert f'href="{URL}"' in response.content.decode()


def test_empty_query_shows_the_form_only(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = text(response)
    assert 'name="q"' in html and 'role="search"' in html
    assert "search-summary" not in html and "form-error" not in html
    assert '<meta name="robots" content="noindex, follow">' in html


def test_results_grouped_by_type_with_counts(client):
    make_article("Hội nghị tại quận Cầu Giấy")
    make_article("Cầu Giấy ra quân")
    make_conference("Hội nghị Ủy ban MTTQ quận Cầu Giấy")
    response = client.get(URL, {"q": "cau giay"})
    html = text(response)
    assert "Tìm thấy 3 kết quả cho “cau giay”." in html
    tabs = re.findall(r'<nav class="search-tabs".*?</nav>', html)[0]
    assert re.search(r'aria-current="page">Tất cả <span class="search-tabs__count">3</span>', tabs)
    assert re.search(r'Bài viết <span class="search-tabs__count">2</span>', tabs)
    assert re.search(r'Hội nghị <span class="search-tabs__count">1</span>', tabs)
    assert 'id="group-news"' in html and 'id="group-conference"' in html
    assert set(titles(response)) == {
        "Hội nghị tại quận Cầu Giấy",
        "Cầu Giấy ra quân",
        "Hội nghị Ủy ban MTTQ quận Cầu Giấy",
    }


def test_type_tab_is_paginated_and_keeps_the_query(client):
    for i in range(12):
        make_article(f"Tin Cầu Giấy số {i}", ago=timedelta(days=i + 1))
    make_conference("Hội nghị Cầu Giấy")
    response = client.get(URL, {"q": "cau giay", "type": "news"})
    assert len(titles(response)) == 10
    assert titles(response)[0] == "Tin Cầu Giấy số 0"  # newest first within a tier
    html = response.content.decode()
    assert "q=cau+giay&amp;type=news&amp;page=2" in html
    page2 = client.get(URL, {"q": "cau giay", "type": "news", "page": "2"})
    assert titles(page2) == ["Tin Cầu Giấy số 10", "Tin Cầu Giấy số 11"]
    conferences = client.get(URL, {"q": "cau giay", "type": "conference"})
    assert titles(conferences) == ["Hội nghị Cầu Giấy"]


def test_odd_page_numbers_are_404_as_on_every_list(client):
    make_article("Tin Cầu Giấy")
    assert titles(client.get(URL, {"q": "cau giay", "type": "news", "page": "1"})) == [
        "Tin Cầu Giấy"
    ]
    for page in ("abc", "0", "-1", "2", "999", "1e9", "01", "' OR 1=1"):
        response = client.get(URL, {"q": "cau giay", "type": "news", "page": page})
        assert response.status_code == 404, page


def test_page_links_elide_the_middle_and_keep_the_filters(client, monkeypatch):
    monkeypatch.setattr("search.views.PER_PAGE", 2)
    for i in range(30):
        make_article(f"Tin Cầu Giấy số {i}", ago=timedelta(hours=i + 1))
    response = client.get(URL, {"q": "cau giay", "type": "news", "page": "7"})
    nav = re.findall(r'<nav class="pagination".*?</nav>', response.content.decode(), re.S)[0]
    numbers = re.findall(r"</span>(\d+)</(?:a|span)>|(…)", nav)
    assert [n or gap for n, gap in numbers] == ["1", "…", "5", "6", "7", "8", "9", "…", "15"]
    assert 'aria-current="page"><span class="visually-hidden">Trang </span>7' in nav
    assert 'href="/tim-kiem/?q=cau+giay&amp;type=news&amp;page=6" rel="prev"' in nav
    assert 'href="/tim-kiem/?q=cau+giay&amp;type=news">' in nav  # page 1: no page=1


def test_matches_are_highlighted_and_input_is_escaped(client):
    make_article("Quận Cầu Giấy", sapo="Ủy ban MTTQ quận Cầu Giấy tổ chức hội nghị.")
    response = client.get(URL, {"q": "cau giay <quận>"})
    html = response.content.decode()
    assert "<mark>Cầu</mark> <mark>Giấy</mark>" in html
    assert "<mark>Quận</mark>" in html
    assert "<quận>" not in html
    assert 'value="cau giay &lt;quận&gt;"' in html


def test_content_is_escaped_in_results(client):
    make_article("Tiêu đề có <script>alert(1)</script> Cầu Giấy")
    response = client.get(URL, {"q": "cau giay script"})
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;<mark>script</mark>&gt;alert(1)" in html


@pytest.mark.parametrize(
    "q",
    [
        "' OR 1=1 --",
        "'; DROP TABLE news_article; --",
        "1) UNION SELECT password FROM auth_user --",
        '"><script>alert(document.cookie)</script>',
        "<img src=x onerror=alert(1)>",
        "a & b | !c:* <-> d",
        "\\x00 %00 %s %(q)s {{ q }}",
        "🙂 😀",
        '"""',
    ],
)
def test_odd_input_is_harmless(client, q):
    make_article("Tin Cầu Giấy")
    response = client.get(URL, {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert Article.objects.count() == 1


def test_nul_character_is_refused_before_search(client):
    # portal.security answers 400 to a NUL anywhere in the query string (PostgreSQL refuses
    # NUL in text); the search itself also drops control characters (tests/search/test_query).
    response = client.get(URL, {"q": "cau\x00giay"})
    assert response.status_code in (200, 400)


def test_punctuation_only_shows_a_message(client):
    response = client.get(URL, {"q": "?!.,;:"})
    assert response.status_code == 200
    assert "Vui lòng nhập từ khóa có chữ hoặc số" in text(response)
    assert "search-summary" not in text(response)


def test_too_long_query_shows_a_message(client):
    response = client.get(URL, {"q": "cầu giấy " * 30})
    assert response.status_code == 200
    assert "Từ khóa dài quá 200 ký tự" in text(response)
    assert 'aria-invalid="true"' in text(response)


def test_no_result_says_so_and_suggests_a_close_spelling(client):
    make_article("Ủy ban MTTQ quận Cầu Giấy trao quà Tết")
    response = client.get(URL, {"q": "cau giya"})
    html = text(response)
    assert "Không tìm thấy kết quả nào cho “cau giya”." in html
    assert "Có phải muốn tìm:" in html
    link = re.search(r'Có phải muốn tìm: <a href="([^"]+)">([^<]+)</a>', html)
    assert link.group(2) == "cầu giấy"  # accented as in the title the visitor may read
    follow = client.get(link.group(1).replace("&amp;", "&"))
    assert titles(follow) == ["Ủy ban MTTQ quận Cầu Giấy trao quà Tết"]


def test_no_suggestion_from_unpublished_content(client):
    make_article("Chương trình Xuân yêu thương", status=Article.Status.DRAFT)
    make_conference("Hội nghị Xuân yêu thương", visibility=Conference.Visibility.INTERNAL)
    html = text(client.get(URL, {"q": "xuan yeu thuogn"}))
    assert "Không tìm thấy kết quả" in html
    assert "Có phải bạn muốn tìm" not in html


# --- visibility ---------------------------------------------------------------------------


def _content():
    make_article("Quà Tết đã đăng")
    make_article("Quà Tết bản nháp", status=Article.Status.DRAFT)
    make_article("Quà Tết chờ duyệt", status=Article.Status.PENDING)
    make_article("Quà Tết lên lịch", ago=timedelta(days=-2))  # published, due in two days
    make_article("Quà Tết đã gỡ", status=Article.Status.WITHDRAWN, ago=timedelta(days=1))
    make_conference("Hội nghị trao quà Tết công khai")
    make_conference("Hội nghị trao quà Tết nội bộ", visibility=Conference.Visibility.INTERNAL)
    make_conference("Hội nghị trao quà Tết chưa công bố", status=Conference.Status.DRAFT)


def test_anonymous_sees_only_published_and_public(client):
    _content()
    response = client.get(URL, {"q": "qua tet"})
    assert sorted(titles(response)) == ["Hội nghị trao quà Tết công khai", "Quà Tết đã đăng"]
    assert "Tìm thấy 2 kết quả" in text(response)
    assert response.headers["Vary"] and "Cookie" in response.headers["Vary"]


def test_staff_without_permission_do_not_see_internal_conferences(client):
    _content()
    user = make_user(username="dan")
    user.is_staff = True
    user.save()
    client.force_login(user)
    response = client.get(URL, {"q": "qua tet"})
    assert sorted(titles(response)) == ["Hội nghị trao quà Tết công khai", "Quà Tết đã đăng"]


def test_officials_also_find_internal_conferences_but_never_drafts(client):
    _content()
    client.force_login(make_user("staff", "canbo", perms=["events.view_internal_conference"]))
    response = client.get(URL, {"q": "qua tet", "type": "conference"})
    assert sorted(titles(response)) == [
        "Hội nghị trao quà Tết công khai",
        "Hội nghị trao quà Tết nội bộ",
    ]
    assert "private" in response.headers["Cache-Control"]
    news = client.get(URL, {"q": "qua tet", "type": "news"})
    assert titles(news) == ["Quà Tết đã đăng"]  # search never shows unpublished articles


def test_scheduled_article_appears_when_due(client, settings):
    import datetime as dt

    import time_machine
    from django.utils import timezone

    make_article("Quà Tết lên lịch", ago=timedelta(days=-2))
    assert titles(client.get(URL, {"q": "qua tet"})) == []
    with time_machine.travel(timezone.now() + dt.timedelta(days=3)):
        assert titles(client.get(URL, {"q": "qua tet"})) == ["Quà Tết lên lịch"]


# --- filters ------------------------------------------------------------------------------


def test_category_filter_limits_to_news_of_that_category(client):
    social = make_category("An sinh xã hội")
    make_article("Quà Tết cho hộ nghèo", category=social)
    make_article("Quà Tết cho thiếu nhi")
    make_conference("Hội nghị quà Tết")
    response = client.get(URL, {"q": "qua tet", "category": social.slug})
    assert titles(response) == ["Quà Tết cho hộ nghèo"]
    assert "Hội nghị" not in re.findall(r'<nav class="search-tabs".*?</nav>', text(response))[0]


def test_date_filters_accept_both_formats(client):
    make_article("Quà Tết 2023", publish_at=at(10, 6, 2023, 9))
    make_article("Quà Tết 2024", publish_at=at(5, 2, 2024, 9))
    for start, end in (("01/06/2023", "10/06/2023"), ("2023-06-01", "2023-06-10")):
        response = client.get(URL, {"q": "qua tet", "from": start, "to": end})
        assert titles(response) == ["Quà Tết 2023"], (start, end)
    response = client.get(URL, {"q": "qua tet", "from": "11/06/2023"})
    assert titles(response) == ["Quà Tết 2024"]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        # The date messages are the conference lookup's (core.forms.DayFirstDateField).
        ({"from": "31/02/2023"}, "Ngày “31/02/2023” không có trên lịch."),
        ({"to": "06/31/2023"}, "Ngày “06/31/2023” không có trên lịch."),
        ({"from": "<script>"}, "Ngày “&lt;script&gt;” không đúng dạng."),
        (
            {"from": "10/06/2023", "to": "01/06/2023"},
            "“Từ ngày” (10/06/2023) phải trước hoặc trùng “đến ngày” (01/06/2023).",
        ),
        ({"type": "users"}, "Loại kết quả không hợp lệ"),
        ({"category": "khong-ton-tai"}, "Chuyên mục không tồn tại"),
    ],
)
def test_bad_filters_show_a_message_and_are_left_out(client, params, message):
    make_article("Quà Tết")
    response = client.get(URL, {"q": "qua tet", **params})
    assert response.status_code == 200
    assert message in text(response)
    assert "đã được bỏ qua" in text(response)
    assert "<script>" not in response.content.decode()
    assert titles(response) == ["Quà Tết"]


def test_a_bad_date_leaves_the_other_filters_applied(client):
    news = make_category("Tin tức - Sự kiện")
    make_article("Quà Tết ở phường", category=news)
    make_article("Quà Tết của quận")
    response = client.get(URL, {"q": "qua tet", "category": news.slug, "from": "31/02/2023"})
    assert titles(response) == ["Quà Tết ở phường"]


def test_many_results_say_more_than(client, monkeypatch):
    from search import engine

    monkeypatch.setattr(engine, "MAX_RESULTS", 3)
    for i in range(5):
        make_article(f"Quà Tết {i}")
    html = text(client.get(URL, {"q": "qua tet"}))
    assert "Tìm thấy hơn 3 kết quả" in html
    assert 'Bài viết <span class="search-tabs__count">3+</span>' in html


def test_query_count_does_not_grow_with_results(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.pagecache import invalidate

    def queries(**params):
        client.get(URL, params)  # warm the menu and settings caches
        invalidate({"news:list"})  # the stored results page goes, the chrome's caches stay
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL, params).status_code == 200
        return len(captured)

    make_article("Quà Tết 1")
    make_conference("Hội nghị quà Tết 1", people=(("Trần Văn A", ATTENDING, "Chủ tịch"),))
    few = (queries(q="qua tet"), queries(q="qua tet", type="news"))
    for i in range(2, 13):
        make_article(f"Quà Tết {i}")
        make_conference(
            f"Hội nghị quà Tết {i}", people=((f"Trần Văn B{i}", ATTENDING, "Phó Chủ tịch"),)
        )
    many = (queries(q="qua tet"), queries(q="qua tet", type="news"))
    assert many == few
    # SQLite ~11; PostgreSQL probes news and conferences level by level (issue 19: phrases,
    # then scattered syllables) inside savepoints; people, organisations, documents: one each
    assert max(many) <= 30


def test_headings_stay_in_order_on_a_type_tab(client):
    make_article("Quà Tết")
    html = client.get(URL, {"q": "qua tet", "type": "news"}).content.decode()
    levels = [int(n) for n in re.findall(r"<h([1-6])", html.split('id="noi-dung"')[1])]
    assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), levels


def test_a_conference_found_by_a_participant_or_an_opinion_shows_it_in_the_excerpt(
    client, django_assert_max_num_queries
):
    from tests.factories.events import make_criticism, make_person

    speaker = make_person("Phạm Thị Hồng Nhung")
    conference = make_conference(
        "Hội nghị phản biện dự thảo quy hoạch",
        summary="Góp ý dự thảo.",
        people=((speaker, "speaking", "Trưởng ban"),),
    )
    make_criticism(conference, opinions=(("Ông Lê Văn Bảy", "Đề nghị bổ sung bãi đỗ xe."),))
    html = text(client.get(URL, {"q": "hong nhung", "type": "conference"}))
    assert "<mark>Hồng Nhung</mark> – Trưởng ban" in html
    html = text(client.get(URL, {"q": "bai do xe", "type": "conference"}))
    assert "<mark>bãi đỗ xe</mark>" in html


@pytest.mark.postgres  # SQLite ranks every candidate in Python, participants included
def test_a_conference_found_by_its_title_reads_no_participant(client, settings):
    """Participants and opinions are read only for an excerpt of a match outside the title
    and summary (events.search.EXCERPT_PREFETCH)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.factories.events import make_criticism, make_person

    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m]
    conference = make_conference(
        "Hội nghị hiệp thương cử Ủy viên", people=((make_person("Trần Văn An"), "attending", ""),)
    )
    make_criticism(conference, opinions=(("Bà Hà", "Đồng ý."),))
    client.get(URL, {"q": "hiep thuong"})  # warm: site settings, menu
    with CaptureQueriesContext(connection) as queries:
        html = text(client.get(URL, {"q": "hiep thuong", "type": "conference"}))
    assert "<mark>hiệp thương</mark>" in html
    read = " ".join(q["sql"] for q in queries.captured_queries)
    assert "events_participation" not in read and "events_opinion" not in read
