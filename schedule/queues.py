"""The conference clerk's queue on the admin home (core.sections.WorkQueue): conferences of the
schedule that have taken place and still have no record. Shown to whoever may both change
schedule entries and add conferences — the two permissions "Lập hồ sơ hội nghị từ mục lịch"
asks for."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy

from core.sections import WorkItem, WorkQueue
from schedule.models import ScheduleEntry
from schedule.weeks import weekday_name

SHOWN = 8


def _item(entry: ScheduleEntry) -> WorkItem:
    return WorkItem(
        label=" ".join(entry.content.split())[:200],
        url=reverse("admin:schedule_scheduleentry_change", args=[entry.pk]),
        when=entry.starts(),
        detail=f"{weekday_name(entry.date)} {entry.date:%d/%m/%Y}, {entry.when_label.lower()}",
    )


def work_queues(user) -> list[WorkQueue]:
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        return []
    if not (
        user.has_perm("schedule.change_scheduleentry") and user.has_perm("events.add_conference")
    ):
        return []
    queryset = ScheduleEntry.objects.awaiting_record().order_by("date", "part_of_day", "pk")
    rows = list(queryset[:SHOWN])
    count = len(rows) if len(rows) < SHOWN else queryset.count()
    changelist = reverse("admin:schedule_scheduleentry_changelist")
    return [
        WorkQueue(
            key="schedule-awaiting-record",
            title=gettext_lazy("Mục lịch là hội nghị đã diễn ra nhưng chưa có hồ sơ"),
            count=count,
            items=[_item(entry) for entry in rows],
            url=f"{changelist}?{urlencode({'ho-so': 'cho'})}",
            role="clerk",
            order=34,
        )
    ]
