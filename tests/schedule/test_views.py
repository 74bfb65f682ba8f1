"""The public schedule: this week, other weeks, one leader, the print view; what anonymous
readers and officials see; the page cache; query counts."""

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from schedule.models import ScheduleEntry
from schedule.weeks import IsoWeek
from tests.factories.events import make_conference
from tests.factories.schedule import make_entry, make_week

pytestmark = pytest.mark.django_db

URL = "/lich-cong-tac/"
# Thursday 10/12/2026, 09:00 in Hà Nội
THURSDAY = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _thursday():
    """Every test here runs on Thursday 10/12/2026, 09:00 in Hà Nội (signed in then too:
    a session started at the real time would have expired)."""
    with time_machine.travel(THURSDAY, tick=True):  # ticking: the page cache compares times
        yield


@pytest.fixture
def week(site_settings):
    return make_week(IsoWeek.parse("2026-W50"))


def test_this_week_from_monday_to_sunday_with_today_marked(client, week, thanh):
    make_entry(week, "Giao ban Thường trực", weekday=0, leaders=[thanh])
    make_entry(week, "Tiếp công dân", weekday=3, start=time(14, 0), end_time=time(16, 30))
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Lịch công tác tuần 50" in html
    assert "Từ Thứ Hai 07/12/2026 đến Chủ nhật 13/12/2026" in html
    for name in ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"):
        assert name in html
    today = html.split('id="ngay-2026-12-10"')[0].rsplit("<tbody", 1)[1]
    assert "is-today" in today
    assert html.count("is-today") == 1
    assert "14:00–16:30" in html
    assert "đ/c Nguyễn Thị Thanh" in html
    # the afternoon entry is in the afternoon column of Thursday
    thursday = html.split('id="ngay-2026-12-10"')[1].split("</tbody>")[0]
    assert thursday.index("Tiếp công dân") > thursday.index("sched-cell--afternoon")


def test_changed_and_cancelled_entries_stay_visible_and_marked(client, week):
    changed_at = datetime(2026, 12, 8, 3, 5, tzinfo=UTC)  # 10:05 on 08/12 in Hà Nội
    make_entry(
        week,
        "Làm việc với Hội Chữ thập đỏ",
        status=ScheduleEntry.Status.CHANGED,
        changed_at=changed_at,
        change_note="Chuyển sang 09:00 sáng Thứ Sáu.",
    )
    make_entry(week, "Lễ phát động tháng cao điểm", status=ScheduleEntry.Status.CANCELLED)
    html = client.get(URL).content.decode()
    assert "Có thay đổi" in html and "10:05 08/12" in html
    assert "Chuyển sang 09:00 sáng Thứ Sáu." in html
    assert "<del>Lễ phát động tháng cao điểm</del>" in html
    assert "Hoãn, hủy</span>" in html


def test_an_unpublished_week_shows_nothing_to_anybody(client, official_client, site_settings):
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    make_entry(week, "Nội dung chưa công bố")
    for reader in (Client(), official_client):
        html = reader.get(URL).content.decode()
        assert "Nội dung chưa công bố" not in html
        assert "chưa được công bố" in html


def test_internal_entries_only_for_signed_in_officials_and_never_stored(
    client, official_client, week
):
    make_entry(week, "Họp bàn công tác cán bộ", visibility=ScheduleEntry.Visibility.INTERNAL)
    make_entry(week, "Giao ban công khai", weekday=1)
    official_page = official_client.get(URL)
    assert "Họp bàn công tác cán bộ" in official_page.content.decode()
    assert "private" in official_page["Cache-Control"]
    assert "no-store" in official_page["Cache-Control"]
    # the official's visit stored nothing: the next anonymous reader gets the public page
    for _ in range(2):
        anonymous = Client().get(URL)
        html = anonymous.content.decode()
        assert "Giao ban công khai" in html
        assert "Họp bàn công tác cán bộ" not in html
        assert "Nội bộ" not in html
    assert anonymous.has_header("ETag")  # served by the page cache


def test_a_change_after_publication_drops_the_stored_page(client, week):
    entry = make_entry(week, "Giao ban Thường trực")
    assert "Giao ban Thường trực" in client.get(URL).content.decode()
    entry.content = "Giao ban Thường trực mở rộng"
    entry.save()
    assert "Giao ban Thường trực mở rộng" in client.get(URL).content.decode()


