"""What the site search finds in the conference records (``SEARCH`` in events/section.py):
conferences, and the people and organisations that took part in them — each only where the
reader may see it (``visible_to(user)``; a person seen only at internal conferences is not
found by the public).

Conferences are ranked by the search app on PostgreSQL over the stored vector (title A,
summary B, venue and conclusion C, the folded ``search_text`` D — participants, opinions,
programmes — whose tones are not known); people and organisations, a few thousand names, are
levelled in Python (core.keywords) after a narrowing over their folded names.
"""

from __future__ import annotations

from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _

from core.keywords import Field
from core.sections import SearchProvider
from events.lookup import LIST_TAG, visible_organizations, visible_people
from events.models import (
    Conference,
    CriticismSubject,
    Opinion,
    Organization,
    Participation,
    Person,
)


def searchable_conferences(user):
    """What a result shows: the conference and its kinds. Its participants and opinions are
    ``EXCERPT_PREFETCH``, read only for results matched outside the title and summary."""
    return Conference.objects.visible_to(user).prefetch_related("kinds").defer("search_text")


def _excerpt_prefetch() -> tuple[Prefetch, ...]:
    """The participants' names and positions, the drafts and the opinions: only the columns an
    excerpt shows (a conference has about twenty participants; reading whole rows, each with
    its person, cost a third of the search page: bench/run.py)."""
    participants = (
        Participation.objects.annotate(person_name=F("person__full_name"))
        .only("conference_id", "order", "position")
        .order_by("order", "id")
    )
    opinions = Opinion.objects.only("subject_id", "order", "speaker_name", "content").order_by(
        "order", "id"
    )
    subjects = (
        CriticismSubject.objects.only("conference_id", "order", "document_title", "opinion_summary")
        .order_by("order", "id")
        .prefetch_related(Prefetch("opinions", queryset=opinions))
    )
    return (
        Prefetch("participations", queryset=participants),
        Prefetch("criticism_subjects", queryset=subjects),
    )


EXCERPT_PREFETCH = _excerpt_prefetch()


def conference_fields(conference: Conference) -> list[Field]:
    """Title, summary, conclusion and venue with their tones; participants and opinions as
    text whose tones the index does not keep (weight "d"), when they were fetched
    (``EXCERPT_PREFETCH``: for the ranking in Python, and for an excerpt of a match outside
    the title and summary)."""
    fields = [
        Field(conference.title, "a"),
        Field(conference.summary, "b"),
        Field(conference.conclusion, "c"),
        Field(conference.venue, "c"),
    ]
    fetched = getattr(conference, "_prefetched_objects_cache", {})
    if "participations" in fetched:
        people = "; ".join(
            f"{p.person_name} – {p.position}" if p.position else p.person_name
            for p in conference.participations.all()
        )
        fields.append(Field(people, "d"))
    if "criticism_subjects" in fetched:
        for subject in conference.criticism_subjects.all():
            fields += [Field(subject.document_title, "d"), Field(subject.opinion_summary, "d")]
            fields += [Field(f"{o.speaker_name}: {o.content}", "d") for o in subject.opinions.all()]
    return fields


CONFERENCES = SearchProvider(
    key="conference",
    label=_("Hội nghị"),
    order=20,
    queryset=searchable_conferences,
    fields=conference_fields,
    excerpt_prefetch=EXCERPT_PREFETCH,
    vector="search_vector",
    vector_untoned=True,
    date_field="starts_at",
    filters=frozenset({"dates"}),
    labels=lambda conference: [kind.name for kind in conference.kinds.all()],
    tags=(LIST_TAG,),
    template="search/includes/result.html",
)

PEOPLE = SearchProvider(
    key="person",
    label=_("Đại biểu"),
    order=30,
    queryset=lambda user: visible_people(user).order_by("sort_key_folded", "id"),
    fields=lambda person: [Field(person.full_name, "a")],
    folded_field="name_folded",
    model=Person,
    labels=lambda person: [],
    tags=(LIST_TAG,),
)

ORGANIZATIONS = SearchProvider(
    key="organization",
    label=_("Tổ chức"),
    order=40,
    queryset=lambda user: visible_organizations(user).order_by("name_folded", "id"),
    fields=lambda org: [Field(org.name, "a"), Field(org.short_name, "a")],
    folded_field="name_folded",
    model=Organization,
    labels=lambda org: [],
    tags=(LIST_TAG,),
)

SEARCH = [CONFERENCES, PEOPLE, ORGANIZATIONS]
