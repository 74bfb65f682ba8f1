"""The office in the admin: publishing a week, copying recurring entries, editing a published
entry, and the clerk drafting a conference record from an entry; who may do which."""

from datetime import UTC, datetime, time

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.urls import reverse

from core.sections import work_queues
from events.models import Conference
from schedule.models import ScheduleEntry, ScheduleWeek
from schedule.weeks import IsoWeek
from tests.factories.schedule import make_entry, make_week
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

WEEKS = reverse("admin:schedule_scheduleweek_changelist")
ENTRIES = reverse("admin:schedule_scheduleentry_changelist")


@pytest.fixture
def editor_client(client):
    client.force_login(make_user("editor"))
    return client


@pytest.fixture
def clerk():
    user = make_user("staff")
    user.groups.add(Group.objects.get(name="Thư ký hội nghị"))
    return user


def test_an_editor_publishes_a_week_with_the_action(editor_client):
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    response = editor_client.post(
        WEEKS, {"action": "publish", "_selected_action": [week.pk]}, follow=True
    )
    assert "Đã công bố 1 tuần." in response.content.decode()
    week.refresh_from_db()
    assert week.is_published


def test_a_writer_cannot_publish_a_week(client):
    make_week(IsoWeek.parse("2026-W50"), published=False)
    client.force_login(make_user("writer"))
    assert client.get(WEEKS).status_code == 403
    clerk = make_user("staff", perms=["schedule.view_scheduleweek", "schedule.change_scheduleweek"])
    client.force_login(clerk)
    page = client.get(WEEKS).content.decode()
    assert "Công bố tuần" not in page
    assert "Sao chép các mục định kỳ của tuần trước" in page


def test_the_copy_action_reports_what_it_copied(editor_client):
    last = make_week(IsoWeek.parse("2026-W49"))
    make_entry(last, "Giao ban Thường trực", recurring=True)
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    lonely = make_week(IsoWeek.parse("2026-W40"), published=False)
    response = editor_client.post(
        WEEKS, {"action": "copy_recurring", "_selected_action": [week.pk, lonely.pk]}, follow=True
    )
    html = response.content.decode()
    assert "đã chép 1 mục định kỳ" in html
    assert "chưa có lịch để sao chép" in html
    assert week.entries.get().content == "Giao ban Thường trực"


def test_a_new_week_defaults_to_next_week(client):
    with time_machine.travel(datetime(2026, 12, 11, 3, 0, tzinfo=UTC)):  # Friday
        client.force_login(make_user("editor"))
        html = client.get(reverse("admin:schedule_scheduleweek_add")).content.decode()
    assert 'name="week" value="51"' in html
    assert 'name="year" value="2026"' in html


def _entry_form(entry, **changes):
    data = {
        "week": entry.week_id,
        "date": entry.date.strftime("%d/%m/%Y"),
        "part_of_day": entry.part_of_day,
        "start_time": entry.start_time.strftime("%H:%M") if entry.start_time else "",
        "end_time": "",
        "content": entry.content,
        "venue": entry.venue,
        "preparing_unit": "",
        "partner": "",
        "visibility": entry.visibility,
        "status": entry.status,
        "change_note": "",
        "leader_rows-TOTAL_FORMS": "0",
        "leader_rows-INITIAL_FORMS": "0",
        "leader_rows-MIN_NUM_FORMS": "0",
        "leader_rows-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_editing_an_entry_of_a_published_week_marks_it_changed(editor_client):
    entry = make_entry(make_week(IsoWeek.parse("2026-W50")), start=time(8, 0))
    url = reverse("admin:schedule_scheduleentry_change", args=[entry.pk])
    response = editor_client.post(url, _entry_form(entry, start_time="14:00"), follow=True)
    assert "đánh dấu “có thay đổi”" in response.content.decode()
    entry.refresh_from_db()
    assert entry.start_time == time(14, 0)
    assert entry.part_of_day == ScheduleEntry.PartOfDay.AFTERNOON
    assert (entry.status, entry.sequence) == ("changed", 1)


def test_a_date_outside_the_week_is_refused_in_vietnamese(editor_client):
    entry = make_entry(make_week(IsoWeek.parse("2026-W50")))
    url = reverse("admin:schedule_scheduleentry_change", args=[entry.pk])
    response = editor_client.post(url, _entry_form(entry, date="14/12/2026"))
    assert response.status_code == 200
    assert "Ngày 14/12/2026 không thuộc" in response.content.decode()
    entry.refresh_from_db()
    assert entry.sequence == 0


def test_the_clerk_drafts_a_record_from_an_entry(client, clerk, thanh):
    entry = make_entry(
        make_week(IsoWeek.parse("2026-W50")), "Hội nghị giao ban quý IV", leaders=[thanh]
    )
    client.force_login(clerk)
    response = client.post(
        ENTRIES, {"action": "create_conference", "_selected_action": [entry.pk]}, follow=True
    )
    assert "Đã lập bản nháp hồ sơ hội nghị" in response.content.decode()
    conference = Conference.objects.get()
    assert conference.title == "Hội nghị giao ban quý IV"
    entry.refresh_from_db()
    assert entry.conference == conference


def test_an_editor_without_conference_rights_is_not_offered_the_record_action(editor_client):
    make_entry(make_week(IsoWeek.parse("2026-W50")))
    assert "Lập hồ sơ hội nghị từ mục lịch" not in editor_client.get(ENTRIES).content.decode()


def test_the_clerks_queue_on_the_admin_home(clerk):
    with time_machine.travel(datetime(2026, 12, 10, 2, 0, tzinfo=UTC)):
        make_entry(make_week(IsoWeek.parse("2026-W50")), "Hội nghị đã họp", is_conference=True)
        queues = {queue.key: queue for queue in work_queues(clerk)}
    queue = queues["schedule-awaiting-record"]
    assert queue.count == 1
    assert queue.items[0].label == "Hội nghị đã họp"
    assert "Thứ Hai 07/12/2026" in queue.items[0].detail
    assert "schedule-awaiting-record" not in {q.key for q in work_queues(make_user("editor"))}


def test_week_and_entry_lists_open(editor_client, thanh):
    week = make_week(IsoWeek.parse("2026-W50"))
    make_entry(week, leaders=[thanh])
    assert editor_client.get(WEEKS).status_code == 200
    assert editor_client.get(ENTRIES, {"q": "Thanh"}).status_code == 200
    assert editor_client.get(ENTRIES, {"ho-so": "cho"}).status_code == 200
    assert (
        editor_client.get(reverse("admin:schedule_scheduleweek_change", args=[week.pk])).status_code
        == 200
    )
    assert ScheduleWeek.objects.count() == 1
