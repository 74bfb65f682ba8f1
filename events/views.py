"""Officials look up past conferences: the filtered list, a conference, a person, an
organisation, and the CSV / iCalendar exports.

Every read starts from ``Conference.objects.visible_to(user)`` (through
``events.lookup.visible_conferences``): an internal conference does not exist for a reader
without ``events.view_internal_conference`` — 404 on its pages, absent from lists, counts,
person and organisation pages and exports. Each page runs a fixed number of queries whatever
the filters (pinned in tests/events/test_views.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import OrderedDict

from django.db.models import Count, Max, Min, Prefetch
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core import schema_org
from core.http import private_for_signed_in
from core.models import SiteSettings
from core.pagecache import model_tag, object_tag, public_page, tag, tag_versions
from core.pagination import paginate
from core.text import fold
from events import exports, services
from events.lookup import (
    FILTER_KEYS,
    LIST_TAG,
    PAGE_SIZE,
    ConferenceLookup,
    organization_conferences_q,
    visible_conferences,
    visible_organizations,
    visible_people,
)
from events.models import (
    Conference,
    ConferenceDocument,
    ConferencePhoto,
    CoordinationProgramme,
    Opinion,
    Organization,
    Participation,
    Person,
    ProgrammeParty,
    Response,
)
from news.models import Article

INTERNAL_PERMISSION = "events.view_internal_conference"


def _can_see_internal(user) -> bool:
    return user.is_authenticated and user.has_perm(INTERNAL_PERMISSION)


def _list_queryset(conferences):
    """What a conference card shows: organiser and kinds, two queries per page."""
    return conferences.select_related("organizer").prefetch_related("kinds")


def _base_url(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


# --- The list ------------------------------------------------------------------------------


def _year_choices(user) -> list[int]:
    """Years from the newest to the oldest visible conference (two index look-ups)."""
    bounds = visible_conferences(user).aggregate(first=Min("starts_at"), last=Max("starts_at"))
    if bounds["first"] is None:
        return []
    first = timezone.localtime(bounds["first"]).year
    last = timezone.localtime(bounds["last"]).year
    return list(range(last, first - 1, -1))


# Page-cache tag of every page that lists conferences (core/pagecache.py, events/section.py).


@require_safe
@public_page(params=(*FILTER_KEYS, "page"))
def conference_list(request):
    lookup = ConferenceLookup(user=request.user, params=request.GET)
    base = reverse("events:conference_list")
    query = lookup.query_string()
    pagination = paginate(
        request, _list_queryset(lookup.queryset()), per_page=PAGE_SIZE, path=base, query=query
    )
    page = pagination.page
    years = _year_choices(request.user)
    year_value = lookup.values.get("year")
    if year_value and year_value not in years:
        years = sorted([*years, year_value], reverse=True)
    context = {
        "lookup": lookup,
        "form": lookup.form,
        **pagination.context(),
        "conferences": page.object_list,
        "active_filters": lookup.active_filters(base),
        "filter_errors": lookup.error_messages,
        "query": query,
        "years": years,
        "csv_url": reverse("events:conference_export_csv") + (f"?{query}" if query else ""),
        "attendees_csv_url": reverse("events:conference_export_attendees_csv")
        + (f"?{query}" if query else ""),
        "xlsx_url": reverse("events:conference_export_xlsx") + (f"?{query}" if query else ""),
        "ics_url": reverse("events:conference_list_ics") + (f"?{query}" if query else ""),
        "can_see_internal": _can_see_internal(request.user),
        "advanced_count": sum(1 for key in ("kind", "year", "from", "to") if key in lookup.values),
        "advanced_open": any(
            key in lookup.values or key in lookup.form.errors
            for key in ("kind", "year", "from", "to")
        ),
        "nav_section": "events",
    }
    response = render(request, "events/conference_list.html", context)
    return private_for_signed_in(request, tag(response, LIST_TAG))


def _bad_filters_response(lookup: ConferenceLookup) -> HttpResponse:
    lines = [_("Không xuất được danh sách vì bộ lọc chưa đúng:")]
    lines += [f"- {message}" for message in lookup.error_messages]
    return HttpResponse(
        "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
    )


EXPORT_FORMAT_VERSION = "2"  # part of every export's ETag: bump when a file's layout changes


def _export_validators(request, conferences, *, kind: str) -> tuple[str, dt.datetime | None]:
    """ETag and Last-Modified of an export of ``conferences`` (already filtered and limited to
    what the reader may see): what the file says changes only when one of its conferences is
    saved, added or removed, or a person or organisation it names is renamed, so calendar
    apps and scripts polling it get "304 Not Modified" instead of the whole file."""
    figures = conferences.order_by().aggregate(n=Count("pk", distinct=True), last=Max("updated_at"))
    moments = [
        figures["last"],
        Person.objects.aggregate(last=Max("updated_at"))["last"],
        Organization.objects.aggregate(last=Max("updated_at"))["last"],
    ]
    # A deleted conference leaves no row to date: the list tag's version, the time of the last
    # change to any conference (core.pagecache), moves Last-Modified for clients that send only
    # If-Modified-Since. It stays out of the ETag, which the count already changes.
    changed = tag_versions([LIST_TAG]).get(LIST_TAG)
    listed = dt.datetime.fromtimestamp(int(changed) / 1e9, tz=dt.UTC) if changed else None
    last_modified = max((m for m in [*moments, listed] if m is not None), default=None)
    key = "|".join(
        [
            EXPORT_FORMAT_VERSION,
            kind,
            _base_url(request),
            request.GET.urlencode(),
            "internal" if _can_see_internal(request.user) else "public",
            str(figures["n"]),
            *(m.isoformat() if m else "-" for m in moments),
        ]
    )
    return f'"{hashlib.sha256(key.encode()).hexdigest()[:32]}"', last_modified


def _conditional_export(request, conferences, *, kind: str, build):
    """The export made by ``build()``, or 304 when the reader's copy is current; with its
    ETag, Last-Modified and "Cache-Control: no-cache" (keep it, but ask again each time)."""
    etag, last_modified = _export_validators(request, conferences, kind=kind)
    timestamp = int(last_modified.timestamp()) if last_modified else None
    response = get_conditional_response(request, etag=etag, last_modified=timestamp)
    if response is None:
        response = build()
    response["ETag"] = etag
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    patch_cache_control(response, no_cache=True)
    return private_for_signed_in(request, response)


@require_safe
def conference_export_csv(request):
    """The filtered list, one row per conference (semicolons and dd/mm/yyyy, for Excel in vi)."""
    lookup = ConferenceLookup(user=request.user, params=request.GET)
    if lookup.has_errors:
        return _bad_filters_response(lookup)

    def build():
        rows = exports.iter_csv(
            lookup.queryset(),
            base_url=_base_url(request),
            with_visibility=_can_see_internal(request.user),
        )
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="hoi-nghi.csv"'
        return response

    return _conditional_export(request, lookup.queryset(), kind="csv", build=build)


@require_safe
def conference_export_attendees_csv(request):
    """One row per person per conference of the filtered list (semicolons, for Excel in vi)."""
    lookup = ConferenceLookup(user=request.user, params=request.GET)
    if lookup.has_errors:
        return _bad_filters_response(lookup)

    def build():
        rows = exports.iter_attendee_csv(lookup.queryset(), base_url=_base_url(request))
        response = StreamingHttpResponse(rows, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="dai-bieu-hoi-nghi.csv"'
        return response

    return _conditional_export(request, lookup.queryset(), kind="attendees-csv", build=build)


@require_safe
def conference_export_xlsx(request):
    """The filtered list as a workbook: a sheet of conferences, a sheet of attendees."""
    lookup = ConferenceLookup(user=request.user, params=request.GET)
    if lookup.has_errors:
        return _bad_filters_response(lookup)

    def build():
        body = exports.xlsx_workbook(
            lookup.queryset(),
            base_url=_base_url(request),
            with_visibility=_can_see_internal(request.user),
        )
        response = HttpResponse(
            body,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="hoi-nghi.xlsx"'
        return response

    return _conditional_export(request, lookup.queryset(), kind="xlsx", build=build)


def _ics_build(request, conferences, *, filename: str, name: str):
    def build():
        body = exports.iter_ical(conferences, base_url=_base_url(request), name=name)
        response = StreamingHttpResponse(body, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    return build


@require_safe
def conference_list_ics(request):
    lookup = ConferenceLookup(user=request.user, params=request.GET)
    if lookup.has_errors:
        return _bad_filters_response(lookup)
    build = _ics_build(request, lookup.queryset(), filename="hoi-nghi.ics", name=_("Hội nghị"))
    return _conditional_export(request, lookup.queryset(), kind="ics", build=build)


# --- One conference ------------------------------------------------------------------------


def _get_conference(request, slug):
    return get_object_or_404(
        visible_conferences(request.user).select_related("organizer").prefetch_related("kinds"),
        slug=slug,
    )


ROLE_ORDER = [choice for choice, _label in Participation.Role.choices]


def _participants_by_role(participations) -> list[dict]:
    """Each person once, under their first role in ``Role`` order, with all their roles."""
    groups: OrderedDict[str, list] = OrderedDict((role, []) for role in ROLE_ORDER)
    for participation in participations:
        groups.setdefault(participation.main_role, []).append(participation)
    labels = dict(Participation.Role.choices)
    return [
        {"role": role, "label": labels.get(role, role), "participations": items}
        for role, items in groups.items()
        if items
    ]


def _related_articles(conference):
    """Published articles about the conference, with their address."""
    articles = Article.objects.published().filter(conferences=conference).order_by("-publish_at")
    return [{"article": article, "url": article.get_absolute_url()} for article in articles]


def conference_page_tags(context: dict) -> set[str]:
    """The conference, the people and organisations it names, the articles it links."""
    tags = {object_tag(context["conference"])}
    for group in context["role_groups"]:
        for participation in group["participations"]:
            tags.add(model_tag(Person, participation.person_id))
            if participation.organization_id:
                tags.add(model_tag(Organization, participation.organization_id))
    tags.update(object_tag(item["article"]) for item in context["articles"])
    return tags


def _conference_context(request, conference) -> dict:
    participations = list(
        conference.participations.select_related("person", "organization")
        .prefetch_related("roles")
        .order_by("order", "pk")
    )
    programmes = list(
        conference.programmes.prefetch_related(
            Prefetch(
                "parties",
                queryset=ProgrammeParty.objects.select_related("organization", "signatory"),
            ),
            "points",
        )
    )
    subjects = list(
        conference.criticism_subjects.select_related("issuing_body").prefetch_related(
            Prefetch(
                "opinions",
                queryset=Opinion.objects.select_related("speaker__person", "speaker__organization"),
            ),
            Prefetch(
                "responses",
                queryset=Response.objects.select_related("responder__person"),
            ),
        )
    )
    for subject in subjects:
        responses_by_opinion: dict[int, list] = {}
        subject.general_responses = []
        for response in subject.responses.all():
            if response.opinion_id:
                responses_by_opinion.setdefault(response.opinion_id, []).append(response)
            else:
                subject.general_responses.append(response)
        subject.opinion_rows = [
            {"opinion": opinion, "responses": responses_by_opinion.get(opinion.pk, [])}
            for opinion in subject.opinions.all()
        ]
        subject.opinion_total = subject.total_opinions
        subject.unitemised = max(subject.opinion_total - len(subject.opinion_rows), 0)
    named_people = len({p.person_id for p in participations})
    return {
        "conference": conference,
        "kinds": list(conference.kinds.all()),
        "role_groups": _participants_by_role(participations),
        "named_people": named_people,
        "programmes": programmes,
        "subjects": subjects,
        "opinion_total": sum(s.opinion_total for s in subjects) if subjects else None,
        "photos": list(conference.photos.with_file()),
        "documents": list(conference.documents.all()),
        "articles": _related_articles(conference),
        "is_internal": conference.visibility == Conference.Visibility.INTERNAL,
        "nav_section": "events",
    }


def conference_json_ld(request, conference, *, absolute_url: str, images: list[str]) -> dict:
    """schema.org ``Event`` for search engines and sharing previews: name, start, end (or the
    calendar's default length, as ``duration``), place, organiser, status, photos."""
    site = SiteSettings.load()
    committee = schema_org.organization(request, site)
    starts = timezone.localtime(conference.starts_at)
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": conference.title,
        "url": absolute_url,
        "inLanguage": "vi",
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
    }
    if conference.time_known:
        data["startDate"] = starts.isoformat()
        if conference.ends_at:
            data["endDate"] = timezone.localtime(conference.ends_at).isoformat()
        else:
            hours = int(exports.DEFAULT_TIMED_LENGTH.total_seconds() // 3600)
            data["duration"] = f"PT{hours}H"
    else:
        data["startDate"] = starts.date().isoformat()
        ends = timezone.localtime(conference.ends_at).date() if conference.ends_at else None
        data["endDate"] = (ends or starts.date()).isoformat()
    if conference.summary:
        data["description"] = conference.summary
    place = conference.venue or site.address
    if place:
        data["location"] = {
            "@type": "Place",
            "name": place,
            "address": conference.venue or site.address,
        }
    if conference.organizer:
        data["organizer"] = {
            "@type": "Organization",
            "name": conference.organizer.name,
            "url": request.build_absolute_uri(conference.organizer.get_absolute_url()),
        }
    else:
        data["organizer"] = {key: committee[key] for key in ("@type", "name", "url")}
    if images:
        data["image"] = images
    return data


def _sharing_context(request, conference, photos) -> dict:
    """Open Graph and JSON-LD of a conference page: its address, its first photos."""
    absolute_url = request.build_absolute_uri(conference.get_absolute_url())
    images = [request.build_absolute_uri(p.rendition_url(1200, "jpeg")) for p in photos[:3]]
    return {
        "absolute_url": absolute_url,
        "share_image": images[0] if images else "",
        "share_image_alt": (photos[0].alt_text or photos[0].caption) if photos else "",
        "json_ld": conference_json_ld(
            request, conference, absolute_url=absolute_url, images=images
        ),
    }


@require_safe
@public_page
def conference_detail(request, slug):
    conference = _get_conference(request, slug)
    context = _conference_context(request, conference)
    context.update(_sharing_context(request, conference, context["photos"]))
    response = render(request, "events/conference_detail.html", context)
    return private_for_signed_in(request, tag(response, *conference_page_tags(context)))


@require_safe
@public_page
def conference_print(request, slug):
    conference = _get_conference(request, slug)
    context = _conference_context(request, conference)
    context["print_url"] = request.build_absolute_uri(conference.get_absolute_url())
    response = render(request, "events/conference_print.html", context)
    return private_for_signed_in(request, tag(response, *conference_page_tags(context)))


@require_safe
def conference_ics(request, slug):
    conference = _get_conference(request, slug)
    build = _ics_build(
        request, [conference], filename=f"{conference.slug[:80]}.ics", name=conference.title
    )
    one = visible_conferences(request.user).filter(pk=conference.pk)
    return _conditional_export(request, one, kind=f"ics-{conference.pk}", build=build)


@require_safe
def conference_document(request, slug, pk):
    """An attached document, as a download, only to readers who may see the conference."""
    conference = _get_conference(request, slug)
    document = get_object_or_404(ConferenceDocument, conference=conference, pk=pk)
    try:
        response = services.document_response(document=document)
    except (FileNotFoundError, OSError) as exc:
        raise Http404(_("Không tìm thấy tệp tài liệu.")) from exc
    return private_for_signed_in(request, response)


@require_safe
def conference_photo(request, slug, pk, width=None, ext=None):
    """A photo (or one of its renditions), only to readers who may see the conference: how
    photos of internal conferences, kept in the private storage, reach the page."""
    conference = _get_conference(request, slug)
    photo = get_object_or_404(ConferencePhoto, conference=conference, pk=pk)
    photo.conference = conference
    if width is None:
        name = photo.image.name
    else:
        fmt = {"webp": "webp", "jpg": "jpeg"}.get(ext or "")
        name = photo.rendition_name(width, fmt) if fmt else None
    if not name:
        raise Http404(_("Không tìm thấy ảnh."))
    try:
        response = services.photo_response(photo=photo, name=name)
    except (FileNotFoundError, OSError) as exc:
        raise Http404(_("Không tìm thấy ảnh.")) from exc
    return private_for_signed_in(request, response)


# --- A person ------------------------------------------------------------------------------


def _positions_over_time(person, conferences) -> list[dict]:
    """Each post held (normalised wording and organisation) with its first and last date.

    One post written several ways ("UVTVQuận ủy, …", "Ủy viên Ban thường vụ Quận ủy, …") is
    one line; ``sources`` lists the wordings as written when they differ from the line.
    One participation per person per conference, so the per-wording counts add up.
    """
    rows = (
        Participation.objects.filter(person=person, conference__in=conferences)
        .values("position_normalized", "position", "organization__name", "organization__slug")
        .annotate(
            first=Min("conference__starts_at"),
            last=Max("conference__starts_at"),
            conferences=Count("conference", distinct=True),
        )
        .order_by()
    )
    lines: dict[tuple, dict] = {}
    for row in rows:
        shown = row["position_normalized"] or row["position"]
        key = (fold(shown), row["organization__slug"])
        line = lines.setdefault(
            key,
            {
                "position": shown,
                "sources": [],
                "organization__name": row["organization__name"],
                "organization__slug": row["organization__slug"],
                "first": row["first"],
                "last": row["last"],
                "conferences": 0,
            },
        )
        line["first"] = min(line["first"], row["first"])
        line["last"] = max(line["last"], row["last"])
        line["conferences"] += row["conferences"]
        if row["position"] and row["position"] != shown and row["position"] not in line["sources"]:
            line["sources"].append(row["position"])
    return sorted(lines.values(), key=lambda line: (line["last"], line["first"]), reverse=True)


def _merge_roles(participations) -> list[dict]:
    """One line per conference: the position then (as shown and as written) and every role."""
    return [
        {
            "position": participation.position_display,
            "source": participation.position if participation.position_differs else "",
            "organization": participation.organization,
            "roles": participation.role_labels,
        }
        for participation in participations
    ]


@require_safe
@public_page(params=("page",))
def person_detail(request, slug):
    person = get_object_or_404(visible_people(request.user), slug=slug)
    visible = visible_conferences(request.user)
    attended = visible.filter(
        pk__in=Participation.objects.filter(person=person).values("conference_id")
    )
    pagination = paginate(
        request,
        _list_queryset(attended.order_by("-starts_at", "-pk")),
        per_page=PAGE_SIZE,
        path=person.get_absolute_url(),
    )
    conferences = list(pagination.page.object_list)
    page_ids = [c.pk for c in conferences]
    by_conference: dict[int, dict] = {c.pk: {"parts": [], "opinions": []} for c in conferences}
    for participation in (
        Participation.objects.filter(person=person, conference_id__in=page_ids)
        .select_related("organization")
        .prefetch_related("roles")
        .order_by("order", "pk")
    ):
        by_conference[participation.conference_id]["parts"].append(participation)
    for opinion in (
        Opinion.objects.filter(speaker__person=person, speaker__conference_id__in=page_ids)
        .select_related("subject", "speaker")
        .prefetch_related("responses")
        .order_by("subject__order", "order", "pk")
    ):
        by_conference[opinion.speaker.conference_id]["opinions"].append(opinion)
    rows = [
        {
            "conference": conference,
            "parts": _merge_roles(by_conference[conference.pk]["parts"]),
            "opinions": by_conference[conference.pk]["opinions"],
        }
        for conference in conferences
    ]
    signed = list(
        ProgrammeParty.objects.filter(signatory=person, programme__conference__in=visible)
        .select_related("programme__conference", "organization")
        .order_by("-programme__conference__starts_at")
    )
    context = {
        "person": person,
        "rows": rows,
        **pagination.context(),
        "positions": _positions_over_time(person, visible),
        "signed": signed,
        "filter_url": reverse("events:conference_list") + f"?person={person.slug}",
        "nav_section": "events",
    }
    response = render(request, "events/person_detail.html", context)
    tag(response, object_tag(person), *(object_tag(c) for c in conferences))
    return private_for_signed_in(request, response)


# --- An organisation -----------------------------------------------------------------------


@require_safe
@public_page(params=("page",))
def organization_detail(request, slug):
    organization = get_object_or_404(
        visible_organizations(request.user).select_related("parent"), slug=slug
    )
    visible = visible_conferences(request.user)
    conferences = visible.filter(organization_conferences_q(organization)).order_by(
        "-starts_at", "-pk"
    )
    pagination = paginate(
        request,
        _list_queryset(conferences),
        per_page=PAGE_SIZE,
        path=organization.get_absolute_url(),
    )
    conference_list = list(pagination.page.object_list)
    attending = {}
    for participation in (
        Participation.objects.filter(
            organization=organization, conference_id__in=[c.pk for c in conference_list]
        )
        .select_related("person")
        .order_by("order", "pk")
    ):
        attending.setdefault(participation.conference_id, []).append(participation)
    programmes = list(
        CoordinationProgramme.objects.filter(
            parties__organization=organization, conference__in=visible
        )
        .select_related("conference")
        .prefetch_related(
            Prefetch(
                "parties",
                queryset=ProgrammeParty.objects.select_related("organization", "signatory"),
            )
        )
        .order_by("-conference__starts_at", "order")
    )
    signed_at = {programme.conference_id for programme in programmes}
    rows = [
        {
            "conference": c,
            "participants": attending.get(c.pk, []),
            "organised": c.organizer_id == organization.pk,
            "signed": c.pk in signed_at,
        }
        for c in conference_list
    ]
    context = {
        "organization": organization,
        "rows": rows,
        **pagination.context(),
        "programmes": programmes,
        "filter_url": reverse("events:conference_list") + f"?organization={organization.slug}",
        "nav_section": "events",
    }
    response = render(request, "events/organization_detail.html", context)
    tag(response, object_tag(organization), *(object_tag(c) for c in conference_list))
    return private_for_signed_in(request, response)
