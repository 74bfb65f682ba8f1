"""Weeks and entries of the working schedule (the schedule app)."""

from __future__ import annotations

from datetime import date, time, timedelta

from django.utils import timezone

from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import IsoWeek


def make_week(iso: IsoWeek | None = None, *, published: bool = True, **fields) -> ScheduleWeek:
    """A week (this week by default), published unless ``published=False``."""
    iso = iso or IsoWeek.current()
    week = ScheduleWeek.objects.create(year=iso.year, week=iso.week, **fields)
    if published:
        week.published_at = timezone.now() - timedelta(days=3)
        week.save(update_fields=["published_at"])
    return week


def make_entry(
    week: ScheduleWeek,
    content: str = "Giao ban Thường trực",
    *,
    day: date | None = None,
    weekday: int = 0,
    start: time | None = time(8, 0),
    leaders=(),
    **fields,
) -> ScheduleEntry:
    """An entry of ``week`` on ``day`` (or the week's Monday + ``weekday``), with
    ``leaders`` as people or (person, role) pairs."""
    entry = ScheduleEntry.objects.create(
        week=week,
        date=day or week.iso.monday + timedelta(days=weekday),
        start_time=start,
        content=content,
        **fields,
    )
    for order, leader in enumerate(leaders, start=1):
        person, role = (
            leader if isinstance(leader, tuple) else (leader, ScheduleLeader.Role.PRESIDING)
        )
        ScheduleLeader.objects.create(entry=entry, person=person, role=role, order=order)
    return entry
