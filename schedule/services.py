"""Writes of the working schedule (HOUSE_RULES 4): keyword-only, typed, each atomic.

- ``week_publish``: the office publishes a prepared week as a whole;
- ``entry_record_change``: after a week is published, a change a reader relies on marks the
  entry "changed" with its time and bumps its iCalendar SEQUENCE;
- ``entry_cancel``: cancel entries (they stay visible, struck through);
- ``week_copy_recurring``: copy the previous week's recurring entries into a week;
- ``entry_create_conference``: a scheduled conference becomes a draft conference record
  (``events.services.conference_create_from_draft``) with its people in their current
  positions, and the entry links to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Conference, ConferenceKind, Participation
from events.services import ConferenceInput, ParticipantInput, conference_create_from_draft
from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek

# Fields whose change a reader must notice (the rest — the note, "recurring", the record
# link — change nothing about where a leader will be).
WATCHED_FIELDS = frozenset(
    {
        "date",
        "part_of_day",
        "start_time",
        "end_time",
        "content",
        "venue",
        "preparing_unit",
        "partner",
        "visibility",
        "status",
    }
)


def week_publish(*, week: ScheduleWeek, user=None) -> bool:
    """Publish ``week`` (all its entries at once). False if it was already published."""
    with transaction.atomic():
        week = ScheduleWeek.objects.select_for_update().get(pk=week.pk)
        if week.is_published:
            return False
        week.published_at = timezone.now()
        week.published_by = user if user is not None and user.is_authenticated else None
        week.save(update_fields=["published_at", "published_by", "updated_at"])
    return True


def entry_record_change(
    *,
    entry: ScheduleEntry,
    changed: Iterable[str] = (),
    leaders_changed: bool = False,
    created: bool = False,
) -> bool:
    """After an editor saved ``entry``: if its week is published and something a reader relies
    on changed (``changed`` field names, the leaders, or the entry is new), mark it.

    The entry becomes "changed" (a cancelled one stays cancelled; an editor who set the status
    back to "planned" keeps it), ``changed_at`` is now and ``sequence`` goes up by one, so
    subscribed calendars replace their copy. Returns True if the entry was marked.
    """
    changed = set(changed)
    if not entry.week.is_published:
        return False
    if not (created or leaders_changed or changed & WATCHED_FIELDS):
        return False
    with transaction.atomic():
        only_status = changed & WATCHED_FIELDS == {"status"} and not leaders_changed
        if entry.status == ScheduleEntry.Status.PLANNED and not only_status:
            entry.status = ScheduleEntry.Status.CHANGED
        if created and not entry.change_note:
            entry.change_note = _("Bổ sung sau khi công bố lịch.")
        entry.changed_at = timezone.now()
        entry.sequence += 1
        entry.save(update_fields=["status", "change_note", "changed_at", "sequence", "updated_at"])
    return True


def entry_cancel(*, entries: Iterable[ScheduleEntry], note: str = "") -> int:
    """Cancel ``entries`` (already cancelled ones are left alone); the number cancelled."""
    count = 0
    with transaction.atomic():
        for entry in entries:
            if entry.is_cancelled:
                continue
            entry.status = ScheduleEntry.Status.CANCELLED
            if note:
                entry.change_note = note
            fields = ["status", "change_note", "updated_at"]
            if entry.week.is_published:
                entry.changed_at = timezone.now()
                entry.sequence += 1
                fields += ["changed_at", "sequence"]
            entry.save(update_fields=fields)
            count += 1
    return count


def _same_slot(entry: ScheduleEntry, day) -> tuple:
    return (day, entry.part_of_day, entry.start_time, entry.content.strip().casefold())


def week_copy_recurring(*, week: ScheduleWeek) -> int:
    """Copy the previous week's recurring entries into ``week``, each on the same weekday,
    as planned, with its leaders. An entry already there (same day, time and content) is not
    copied twice. Returns the number of entries copied; ValidationError if the previous week
    has no schedule."""
    previous = week.iso.previous
    source = ScheduleWeek.objects.filter(year=previous.year, week=previous.week).first()
    if source is None:
        raise ValidationError(
            _("Tuần trước (%(week)s) chưa có lịch để sao chép.") % {"week": previous}
        )
    with transaction.atomic():
        existing = {_same_slot(entry, entry.date) for entry in week.entries.all()}
        copied = 0
        recurring = source.entries.filter(recurring=True).prefetch_related("leader_rows")
        for entry in recurring:
            day = entry.date + timedelta(weeks=1)
            if _same_slot(entry, day) in existing:
                continue
            copy = ScheduleEntry.objects.create(
                week=week,
                date=day,
                part_of_day=entry.part_of_day,
                start_time=entry.start_time,
                end_time=entry.end_time,
                content=entry.content,
                venue=entry.venue,
                preparing_unit=entry.preparing_unit,
                partner=entry.partner,
                visibility=entry.visibility,
                recurring=True,
                is_conference=entry.is_conference,
            )
            ScheduleLeader.objects.bulk_create(
                [
                    ScheduleLeader(
                        entry=copy, person_id=row.person_id, role=row.role, order=row.order
                    )
                    for row in entry.leader_rows.all()
                ]
            )
            if week.is_published:
                entry_record_change(entry=copy, created=True)
            existing.add(_same_slot(copy, day))
            copied += 1
    return copied


def current_positions(person_ids: Iterable[int]) -> dict[int, Participation]:
    """Each person's latest participation in the records (its position and organisation are
    the person's current ones as far as the records know), by person id."""
    latest: dict[int, Participation] = {}
    rows = (
        Participation.objects.filter(person_id__in=list(person_ids))
        .select_related("organization")
        .order_by("person_id", "-conference__starts_at", "-id")
    )
    for row in rows:
        latest.setdefault(row.person_id, row)
    return latest


