"""Page cache for anonymous readers of the public portal.

How it works (see README, "Cổng tin tức công khai"):

- Every public page (home, lists, article, feeds, sitemap) is wrapped in ``public_page``.
  Anonymous GET/HEAD requests are answered from the cache; logged-in users (staff) always get
  a fresh page with ``Cache-Control: private, no-store``.
- Cache keys carry a *generation* (in Redis, or in a small stamp file shared by the worker
  processes when the cache is per-process local memory). Saving or deleting an article, category, tag, the site
  settings, a conference or a committee page (main menu) bumps the generation (``invalidate()``), so every cached page is
  dropped at once, whatever the cache backend (local memory or Redis), without listing keys.
- A cached page never outlives the next scheduled go-live: its timeout is cut to the seconds
  left before the earliest ``Article.objects.scheduled()`` ``publish_at``.
- Each cached page keeps a strong ETag (hash of its bytes); article pages add Last-Modified.
  Conditional GETs get 304 from the cache without rendering.
- A view may mark its response with ``count_article_view``; the wrapper then records one read
  in the batched counters of ``readership`` on every anonymous hit, cached or not.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date

logger = logging.getLogger(__name__)

GENERATION_KEY = "news:pages:generation"
KEY_PREFIX = "news:page"
# Seconds a page stays cached when nothing changes (saves invalidate earlier).
DEFAULT_PAGE_SECONDS = 300

COPIED_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag", "Content-Language")


def page_seconds() -> int:
    return int(getattr(settings, "NEWS_PAGE_CACHE_SECONDS", DEFAULT_PAGE_SECONDS))


def process_local_cache() -> bool:
    """True when the cache lives in this process only (local memory, dummy).

    Then each gunicorn worker has its own page cache, and a save in one worker must still
    reach the others at once: the generation is kept in a small file they all read
    (``NEWS_PAGE_CACHE_STAMP``) instead of in the cache. With Redis it is a cache key.
    """
    return isinstance(caches["default"], LocMemCache | DummyCache)


def stamp_path() -> Path:
    default = Path(settings.BASE_DIR) / "var" / "page-cache-generation"
    return Path(getattr(settings, "NEWS_PAGE_CACHE_STAMP", None) or default)


def generation() -> str:
    """Current cache generation: the time (ns) of the last content change, as a string."""
    if process_local_cache():
        try:
            return stamp_path().read_text().strip() or "0"
        except OSError:
            return "0"
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, str(time.time_ns()), None)
        value = cache.get(GENERATION_KEY) or "0"
    return value


def generation_time() -> datetime:
    """When the public content last changed through a save or delete (aware datetime)."""
    try:
        seconds = int(generation()) / 1e9
    except ValueError:
        seconds = 0
    return datetime.fromtimestamp(seconds, tz=UTC)


def invalidate(**kwargs) -> None:
    """Drop every cached public page at once (new generation). Signal-handler compatible.

    Bumped now and again when the transaction commits, so a page rendered by another request
    while the write was still uncommitted cannot survive under the new generation.
    """
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    # Strictly increasing, even when the clock stands still (frozen in tests) or steps back.
    try:
        previous = int(generation())
    except ValueError:
        previous = 0
    value = str(max(time.time_ns(), previous + 1))
    if process_local_cache():
        path = stamp_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_text(value)
            os.replace(temporary, path)  # atomic: readers see the old or the new value
            return
        except OSError:
            logger.exception("Cannot write the page-cache stamp %s; using the cache", path)
    cache.set(GENERATION_KEY, value, None)


def seconds_until_next_go_live() -> float | None:
    """Seconds before the next scheduled article goes live, or None if none is scheduled."""
    from news.models import Article

    next_at = (
        Article.objects.scheduled().order_by("publish_at").values_list("publish_at", flat=True)
    ).first()
    if next_at is None:
        return None
    return (next_at - timezone.now()).total_seconds()


def page_timeout() -> int:
    """Lifetime of a page cached now: the default, cut at the next scheduled go-live."""
    timeout = page_seconds()
    until = seconds_until_next_go_live()
    if until is not None:
        timeout = min(timeout, int(until))
    return max(timeout, 0)


def page_key(request, allowed_params: tuple[str, ...]) -> str:
    # Only the query parameters a page understands are part of the key, so random
    # ?utm_source=... variants cannot fill the cache.
    params = "&".join(
        f"{name}={request.GET.get(name, '')}" for name in allowed_params if name in request.GET
    )
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{params}"
    digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
    return f"{KEY_PREFIX}:{generation()}:{digest}"


def is_cacheable_request(request) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if request.user.is_authenticated:
        return False
    # A pending flash message would be baked into the page for everybody.
    return getattr(settings, "MESSAGE_COOKIE_NAME", "messages") not in request.COOKIES


def is_cacheable_response(request, response) -> bool:
    """Only plain 200s that carry nothing personal (no cookie, no CSRF token) are shared."""
    if response.status_code != 200 or getattr(response, "streaming", False):
        return False
    if hasattr(response, "render") and not response.is_rendered:
        response.render()  # a {% csrf_token %} shows up only while rendering
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    return "private" not in response.get("Cache-Control", "")


def _entry_from_response(response) -> dict:
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    content = response.content
    return {
        "status": response.status_code,
        "content": content,
        "headers": {h: response[h] for h in COPIED_HEADERS if response.has_header(h)},
        "etag": '"' + hashlib.sha256(content).hexdigest()[:40] + '"',
        "last_modified": getattr(response, "last_modified", None),
        "article_id": getattr(response, "count_article_view", None),
    }


def _response_from_entry(entry: dict) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for header, value in entry["headers"].items():
        response[header] = value
    response["ETag"] = entry["etag"]
    if entry["last_modified"] is not None:
        response["Last-Modified"] = http_date(entry["last_modified"].timestamp())
    return response


def _count_view(request, entry: dict) -> None:
    if entry.get("article_id") and request.method == "GET":
        from readership.counters import record_view

        record_view(request, entry["article_id"])


def public_page(view=None, *, params: tuple[str, ...] = ()):
    """Decorator: cache a public view for anonymous readers; staff always get it fresh."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            if not is_cacheable_request(request):
                response = view_func(request, *args, **kwargs)
                if request.user.is_authenticated:
                    add_never_cache_headers(response)
                    patch_cache_control(response, private=True)
                article_id = getattr(response, "count_article_view", None)
                if article_id and not request.user.is_authenticated:
                    _count_view(request, {"article_id": article_id})
                return response

            key = page_key(request, params)
            entry = cache.get(key)
            if entry is None:
                response = view_func(request, *args, **kwargs)
                if not is_cacheable_response(request, response):
                    return response
                entry = _entry_from_response(response)
                timeout = page_timeout()
                if timeout > 0:
                    cache.set(key, entry, timeout)
            _count_view(request, entry)
            response = _response_from_entry(entry)
            patch_vary_headers(response, ("Cookie",))
            patch_cache_control(response, max_age=0, must_revalidate=True)
            return get_conditional_response(
                request,
                etag=entry["etag"],
                last_modified=(
                    int(entry["last_modified"].timestamp()) if entry["last_modified"] else None
                ),
                response=response,
            )

        return wrapper

    if view is not None:
        return decorator(view)
    return decorator


def connect_invalidation_signals() -> None:
    """Invalidate on save/delete of everything a public page shows.

    Signals are used for cache housekeeping only (no business logic): whichever code path
    writes (admin, services, import, shell), readers never see a stale page.
    """
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    watched = [
        ("news", "Article"),
        ("news", "Category"),
        ("news", "Tag"),
        ("portal", "SiteSettings"),
        ("events", "Conference"),
        ("committee", "Page"),  # its published pages are in every page's main menu
    ]
    for app_label, model_name in watched:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        uid = f"news-cache-{app_label}-{model_name}"
        post_save.connect(invalidate, sender=model, dispatch_uid=f"{uid}-save", weak=False)
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"{uid}-delete", weak=False)
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                invalidate, sender=through, dispatch_uid=f"{uid}-m2m-{field.name}", weak=False
            )
