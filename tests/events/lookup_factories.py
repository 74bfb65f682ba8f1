"""Plain factory functions for the conference-lookup tests (issue 6).

Kept apart from the record-keeping tests' factories so the two can evolve independently.
"""

from __future__ import annotations

import datetime as dt
import itertools

from django.contrib.auth.models import Group, User
from django.utils import timezone

from events.models import (
    Conference,
    ConferenceKind,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Organization,
    Participation,
    Person,
    ProgrammeParty,
    ProgrammePoint,
    Response,
)
from events.services import conference_refresh_search_text

_counter = itertools.count(1)


def when(day: str, hour: int = 8, minute: int = 0) -> dt.datetime:
    """'09/06/2023' → aware datetime at that local time (Asia/Ho_Chi_Minh)."""
    d = dt.datetime.strptime(day, "%d/%m/%Y")
    return timezone.make_aware(d.replace(hour=hour, minute=minute))


def organization(name: str = "", **kwargs) -> Organization:
    name = name or f"Tổ chức {next(_counter)}"
    return Organization.objects.create(name=name, **kwargs)


def person(full_name: str = "", **kwargs) -> Person:
    full_name = full_name or f"Nguyễn Văn Thử {next(_counter)}"
    return Person.objects.create(full_name=full_name, **kwargs)


def conference(
    title: str = "",
    *,
    day: str = "09/06/2023",
    hour: int = 8,
    kinds: tuple[str, ...] = (),
    visibility: str = Conference.Visibility.PUBLIC,
    status: str = Conference.Status.PUBLISHED,
    people: tuple = (),
    **kwargs,
) -> Conference:
    """A conference; ``people`` is a tuple of (person, role, position[, organisation])."""
    title = title or f"Hội nghị thử {next(_counter)}"
    conf = Conference.objects.create(
        title=title,
        starts_at=when(day, hour),
        visibility=visibility,
        status=status,
        **kwargs,
    )
    if kinds:
        conf.kinds.set(ConferenceKind.objects.filter(code__in=kinds))
    for order, item in enumerate(people):
        who, role, position, *rest = item
        Participation.objects.create(
            conference=conf,
            person=who,
            role=role,
            position=position,
            organization=rest[0] if rest else None,
            order=order,
        )
    if people:
        conference_refresh_search_text(conference=conf)
    return conf


def criticism(conf: Conference, *, title: str, opinions=(), opinion_count=None, **kwargs):
    """A draft under criticism; ``opinions`` are (participation-or-name, content)."""
    subject = CriticismSubject.objects.create(
        conference=conf, document_title=title, opinion_count=opinion_count, **kwargs
    )
    created = []
    for order, (speaker, content) in enumerate(opinions):
        if isinstance(speaker, Participation):
            created.append(
                Opinion.objects.create(
                    subject=subject, speaker=speaker, content=content, order=order
                )
            )
        else:
            created.append(
                Opinion.objects.create(
                    subject=subject, speaker_name=speaker, content=content, order=order
                )
            )
    conference_refresh_search_text(conference=conf)
    return subject, created


def response(subject, *, text: str, responder=None, opinion=None, outcome="accepted"):
    return Response.objects.create(
        subject=subject,
        text=text,
        responder=responder,
        responder_name="" if responder else "Đại diện UBND quận",
        opinion=opinion,
        outcome=outcome,
    )


def programme(conf: Conference, *, title: str, parties=(), points=(), start=2023, end=2027):
    """A coordination programme; ``parties`` are (organisation, signatory-or-None, position)."""
    prog = CoordinationProgramme.objects.create(
        conference=conf, title=title, period_start_year=start, period_end_year=end
    )
    for order, (org, signatory, position) in enumerate(parties):
        ProgrammeParty.objects.create(
            programme=prog,
            organization=org,
            signatory=signatory,
            signatory_position=position,
            order=order,
        )
    for number, text in enumerate(points, start=1):
        ProgrammePoint.objects.create(programme=prog, number=number, text=text)
    return prog


def official(username: str = "canbo") -> User:
    """A logged-in official in the "Cán bộ" group (may see internal conferences)."""
    user = User.objects.create_user(username=username, password="mat-khau-thu-nghiem-123")
    user.groups.add(Group.objects.get(name="Cán bộ"))
    return user


def plain_user(username: str = "nguoidung") -> User:
    return User.objects.create_user(username=username, password="mat-khau-thu-nghiem-123")
