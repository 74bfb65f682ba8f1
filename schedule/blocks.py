"""The schedule's blocks on other pages (declared in schedule/section.py):

- ``home-aside``: "Lịch công tác tuần này" — what is still ahead this week, today first;
- ``conference-end``: on a conference record, the schedule entry it was drawn from.

Both read through ``visible_to(user)`` and carry the schedule's tag, so a change of the
schedule drops the pages that show them.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone

from core.pagecache import object_tag
from schedule.lookup import LIST_TAG, entry_queryset
from schedule.models import ScheduleEntry, ScheduleWeek
from schedule.weeks import IsoWeek, weekday_name

HOME_ENTRIES = 5


def home_week(request) -> dict:
    user = getattr(request, "user", None)
    today = timezone.localdate()
    iso = IsoWeek.of(today)
    published = ScheduleWeek.objects.published().filter(year=iso.year, week=iso.week).exists()
    entries = []
    if published:
        entries = list(
            entry_queryset(user).filter(week__year=iso.year, week__week=iso.week, date__gte=today)[
                : HOME_ENTRIES + 1
            ]
        )
    more = len(entries) > HOME_ENTRIES
    entries = entries[:HOME_ENTRIES]
    for entry in entries:
        entry.weekday = weekday_name(entry.date)
        entry.is_today = entry.date == today
    return {
        "schedule_entries": entries,
        "schedule_more": more,
        "schedule_published": published,
        "schedule_url": reverse("schedule:week"),
        "page_tags": [LIST_TAG],
    }


def conference_entry(request, conference) -> dict | None:
    user = getattr(request, "user", None)
    entries = list(
        ScheduleEntry.objects.visible_to(user)
        .filter(conference=conference)
        .select_related("week")
        .order_by("date", "id")
    )
    if not entries:
        return None
    for entry in entries:
        entry.weekday = weekday_name(entry.date)
    return {
        "schedule_entries": entries,
        "page_tags": [LIST_TAG, *(object_tag(entry) for entry in entries)],
    }
