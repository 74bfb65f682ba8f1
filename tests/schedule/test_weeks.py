"""ISO weeks in Asia/Ho_Chi_Minh: Monday start, year-crossing weeks, the local midnight."""

from datetime import UTC, date, datetime

import pytest
import time_machine

from schedule.weeks import BadWeek, IsoWeek, next_local_midnight, weekday_name


def test_a_week_runs_monday_to_sunday():
    week = IsoWeek.parse("2026-W49")
    assert week.monday == date(2026, 11, 30)
    assert week.sunday == date(2026, 12, 6)
    assert [weekday_name(day) for day in week.days] == [
        "Thứ Hai",
        "Thứ Ba",
        "Thứ Tư",
        "Thứ Năm",
        "Thứ Sáu",
        "Thứ Bảy",
        "Chủ nhật",
    ]


def test_a_sunday_belongs_to_the_week_that_began_on_monday():
    assert IsoWeek.of(date(2026, 12, 6)).code == "2026-W49"
    assert IsoWeek.of(date(2026, 12, 7)).code == "2026-W50"


def test_week_53_crosses_into_the_next_year():
    week = IsoWeek.parse("2026-W53")
    assert week.monday == date(2026, 12, 28)
    assert week.sunday == date(2027, 1, 3)
    assert IsoWeek.of(date(2027, 1, 1)) == week  # 1 January 2027 is in 2026's last week
    assert week.next.code == "2027-W01"
    assert week.next.monday == date(2027, 1, 4)
    assert IsoWeek.parse("2027-W01").previous == week


def test_a_week_of_the_next_iso_year_starts_in_december():
    week = IsoWeek.parse("2026-W01")
    assert week.monday == date(2025, 12, 29)
    assert week.previous.code == "2025-W52"


@pytest.mark.parametrize(
    "value", ["2025-W53", "2026-W54", "2026-W00", "2026-49", "tuần 49", "", "2026-W4a", "0000-W01"]
)
def test_values_that_name_no_week_are_refused_in_vietnamese(value):
    with pytest.raises(BadWeek) as caught:
        IsoWeek.parse(value)
    message = str(caught.value)
    assert "tuần" in message or "Năm" in message


def test_lenient_spellings_of_a_week():
    assert IsoWeek.parse(" 2026w9 ").code == "2026-W09"


@time_machine.travel(datetime(2026, 12, 27, 17, 30, tzinfo=UTC), tick=False)
def test_this_week_is_the_week_of_the_local_date_not_the_utc_date():
    # 17:30 UTC on Sunday 27/12 is 00:30 on Monday 28/12 in Hà Nội: the new week has begun
    assert IsoWeek.current().code == "2026-W53"
    assert next_local_midnight() == datetime(2026, 12, 28, 17, 0, tzinfo=UTC)


@time_machine.travel(datetime(2026, 12, 27, 16, 59, tzinfo=UTC), tick=False)
def test_one_minute_before_local_midnight_it_is_still_last_week():
    assert IsoWeek.current().code == "2026-W52"