ROLE_TO_PARTICIPATION = {
    ScheduleLeader.Role.PRESIDING: Participation.Role.PRESIDING,
    ScheduleLeader.Role.ATTENDING: Participation.Role.ATTENDING,
    ScheduleLeader.Role.WORKING_WITH: Participation.Role.ATTENDING,
    ScheduleLeader.Role.RECEIVING: Participation.Role.PRESIDING,
}


def entry_create_conference(*, entry: ScheduleEntry, user=None) -> Conference:
    """Draft a conference record from a schedule entry and link the entry to it.

    The record gets the entry's content as title, its date and time (a part of day only:
    "time not known"), venue and visibility, the kind "Hội nghị, cuộc họp", and each leader
    with their role and current position and organisation (``current_positions``). It is a
    draft: the clerk completes and publishes it in the admin. Refused (ValidationError) for
    a cancelled entry or one that already has a record.
    """
    if entry.conference_id:
        raise ValidationError(
            _("Mục lịch này đã có hồ sơ hội nghị: %(title)s.") % {"title": entry.conference}
        )
    if entry.is_cancelled:
        raise ValidationError(_("Mục lịch đã hủy không lập được hồ sơ hội nghị."))
    with transaction.atomic():
        rows = list(entry.leader_rows.select_related("person").order_by("order", "id"))
        positions = current_positions(row.person_id for row in rows)
        participants = []
        for row in rows:
            latest = positions.get(row.person_id)
            participants.append(
                ParticipantInput(
                    person=row.person,
                    position=latest.position if latest else "",
                    organization=latest.organization if latest else None,
                    roles=(ROLE_TO_PARTICIPATION.get(row.role, Participation.Role.ATTENDING),),
                )
            )
        kinds = ConferenceKind.objects.filter(code=ConferenceKind.Code.MEETING)
        title = " ".join(entry.content.split())[:500]
        conference = conference_create_from_draft(
            data=ConferenceInput(
                title=title,
                starts_at=entry.starts(),
                time_known=entry.start_time is not None,
                kinds=list(kinds),
                venue=entry.venue,
                visibility=(
                    Conference.Visibility.INTERNAL
                    if entry.is_internal
                    else Conference.Visibility.PUBLIC
                ),
                participants=participants,
            ),
            user=user,
        )
        entry.conference = conference
        entry.is_conference = True
        entry.save(update_fields=["conference", "is_conference", "updated_at"])
    return conference
