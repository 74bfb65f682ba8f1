"""Form pieces shared by the apps: the day-first date and the "from"/"to" date range (issue 16).

Dates are typed the Vietnamese way, day first: "10/06/2023" is 10 June. The formats are not
repeated here: ``DayFirstDateField`` is Django's ``DateField``, whose input formats come from
``DATE_INPUT_FORMATS`` of the active language, i.e. ``portal/formats/vi`` (FORMAT_MODULE_PATH):
dd/mm/yyyy, dd/mm/yy, dd-mm-yyyy, dd.mm.yyyy and ISO yyyy-mm-dd. What it adds is the wording
an official needs when a date is not understood, and a sane range of years.

``DateRangeForm`` gives a form the ``?from=…&to=…`` pair ("from" is a Python keyword, so the
fields are added in ``__init__``) and the check that "from" is not after "to". A bad range is
reported once, under "from", and both fields are marked invalid, so a list that leaves invalid
filters out never applies half a range.
"""

from __future__ import annotations

import datetime as dt
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MIN_YEAR = 1930
MAX_YEAR = 2100
MAX_LENGTH = 20  # longer input is not a date; it is not echoed back either
SHOWN_FORMAT = "%d/%m/%Y"

# Looks like a day-first or ISO date: when it still does not parse, the day does not exist.
_DATE_SHAPE = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$|^(\d{4})-(\d{1,2})-(\d{1,2})$"
)


def show_date(day: dt.date) -> str:
    """A date as the site writes it (and as the date fields read it back): 09/06/2023."""
    return day.strftime(SHOWN_FORMAT)


class DayFirstDateInput(forms.TextInput):
    """A text box (not ``type=date``: officials type or paste "09/06/2023")."""

    def __init__(self, attrs=None):
        super().__init__(
            attrs={
                "placeholder": _("ví dụ 09/06/2023"),
                "inputmode": "numeric",
                "autocomplete": "off",
                "maxlength": MAX_LENGTH,
                **(attrs or {}),
            }
        )

    def format_value(self, value):
        if isinstance(value, dt.date):
            return show_date(value)
        return super().format_value(value)


class DayFirstDateField(forms.DateField):
    """Django's ``DateField`` with the project's day-first formats and Vietnamese messages."""

    widget = DayFirstDateInput
    default_error_messages = {
        "invalid": _(
            "Ngày “%(value)s” không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023."
        ),
        "unreadable": _(
            "Ngày đã nhập không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023."
        ),
        "impossible_date": _(
            "Ngày “%(value)s” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng."
        ),
        "year_range": _("Năm trong ngày “%(value)s” phải từ %(min)s đến %(max)s."),
    }

    def __init__(self, *, min_year: int = MIN_YEAR, max_year: int = MAX_YEAR, **kwargs):
        super().__init__(**kwargs)
        self.min_year, self.max_year = min_year, max_year

    def to_python(self, value):
        text = value.strip() if isinstance(value, str) else value
        if isinstance(text, str) and (len(text) > MAX_LENGTH or "\x00" in text):
            raise ValidationError(self.error_messages["unreadable"], code="invalid")
        try:
            day = super().to_python(text)
        except ValidationError:
            code = "impossible_date" if _DATE_SHAPE.match(text) else "invalid"
            raise ValidationError(
                self.error_messages[code], code=code, params={"value": text}
            ) from None
        if day is not None and not self.min_year <= day.year <= self.max_year:
            raise ValidationError(
                self.error_messages["year_range"],
                code="year_range",
                params={"value": text, "min": self.min_year, "max": self.max_year},
            )
        return day


class DateRangeForm(forms.Form):
    """A form with the optional ``from`` and ``to`` dates of a list's filters."""

    order_message = _("“Từ ngày” (%(start)s) phải trước hoặc trùng “đến ngày” (%(end)s).")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["from"] = DayFirstDateField(label=_("Từ ngày"), required=False)
        self.fields["to"] = DayFirstDateField(label=_("Đến ngày"), required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("from"), cleaned.get("to")
        if start and end and start > end:
            self.add_error(
                "from",
                ValidationError(
                    self.order_message,
                    code="date_order",
                    params={"start": show_date(start), "end": show_date(end)},
                ),
            )
            # "to" is wrong as much as "from": marked invalid too (and left out), without
            # saying the same thing twice. Templates skip an empty message.
            self.add_error("to", ValidationError("", code="date_order"))
        return cleaned
