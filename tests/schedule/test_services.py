"""Publishing, changes after publication, cancelling, copying recurring entries, and drafting a
conference record from an entry."""

from datetime import UTC, datetime, time, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError

from events.models import Conference, Participation
from schedule import services
from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import IsoWeek
from tests.factories.events import at, make_conference, make_organization
from tests.factories.schedule import make_entry, make_week
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def test_publishing_a_week_once(thanh):
    editor = make_user("editor")
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    assert not ScheduleWeek.objects.published().exists()
    assert services.week_publish(week=week, user=editor) is True
    week.refresh_from_db()
    assert week.published_at is not None and week.published_by == editor
    first = week.published_at
    assert services.week_publish(week=week, user=editor) is False
    week.refresh_from_db()
    assert week.published_at == first


def test_changes_before_publication_are_not_marked():
    week = make_week(IsoWeek.parse("2026-W50"), published=False)
    entry = make_entry(week)
    assert services.entry_record_change(entry=entry, changed=["start_time"]) is False
    entry.refresh_from_db()
    assert (entry.status, entry.sequence, entry.changed_at) == ("planned", 0, None)


@pytest.mark.parametrize(
    ("changed", "leaders", "marked"),
    [
        (["venue"], False, True),
        ([], True, True),
        (["change_note", "recurring"], False, False),
    ],
)
def test_a_change_a_reader_relies_on_marks_the_entry(changed, leaders, marked):
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(week)
    assert (
        services.entry_record_change(entry=entry, changed=changed, leaders_changed=leaders)
        is marked
    )
    entry.refresh_from_db()
    if marked:
        assert entry.status == ScheduleEntry.Status.CHANGED
        assert entry.sequence == 1
        assert entry.changed_at is not None
    else:
        assert (entry.status, entry.sequence) == ("planned", 0)


def test_a_cancelled_entry_stays_cancelled_when_edited_again():
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(week)
    assert services.entry_cancel(entries=[entry]) == 1
    services.entry_record_change(entry=entry, changed=["venue"])
    entry.refresh_from_db()
    assert entry.status == ScheduleEntry.Status.CANCELLED
    assert entry.sequence == 2
    assert services.entry_cancel(entries=[entry]) == 0


def test_an_entry_added_after_publication_is_marked_as_added():
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(week)
    services.entry_record_change(entry=entry, created=True)
    entry.refresh_from_db()
    assert entry.status == ScheduleEntry.Status.CHANGED
    assert entry.change_note == "Bổ sung sau khi công bố lịch."


def test_copying_last_weeks_recurring_entries_once(thanh, cuong):
    last = make_week(IsoWeek.parse("2026-W53"))
    make_entry(
        last,
        "Giao ban Thường trực",
        weekday=0,
        recurring=True,
        leaders=[(thanh, "presiding"), (cuong, "attending")],
    )
    make_entry(last, "Tiếp công dân", weekday=4, start=None, part_of_day="3", recurring=True)
    make_entry(last, "Hội nghị tổng kết", weekday=2)
    week = make_week(IsoWeek.parse("2027-W01"), published=False)
    assert services.week_copy_recurring(week=week) == 2
    copies = list(week.entries.order_by("date"))
    assert [(c.date, c.content) for c in copies] == [
        (datetime(2027, 1, 4).date(), "Giao ban Thường trực"),
        (datetime(2027, 1, 8).date(), "Tiếp công dân"),
    ]
    assert [(r.person, r.role) for r in copies[0].leader_rows.order_by("order")] == [
        (thanh, "presiding"),
        (cuong, "attending"),
    ]
    assert all(c.status == "planned" and c.recurring for c in copies)
    assert services.week_copy_recurring(week=week) == 0  # again: nothing twice


def test_copying_without_a_previous_week_says_so():
    week = make_week(IsoWeek.parse("2027-W01"), published=False)
    with pytest.raises(ValidationError, match="chưa có lịch"):
        services.week_copy_recurring(week=week)


def test_an_entry_becomes_a_draft_record_with_current_positions(thanh, cuong):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    old = make_conference("Hội nghị cũ", starts_at=at(1, 3, 2023))
    newer = make_conference("Hội nghị mới hơn", starts_at=at(1, 3, 2025))
    Participation.objects.create(
        conference=old, person=thanh, position="Phó Chủ tịch Ủy ban MTTQ quận"
    )
    Participation.objects.create(
        conference=newer,
        person=thanh,
        position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
        organization=mttq,
    )
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(
        week,
        "Hội nghị phản biện xã hội dự thảo Nghị quyết",
        weekday=2,
        start=time(8, 0),
        venue="Hội trường tầng 3",
        leaders=[(thanh, ScheduleLeader.Role.PRESIDING), (cuong, ScheduleLeader.Role.ATTENDING)],
        visibility=ScheduleEntry.Visibility.INTERNAL,
    )
    clerk = make_user("staff")
    conference = services.entry_create_conference(entry=entry, user=clerk)
    assert conference.status == Conference.Status.DRAFT
    assert conference.visibility == Conference.Visibility.INTERNAL
    assert conference.title == "Hội nghị phản biện xã hội dự thảo Nghị quyết"
    assert conference.starts_at == datetime(2026, 12, 9, 1, 0, tzinfo=UTC)
    assert conference.time_known and conference.venue == "Hội trường tầng 3"
    assert conference.created_by == clerk
    rows = {p.person: p for p in conference.participations.all()}
    assert rows[thanh].position == "Chủ tịch Ủy ban MTTQ Việt Nam quận"  # the latest one
    assert rows[thanh].organization == mttq
    assert rows[thanh].role_codes == ["presiding"]
    assert rows[cuong].position == "" and rows[cuong].role_codes == ["attending"]
    entry.refresh_from_db()
    assert entry.conference == conference and entry.is_conference
    with pytest.raises(ValidationError, match="đã có hồ sơ"):
        services.entry_create_conference(entry=entry)
    assert Conference.objects.count() == 3


def test_a_part_of_day_gives_a_record_whose_time_is_not_known():
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(week, "Tiếp xúc cử tri", start=None, part_of_day="3")
    conference = services.entry_create_conference(entry=entry)
    assert conference.time_known is False
    assert conference.starts_at.date() == entry.date


def test_a_cancelled_entry_gets_no_record():
    week = make_week(IsoWeek.parse("2026-W50"))
    entry = make_entry(week, status=ScheduleEntry.Status.CANCELLED)
    with pytest.raises(ValidationError, match="đã hủy"):
        services.entry_create_conference(entry=entry)
    assert not Conference.objects.exists()


@time_machine.travel(datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
def test_the_clerks_queue_of_conferences_without_a_record():
    week = make_week(IsoWeek.parse("2026-W50"))
    held = make_entry(week, "Đã họp, chưa có hồ sơ", weekday=1, is_conference=True)
    make_entry(week, "Hôm nay", weekday=3, is_conference=True)
    make_entry(week, "Đã hủy", weekday=1, is_conference=True, status="cancelled")
    make_entry(week, "Không phải hội nghị", weekday=1)
    recorded = make_entry(week, "Đã có hồ sơ", weekday=0, is_conference=True)
    services.entry_create_conference(entry=recorded)
    assert list(ScheduleEntry.objects.awaiting_record()) == [held]
    assert held.date == week.iso.monday + timedelta(days=1)
