"""Site-wide views: home page, health check, robots.txt."""

import contextlib
import logging

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe

from news.cache import public_page

logger = logging.getLogger(__name__)


HOME_LATEST = 6
HOME_CATEGORIES = 6
HOME_PER_CATEGORY = 4
HOME_MOST_READ = 5
HOME_CONFERENCES = 4


@require_safe
@public_page
def home(request):
    """Top story, latest news, a block per active category, most read, recent conferences.

    A fixed number of queries whatever the number of articles (pinned in tests): at most
    HOME_CATEGORIES category blocks.
    """
    from news.models import Category
    from news.views import list_queryset
    from readership.counters import most_read

    articles = list_queryset()
    top_story = articles.filter(featured=True).first() or articles.first()
    latest = list(articles.exclude(pk=top_story.pk)[:HOME_LATEST]) if top_story else []

    # One small indexed query per category (at most HOME_CATEGORIES): measured 7x faster than
    # one window-function query over every published article at 10,000 articles, and the
    # number of queries does not depend on the number of articles.
    category_blocks = []
    for category in Category.objects.active()[:HOME_CATEGORIES]:
        newest = list(articles.filter(category=category)[:HOME_PER_CATEGORY])
        if newest:
            category_blocks.append({"category": category, "articles": newest})

    return TemplateResponse(
        request,
        "portal/home.html",
        {
            "top_story": top_story,
            "latest": latest,
            "category_blocks": category_blocks,
            "most_read": list(most_read(days=30, limit=HOME_MOST_READ)),
            "conferences": recent_conferences(HOME_CONFERENCES),
            "nav_section": "home",
        },
    )


def recent_conferences(limit: int) -> list[dict]:
    """Newest public conferences, each with its page URL (None until those pages exist)."""
    from events.models import Conference
    from news.views import with_urls

    return with_urls(
        Conference.objects.published().only("title", "slug", "starts_at", "venue")[:limit]
    )


@never_cache
@require_GET
def healthz(request):
    """200 after a real database round-trip, 503 when the database cannot be reached."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: database unreachable")
        return JsonResponse({"status": "error", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


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
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
