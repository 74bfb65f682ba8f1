"""ISO weeks in the committee's time zone: Monday to Sunday, ``2026-W49`` in addresses.

A week is (ISO year, ISO week number); the ISO year differs from the calendar year around
New Year (29/12/2025 is in 2026-W01, 01/01/2027 in 2026-W53). "Today" is the local date of
``settings.TIME_ZONE`` (Asia/Ho_Chi_Minh), never the server's UTC date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

WEEKDAYS = (
    _("Thứ Hai"),
    _("Thứ Ba"),
    _("Thứ Tư"),
    _("Thứ Năm"),
    _("Thứ Sáu"),
    _("Thứ Bảy"),
    _("Chủ nhật"),
)

_WEEK_RE = re.compile(r"^\s*(\d{4})-?[Ww](\d{1,2})\s*$")


class BadWeek(ValueError):
    """A ``?tuan=`` value that names no ISO week; the message is for the reader."""


@dataclass(frozen=True, order=True)
class IsoWeek:
    year: int
    week: int

    def __post_init__(self):
        try:
            date.fromisocalendar(self.year, self.week, 1)
        except ValueError as exc:
            raise BadWeek(
                _("Năm %(year)s không có tuần %(week)s.") % {"year": self.year, "week": self.week}
            ) from exc

    @classmethod
    def of(cls, day: date) -> IsoWeek:
        year, week, _weekday = day.isocalendar()
        return cls(year, week)

    @classmethod
    def current(cls) -> IsoWeek:
        return cls.of(timezone.localdate())

    @classmethod
    def parse(cls, value: str) -> IsoWeek:
        """``2026-W49`` (also ``2026W49``, ``2026-w49``); BadWeek with a Vietnamese message."""
        match = _WEEK_RE.match(value or "")
        if not match:
            raise BadWeek(
                _(
                    "“%(value)s” không phải là một tuần. Ghi theo dạng năm-W số tuần, ví dụ %(example)s."
                )
                % {"value": (value or "")[:40], "example": cls.current().code}
            )
        year, week = int(match.group(1)), int(match.group(2))
        if not 1 <= year <= 9998:
            raise BadWeek(_("Năm %(year)s nằm ngoài lịch.") % {"year": year})
        return cls(year, week)

    @property
    def code(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]

    def shifted(self, weeks: int) -> IsoWeek:
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    @property
    def previous(self) -> IsoWeek:
        return self.shifted(-1)

    @property
    def next(self) -> IsoWeek:
        return self.shifted(1)

    def __str__(self) -> str:
        return str(
            _("Tuần %(week)s (%(monday)s – %(sunday)s)")
            % {
                "week": self.week,
                "monday": self.monday.strftime("%d/%m/%Y"),
                "sunday": self.sunday.strftime("%d/%m/%Y"),
            }
        )


def weekday_name(day: date) -> str:
    return str(WEEKDAYS[day.weekday()])


def next_local_midnight() -> datetime:
    """The moment "today" (and perhaps "this week") changes in the committee's time zone."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    return timezone.make_aware(datetime.combine(tomorrow, time.min))


def midnight_if_near(*, within_seconds: int) -> datetime | None:
    """The next local midnight if it comes within ``within_seconds``, else None: a stored page
    expires on its own before a farther midnight (the page cache asks again after at most
    that long), so only a page stored shortly before midnight needs cutting short."""
    midnight = next_local_midnight()
    if (midnight - timezone.now()).total_seconds() <= within_seconds:
        return midnight
    return None
