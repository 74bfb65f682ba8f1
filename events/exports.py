"""Exports of conference lists: CSV and XLSX for Excel, iCalendar (RFC 5545) for calendars.

All take conferences already filtered by ``events.lookup`` (so they honour the list's filters
and the reader's visibility); the CSV files and the calendar are streamed, so a long list
never sits in memory.

Attendees CSV (``export-dai-bieu.csv``): one row per person per conference, as officials
report them — conference, date dd/mm/yyyy, person, position then (as written and spelled
out), organisation, roles. UTF-8 with a byte-order mark and semicolons between cells, which is
what Excel expects under Vietnamese regional settings (there the list separator is ";", since
"," is the decimal mark; a comma-separated file opens in one column).

XLSX (``export.xlsx``, openpyxl): a sheet of conferences and a sheet of attendees, real date
cells shown dd/mm/yyyy, frozen header row, autofilter, column widths; text that Excel would
read as a formula is stored as text.

Conferences CSV (``export.csv``): the same conventions as the attendees file — UTF-8 with a
byte-order mark, semicolons, dates dd/mm/yyyy (HH:mm when the time is known), which is what
the officials' Excel under Vietnamese regional settings reads. Cells that Excel would take for
a formula are prefixed with an apostrophe in both files.

iCalendar: written here rather than with a library (the ``icalendar`` package is used by the
tests to parse it back): CRLF line ends, lines folded at 75 octets without splitting a UTF-8
character, TEXT values escaped, times in UTC (so no VTIMEZONE is needed: nothing refers to a
TZID). A timed conference without a recorded end lasts ``DEFAULT_TIMED_LENGTH`` (a half-day
session, README "Hội nghị"); a conference known only by its day is an all-day event. UIDs come
from the conference itself (``conference_uid``), never from the host name a request used, so
the same conference is one event whatever address the calendar was subscribed from.
"""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from collections.abc import Iterable, Iterator

from django.db.models import Count, Prefetch, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Conference, CriticismSubject, Participation

CHUNK_SIZE = 500
#: Excel under Vietnamese regional settings separates list items with ";" ("," is the decimal
#: mark): a comma-separated file opens in one column there.
CSV_DELIMITER = ";"
#: How long a timed conference without a recorded end lasts in calendars (a half-day session).
DEFAULT_TIMED_LENGTH = dt.timedelta(hours=3)
#: Namespace of the calendar UIDs (fixed: changing it would duplicate subscribers' events).
UID_NAMESPACE = uuid.UUID("5f0c3d3e-2b7c-4e0a-9a51-6d1f0b7e3c21")
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def export_queryset(conferences: QuerySet[Conference]) -> QuerySet[Conference]:
    """Add what one export row needs, in a fixed number of queries per chunk."""
    return (
        conferences.select_related("organizer")
        .prefetch_related(
            "kinds",
            Prefetch(
                "participations",
                queryset=Participation.objects.filter(roles__role=Participation.Role.PRESIDING)
                .select_related("person")
                .order_by("order", "pk"),
                to_attr="presiding",
            ),
            Prefetch(
                "criticism_subjects",
                queryset=CriticismSubject.objects.annotate(itemised=Count("opinions")).order_by(
                    "order", "pk"
                ),
                to_attr="subjects_with_counts",
            ),
        )
        .annotate(named_people=Count("participations__person", distinct=True))
    )


def opinion_total(conference: Conference) -> int | None:
    """Opinions raised: each draft's declared count, or its itemised opinions when not given."""
    subjects = getattr(conference, "subjects_with_counts", None)
    if not subjects:
        return None
    return sum(s.opinion_count if s.opinion_count is not None else s.itemised for s in subjects)


def attendee_total(conference: Conference) -> int:
    """The recorded total ("hơn 50 đại biểu") when known, otherwise the people named."""
    if conference.attendee_count is not None:
        return conference.attendee_count
    return getattr(conference, "named_people", 0) or 0


# --- CSV ---------------------------------------------------------------------------------------


class _Echo:
    """A file-like object whose write() returns the line, for csv.writer streaming."""

    def write(self, value: str) -> str:
        return value


def _cell(value) -> str:
    text = "" if value is None else str(value)
    if text.startswith(CSV_FORMULA_STARTS):
        return "'" + text
    return text


def csv_header(*, with_visibility: bool) -> list[str]:
    header = [
        _("Ngày giờ"),
        _("Tên hội nghị"),
        _("Loại"),
        _("Địa điểm"),
        _("Cơ quan tổ chức"),
        _("Chủ trì"),
        _("Số đại biểu"),
        _("Số đại biểu có tên"),
        _("Số ý kiến"),
        _("Đường dẫn"),
    ]
    if with_visibility:
        header.append(_("Phạm vi"))
    return header


