import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.template import Context, Template
from django.utils import timezone

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


class DateForm(forms.Form):
    day = forms.DateField()
    moment = forms.DateTimeField()


def test_datetime_is_shown_day_first_24_hour():
    moment = datetime.datetime(2023, 6, 10, 15, 37, tzinfo=HANOI)
    rendered = Template('{{ m|date:"DATETIME_FORMAT" }}|{{ m|date:"SHORT_DATE_FORMAT" }}').render(
        Context({"m": moment})
    )
    assert rendered == "10/06/2023 - 15:37|10/06/2023"


def test_utc_datetime_is_shown_in_hanoi_time():
    moment = datetime.datetime(2023, 6, 10, 8, 37, tzinfo=datetime.UTC)
    with timezone.override(HANOI):
        rendered = Template('{{ m|date:"DATETIME_FORMAT" }}').render(Context({"m": moment}))
    assert rendered == "10/06/2023 - 15:37"


def test_form_parses_day_first():
    form = DateForm(data={"day": "10/06/2023", "moment": "10/06/2023 - 15:37"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == datetime.date(2023, 6, 10)
    moment = form.cleaned_data["moment"]
    assert (moment.year, moment.month, moment.day, moment.hour, moment.minute) == (
        2023,
        6,
        10,
        15,
        37,
    )
    assert moment.utcoffset() == datetime.timedelta(hours=7)


def test_form_accepts_iso_dates_and_rejects_impossible_ones():
    assert DateForm(data={"day": "2023-06-10", "moment": "2023-06-10 15:37"}).is_valid()
    form = DateForm(data={"day": "31/02/2023", "moment": "10/06/2023 - 15:37"})
    assert not form.is_valid()
    assert "day" in form.errors
