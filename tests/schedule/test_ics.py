"""/lich-cong-tac/lich.ics parsed back with ``icalendar``: stable UIDs, DTEND, SEQUENCE,
STATUS:CANCELLED, internal entries only with sign-in, ETag / Last-Modified / 304."""

from datetime import UTC, date, datetime, time

import pytest
import time_machine
from django.test import Client
from icalendar import Calendar

from schedule import services
from schedule.models import ScheduleEntry
from schedule.weeks import IsoWeek
from tests.factories.schedule import make_entry, make_week

pytestmark = pytest.mark.django_db

URL = "/lich-cong-tac/lich.ics"
THURSDAY = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _thursday():
    with time_machine.travel(THURSDAY, tick=True):
        yield


@pytest.fixture
def week(site_settings):
    return make_week(IsoWeek.parse("2026-W50"))


def events_of(response) -> dict[str, object]:
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_timed_entry_has_utc_start_and_end(client, week, thanh):
    make_entry(
        week,
        "Giao ban",
        weekday=1,
        start=time(8, 0),
        end_time=time(9, 30),
        leaders=[thanh],
        venue="Phòng họp tầng 2",
    )
    make_entry(week, "Tiếp công dân", weekday=2, start=time(14, 0))
    events = events_of(client.get(URL))
    briefing = events["Giao ban"]
    assert briefing["DTSTART"].dt == datetime(2026, 12, 8, 1, 0, tzinfo=UTC)  # 08:00 in Hà Nội
    assert briefing["DTEND"].dt == datetime(2026, 12, 8, 2, 30, tzinfo=UTC)
    assert str(briefing["LOCATION"]) == "Phòng họp tầng 2"
    assert "Nguyễn Thị Thanh (chủ trì)" in str(briefing["DESCRIPTION"])
    assert briefing["STATUS"] == "CONFIRMED"
    # no end time: one hour, and the description says the end is not set
    open_ended = events["Tiếp công dân"]
    assert open_ended["DTEND"].dt == datetime(2026, 12, 9, 8, 0, tzinfo=UTC)
    assert "Giờ kết thúc chưa định" in str(open_ended["DESCRIPTION"])


def test_entries_without_a_time_are_all_day_events_named_by_their_part(client, week):
    make_entry(
        week,
        "Kiểm tra các phường",
        weekday=3,
        start=None,
        part_of_day=ScheduleEntry.PartOfDay.ALL_DAY,
    )
    make_entry(
        week, "Tiếp công dân", weekday=1, start=None, part_of_day=ScheduleEntry.PartOfDay.AFTERNOON
    )
    events = events_of(client.get(URL))
    assert events["Kiểm tra các phường"]["DTSTART"].dt == date(2026, 12, 10)
    assert events["Kiểm tra các phường"]["DTEND"].dt == date(2026, 12, 11)
    assert events["Chiều: Tiếp công dân"]["DTSTART"].dt == date(2026, 12, 8)


def test_uid_is_stable_and_does_not_depend_on_the_host(week, settings):
    settings.ALLOWED_HOSTS = ["*"]
    entry = make_entry(week, "Giao ban")
    first = events_of(Client(HTTP_HOST="mttq.example.vn").get(URL))["Giao ban"]
    second = events_of(Client(HTTP_HOST="10.0.0.5").get(URL))["Giao ban"]
    assert str(first["UID"]) == str(second["UID"]) == f"{entry.uid}@lich-cong-tac.mttq"


def test_a_change_after_publication_bumps_sequence_and_a_cancellation_says_cancelled(client, week):
    entry = make_entry(week, "Làm việc với Hội Chữ thập đỏ")
    assert events_of(client.get(URL))["Làm việc với Hội Chữ thập đỏ"]["SEQUENCE"] == 0
    entry.start_time = time(9, 0)
    entry.save()
    services.entry_record_change(entry=entry, changed=["start_time"])
    changed = events_of(client.get(URL))["Làm việc với Hội Chữ thập đỏ"]
    assert changed["SEQUENCE"] == 1
    assert changed["DTSTART"].dt == datetime(2026, 12, 7, 2, 0, tzinfo=UTC)
    assert "Có thay đổi" in str(changed["DESCRIPTION"])
    services.entry_cancel(entries=[entry], note="Hoãn sang tuần sau.")
    cancelled = events_of(client.get(URL))["[Hoãn, hủy] Làm việc với Hội Chữ thập đỏ"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SEQUENCE"] == 2
    assert str(cancelled["UID"]) == str(changed["UID"])
    assert "Hoãn sang tuần sau." in str(cancelled["DESCRIPTION"])


def test_internal_and_unpublished_entries_never_reach_a_subscription(
    client, official_client, week, site_settings
):
    make_entry(week, "Họp nội bộ", visibility=ScheduleEntry.Visibility.INTERNAL)
    draft_week = make_week(IsoWeek.parse("2026-W51"), published=False)
    make_entry(draft_week, "Chưa công bố")
    make_entry(week, "Công khai", weekday=2)
    anonymous = events_of(Client().get(URL))
    assert set(anonymous) == {"Công khai"}
    signed_in = official_client.get(URL)
    assert set(events_of(signed_in)) == {"Công khai", "Họp nội bộ"}
    assert "private" in signed_in["Cache-Control"]
    assert str(events_of(signed_in)["Họp nội bộ"]["CLASS"]) == "CONFIDENTIAL"
    # the official's calendar was not stored for the next anonymous subscriber
    assert set(events_of(Client().get(URL))) == {"Công khai"}


def test_one_leaders_calendar(client, week, thanh, cuong):
    make_entry(week, "Của chị Thanh", leaders=[thanh])
    make_entry(week, "Của anh Cường", leaders=[cuong])
    assert set(events_of(client.get(URL, {"lanh-dao": thanh.slug}))) == {"Của chị Thanh"}
    missing = client.get(URL, {"lanh-dao": "khong-co"})
    assert missing.status_code == 404
    assert "Không có lãnh đạo nào" in missing.content.decode()


def test_unchanged_calendar_answers_304(week, official_client):
    make_entry(week, "Giao ban")
    for reader in (Client(), official_client):
        first = reader.get(URL)
        assert first.status_code == 200
        etag, modified = first["ETag"], first["Last-Modified"]
        assert reader.get(URL, HTTP_IF_NONE_MATCH=etag).status_code == 304
        assert reader.get(URL, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # the same data gives the same bytes (DTSTAMP is the entry's last change, not "now"),
    # rendered twice (a signed-in reader's calendar is never stored)
    assert official_client.get(URL).content == official_client.get(URL).content
