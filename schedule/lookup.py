"""What a schedule page shows: one week (Monday to Sunday) of the entries a reader may see,
laid out by day and part of the day, optionally for one leader.

Every read starts from ``ScheduleEntry.objects.visible_to(user)``: an unpublished week shows
nothing, an internal entry only to officials. A page costs a fixed number of queries whatever
the number of entries (pinned in tests/schedule/test_views.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _

from core.pagecache import model_tag
from events.models import Conference, Person
from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import BadWeek, IsoWeek, weekday_name

WEEK_PARAM = "tuan"
LEADER_PARAM = "lanh-dao"
LIST_TAG = "schedule:list"
CONFERENCE_INTERNAL_PERMISSION = "events.view_internal_conference"


def entry_queryset(user):
    """Visible entries with what a line of the schedule shows (two queries in all)."""
    return (
        ScheduleEntry.objects.visible_to(user)
        .select_related("week", "partner", "conference")
        .prefetch_related(
            Prefetch(
                "leader_rows",
                queryset=ScheduleLeader.objects.select_related("person").order_by("order", "id"),
            )
        )
        .in_order()
    )


def record_visible(conference: Conference | None, user) -> bool:
    """The schedule links an entry's conference record once the reader may see it."""
    if conference is None or conference.status != Conference.Status.PUBLISHED:
        return False
    if conference.visibility == Conference.Visibility.PUBLIC:
        return True
    return bool(
        user is not None and user.is_authenticated and user.has_perm(CONFERENCE_INTERNAL_PERMISSION)
    )


def find_leader(slug: str, user) -> Person | None:
    """The person of ``?lanh-dao=``, if some entry ``user`` may see names them: a person known
    only from internal records or unpublished weeks is "not found", not named on the page."""
    visible = ScheduleEntry.objects.visible_to(user)
    return (
        Person.objects.filter(slug=slug[:200], schedule_rows__entry__in=visible).distinct().first()
    )


@dataclass
class Day:
    date: date
    name: str
    is_today: bool
    all_day: list = field(default_factory=list)
    morning: list = field(default_factory=list)
    afternoon: list = field(default_factory=list)

    @property
    def entries(self) -> list:
        return [*self.all_day, *self.morning, *self.afternoon]


@dataclass
class WeekLookup:
    """The week a request asks for (``?tuan=``, ``?lanh-dao=``) and what it shows."""

    user: object
    params: object
    errors: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.iso = IsoWeek.current()
        raw_week = self.params.get(WEEK_PARAM)
        if raw_week is not None and raw_week.strip():
            try:
                self.iso = IsoWeek.parse(raw_week)
            except BadWeek as exc:
                self.errors.append(
                    _("Không xem được tuần đã ghi: %(reason)s Đang hiện lịch tuần này.")
                    % {"reason": exc}
                )
        self.leader = None
        slug = (self.params.get(LEADER_PARAM) or "").strip()
        if slug:
            self.leader = find_leader(slug, self.user)
            if self.leader is None:
                self.errors.append(
                    _("Không có lãnh đạo nào với đường dẫn “%(slug)s”; đang hiện lịch của tất cả.")
                    % {"slug": slug[:60]}
                )

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def load(self) -> None:
        self.week = (
            ScheduleWeek.objects.published().filter(year=self.iso.year, week=self.iso.week).first()
        )
        entries = []
        if self.week is not None:
            queryset = entry_queryset(self.user).filter(week=self.week)
            entries = list(queryset)
        self.leaders = _leaders_of(entries)
        if self.leader is not None:
            entries = [
                e
                for e in entries
                if any(r.person_id == self.leader.pk for r in e.leader_rows.all())
            ]
        self.entries = entries
        today = timezone.localdate()
        days = {day: Day(day, weekday_name(day), day == today) for day in self.iso.days}
        for entry in entries:
            entry.record_visible = record_visible(entry.conference, self.user)
            day = days.get(entry.date)
            if day is None:  # not in the week (an old row): never lost, shown on Monday
                day = days[self.iso.monday]
            getattr(day, entry.column.replace("-", "_")).append(entry)
        self.days = list(days.values())
        self.is_current = self.iso == IsoWeek.of(today)

    def query(self, **changes) -> str:
        values = {WEEK_PARAM: self.iso.code}
        if self.leader is not None:
            values[LEADER_PARAM] = self.leader.slug
        values.update(changes)
        return "&".join(f"{key}={value}" for key, value in values.items() if value)

    def page_tags(self) -> list[str]:
        tags = {LIST_TAG}
        for entry in self.entries:
            tags.update(model_tag(Person, row.person_id) for row in entry.leader_rows.all())
            if entry.conference_id:
                tags.add(model_tag(Conference, entry.conference_id))
        if self.leader is not None:
            tags.add(model_tag(Person, self.leader.pk))
        return sorted(tags)


def _leaders_of(entries) -> list[Person]:
    """Everybody named in the week, by given name (the leader filter's choices)."""
    people = {row.person_id: row.person for entry in entries for row in entry.leader_rows.all()}
    return sorted(people.values(), key=lambda person: (person.sort_key_folded, person.pk))
