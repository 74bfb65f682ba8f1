"""The period the statistics cover: a year, or a from/to range of days.

The days come from the kernel's ``core.forms.DateRangeForm`` (day first, as officials write
them: 09/06/2023, 09-06-2023, 09.06.2023 or ISO 2023-06-09; Vietnamese messages; "from" not
after "to"), the same fields as the conference lookup's filters. A bad value never breaks
the page: the form reports it in Vietnamese and the page falls back to the default period
(the latest year with records, stats.figures.record_years), saying so.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.forms import MAX_YEAR, MIN_YEAR, DateRangeForm, show_date

# The month chart stays readable, and the year before stays a meaningful comparison.
MAX_MONTHS = 36
PERIOD_KEYS = ("year", "from", "to")


def _shift_year(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` earlier or later (29/02 becomes 28/02 in a common year)."""
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


@dataclass(frozen=True)
class Period:
    """Days ``start`` to ``end``, both included. ``year`` is set when it is a whole year."""

    start: dt.date
    end: dt.date
    year: int | None = None

    @classmethod
    def of_year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), year)

    @property
    def is_year(self) -> bool:
        return self.year is not None

    def previous(self) -> Period:
        """The same days one year earlier (the comparison: "so với năm trước")."""
        if self.year is not None:
            return Period.of_year(self.year - 1)
        return Period(_shift_year(self.start, -1), _shift_year(self.end, -1))

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) as aware datetimes in the site's time zone (Asia/Ho_Chi_Minh)."""
        return (
            timezone.make_aware(dt.datetime.combine(self.start, dt.time.min)),
            timezone.make_aware(dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min)),
        )

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def contains(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """ "năm 2024" or "từ 01/01/2024 đến 30/06/2024" (lower case, to go inside a sentence)."""
        if self.year is not None:
            return gettext("năm %(year)s") % {"year": self.year}
        return gettext("từ %(start)s đến %(end)s") % {
            "start": show_date(self.start),
            "end": show_date(self.end),
        }

    @property
    def previous_label(self) -> str:
        """What the comparison is called: "năm 2023" or "cùng kỳ năm trước"."""
        if self.year is not None:
            return self.previous().label
        return gettext("cùng kỳ năm trước")

    def lookup_params(self) -> dict[str, str]:
        """The conference lookup's filters for this period (events/lookup.py FILTER_KEYS)."""
        if self.year is not None:
            return {"year": str(self.year)}
        return {"from": show_date(self.start), "to": show_date(self.end)}

    def query_string(self) -> str:
        """This period as the statistics page's own query string (links, exports)."""
        query = QueryDict(mutable=True)
        query.update(self.lookup_params())
        return query.urlencode(safe="/")


def default_period(year: int | None = None) -> Period:
    """``year`` (the latest with records, stats.figures.record_years), else this year."""
    return Period.of_year(year or timezone.localdate().year)


class PeriodForm(DateRangeForm):
    """``?year=2024`` or ``?from=01/01/2024&to=30/06/2024`` (a range wins over a year)."""

    year = forms.IntegerField(
        label=_("Năm"),
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "invalid": _("Năm phải là một số có 4 chữ số, ví dụ 2024."),
            "min_value": _("Năm phải từ %(limit_value)s trở đi."),
            "max_value": _("Năm phải trước %(limit_value)s."),
        },
    )

    def clean(self):
        cleaned = super().clean()  # from/to parsed, and "from" not after "to"
        if self.has_error("from") or self.has_error("to"):
            return cleaned
        start, end = cleaned.get("from"), cleaned.get("to")
        if (start or end) and len(self._range(start, end).months()) > MAX_MONTHS:
            self.add_error(
                "to",
                forms.ValidationError(
                    _("Khoảng thời gian dài nhất là %(months)s tháng."),
                    code="too_long",
                    params={"months": MAX_MONTHS},
                ),
            )
        return cleaned

    @staticmethod
    def _range(start: dt.date | None, end: dt.date | None) -> Period:
        """A range; a missing end is the end of the start's year, and the other way round."""
        start = start or dt.date(end.year, 1, 1)
        end = end or dt.date(start.year, 12, 31)
        if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
            return Period.of_year(start.year)
        return Period(start, end)

    def asked(self) -> bool:
        """Whether a valid period was asked for (otherwise ``period()`` is the default)."""
        if not self.is_valid():
            return False
        return any(self.cleaned_data.get(key) for key in PERIOD_KEYS)

    def period(self, default: Period | None = None) -> Period:
        """The period asked for, or ``default`` (this year) when nothing valid was asked."""
        default = default or default_period()
        if not self.is_valid():
            return default
        start, end = self.cleaned_data.get("from"), self.cleaned_data.get("to")
        if start or end:
            return self._range(start, end)
        if self.cleaned_data.get("year"):
            return Period.of_year(self.cleaned_data["year"])
        return default

    @property
    def error_messages(self) -> list[str]:
        """Every message once, in field order (the date-order error leaves an empty twin)."""
        return [
            str(error) for key in PERIOD_KEYS for error in self.errors.get(key, []) if str(error)
        ]
