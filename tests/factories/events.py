"""Conferences and what is recorded about them, people and organisations (the events app)."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import count
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
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
from events.positions import fuller_position
from events.services import conference_refresh_search_text, participation_set_roles

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
_seq = count(1)

SAMPLE_PATH = next(
    p
    for p in (
        settings.BASE_DIR.parent
        / "shared"
        / "samples"
        / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt",
        settings.BASE_DIR
        / "tests"
        / "fixtures"
        / "import"
        / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt",
    )
    if Path(p).exists()
)


def sample_text() -> tuple[str, str]:
    """(title, body) of the sample article, as the old portal exported it."""
    text = SAMPLE_PATH.read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return title.strip(), body


def at(day: int, month: int, year: int, hour: int = 8, minute: int = 0) -> datetime:
    """That day and time in Hà Nội."""
    return datetime(year, month, day, hour, minute, tzinfo=HANOI)


def make_person(full_name: str = "", **fields) -> Person:
    return Person.objects.create(full_name=full_name or f"Nguyễn Văn Thử {next(_seq)}", **fields)


def make_organization(name: str = "", **fields) -> Organization:
    return Organization.objects.create(name=name or f"Tổ chức thử {next(_seq)}", **fields)


def make_conference(
    title: str = "",
    *,
    starts_at: datetime | None = None,
    ago: timedelta | None = None,
    status: str = Conference.Status.PUBLISHED,
    kinds=(),
    people=(),
    **fields,
) -> Conference:
    """A published conference (public unless ``visibility`` says otherwise).

    It starts at ``starts_at``, or ``ago`` before now, or else at 8:00 on 09/06/2023 (the day
    of the sample conference). ``kinds`` are kind codes ("ky-ket", …). ``people`` are
    ``(person, role, position[, organization])``, in order; a person may be given by name.
    """
    if starts_at is None:
        starts_at = timezone.now() - ago if ago is not None else at(9, 6, 2023)
    conference = Conference.objects.create(
        title=title or f"Hội nghị thử {next(_seq)}", starts_at=starts_at, status=status, **fields
    )
    if kinds:
        conference.kinds.set(ConferenceKind.objects.filter(code__in=kinds))
    entries: dict[int, Participation] = {}
    for order, (who, role, position, *rest) in enumerate(people):
        person = make_person(who) if isinstance(who, str) else who
        roles = [role] if isinstance(role, str) else list(role)
        entry = entries.get(person.pk)
        if entry is None:
            # one entry per person (issue 18): a person listed twice gets both roles
            entry = entries[person.pk] = Participation.objects.create(
                conference=conference,
                person=person,
                position=position,
                organization=rest[0] if rest else None,
                order=order,
            )
        elif fuller_position(entry.position, position) != entry.position:
            entry.position = position
            entry.save()
        participation_set_roles(participation=entry, roles=[*entry.role_codes, *roles])
    if people:
        conference_refresh_search_text(conference=conference)
    return conference


def make_participation(
    conference=None, person=None, *, role: str | None = None, roles=(), **fields
) -> Participation:
    """A participation with ``roles`` (or the one ``role``; attending when neither)."""
    participation = Participation.objects.create(
        conference=conference or make_conference(),
        person=person or make_person(),
        **fields,
    )
    wanted = list(roles) or ([role] if role else [Participation.Role.ATTENDING])
    participation_set_roles(participation=participation, roles=wanted)
    return participation


def make_criticism(
    conference: Conference,
    *,
    title: str = "Dự thảo Nghị quyết về nhiệm vụ trọng tâm",
    opinions=(),
    opinion_count=None,
    **fields,
):
    """A draft put to criticism at ``conference``, with ``opinions``: (speaker, content), the
    speaker a participation or a name. Returns (subject, opinions)."""
    subject = CriticismSubject.objects.create(
        conference=conference, document_title=title, opinion_count=opinion_count, **fields
    )
    created = []
    for order, (speaker, content) in enumerate(opinions):
        who = (
            {"speaker": speaker}
            if isinstance(speaker, Participation)
            else {"speaker_name": speaker}
        )
        created.append(Opinion.objects.create(subject=subject, content=content, order=order, **who))
    conference_refresh_search_text(conference=conference)
    return subject, created


def make_response(subject, *, text: str, responder=None, opinion=None, outcome="accepted"):
    """The authorities' answer to a criticism (by a participant, or by a named office)."""
    return Response.objects.create(
        subject=subject,
        text=text,
        responder=responder,
        responder_name="" if responder else "Đại diện UBND quận",
        opinion=opinion,
        outcome=outcome,
    )


def make_programme(
    conference: Conference, *, title: str, parties=(), points=(), start=2023, end=2027
):
    """A coordination programme; ``parties`` are (organisation, signatory or None, position),
    ``points`` its numbered texts."""
    programme = CoordinationProgramme.objects.create(
        conference=conference, title=title, period_start_year=start, period_end_year=end
    )
    for order, (organization, signatory, position) in enumerate(parties):
        ProgrammeParty.objects.create(
            programme=programme,
            organization=organization,
            signatory=signatory,
            signatory_position=position,
            order=order,
        )
    for number, text in enumerate(points, start=1):
        ProgrammePoint.objects.create(programme=programme, number=number, text=text)
    return programme


def make_photo(
    conference, *, data: bytes | None = None, caption: str = "Toàn cảnh hội nghị", **fields
):
    """A conference photo saved the plain way (``objects.create`` with a file): it goes through
    the image pipeline like an upload. ``data`` defaults to a 1600 × 1000 JPEG."""
    from django.core.files.base import ContentFile

    from events.models import ConferencePhoto
    from tests.factories.files import image_bytes

    return ConferencePhoto.objects.create(
        conference=conference,
        image=ContentFile(data if data is not None else image_bytes(), name="anh.jpg"),
        caption=caption,
        **fields,
    )
