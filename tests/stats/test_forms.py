"""The period of the statistics (stats/forms.py): a year or a day-first range; bad values get
a Vietnamese message and this year instead."""

import datetime as dt

import pytest
import time_machine

from stats.forms import Period, PeriodForm

NOW = dt.datetime(2024, 7, 1, 10, 0)


def period_of(**data):
    with time_machine.travel(NOW, tick=False):
        form = PeriodForm(data or None)
        return form.period(), form.error_messages


def test_nothing_asked_is_this_year():
    assert period_of() == (Period.of_year(2024), [])


def test_a_year():
    period, errors = period_of(year="2023")
    assert (period, errors) == (Period.of_year(2023), [])
    assert period.label == "năm 2023"
    assert period.previous() == Period.of_year(2022)
    assert period.previous_label == "năm 2022"
    assert period.lookup_params() == {"year": "2023"}


@pytest.mark.parametrize(
    ("data", "start", "end"),
    [
        ({"from": "01/03/2024", "to": "30/06/2024"}, dt.date(2024, 3, 1), dt.date(2024, 6, 30)),
        ({"from": "2024-03-01", "to": "2024-06-30"}, dt.date(2024, 3, 1), dt.date(2024, 6, 30)),
        ({"from": "1.3.2024", "to": "30-06-2024"}, dt.date(2024, 3, 1), dt.date(2024, 6, 30)),
        # One side only: to the end of that year, or from its start.
        ({"from": "01/07/2024"}, dt.date(2024, 7, 1), dt.date(2024, 12, 31)),
        ({"to": "30/06/2024"}, dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        # A range wins over a year.
        (
            {"year": "2020", "from": "05/05/2024", "to": "05/05/2024"},
            dt.date(2024, 5, 5),
            dt.date(2024, 5, 5),
        ),
    ],
)
def test_a_range_day_first(data, start, end):
    period, errors = period_of(**data)
    assert errors == []
    assert (period.start, period.end, period.is_year) == (start, end, False)


def test_a_whole_year_typed_as_a_range_is_that_year():
    period, _errors = period_of(**{"from": "01/01/2023", "to": "31/12/2023"})
    assert period == Period.of_year(2023)


def test_a_range_and_the_same_days_a_year_earlier():
    period = Period(dt.date(2024, 2, 29), dt.date(2024, 3, 31))
    assert period.previous() == Period(dt.date(2023, 2, 28), dt.date(2023, 3, 31))
    assert period.label == "từ 29/02/2024 đến 31/03/2024"
    assert period.previous_label == "cùng kỳ năm trước"
    assert period.lookup_params() == {"from": "29/02/2024", "to": "31/03/2024"}
    assert period.query_string() == "from=29/02/2024&to=31/03/2024"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"year": "hai nghìn"}, "Năm phải là một số có 4 chữ số, ví dụ 2024."),
        ({"year": "1800"}, "Năm phải từ 1930 trở đi."),
        ({"year": "99999999999999999999"}, "Năm phải trước 2100."),
        ({"from": "31/02/2024"}, "Ngày “31/02/2024” không có trên lịch."),
        ({"from": "hôm qua"}, "Ngày “hôm qua” không đúng dạng."),
        ({"from": "01/01/1800"}, "phải từ 1930 đến 2100"),
        ({"from": "x" * 500}, "Ngày đã nhập không đúng dạng."),
        ({"from": "01/\x00/2024"}, "không đúng dạng"),
        ({"from": "30/06/2024", "to": "01/03/2024"}, "“Từ ngày” (30/06/2024) phải trước"),
        ({"from": "01/01/2020", "to": "31/12/2024"}, "Khoảng thời gian dài nhất là 36 tháng."),
    ],
)
def test_bad_values_fall_back_to_this_year_with_a_message(data, message):
    period, errors = period_of(**data)
    assert period == Period.of_year(2024)
    assert len(errors) == 1
    assert message in errors[0]


def test_bounds_are_hanoi_midnights():
    start, end = Period.of_year(2024).bounds()
    assert (start.isoformat(), end.isoformat()) == (
        "2024-01-01T00:00:00+07:00",
        "2025-01-01T00:00:00+07:00",
    )
