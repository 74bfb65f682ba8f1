"""seed_demo's schedule: this week's and last week's, from the demo's people, idempotent."""

import io
from datetime import UTC, datetime

import pytest
import time_machine
from django.core.management import call_command

from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import IsoWeek

pytestmark = pytest.mark.django_db


@time_machine.travel(datetime(2026, 12, 10, 2, 0, tzinfo=UTC))
def test_seed_demo_builds_two_published_weeks_once():
    call_command("seed_demo", stdout=io.StringIO())
    counts = (
        ScheduleWeek.objects.count(),
        ScheduleEntry.objects.count(),
        ScheduleLeader.objects.count(),
    )
    call_command("seed_demo", stdout=io.StringIO())
    assert (
        ScheduleWeek.objects.count(),
        ScheduleEntry.objects.count(),
        ScheduleLeader.objects.count(),
    ) == counts
    weeks = {w.iso.code for w in ScheduleWeek.objects.published()}
    assert weeks == {"2026-W50", "2026-W49"}
    this_week = ScheduleEntry.objects.filter(week__week=50)
    assert this_week.filter(status="changed").exists()
    assert this_week.filter(status="cancelled").exists()
    assert this_week.filter(visibility="internal").exists()
    names = set(ScheduleLeader.objects.values_list("person__full_name", flat=True))
    assert {"Nguyễn Thị Thanh", "Ngô Đức Cường"} <= names
    # the people are the records' people, not copies
    assert ScheduleLeader.objects.filter(person__participations__isnull=False).exists()
    assert ScheduleEntry.objects.awaiting_record(today=IsoWeek.current().monday).exists()