def test_other_weeks_with_previous_and_next_links(client, week, site_settings):
    week_53 = make_week(IsoWeek.parse("2026-W53"))
    make_entry(week_53, "Tổng kết năm", day=week_53.iso.monday + timedelta(days=4))
    html = client.get(URL, {"tuan": "2026-W53"}).content.decode()
    assert "Lịch công tác tuần 53" in html
    assert "Từ Thứ Hai 28/12/2026 đến Chủ nhật 03/01/2027" in html
    assert "Tổng kết năm" in html and "01/01/2027" in html
    assert "?tuan=2026-W52" in html and "?tuan=2027-W01" in html
    assert "is-today" not in html
    assert "Tuần này</a>" in html


@pytest.mark.parametrize(
    "value", ["2026-W54", "2025-W53", "abc", "2026-W4%00", "9999-W99", "2026-W" + "9" * 40]
)
def test_a_bad_week_gets_a_vietnamese_message_and_this_week(client, week, value):
    make_entry(week, "Giao ban Thường trực")
    response = client.get(URL, {"tuan": value})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Không xem được tuần đã ghi" in html
    assert "Lịch công tác tuần 50" in html
    assert "Giao ban Thường trực" in html
    assert 'name="robots" content="noindex' in html


def test_one_leaders_schedule(client, week, thanh, cuong):
    make_entry(week, "Việc của chị Thanh", leaders=[thanh])
    make_entry(week, "Việc của anh Cường", weekday=1, leaders=[cuong])
    html = client.get(URL, {"lanh-dao": thanh.slug}).content.decode()
    assert "Việc của chị Thanh" in html
    assert "Việc của anh Cường" not in html
    assert f'<option value="{cuong.slug}"' in html  # the others stay in the choice
    bad = client.get(URL, {"lanh-dao": "khong-co-ai"})
    assert bad.status_code == 400
    assert "Không có lãnh đạo nào" in bad.content.decode()


def test_a_person_renamed_in_the_records_drops_the_stored_page(client, week, thanh):
    make_entry(week, "Giao ban", leaders=[thanh])
    client.get(URL)
    thanh.full_name = "Nguyễn Thị Thanh Hà"
    thanh.save()
    assert "Nguyễn Thị Thanh Hà" in client.get(URL).content.decode()


def test_the_record_link_shows_once_the_record_is_published(client, week):
    conference = make_conference("Hội nghị phản biện", status="draft")
    make_entry(week, "Hội nghị phản biện xã hội", conference=conference, is_conference=True)
    assert conference.get_absolute_url() not in client.get(URL).content.decode()
    conference.status = "published"
    conference.save()
    assert conference.get_absolute_url() in client.get(URL).content.decode()


def test_print_view_is_one_a4_landscape_sheet(client, week):
    make_entry(week, "Giao ban Thường trực")
    response = client.get(reverse("schedule:week_print"), {"tuan": "2026-W50"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "LỊCH CÔNG TÁC TUẦN 50" in html
    assert "(Từ ngày 07/12/2026 đến ngày 13/12/2026)" in html
    assert "Giao ban Thường trực" in html
    assert "css/schedule.css" in html
    from django.contrib.staticfiles import finders

    css = Path(finders.find("css/schedule.css")).read_text(encoding="utf-8")
    assert "@page { size: A4 landscape;" in css


def _entries(week, n, people):
    for index in range(n):
        make_entry(
            week,
            f"Mục {index}",
            weekday=index % 7,
            start=time(7 + index % 10, 0),
            leaders=people,
            partner=None,
        )


@pytest.mark.parametrize("n", [1, 12])
def test_queries_do_not_grow_with_the_entries(
    client, week, thanh, cuong, django_assert_num_queries, n
):
    _entries(week, n, [thanh, cuong])
    conference = make_conference("Hồ sơ")
    make_entry(week, "Có hồ sơ", conference=conference)
    # the week, its entries, their leaders; site settings and the menu are cached after a warm-up
    client.get(URL, {"tuan": "2026-W49"})
    with django_assert_num_queries(3):
        response = Client().get(URL, {"lanh-dao": ""})
    assert response.status_code == 200
    with django_assert_num_queries(4):
        Client().get(URL, {"lanh-dao": thanh.slug})


def test_a_person_named_only_in_internal_entries_is_not_revealed(client, official_client, week):
    from tests.factories.events import make_person

    secret = make_person("Đào Minh Khuê")
    make_entry(week, "Họp kín", leaders=[secret], visibility=ScheduleEntry.Visibility.INTERNAL)
    response = Client().get(URL, {"lanh-dao": secret.slug})
    assert response.status_code == 400
    assert "Đào Minh Khuê" not in response.content.decode()
    assert Client().get("/lich-cong-tac/lich.ics", {"lanh-dao": secret.slug}).status_code == 404
    assert "Họp kín" in official_client.get(URL, {"lanh-dao": secret.slug}).content.decode()
