"""core.forms: the day-first date and the from/to range shared by the lookup and search."""

import datetime as dt

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation

from core.forms import DateRangeForm, DayFirstDateField, DayFirstDateInput
from portal.formats.vi import formats as vi_formats


def clean(value):
    return DayFirstDateField(required=False).clean(value)


@pytest.mark.parametrize(
    "typed",
    [
        "10/06/2023",
        "10/6/2023",
        " 10/06/2023 ",
        "10-06-2023",
        "10.06.2023",
        "2023-06-10",
        "10/06/23",
    ],
)
def test_day_first_and_iso(typed):
    assert clean(typed) == dt.date(2023, 6, 10)  # 10 June, never 6 October


def test_the_formats_are_the_projects_not_a_copy():
    # Django's DateField reads DATE_INPUT_FORMATS of the active language: portal/formats/vi.
    with translation.override("vi"):
        assert list(DayFirstDateField().input_formats) == vi_formats.DATE_INPUT_FORMATS
        assert clean("01/02/2024") == dt.date(2024, 2, 1)
    assert clean("") is None and clean(None) is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "31/02/2023",
            "Ngày “31/02/2023” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.",
        ),
        (
            "06/31/2023",
            "Ngày “06/31/2023” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.",
        ),
        (
            "hôm qua",
            "Ngày “hôm qua” không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023.",
        ),
        ("01/01/0001", "Năm trong ngày “01/01/0001” phải từ 1930 đến 2100."),
        ("1" * 21, "Ngày đã nhập không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023."),
        (
            "1\x00/1/2023",
            "Ngày đã nhập không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023.",
        ),
    ],
)
def test_vietnamese_messages(typed, message):
    with pytest.raises(ValidationError) as caught:
        clean(typed)
    assert caught.value.messages == [message]


def test_a_date_is_shown_day_first():
    assert DayFirstDateInput().format_value(dt.date(2023, 6, 9)) == "09/06/2023"


def test_range_from_and_to():
    form = DateRangeForm({"from": "01/06/2023", "to": "10/06/2023"})
    assert form.is_valid()
    assert (form.cleaned_data["from"], form.cleaned_data["to"]) == (
        dt.date(2023, 6, 1),
        dt.date(2023, 6, 10),
    )
    assert DateRangeForm({"from": "10/06/2023", "to": "10/06/2023"}).is_valid()  # one day
    assert DateRangeForm({}).is_valid()


def test_from_after_to_is_said_once_and_neither_date_is_kept():
    form = DateRangeForm({"from": "10/06/2023", "to": "01/06/2023"})
    assert not form.is_valid()
    assert form.errors["from"] == [
        "“Từ ngày” (10/06/2023) phải trước hoặc trùng “đến ngày” (01/06/2023)."
    ]
    assert [m for m in form.errors["to"] if m] == []  # marked invalid, message not repeated
    assert "from" not in form.cleaned_data and "to" not in form.cleaned_data


def test_subclass_declares_its_other_filters():
    class Filters(DateRangeForm):
        kind = forms.CharField(required=False)

    form = Filters({"kind": "ky-ket", "from": "2023-06-10"})
    assert list(form.fields) == ["kind", "from", "to"]
    assert form.is_valid() and form.cleaned_data["from"] == dt.date(2023, 6, 10)
