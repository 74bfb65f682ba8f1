"""Lịch công tác: the week's schedule, its print view and its iCalendar subscription.

Anonymous readers see the public entries of published weeks, from the page cache; officials
with ``schedule.view_internal_entry`` also see internal entries, on pages that are never
stored (``core.http.private_for_signed_in``). A bad ``?tuan=`` or ``?lanh-dao=`` shows this
week with a Vietnamese message and status 400.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.http import private_for_signed_in
from core.pagecache import public_page, tag
from schedule.ics import calendar_bytes
from schedule.lookup import (
    LEADER_PARAM,
    LIST_TAG,
    WEEK_PARAM,
    WeekLookup,
    entry_queryset,
    find_leader,
)
from schedule.models import may_see_internal
from schedule.weeks import IsoWeek

# How far back a calendar subscription reaches (everything published ahead is included).
CALENDAR_DAYS_BACK = 92


def _context(request, lookup: WeekLookup) -> dict:
    base = reverse("schedule:week")
    return {
        "lookup": lookup,
        "iso": lookup.iso,
        "week": lookup.week,
        "days": lookup.days,
        "entries": lookup.entries,
        "leader": lookup.leader,
        "leaders": lookup.leaders,
        "errors": lookup.errors,
        "can_see_internal": may_see_internal(request.user),
        "previous_url": f"{base}?{lookup.query(tuan=lookup.iso.previous.code)}",
        "next_url": f"{base}?{lookup.query(tuan=lookup.iso.next.code)}",
        "this_week_url": base
        + (f"?{LEADER_PARAM}={lookup.leader.slug}" if lookup.leader is not None else ""),
        "print_url": f"{reverse('schedule:week_print')}?{lookup.query()}",
        "ics_url": reverse("schedule:calendar")
        + (f"?{LEADER_PARAM}={lookup.leader.slug}" if lookup.leader is not None else ""),
        "nav_section": "schedule",
    }


def _render(request, template: str):
    lookup = WeekLookup(user=request.user, params=request.GET)
    lookup.load()
    status = 400 if lookup.has_errors else 200
    response = render(request, template, _context(request, lookup), status=status)
    return private_for_signed_in(request, tag(response, *lookup.page_tags()))


@require_safe
@public_page(params=(WEEK_PARAM, LEADER_PARAM))
def week(request):
    return _render(request, "schedule/week.html")


@require_safe
@public_page(params=(WEEK_PARAM, LEADER_PARAM))
def week_print(request):
    return _render(request, "schedule/week_print.html")


@require_safe
@public_page(params=(LEADER_PARAM,))
def calendar(request):
    """All entries the reader may see from three months back (one leader's with
    ``?lanh-dao=``), with ETag and Last-Modified: an unchanged calendar answers 304."""
    slug = (request.GET.get(LEADER_PARAM) or "").strip()
    since = timezone.localdate() - timedelta(days=CALENDAR_DAYS_BACK)
    entries = entry_queryset(request.user).filter(date__gte=since)
    name = _("Lịch công tác")
    leader = None
    if slug:
        leader = find_leader(slug, request.user)
        if leader is None:
            message = _("Không có lãnh đạo nào với đường dẫn “%(slug)s”.") % {"slug": slug[:60]}
            return HttpResponse(
                message + "\n", status=404, content_type="text/plain; charset=utf-8"
            )
        entries = entries.of_leader(leader)
        name = f"{name} – {leader.full_name}"
    entries = list(entries)
    week_url = request.build_absolute_uri(reverse("schedule:week"))

    def page_url(entry):
        return f"{week_url}?{WEEK_PARAM}={IsoWeek.of(entry.date).code}#muc-{entry.pk}"

    body = calendar_bytes(entries, name=name, page_url=page_url)
    etag = '"' + hashlib.sha256(body).hexdigest()[:40] + '"'
    changed = max((entry.updated_at for entry in entries), default=None)
    published = max((entry.week.published_at for entry in entries), default=None)
    last_modified = max(filter(None, (changed, published)), default=None)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="lich-cong-tac.ics"'
    response["ETag"] = etag
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
        response.last_modified = last_modified
    tags = [LIST_TAG]
    if leader is not None:
        tags.append(f"events.person:{leader.pk}")
    tag(response, *tags)
    response = private_for_signed_in(request, response)
    return get_conditional_response(
        request,
        etag=etag,
        last_modified=int(last_modified.timestamp()) if last_modified else None,
        response=response,
    )
