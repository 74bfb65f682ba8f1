"""Writes that touch several conference-record models (HOUSE_RULES 4).

Keyword-only, typed, each inside ``transaction.atomic``:

- ``conference_refresh_search_text`` after participants, opinions or programmes change;
- ``conference_create_from_draft`` turns the editor's confirmed draft into a record;
- ``person_find_or_create`` / ``organization_find_or_create`` match accent-insensitively;
- ``person_delete`` / ``organization_delete`` refuse, with a Vietnamese message, when history
  still refers to them (PROTECT);
- ``document_response`` serves an attached document as a download; ``photo_response`` a photo;
- ``conference_photos_place`` moves photo files when a conference turns public or internal.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models.deletion import Collector, ProtectedError
from django.http import FileResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.text import collapse_spaces, fold
from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    ConferencePhoto,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Organization,
    Participation,
    ParticipationRole,
    Person,
    ProgrammeParty,
    ProgrammePoint,
    Response,
)
from events.positions import fuller_position


class DeletionRefused(ValidationError):
    """Deleting would erase history: the message says what still refers to the object."""


# --- Search text -----------------------------------------------------------------------------


def conference_refresh_search_text(*, conference: Conference) -> None:
    """Recompute the folded search text (title, summary, participants, opinions, …)."""
    with transaction.atomic():
        text = conference.build_search_text()
        if text != conference.search_text:
            conference.search_text = text
            Conference.objects.filter(pk=conference.pk).update(search_text=text)


def conferences_refresh_search_text(*, conferences: Iterable[Conference]) -> int:
    count = 0
    for conference in conferences:
        conference_refresh_search_text(conference=conference)
        count += 1
    return count


# --- Matching people and organisations -------------------------------------------------------


def person_matches(*, full_name: str) -> list[Person]:
    """Existing people with this name, ignoring accents, case, tone placement and spacing."""
    return list(Person.objects.matching_name(collapse_spaces(full_name))[:10])


def person_find_or_create(*, full_name: str) -> tuple[Person, bool]:
    """The one person with this (folded) name, or a new one. Namesakes: the first by id."""
    full_name = collapse_spaces(full_name)
    if not full_name:
        raise ValidationError(_("Họ tên không được để trống."))
    with transaction.atomic():
        existing = Person.objects.matching_name(full_name).order_by("id").first()
        if existing is not None:
            return existing, False
        return Person.objects.create(full_name=full_name), True


_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "ttnd": "thanh tra nhan dan",
    "tp": "thanh pho",
}


def organization_key(name: str) -> str:
    """Folded name with the usual abbreviations spelled out ("UBND quận" = "Ủy ban nhân dân
    quận"), for matching names as articles print them to organisations on record."""
    return " ".join(_ABBREVIATIONS.get(word, word) for word in fold(name).split())


def organization_match(
    *, name: str, candidates: Iterable[Organization] | None = None
) -> Organization | None:
    """The organisation ``name`` refers to: same name or short name once folded and
    abbreviations spelled out; otherwise the only one whose name starts with it
    ("Ủy ban MTTQ Việt Nam quận" → "Ủy ban MTTQ Việt Nam quận Cầu Giấy"). None if unsure."""
    key = organization_key(name)
    if not key:
        return None
    if candidates is None:
        candidates = Organization.objects.only("id", "name", "short_name", "slug")
    candidates = list(candidates)
    found = _organization_match_key(key, candidates, short=lambda k: k)
    if found is None:
        # "Ủy ban MTTQ quận" is "Ủy ban MTTQ Việt Nam quận …": "Việt Nam" is often left out
        found = _organization_match_key(_without_country(key), candidates, short=_without_country)
    return found


def _without_country(key: str) -> str:
    return " ".join(key.replace(" viet nam", " ").split())


def _organization_match_key(key: str, candidates, *, short) -> Organization | None:
    prefixed = []
    for organization in candidates:
        keys = {
            short(organization_key(organization.name)),
            short(organization_key(organization.short_name)),
        }
        if key in keys:
            return organization
        if any(k.startswith(f"{key} ") for k in keys if k):
            prefixed.append(organization)
    return prefixed[0] if len(prefixed) == 1 else None


def organization_find_or_create(*, name: str) -> tuple[Organization, bool]:
    name = collapse_spaces(name)
    if not name:
        raise ValidationError(_("Tên tổ chức không được để trống."))
    with transaction.atomic():
        existing = organization_match(name=name)
        if existing is not None:
            return existing, False
        return Organization.objects.create(name=name), True


# --- Deleting people and organisations -------------------------------------------------------


def _conference_of(obj: models.Model) -> Conference | None:
    if isinstance(obj, Conference):
        return obj
    if isinstance(obj, Participation | CoordinationProgramme | CriticismSubject):
        return obj.conference
    if isinstance(obj, ProgrammeParty):
        return obj.programme.conference
    return None


def protected_message(obj: models.Model, protected: Iterable[models.Model]) -> str:
    """A Vietnamese sentence saying why ``obj`` cannot be deleted and what to do instead."""
    conferences: dict[int, Conference] = {}
    others: list[models.Model] = []
    for item in protected:
        conference = _conference_of(item)
        if conference is not None:
            conferences[conference.pk] = conference
        else:
            others.append(item)
    reasons = []
    if conferences:
        listed = sorted(conferences.values(), key=lambda c: c.starts_at, reverse=True)
        names = "; ".join(f"“{c.title}” ({c.starts_at:%d/%m/%Y})" for c in listed[:3])
        more = len(listed) - 3
        reasons.append(
            ngettext(
                "còn có trong hồ sơ %(count)d hội nghị: %(names)s",
                "còn có trong hồ sơ %(count)d hội nghị: %(names)s",
                len(listed),
            )
            % {"count": len(listed), "names": names}
            + (_(" và %(more)d hội nghị khác") % {"more": more} if more > 0 else "")
        )
    if others:
        reasons.append(
            _("còn được %(count)d mục khác tham chiếu (ví dụ: %(example)s)")
            % {"count": len(others), "example": others[0]}
        )
    return _(
        "Không thể xóa “%(name)s”: %(reasons)s. Hồ sơ lịch sử phải được giữ nguyên; "
        "nếu cần, hãy sửa thông tin thay vì xóa."
    ) % {"name": obj, "reasons": "; ".join(reasons)}


def deletion_refusal(obj: models.Model) -> str | None:
    """The refusal message if deleting ``obj`` would hit protected history, else None."""
    collector = Collector(using=router.db_for_write(obj.__class__))
    try:
        collector.collect([obj])
    except ProtectedError as exc:
        return protected_message(obj, exc.protected_objects)
    return None


def _delete(obj: models.Model) -> None:
    with transaction.atomic():
        try:
            obj.delete()
        except ProtectedError as exc:
            raise DeletionRefused(
                protected_message(obj, exc.protected_objects), code="protected"
            ) from exc


def person_delete(*, person: Person) -> None:
    """Delete a person nobody's history refers to; otherwise raise ``DeletionRefused``."""
    _delete(person)


def organization_delete(*, organization: Organization) -> None:
    """Delete an organisation nothing refers to; otherwise raise ``DeletionRefused``."""
    _delete(organization)


def person_rename(*, person: Person, full_name: str) -> Person:
    """Correct a person's name and the search text of every conference they are in."""
    with transaction.atomic():
        person.full_name = full_name
        person.save()
        conferences_refresh_search_text(
            conferences=Conference.objects.filter(participations__person=person).distinct()
        )
    return person


# --- Drafting a conference from an article ---------------------------------------------------


@dataclass
class ParticipantInput:
    """One confirmed participant row. ``person`` wins over ``full_name`` when given."""

    full_name: str = ""
    person: Person | None = None
    position: str = ""
    organization: Organization | None = None
    roles: Sequence[str] = (Participation.Role.ATTENDING,)
    note: str = ""


@dataclass
class ProgrammeInput:
    title: str
    parties: Sequence[str] = ()
    period_start_year: int | None = None
    period_end_year: int | None = None
    signed_on: date | None = None
    declared_point_count: int | None = None
    points: Sequence[str] = ()


@dataclass
class CriticismInput:
    document_title: str
    document_type: str = CriticismSubject.DocumentType.RESOLUTION
    issuing_body: Organization | None = None
    opinion_count: int | None = None
    opinion_summary: str = ""
    response_text: str = ""
    responder_name: str = ""
    response_outcome: str = Response.Outcome.ACCEPTED


@dataclass
class ConferenceInput:
    title: str
    starts_at: datetime
    time_known: bool = True
    kinds: Sequence[ConferenceKind] = ()
    venue: str = ""
    organizer: Organization | None = None
    summary: str = ""
    conclusion: str = ""
    attendee_count: int | None = None
    visibility: str = Conference.Visibility.PUBLIC
    participants: Sequence[ParticipantInput] = field(default_factory=list)
    programme: ProgrammeInput | None = None
    criticism: CriticismInput | None = None
    #: Caption lines of the article: each becomes a photo awaiting its file, for the clerk.
    photo_captions: Sequence[str] = ()


def conference_create_from_draft(*, data: ConferenceInput, article=None, user=None) -> Conference:
    """Save the confirmed draft as a conference (status draft), linked to ``article``.

    People are matched to existing ones accent-insensitively (or created); organisations of
    the programme parties likewise. All or nothing.
    """
    with transaction.atomic():
        conference = Conference(
            title=data.title,
            starts_at=data.starts_at,
            time_known=data.time_known,
            venue=data.venue,
            organizer=data.organizer,
            summary=data.summary,
            conclusion=data.conclusion,
            attendee_count=data.attendee_count,
            visibility=data.visibility,
            status=Conference.Status.DRAFT,
            created_by=user if user is not None and user.is_authenticated else None,
        )
        conference.full_clean(exclude=["slug"])
        conference.save()
        conference.kinds.set(data.kinds)
        if article is not None:
            conference.articles.add(article)

        participations: dict[str, Participation] = {}
        by_person: dict[int, Participation] = {}
        for order, row in enumerate(data.participants, start=1):
            person = row.person or person_find_or_create(full_name=row.full_name)[0]
            participation = by_person.get(person.pk)
            if participation is None:
                participation = Participation.objects.create(
                    conference=conference,
                    person=person,
                    position=row.position,
                    organization=row.organization,
                    note=row.note,
                    order=order * 10,
                )
                by_person[person.pk] = participation
            else:
                # the same person on two rows: one entry, every role, nothing dropped
                _merge_participant_row(participation, row)
            participation_set_roles(
                participation=participation,
                roles=[*participation.role_codes, *row.roles],
            )
            participations.setdefault(person.name_folded, participation)

        if data.programme is not None and data.programme.title:
            _create_programme(conference, data.programme)
        if data.criticism is not None and data.criticism.document_title:
            _create_criticism(conference, data.criticism, participations)
        for order, caption in enumerate(c for c in data.photo_captions if c.strip()):
            ConferencePhoto.objects.create(
                conference=conference, caption=caption.strip()[:500], order=order
            )

        conference_refresh_search_text(conference=conference)
    return conference


def _merge_participant_row(participation: Participation, row: ParticipantInput) -> None:
    """Fold a second row of the same person into their entry: the fuller position stays,
    the other wording goes to the note (the clerk can still read it)."""
    notes = [participation.note] if participation.note else []
    kept = fuller_position(participation.position, row.position)
    other = row.position if kept == participation.position else participation.position
    if other and other != kept:
        notes.append(_("Chức vụ còn được ghi: %(position)s") % {"position": other})
    if row.note:
        notes.append(row.note)
    participation.position = kept
    participation.organization = participation.organization or row.organization
    participation.note = "\n".join(notes)
    participation.save()


def participation_set_roles(*, participation: Participation, roles: Iterable[str]) -> None:
    """Give ``participation`` exactly these roles (unknown values ignored; none: attending)."""
    wanted = {role for role in roles if role in Participation.Role.values}
    wanted = wanted or {Participation.Role.ATTENDING}
    with transaction.atomic():
        have = set(participation.roles.values_list("role", flat=True))
        if have - wanted:
            participation.roles.filter(role__in=have - wanted).delete()
        ParticipationRole.objects.bulk_create(
            [ParticipationRole(participation=participation, role=role) for role in wanted - have]
        )
        if hasattr(participation, "_prefetched_objects_cache"):
            participation._prefetched_objects_cache.pop("roles", None)


def _create_programme(conference: Conference, data: ProgrammeInput) -> CoordinationProgramme:
    programme = CoordinationProgramme(
        conference=conference,
        title=data.title,
        period_start_year=data.period_start_year,
        period_end_year=data.period_end_year,
        signed_on=data.signed_on or conference.starts_at.date(),
        declared_point_count=data.declared_point_count,
    )
    programme.full_clean(exclude=["conference"])
    programme.save()
    for order, name in enumerate(p for p in data.parties if p.strip()):
        organization, _created = organization_find_or_create(name=name)
        ProgrammeParty.objects.get_or_create(
            programme=programme, organization=organization, defaults={"order": order}
        )
    for number, text in enumerate((t for t in data.points if t.strip()), start=1):
        ProgrammePoint.objects.create(programme=programme, number=number, text=text.strip())
    return programme


def _create_criticism(
    conference: Conference, data: CriticismInput, participations: dict[str, Participation]
) -> CriticismSubject:
    subject = CriticismSubject(
        conference=conference,
        document_type=data.document_type,
        document_title=data.document_title,
        issuing_body=data.issuing_body,
        opinion_count=data.opinion_count,
        opinion_summary=data.opinion_summary,
    )
    subject.full_clean(exclude=["conference"])
    subject.save()
    if data.response_text:
        responder = participations.get(fold(data.responder_name))
        Response.objects.create(
            subject=subject,
            responder=responder,
            responder_name=data.responder_name if responder is None else "",
            text=data.response_text,
            outcome=data.response_outcome,
        )
    return subject


def opinion_add(
    *,
    subject: CriticismSubject,
    content: str,
    speaker: Participation | None = None,
    speaker_name: str = "",
) -> Opinion:
    """Record one opinion on a draft and keep the conference searchable by it."""
    with transaction.atomic():
        if speaker is not None and speaker.conference_id != subject.conference_id:
            raise ValidationError(_("Người góp ý phải là người dự chính hội nghị này."))
        last = subject.opinions.aggregate(m=models.Max("order"))["m"] or 0
        opinion = Opinion(
            subject=subject,
            speaker=speaker,
            speaker_name=speaker_name,
            content=content,
            order=last + 10,
        )
        opinion.full_clean(exclude=["subject"])
        opinion.save()
        conference_refresh_search_text(conference=subject.conference)
    return opinion


# --- Documents -------------------------------------------------------------------------------


def document_response(*, document: ConferenceDocument) -> FileResponse:
    """The document as a download (Content-Disposition: attachment), never rendered inline.

    For the public views (events/views.py); check the conference's visibility first.
    """
    response = FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.download_name,
        content_type=document.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def photo_response(*, photo: ConferencePhoto, name: str) -> FileResponse:
    """A stored photo file (the original or a rendition) shown inline, with its image type.

    For the public views (events/views.py); check the conference's visibility first.
    """
    from events.photos import CONTENT_TYPES

    extension = name.rsplit(".", 1)[-1].lower()
    response = FileResponse(
        photo.image.storage.open(name, "rb"),
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def conference_photos_place(*, conference: Conference) -> int:
    """Move the conference's photo files to the storage its visibility asks for (private
    when internal), after the visibility changed. Returns how many photos moved."""
    from events.photos import photo_place

    moved = 0
    for photo in conference.photos.all():
        photo.conference = conference
        moved += photo_place(photo)
    return moved
