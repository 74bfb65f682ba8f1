"""What schedule/section.py tells the site: when stored pages must expire (local midnight, when
a published schedule is on show), and which pages an entry drops."""

from datetime import UTC, datetime

import pytest
import time_machine

from schedule.section import entry_tags, next_change
from schedule.weeks import IsoWeek
from tests.factories.events import make_conference
from tests.factories.schedule import make_entry, make_week

pytestmark = pytest.mark.django_db

# 23:58 on Sunday 13/12/2026 in Hà Nội; 16:00 the same day
NEAR_MIDNIGHT = datetime(2026, 12, 13, 16, 58, tzinfo=UTC)
AFTERNOON = datetime(2026, 12, 13, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "published", "expected"),
    [
        (NEAR_MIDNIGHT, "2026-W50", datetime(2026, 12, 13, 17, 0, tzinfo=UTC)),
        (NEAR_MIDNIGHT, "2026-W51", datetime(2026, 12, 13, 17, 0, tzinfo=UTC)),  # next week's
        (NEAR_MIDNIGHT, None, None),
        (AFTERNOON, "2026-W50", None),
    ],
)
def test_stored_pages_expire_at_local_midnight_when_a_schedule_is_shown(
    settings, moment, published, expected
):
    settings.PAGE_CACHE_SECONDS = 300
    if published:
        make_week(IsoWeek.parse(published))
    make_week(IsoWeek.parse("2026-W52"), published=False)
    with time_machine.travel(moment, tick=False):
        assert next_change() == expected


def test_an_entry_drops_the_schedule_pages_and_its_records_page():
    conference = make_conference("Hội nghị")
    entry = make_entry(make_week(IsoWeek.parse("2026-W50")), conference=conference)
    assert set(entry_tags(entry)) == {
        "schedule:list",
        f"schedule.scheduleentry:{entry.pk}",
        f"events.conference:{conference.pk}",
    }
