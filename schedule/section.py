"""What the working schedule brings to the site (core/sections.py): its URLs, a menu entry
after "Hội nghị" (40), its page in /sitemap.xml, the page-cache tags its models drop, a block
"Lịch công tác tuần này" on the home page, the entry a conference record came from at the end
of the record, and the moment "today" changes (local midnight), when stored pages showing
"this week" expire; and the conference clerk's queue on the admin home (``queues.py``).

Pages that show people or a conference record also carry their tags (``events.person:…``,
``events.conference:…``), so renaming a person or publishing the record drops them through
the conference section's own declarations.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _

from core.pagecache import model_tag
from core.sections import Block, MenuEntry, Section
from events.models import Conference
from schedule import blocks, queues
from schedule.lookup import LIST_TAG
from schedule.models import ScheduleWeek
from schedule.sitemaps import ScheduleSitemap
from schedule.weeks import IsoWeek, midnight_if_near


def entry_tags(entry) -> list[str]:
    """An entry shows on the schedule pages, the home block and its record's page."""
    tags = [LIST_TAG, f"schedule.scheduleentry:{entry.pk}"]
    if entry.conference_id:
        tags.append(model_tag(Conference, entry.conference_id))
    return tags


def leader_tags(row) -> list[str]:
    try:
        return entry_tags(row.entry)
    except ObjectDoesNotExist:  # deleted with its entry, which drops the pages
        return [LIST_TAG]


def next_change():
    """Local midnight, when a published schedule is on show: "today" moves on the week's page
    and the home block, and on Sunday night "this week" becomes the next one. Asked only near
    midnight (one query then), so nothing else changes for the rest of the day."""
    midnight = midnight_if_near(within_seconds=settings.PAGE_CACHE_SECONDS)
    if midnight is None:
        return None
    today = IsoWeek.current()
    upcoming = today.next
    shown = ScheduleWeek.objects.published().filter(
        year__in={today.year, upcoming.year}, week__in={today.week, upcoming.week}
    )
    return midnight if shown.exists() else None


SECTION = Section(
    urls="schedule.urls",
    menu=[MenuEntry(_("Lịch công tác"), "schedule:week", "schedule", order=42)],
    sitemaps={"week": ScheduleSitemap},
    invalidates={
        "schedule.ScheduleWeek": lambda week: [LIST_TAG],
        "schedule.ScheduleEntry": entry_tags,
        "schedule.ScheduleLeader": leader_tags,
    },
    next_change=next_change,
    # The clerk's queue on the admin home: scheduled conferences held but not yet recorded.
    work_queues=queues.work_queues,
    blocks={
        "home-aside": [Block("schedule/includes/home_week.html", blocks.home_week, order=20)],
        "conference-end": [
            Block("schedule/includes/conference_entry.html", blocks.conference_entry, order=5)
        ],
    },
)
