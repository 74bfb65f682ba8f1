"""The schedule as iCalendar (RFC 5545), for calendar apps that subscribe to it.

- UID: the entry's own UUID with a fixed domain part, so it does not change with the host
  name the calendar was fetched from (a subscription through the IP address or a new domain
  keeps the same events);
- an entry with a time: DTSTART/DTEND in UTC (DTEND one hour after the start when no end is
  set); an entry with only a part of the day ("Sáng", "Cả ngày"): an all-day event whose title
  starts with that part, since its hour is not known;
- SEQUENCE: the entry's ``sequence`` (bumped by every change after publication);
  STATUS:CANCELLED for a cancelled entry (calendar apps strike or remove it);
- DTSTAMP and LAST-MODIFIED: the entry's last change, so the same data gives the same bytes
  (and the same ETag).
"""

from __future__ import annotations

from datetime import UTC, timedelta

from django.conf import settings
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from schedule.models import ScheduleEntry

UID_DOMAIN = "lich-cong-tac.mttq"
DEFAULT_DURATION = timedelta(hours=1)


def entry_uid(entry: ScheduleEntry) -> str:
    return f"{entry.uid}@{UID_DOMAIN}"


def _description(entry: ScheduleEntry) -> str:
    lines = []
    if entry.is_cancelled:
        lines.append(_("ĐÃ HOÃN, HỦY."))
    elif entry.is_changed:
        lines.append(_("Có thay đổi."))
    if entry.change_note:
        lines.append(entry.change_note)
    rows = list(entry.leader_rows.all())
    if rows:
        lines.append(
            _("Lãnh đạo: %(people)s")
            % {
                "people": "; ".join(
                    f"{row.person.full_name} ({row.get_role_display().lower()})" for row in rows
                )
            }
        )
    if entry.preparing_unit:
        lines.append(_("Đơn vị chuẩn bị: %(unit)s") % {"unit": entry.preparing_unit})
    if entry.partner_id:
        lines.append(_("Cơ quan phối hợp: %(name)s") % {"name": entry.partner.name})
    if entry.start_time and not entry.end_time:
        lines.append(_("Giờ kết thúc chưa định."))
    return "\n".join(lines)


def entry_event(entry: ScheduleEntry, *, page_url: str) -> Event:
    event = Event()
    event.add("uid", entry_uid(entry))
    stamp = (entry.changed_at or entry.updated_at).astimezone(UTC)
    event.add("dtstamp", stamp)
    event.add("last-modified", entry.updated_at.astimezone(UTC))
    event.add("sequence", entry.sequence)
    summary = " ".join(entry.content.split())
    if entry.start_time is None:
        if entry.part_of_day != ScheduleEntry.PartOfDay.ALL_DAY:
            summary = f"{entry.get_part_of_day_display()}: {summary}"
        event.add("dtstart", entry.date)
        event.add("dtend", entry.date + timedelta(days=1))
    else:
        start = entry.starts()
        if entry.end_time:
            end = start.replace(hour=entry.end_time.hour, minute=entry.end_time.minute)
        else:
            end = start + DEFAULT_DURATION
        event.add("dtstart", start.astimezone(UTC))
        event.add("dtend", end.astimezone(UTC))
    if entry.is_cancelled:
        summary = _("[Hoãn, hủy] %(summary)s") % {"summary": summary}
    event.add("summary", summary)
    event.add("status", "CANCELLED" if entry.is_cancelled else "CONFIRMED")
    event.add("class", "CONFIDENTIAL" if entry.is_internal else "PUBLIC")
    if entry.venue:
        event.add("location", entry.venue)
    description = _description(entry)
    if description:
        event.add("description", description)
    event.add("url", page_url)
    return event


def calendar_bytes(entries, *, name: str, page_url) -> bytes:
    """The calendar of ``entries``; ``page_url(entry)`` is the address of its week's page."""
    calendar = Calendar()
    calendar.add("prodid", "-//MTTQ//Lich cong tac//VI")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for entry in entries:
        calendar.add_component(entry_event(entry, page_url=page_url(entry)))
    return calendar.to_ical()
