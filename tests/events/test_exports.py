"""CSV (Excel, UTF-8 with BOM) and iCalendar (RFC 5545) exports, parsed back."""

import csv
import datetime as dt
import io

import icalendar
import pytest
import time_machine
from django.urls import reverse

from events.exports import fold_line, ical_escape
from events.models import Participation
from tests.factories.events import (
    at,
    make_conference,
    make_criticism,
    make_organization,
    make_person,
)

pytestmark = pytest.mark.django_db

ROLE = Participation.Role


@pytest.fixture
def records(site_settings):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    hung = make_person("Lương Mậu Hùng")
    signing = make_conference(
        "Ký kết chương trình phối hợp, phản biện; “dự thảo” Nghị quyết",
        starts_at=at(9, 6, 2023),
        kinds=("ky-ket", "phan-bien"),
        organizer=mttq,
        venue="Hội trường UBND quận, tầng 2",
        summary="Dòng một.\nDòng hai; có dấu phẩy, chấm phẩy.",
        attendee_count=60,
        people=(
            (thanh, ROLE.PRESIDING, "Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),
            (hung, ROLE.SPEAKING, "Phó Chủ tịch HĐND quận"),
        ),
    )
    part = signing.participations.get(person=hung)
    make_criticism(
        signing, title="Dự thảo Nghị quyết", opinion_count=11, opinions=((part, "Ý kiến"),)
    )
    make_criticism(signing, title="Dự thảo Báo cáo", opinions=(("Ông A", "x"), ("Bà B", "y")))
    other = make_conference('=HYPERLINK("http://x")', starts_at=at(1, 2, 2024), kinds=("giam-sat",))
    return {"signing": signing, "other": other}


def read_csv(response):
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    # semicolons: Excel under Vietnamese regional settings splits on ";" ("," is the decimal mark)
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def test_csv_one_row_per_conference_with_the_asked_columns(client, records):
    response = client.get("/hoi-nghi/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="hoi-nghi.csv"'
    rows = read_csv(response)
    assert rows[0] == [
        "Ngày giờ",
        "Tên hội nghị",
        "Loại",
        "Địa điểm",
        "Cơ quan tổ chức",
        "Chủ trì",
        "Số đại biểu",
        "Số đại biểu có tên",
        "Số ý kiến",
        "Đường dẫn",
    ]
    assert len(rows) == 3
    signing = rows[2]  # newest first
    assert signing == [
        "09/06/2023 08:00",  # day first, as in the attendees file
        "Ký kết chương trình phối hợp, phản biện; “dự thảo” Nghị quyết",
        "Ký kết chương trình phối hợp; Phản biện xã hội",
        "Hội trường UBND quận, tầng 2",
        "Ủy ban MTTQ Việt Nam quận Cầu Giấy",
        "Nguyễn Thị Thanh - Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận",  # spelled out
        "60",
        "2",
        "13",  # 11 declared + 2 itemised on a draft without a declared count
        "http://testserver" + records["signing"].get_absolute_url(),
    ]


def test_csv_neutralises_formulas(client, records):
    rows = read_csv(client.get("/hoi-nghi/export.csv"))
    assert rows[1][1] == '\'=HYPERLINK("http://x")'
    assert rows[1][8] == ""  # no draft: no opinion count


def test_csv_honours_the_filters(client, records):
    rows = read_csv(client.get("/hoi-nghi/export.csv?kind=giam-sat"))
    assert [r[1] for r in rows[1:]] == ['\'=HYPERLINK("http://x")']
    rows = read_csv(client.get("/hoi-nghi/export.csv?q=chu+tich+mttq&year=2023"))
    assert len(rows) == 2


def test_csv_with_bad_filters_is_refused_with_a_message(client, records):
    response = client.get("/hoi-nghi/export.csv?from=31/02/2023")
    assert response.status_code == 400
    assert "Ngày “31/02/2023” không có trên lịch" in response.content.decode()


def test_csv_queries_do_not_grow_per_row(client, records, django_assert_max_num_queries):
    for i in range(30):
        make_conference(f"Hội nghị {i}", starts_at=at(1, 3, 2024), kinds=("hoi-nghi",))
    with django_assert_max_num_queries(8):
        rows = read_csv(client.get("/hoi-nghi/export.csv"))
    assert len(rows) == 33


def _calendar(response) -> icalendar.Calendar:
    body = b"".join(response.streaming_content)
    assert b"\r\n" in body and b"\n" not in body.replace(b"\r\n", b"")
    for line in body.split(b"\r\n"):
        assert len(line) <= 75, line
    return icalendar.Calendar.from_ical(body)


def test_ical_list_parses_back(client, records, settings):
    settings.ALLOWED_HOSTS = ["testserver", "cong.example.vn"]
    response = client.get("/hoi-nghi/lich.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = _calendar(response)
    assert str(calendar["VERSION"]) == "2.0"
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    by_title = {str(e["SUMMARY"]): e for e in events}
    event = by_title["Ký kết chương trình phối hợp, phản biện; “dự thảo” Nghị quyết"]
    start = event.decoded("DTSTART")
    assert start.isoformat() == "2023-06-09T01:00:00+00:00"  # 08:00 in Hanoi
    assert str(event["LOCATION"]) == "Hội trường UBND quận, tầng 2"
    assert "Dòng một.\nDòng hai; có dấu phẩy, chấm phẩy." in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith(records["signing"].get_absolute_url())
    # the UID does not depend on the host name the calendar was fetched from
    other_host = _calendar(client.get("/hoi-nghi/lich.ics", HTTP_HOST="cong.example.vn"))
    same = {str(e["SUMMARY"]): str(e["UID"]) for e in other_host.walk("VEVENT")}
    assert same[str(event["SUMMARY"])] == str(event["UID"])
    assert "testserver" not in str(event["UID"]) and len(set(same.values())) == 2
    # a timed conference without a recorded end lasts the default three hours
    assert event.decoded("DTEND") - start == dt.timedelta(hours=3)
    assert "DTSTAMP" in event
    categories = [str(c) for c in event["CATEGORIES"].cats]
    assert categories == ["Ký kết chương trình phối hợp", "Phản biện xã hội"]


def test_ical_list_honours_filters(client, records):
    calendar = _calendar(client.get("/hoi-nghi/lich.ics?year=2024"))
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == ['=HYPERLINK("http://x")']


def test_ical_for_one_conference(client, records):
    conf = records["signing"]
    response = client.get(reverse("events:conference_ics", args=[conf.slug]))
    assert response.status_code == 200
    events = _calendar(response).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == conf.title


def test_ical_end_time_when_known(client, records):
    conf = records["other"]
    conf.ends_at = at(1, 2, 2024, 11, 30)
    conf.save()
    event = _calendar(client.get(reverse("events:conference_ics", args=[conf.slug]))).walk(
        "VEVENT"
    )[0]
    assert event.decoded("DTEND").isoformat() == "2024-02-01T04:30:00+00:00"


def test_fold_line_never_splits_a_character():
    line = "SUMMARY:" + "Hội nghị phản biện xã hội " * 10
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_ical_escape():
    assert ical_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_every_timed_event_has_an_end_and_day_only_ones_are_all_day(client, records):
    records["other"].time_known = False
    records["other"].save()
    for event in _calendar(client.get("/hoi-nghi/lich.ics")).walk("VEVENT"):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert end > start
        if isinstance(start, dt.datetime):
            assert end - start == dt.timedelta(hours=3)
        else:
            assert end - start == dt.timedelta(days=1)  # DTEND is exclusive
    body = b"".join(client.get("/hoi-nghi/lich.ics").streaming_content)
    assert b"TZID" not in body  # times in UTC, days floating: no VTIMEZONE needed


EXPORTS = [
    "/hoi-nghi/lich.ics",
    "/hoi-nghi/export.csv",
    "/hoi-nghi/export-dai-bieu.csv",
    "/hoi-nghi/export.xlsx",
]


@pytest.mark.parametrize("url", EXPORTS)
def test_exports_answer_304_until_a_conference_changes(client, records, url):
    first = client.get(url)
    assert first.status_code == 200
    assert "no-cache" in first["Cache-Control"]
    etag, modified = first["ETag"], first["Last-Modified"]

    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    # another filter is another file
    assert client.get(url + "?year=2024", HTTP_IF_NONE_MATCH=etag).status_code == 200

    records["other"].title = "Giám sát việc thực hiện chính sách"
    records["other"].save()
    changed = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag

    # a renamed person changes the files that name them
    etag = changed["ETag"]
    person = records["signing"].participations.first().person
    person.full_name = "Nguyễn Thị Thanh Hương"
    person.save()
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_deleted_conference_changes_the_etag(client, records):
    etag = client.get("/hoi-nghi/lich.ics")["ETag"]
    records["other"].delete()
    assert client.get("/hoi-nghi/lich.ics", HTTP_IF_NONE_MATCH=etag).status_code == 200


@pytest.mark.parametrize("url", EXPORTS)
def test_a_deleted_conference_moves_last_modified(client, records, url):
    """A client that sends only If-Modified-Since must not keep a file naming a deleted record."""
    with time_machine.travel(dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC), tick=False) as clock:
        modified = client.get(url)["Last-Modified"]
        clock.shift(dt.timedelta(minutes=5))
        records["other"].delete()
        assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 200


def test_one_conference_calendar_answers_304(client, records):
    url = reverse("events:conference_ics", args=[records["signing"].slug])
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_signed_in_readers_exports_are_never_stored(official_client, records):
    response = official_client.get("/hoi-nghi/export.csv")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["ETag"] != ""
