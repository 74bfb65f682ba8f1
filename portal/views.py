"""Site-wide views: home page, health check, robots.txt, favicon.ico."""

import contextlib
import logging

from django.contrib.staticfiles import finders
from django.db import DatabaseError, connection
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from core.pagecache import public_page

logger = logging.getLogger(__name__)


@require_safe
@public_page
def home(request):
    """The home page: its blocks come from the sections (``{% section_blocks %}`` in the
    template, declared in each app's ``section.py``)."""
    return TemplateResponse(request, "portal/home.html", {"nav_section": "home"})


@never_cache
@require_GET
def healthz(request):
    """200 after a real database round-trip, 503 when the database cannot be reached."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        # One line per probe (a probe every few seconds): the error's first line, no traceback.
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        logger.warning("Health check: database unreachable: %s", reason)
        response = JsonResponse({"status": "error", "database": "unreachable"}, status=503)
        response._has_been_logged = True  # not again as an error by django.request
        return response
    return JsonResponse({"status": "ok", "database": "ok"})


ROBOTS_MAX_AGE = 24 * 3600


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /xem-truoc/",
        "Allow: /",
    ]
    with contextlib.suppress(NoReverseMatch):
        lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    # Crawlers re-read robots.txt about daily; say so, so they and proxies may keep it.
    patch_cache_control(response, public=True, max_age=ROBOTS_MAX_AGE)
    return response


ICON_MAX_AGE = 7 * 24 * 3600  # the icon rarely changes; a week keeps browsers from asking


@require_safe
def favicon(request):
    """/favicon.ico: browsers (and feed readers, bookmarks) ask for it whatever the page's
    ``<link rel="icon">`` says; a 404 there is a console error on every first visit."""
    path = finders.find("img/favicon.ico")
    if not path:
        raise Http404
    response = FileResponse(open(path, "rb"), content_type="image/x-icon")  # noqa: SIM115
    patch_cache_control(response, public=True, max_age=ICON_MAX_AGE)
    return response
