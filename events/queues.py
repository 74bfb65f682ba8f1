"""The conference clerk's work queues on the admin home (core.sections.WorkQueue): records
still in draft, and records with nobody on their list of attendees. Shown to whoever may change
conferences in the admin (the same permission the admin's change list asks for)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy

from core.sections import WorkItem, WorkQueue
from events.models import Conference

SHOWN = 8


def _item(conference: Conference) -> WorkItem:
    return WorkItem(
        label=conference.title,
        url=reverse("admin:events_conference_change", args=[conference.pk]),
        when=conference.starts_at,
    )


def _queue(key, title, queryset, *, url, order, empty="") -> WorkQueue:
    rows = list(queryset[:SHOWN])
    count = len(rows) if len(rows) < SHOWN else queryset.count()
    return WorkQueue(
        key=key,
        title=title,
        count=count,
        items=[_item(row) for row in rows],
        url=url,
        role="clerk",
        order=order,
        empty=empty,
    )


def work_queues(user) -> list[WorkQueue]:
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        return []
    if not user.has_perm("events.change_conference"):
        return []
    conferences = Conference.objects.only("pk", "title", "starts_at")
    changelist = reverse("admin:events_conference_changelist")
    return [
        _queue(
            "events-drafts",
            gettext_lazy("Hồ sơ hội nghị đang là bản nháp"),
            conferences.filter(status=Conference.Status.DRAFT).order_by("starts_at", "pk"),
            url=f"{changelist}?{urlencode({'status__exact': Conference.Status.DRAFT})}",
            order=30,
            empty=gettext_lazy("Không có hồ sơ nháp nào."),
        ),
        _queue(
            "events-no-attendees",
            gettext_lazy("Hồ sơ hội nghị chưa có đại biểu"),
            conferences.filter(participations__isnull=True).order_by("-starts_at", "-pk"),
            url=changelist,
            order=32,
        ),
    ]
