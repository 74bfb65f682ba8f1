"""What the conference section brings to the site (core/sections.py): its URLs, menu entry,
part of /sitemap.xml, the page-cache tags its models drop, its blocks on other pages, and its
tabs of the site search (conferences, people, organisations)."""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _

from core.pagecache import model_tag, object_tag
from core.sections import Block, MenuEntry, Section
from events import blocks, queues
from events.lookup import LIST_TAG
from events.models import Conference, Organization, Person
from events.search import SEARCH
from events.sitemaps import (
    ConferenceListSitemap,
    ConferenceSitemap,
    OrganizationSitemap,
    PersonSitemap,
)


def conference_tags(conference) -> list[str]:
    """A conference shows on its pages, in the lists, and on the articles it was drawn from."""
    article_tags = [f"news.article:{pk}" for pk in conference.articles.values_list("pk", flat=True)]
    return [object_tag(conference), LIST_TAG, *article_tags]


def participation_tags(participation) -> list[str]:
    tags = [
        model_tag(Conference, participation.conference_id),
        model_tag(Person, participation.person_id),
    ]
    if participation.organization_id:
        tags.append(model_tag(Organization, participation.organization_id))
    return tags


def of_conference(attribute: str):
    """Tags for a part of a conference record (photo, document, programme …)."""

    def tags(instance) -> list[str]:
        owner = instance
        try:
            for step in attribute.split("."):
                owner = getattr(owner, step)
        except ObjectDoesNotExist:  # deleted with its conference, which drops the pages
            return []
        return [model_tag(Conference, owner)]

    return tags


SECTION = Section(
    urls="events.urls",
    menu=[MenuEntry(_("Hội nghị"), "events:conference_list", "events", order=40)],
    sitemaps={
        "conference-list": ConferenceListSitemap,
        "conferences": ConferenceSitemap,
        "people": PersonSitemap,
        "organizations": OrganizationSitemap,
    },
    invalidates={
        "events.Conference": conference_tags,
        "events.Participation": participation_tags,
        "events.Person": lambda person: [object_tag(person)],
        "events.Organization": lambda organization: [object_tag(organization)],
        "events.ConferenceKind": lambda kind: [LIST_TAG],
        "events.ConferencePhoto": of_conference("conference_id"),
        "events.ConferenceDocument": of_conference("conference_id"),
        "events.CoordinationProgramme": of_conference("conference_id"),
        "events.ProgrammeParty": of_conference("programme.conference_id"),
        "events.ProgrammePoint": of_conference("programme.conference_id"),
        "events.CriticismSubject": of_conference("conference_id"),
        "events.Opinion": of_conference("subject.conference_id"),
        "events.Response": of_conference("subject.conference_id"),
    },
    blocks={
        "home-aside": [
            Block("events/includes/home_conferences.html", blocks.home_conferences, order=30)
        ],
        "article-end": [
            Block("events/includes/article_conferences.html", blocks.article_conferences)
        ],
    },
    search=SEARCH,
    work_queues=queues.work_queues,
)