def csv_row(conference: Conference, *, base_url: str, with_visibility: bool) -> list[str]:
    starts = timezone.localtime(conference.starts_at)
    presiding = "; ".join(
        f"{p.person.full_name} - {p.position_display}" if p.position_display else p.person.full_name
        for p in getattr(conference, "presiding", [])
    )
    opinions = opinion_total(conference)
    row = [
        starts.strftime("%d/%m/%Y %H:%M" if conference.time_known else "%d/%m/%Y"),
        conference.title,
        "; ".join(kind.name for kind in conference.kinds.all()),
        conference.venue,
        conference.organizer.name if conference.organizer else "",
        presiding,
        attendee_total(conference),
        getattr(conference, "named_people", 0) or 0,
        "" if opinions is None else opinions,
        base_url + conference.get_absolute_url(),
    ]
    if with_visibility:
        row.append(conference.get_visibility_display())
    return [_cell(value) for value in row]


def iter_csv(
    conferences: QuerySet[Conference], *, base_url: str, with_visibility: bool
) -> Iterator[str]:
    """Yield the CSV text: a BOM, the header, one line per conference (semicolons)."""
    writer = csv.writer(_Echo(), delimiter=CSV_DELIMITER)
    yield "\ufeff" + writer.writerow(csv_header(with_visibility=with_visibility))
    for conference in export_queryset(conferences).iterator(chunk_size=CHUNK_SIZE):
        yield writer.writerow(
            csv_row(conference, base_url=base_url, with_visibility=with_visibility)
        )


# --- Attendees: CSV and XLSX ---------------------------------------------------------------

ATTENDEE_CSV_DELIMITER = CSV_DELIMITER


def attendee_queryset(conferences: QuerySet[Conference]) -> QuerySet[Participation]:
    """Every participation in ``conferences``, newest conference first, in the record's order."""
    return (
        Participation.objects.filter(conference__in=conferences.order_by())
        .select_related("conference", "person", "organization")
        .prefetch_related("roles")
        .order_by("-conference__starts_at", "-conference_id", "order", "pk")
    )


def attendee_header() -> list[str]:
    return [
        _("Hội nghị"),
        _("Ngày"),
        _("Họ và tên"),
        _("Chức vụ lúc đó"),
        _("Chức vụ (như nguồn ghi)"),
        _("Cơ quan lúc đó"),
        _("Vai trò"),
        _("Đường dẫn"),
    ]


def attendee_values(participation: Participation, *, base_url: str) -> list:
    """One attendee's cells; the date as a ``date`` (the caller formats it)."""
    conference = participation.conference
    return [
        conference.title,
        timezone.localtime(conference.starts_at).date(),
        participation.person.full_name,
        participation.position_display,
        participation.position,
        participation.organization.name if participation.organization else "",
        ", ".join(str(label) for label in participation.role_labels),
        base_url + conference.get_absolute_url(),
    ]


def iter_attendee_csv(conferences: QuerySet[Conference], *, base_url: str) -> Iterator[str]:
    """Yield the attendees CSV: a BOM, the header, one line per person per conference."""
    writer = csv.writer(_Echo(), delimiter=ATTENDEE_CSV_DELIMITER)
    yield "\ufeff" + writer.writerow(attendee_header())
    for participation in attendee_queryset(conferences).iterator(chunk_size=CHUNK_SIZE):
        values = attendee_values(participation, base_url=base_url)
        values[1] = values[1].strftime("%d/%m/%Y")
        yield writer.writerow([_cell(value) for value in values])


