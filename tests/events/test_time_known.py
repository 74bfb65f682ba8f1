"""A conference whose source gives only the day ("Sáng ngày 09/6/2023") never shows an invented hour."""

import datetime

import pytest
from django.urls import reverse

from tests.events.test_exports import _calendar, read_csv
from tests.factories.events import at, make_conference

pytestmark = pytest.mark.django_db


@pytest.fixture
def day_only(site_settings):
    return make_conference("Hội nghị chỉ rõ ngày", starts_at=at(9, 6, 2023, 8, 0), time_known=False)


@pytest.fixture
def with_hour(site_settings):
    return make_conference("Hội nghị rõ giờ", starts_at=at(12, 6, 2023, 14, 30))


def test_detail_shows_the_hour_only_when_known(client, day_only, with_hour):
    day_html = client.get(day_only.get_absolute_url()).content.decode()
    assert "09/06/2023" in day_html
    assert "08:00" not in day_html
    hour_html = client.get(with_hour.get_absolute_url()).content.decode()
    assert "14:30" in hour_html


def test_list_does_not_invent_an_hour(client, day_only, with_hour):
    html = client.get(reverse("events:conference_list")).content.decode()
    assert "14:30" in html
    assert "08:00" not in html


def test_csv_gives_the_day_alone_when_the_hour_is_unknown(client, day_only, with_hour):
    rows = read_csv(client.get("/hoi-nghi/export.csv"))
    dates = {row[1]: row[0] for row in rows[1:]}
    assert dates["Hội nghị chỉ rõ ngày"] == "09/06/2023"
    assert dates["Hội nghị rõ giờ"] == "12/06/2023 14:30"


def test_calendar_makes_an_all_day_event_when_the_hour_is_unknown(client, day_only, with_hour):
    day_event = _calendar(client.get(reverse("events:conference_ics", args=[day_only.slug])))
    event = day_event.walk("VEVENT")[0]
    assert event["DTSTART"].dt == datetime.date(2023, 6, 9)
    assert event["DTEND"].dt == datetime.date(2023, 6, 10)
    hour_event = _calendar(client.get(reverse("events:conference_ics", args=[with_hour.slug])))
    start = hour_event.walk("VEVENT")[0]["DTSTART"].dt
    assert isinstance(start, datetime.datetime)
    assert start.astimezone(datetime.UTC).hour == 7  # 14:30 in Hà Nội
