"""What the admin home shows one person: their work queues, grouped by role, and what others
changed since their last visit — each read through the owning app's own rules.

- Queues come from every app's ``section.py`` (``core.sections.work_queues``); each app reads
  through its ``visible_to(user)`` / admin permissions.
- "Since my last visit" is the admin's own history (``LogEntry``) and the notes on articles,
  after the visit before this one, limited to the objects the person may open: each entry's
  object must be in its ModelAdmin's ``get_queryset(request)`` and pass
  ``has_view_or_change_permission`` — the door the admin itself uses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from backoffice.models import StaffVisit
from core.sections import WorkQueue, work_queues
from news.models import ArticleNote

# Roles in the order the home shows them, with their headings.
ROLES = {
    "editor": _("Biên tập"),
    "writer": _("Bài viết của tôi"),
    "clerk": _("Hồ sơ hội nghị"),
    "letters": _("Thư góp ý"),
}
# Opening the home twice within this time is one visit (a reload does not empty "since").
SAME_VISIT = timedelta(minutes=30)
CHANGES_SHOWN = 15


@dataclass
class RoleGroup:
    key: str
    title: str
    queues: list[WorkQueue] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(queue.count for queue in self.queues)


def role_groups(user) -> list[RoleGroup]:
    """The person's queues, grouped by role (in ROLES' order, then any other role)."""
    groups: dict[str, RoleGroup] = {}
    for queue in work_queues(user):
        key = queue.role or "other"
        if key not in groups:
            groups[key] = RoleGroup(key=key, title=str(ROLES.get(key, _("Việc khác"))))
        groups[key].queues.append(queue)
    order = list(ROLES)
    return sorted(groups.values(), key=lambda g: order.index(g.key) if g.key in order else 99)


def record_visit(user) -> timezone.datetime | None:
    """Note this visit; return the moment of the visit before (None on the first)."""
    now = timezone.now()
    visit, created = StaffVisit.objects.get_or_create(user=user, defaults={"seen_at": now})
    if created:
        return None
    if now - visit.seen_at > SAME_VISIT:
        visit.previous_at = visit.seen_at
    visit.seen_at = now
    visit.save(update_fields=["seen_at", "previous_at"])
    return visit.previous_at


@dataclass(frozen=True)
class Change:
    when: timezone.datetime
    who: str
    what: str
    label: str
    url: str


def _name(user) -> str:
    if user is None:
        return str(_("(không rõ)"))
    return user.get_full_name() or user.get_username()


def changes_since(request, since) -> list[Change]:
    """Others' changes after ``since`` to objects ``request.user`` may open, newest first."""
    if since is None:
        return []
    user = request.user
    entries = list(
        LogEntry.objects.filter(action_time__gt=since)
        .exclude(user=user)
        .select_related("user", "content_type")
        .order_by("-action_time")[:200]
    )
    by_model = defaultdict(list)
    for entry in entries:
        by_model[entry.content_type_id].append(entry)
    allowed: dict[int, set[str]] = {}
    for content_type_id, group in by_model.items():
        model = group[0].content_type.model_class()
        model_admin = admin.site._registry.get(model)
        if model_admin is None or not model_admin.has_view_or_change_permission(request):
            allowed[content_type_id] = set()
            continue
        ids = {entry.object_id for entry in group}
        visible = model_admin.get_queryset(request).filter(pk__in=list(ids))
        allowed[content_type_id] = {
            str(obj.pk)
            for obj in visible
            if model_admin.has_view_or_change_permission(request, obj)
        }
    changes = []
    verbs = {1: _("thêm"), 2: _("sửa"), 3: _("xóa")}
    for entry in entries:
        if entry.object_id not in allowed.get(entry.content_type_id, set()):
            continue
        url = entry.get_admin_url() if entry.action_flag != 3 else ""
        what = f"{verbs.get(entry.action_flag, '')} {entry.content_type.name}"
        changes.append(Change(entry.action_time, _name(entry.user), what, entry.object_repr, url))
    notes = (
        ArticleNote.objects.visible_to(user)
        .filter(created_at__gt=since)
        .exclude(author=user)
        .select_related("author", "article")
        .order_by("-created_at")[:CHANGES_SHOWN]
    )
    for note in notes:
        what = (
            _("trả lại bản nháp: %(text)s")
            if note.kind == ArticleNote.Kind.RETURNED
            else _("ghi chú: %(text)s")
        ) % {"text": note.text[:120]}
        changes.append(
            Change(
                note.created_at,
                _name(note.author),
                what,
                note.article.title,
                note.get_absolute_url(),
            )
        )
    changes.sort(key=lambda change: change.when, reverse=True)
    return changes[:CHANGES_SHOWN]
