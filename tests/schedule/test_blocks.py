"""The schedule's blocks: "Lịch công tác tuần này" on the home page and, at the end of a
conference record, the entry it came from."""

from datetime import UTC, datetime

import pytest
import time_machine
from django.test import Client

from schedule.models import ScheduleEntry
from schedule.weeks import IsoWeek
from tests.factories.events import make_conference
from tests.factories.schedule import make_entry, make_week

pytestmark = pytest.mark.django_db

THURSDAY = datetime(2026, 12, 10, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _thursday():
    with time_machine.travel(THURSDAY, tick=True):
        yield


def _home_block(html: str) -> str:
    return html.split('id="schedule-title"')[1].split("</section>")[0]


def test_home_shows_what_is_still_ahead_this_week(client, site_settings):
    week = make_week(IsoWeek.parse("2026-W50"))
    make_entry(week, "Đã qua hôm Thứ Hai", weekday=0)
    make_entry(week, "Việc hôm nay", weekday=3)
    make_entry(week, "Việc Thứ Sáu", weekday=4, status=ScheduleEntry.Status.CANCELLED)
    make_entry(week, "Họp nội bộ", weekday=4, visibility=ScheduleEntry.Visibility.INTERNAL)
    block = _home_block(client.get("/").content.decode())
    assert "Đã qua hôm Thứ Hai" not in block
    assert "Hôm nay" in block and "Việc hôm nay" in block
    assert "<del>Việc Thứ Sáu</del>" in block and "Hoãn, hủy" in block
    assert "Họp nội bộ" not in block


def test_home_says_when_the_week_is_not_published(client, site_settings):
    make_entry(make_week(IsoWeek.parse("2026-W50"), published=False), "Chưa công bố", weekday=4)
    block = _home_block(client.get("/").content.decode())
    assert "Lịch tuần này chưa được công bố." in block
    assert "Chưa công bố" not in block


def test_publishing_the_week_drops_the_stored_home_page(client, site_settings):
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    make_entry(week, "Việc Thứ Sáu", weekday=4)
    assert "Việc Thứ Sáu" not in client.get("/").content.decode()
    from schedule.services import week_publish

    week_publish(week=week)
    assert "Việc Thứ Sáu" in client.get("/").content.decode()


def test_a_record_names_the_schedule_entry_it_came_from(site_settings, official_client):
    conference = make_conference("Hội nghị phản biện xã hội")
    week = make_week(IsoWeek.parse("2026-W50"))
    make_entry(week, "Hội nghị phản biện xã hội dự thảo", weekday=2, conference=conference)
    html = Client().get(conference.get_absolute_url()).content.decode()
    assert "Trong lịch công tác" in html
    assert "Thứ Tư 09/12/2026, 08:00" in html
    assert "/lich-cong-tac/?tuan=2026-W50#muc-" in html


def test_an_internal_entry_is_not_named_on_a_public_record(site_settings, official_client):
    conference = make_conference("Hội nghị công khai")
    make_entry(
        make_week(IsoWeek.parse("2026-W50")),
        "Mục nội bộ",
        conference=conference,
        visibility=ScheduleEntry.Visibility.INTERNAL,
    )
    assert "Mục nội bộ" not in Client().get(conference.get_absolute_url()).content.decode()
    assert "Mục nội bộ" in official_client.get(conference.get_absolute_url()).content.decode()
