"""The letter handlers' work queues on the admin home (core.sections.WorkQueue): new letters,
letters assigned to me, letters past the reply time (``COMMITTEE_LETTER_REPLY_DAYS``). Shown to
whoever may change letters in the admin (the group "Tiếp nhận thư góp ý")."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from committee.models import Letter
from core.sections import WorkItem, WorkQueue

SHOWN = 8
L = Letter.Status


def _item(letter: Letter) -> WorkItem:
    handler = letter.handler
    who = (handler.get_full_name() or handler.get_username()) if handler else _("chưa ai nhận")
    return WorkItem(
        label=letter.subject,
        url=reverse("admin:committee_letter_change", args=[letter.pk]),
        when=letter.created_at,
        detail=f"{letter.full_name} · {letter.get_status_display()} · {who}",
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
        role="letters",
        order=order,
        empty=empty,
    )


def reply_due_before():
    """Letters received before this moment and not answered are late."""
    return timezone.now() - timedelta(days=settings.COMMITTEE_LETTER_REPLY_DAYS)


def work_queues(user) -> list[WorkQueue]:
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        return []
    if not user.has_perm("committee.change_letter"):
        return []
    letters = Letter.objects.select_related("handler").order_by("created_at", "pk")
    changelist = reverse("admin:committee_letter_changelist")
    return [
        _queue(
            "letters-new",
            gettext_lazy("Thư mới nhận"),
            letters.filter(status=L.NEW),
            url=f"{changelist}?{urlencode({'status__exact': L.NEW})}",
            order=40,
            empty=gettext_lazy("Không có thư mới."),
        ),
        _queue(
            "letters-mine",
            gettext_lazy("Thư giao cho tôi"),
            letters.filter(handler=user).exclude(status=L.ANSWERED),
            url=f"{changelist}?{urlencode({'handler__id__exact': user.pk})}",
            order=41,
        ),
        _queue(
            "letters-late",
            gettext_lazy("Thư quá hạn trả lời (%(days)d ngày)")
            % {"days": settings.COMMITTEE_LETTER_REPLY_DAYS},
            letters.exclude(status=L.ANSWERED).filter(created_at__lt=reply_due_before()),
            url=changelist,
            order=42,
        ),
    ]