def _xlsx_text(cell, value) -> None:
    """Put ``value`` in ``cell`` as text even when it starts like a formula ("=…")."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"


def xlsx_workbook(
    conferences: QuerySet[Conference], *, base_url: str, with_visibility: bool
) -> bytes:
    """The filtered conferences and their attendees as an XLSX workbook (two sheets)."""
    import io

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    bold = Font(bold=True)

    def sheet_with(sheet, header, rows, widths: list[int]):
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = bold
            cell.alignment = Alignment(vertical="top", wrap_text=True)
        for values in rows:
            sheet.append([None] * len(values))
            row = sheet.max_row
            for index, value in enumerate(values, start=1):
                cell = sheet.cell(row, index)
                _xlsx_text(cell, value)
                if isinstance(value, dt.datetime):
                    cell.number_format = "dd/mm/yyyy hh:mm"  # copy: not text
                elif isinstance(value, dt.date):
                    cell.number_format = "dd/mm/yyyy"  # copy: not text
        sheet.freeze_panes = "A2"
        last = get_column_letter(len(header))
        sheet.auto_filter.ref = f"A1:{last}{max(sheet.max_row, 1)}"
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    def conference_rows():
        for conference in export_queryset(conferences).iterator(chunk_size=CHUNK_SIZE):
            starts = timezone.localtime(conference.starts_at).replace(tzinfo=None)
            opinions = opinion_total(conference)
            row = [
                starts if conference.time_known else starts.date(),
                conference.title,
                "; ".join(kind.name for kind in conference.kinds.all()),
                conference.venue,
                conference.organizer.name if conference.organizer else "",
                "; ".join(
                    f"{p.person.full_name} - {p.position_display}"
                    if p.position_display
                    else p.person.full_name
                    for p in getattr(conference, "presiding", [])
                ),
                attendee_total(conference),
                getattr(conference, "named_people", 0) or 0,
                opinions,
                base_url + conference.get_absolute_url(),
            ]
            if with_visibility:
                row.append(conference.get_visibility_display())
            yield row

    def attendee_rows():
        for participation in attendee_queryset(conferences).iterator(chunk_size=CHUNK_SIZE):
            yield attendee_values(participation, base_url=base_url)

    first = workbook.active
    first.title = _("Hội nghị")
    conference_widths = [17, 60, 28, 24, 32, 40, 10, 10, 10, 40]
    sheet_with(
        first,
        csv_header(with_visibility=with_visibility),
        conference_rows(),
        conference_widths + ([10] if with_visibility else []),
    )
    sheet_with(
        workbook.create_sheet(_("Đại biểu")),
        attendee_header(),
        attendee_rows(),
        [50, 12, 24, 50, 40, 36, 28, 40],
    )
    workbook.properties.title = _("Hội nghị và đại biểu")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


# --- iCalendar (RFC 5545) ---------------------------------------------------------------------


def ical_escape(value: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    return (
        (value or "")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold_line(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    pieces = []
    current = ""
    current_len = 0
    limit = 75
    for char in line:
        size = len(char.encode("utf-8"))
        if current_len + size > limit:
            pieces.append(current)
            current, current_len, limit = " ", 1, 75
        current += char
        current_len += size
    pieces.append(current)
    return "\r\n".join(pieces) + "\r\n"


def ical_datetime(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def conference_uid(conference: Conference) -> str:
    """The conference's calendar UID: the same from every host name and every export, unique
    to this record (its id and the moment it was created)."""
    created = conference.created_at.isoformat() if conference.created_at else ""
    return f"{uuid.uuid5(UID_NAMESPACE, f'conference:{conference.pk}:{created}')}@hoi-nghi"


def vevent_lines(conference: Conference, *, base_url: str, stamp: str) -> list[str]:
    url = base_url + conference.get_absolute_url()
    description_parts = [conference.summary.strip()] if conference.summary.strip() else []
    if conference.organizer:
        description_parts.append(_("Cơ quan tổ chức: %(name)s") % {"name": conference.organizer})
    description_parts.append(url)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{conference_uid(conference)}",
        f"DTSTAMP:{stamp}",
    ]
    if conference.time_known:
        lines.append(f"DTSTART:{ical_datetime(conference.starts_at)}")
        ends = conference.ends_at or conference.starts_at + DEFAULT_TIMED_LENGTH
        lines.append(f"DTEND:{ical_datetime(ends)}")
    else:
        # Only the day is known: an all-day event (RFC 5545 3.6.1, DTEND exclusive).
        first = timezone.localtime(conference.starts_at).date()
        last = timezone.localtime(conference.ends_at).date() if conference.ends_at else first
        lines.append(f"DTSTART;VALUE=DATE:{first:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{last + dt.timedelta(days=1):%Y%m%d}")
    lines.append(f"SUMMARY:{ical_escape(conference.title)}")
    if conference.venue:
        lines.append(f"LOCATION:{ical_escape(conference.venue)}")
    lines.append(f"DESCRIPTION:{ical_escape(chr(10).join(description_parts))}")
    kinds = [ical_escape(kind.name) for kind in conference.kinds.all()]
    if kinds:
        lines.append("CATEGORIES:" + ",".join(kinds))
    lines += [
        f"URL:{url}",
        "CLASS:"
        + ("PUBLIC" if conference.visibility == Conference.Visibility.PUBLIC else "CONFIDENTIAL"),
        "STATUS:CONFIRMED",
        f"LAST-MODIFIED:{ical_datetime(conference.updated_at)}",
        "END:VEVENT",
    ]
    return lines


def iter_ical(conferences: Iterable[Conference], *, base_url: str, name: str) -> Iterator[str]:
    """Yield a VCALENDAR with one VEVENT per conference."""
    stamp = ical_datetime(timezone.now())
    header = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//MTTQ portal//Tra cuu hoi nghi//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ical_escape(name)}",
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ]
    yield "".join(fold_line(line) for line in header)
    if isinstance(conferences, QuerySet):
        conferences = conferences.prefetch_related("kinds").select_related("organizer")
        conferences = conferences.iterator(chunk_size=CHUNK_SIZE)
    for conference in conferences:
        yield "".join(
            fold_line(line) for line in vevent_lines(conference, base_url=base_url, stamp=stamp)
        )
    yield fold_line("END:VCALENDAR")
