"""The site's page cache: anonymous readers are answered before Django's middleware runs.

How it works (README, "Bộ nhớ đệm trang"; docs/architecture.md walks through a request):

- ``PageCacheMiddleware`` is the first middleware. An anonymous GET or HEAD (no session
  cookie, no pending message) for a view marked ``core.pagecache.public_page`` is looked up
  in the cache. A valid copy is sent as stored — bytes and every header the full stack had
  set (security headers and CSP included) — with 304 for a matching ``If-None-Match``,
  without touching the database, the session or any other middleware. So hits keep being
  served while PostgreSQL is down.
- On a miss the request goes through the whole stack; a plain 200 for an anonymous reader
  that sets no cookie, used no CSRF token and is not marked private is stored on the way out.
  Signed-in readers always get a fresh page marked ``private, no-store``.
- Each stored page carries tags (what it shows, ``core.pagecache.tag``) with the version each
  tag had when the page was rendered. Saving, deleting or changing the relations of a model
  that an app declared (``Section.invalidates``) gives its tags a new version: the pages that
  carry them no longer match and are rendered again; every other page stays. Versions are
  kept in the same cache as the pages, so Redis (several servers), the shared file cache of
  ``make serve`` and the local memory of ``make run`` all work.
- A page never outlives the next moment public content changes without a save (a scheduled
  article going live, ``Section.next_change``): its lifetime is cut to it.
- Reads are counted for "most read" on hits and misses alike (``Section.on_page_read``).
"""

from __future__ import annotations

import hashlib
import logging
import time

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse
from django.urls import Resolver404, resolve
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date

from core.pagecache import (
    ANY_CHANGE_TAG,
    NEXT_CHANGE_KEY,
    SITE_TAG,
    TAG_KEY,
    policy_of,
    seconds_until_next_change,
    tag_versions,
)
from core.sections import sections
from portal.navigation import invalidate_main_menu

logger = logging.getLogger(__name__)

PAGE_KEY = "pagecache:page:{digest}"
# Headers of the rendered response that a hit must not repeat.
SKIPPED_HEADERS = {"set-cookie", "content-length"}


# --- looking up --------------------------------------------------------------------------


def page_key(request, policy) -> str:
    """Scheme, host, path and the values of the query parameters the page understands."""
    raw = f"{request.scheme}://{request.get_host()}{request.path}?{policy.key_values(request.GET)}"
    return PAGE_KEY.format(digest=hashlib.sha256(raw.encode()).hexdigest()[:40])


def may_use_cache(request) -> bool:
    """Anonymous GET/HEAD: no session (staff, officials) and no pending flash message."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and CookieStorage.cookie_name not in cookies


def is_fresh(entry: dict) -> bool:
    stored = entry["tags"]
    return tag_versions(stored) == stored


def response_from(entry: dict, request) -> HttpResponse:
    response = HttpResponse(entry["content"], status=entry["status"])
    for header, value in entry["headers"]:
        response[header] = value
    return get_conditional_response(
        request,
        etag=entry["etag"],
        last_modified=entry["last_modified"],
        response=response,
    )


# --- storing -----------------------------------------------------------------------------


def is_storable(request, response) -> bool:
    """Only plain 200s that carry nothing personal are shared between readers."""
    if request.method != "GET" or response.status_code != 200:
        return False
    if getattr(response, "streaming", False) or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):  # a form with this reader's CSRF token
        return False
    control = response.get("Cache-Control", "")
    return "private" not in control and "no-store" not in control


def lifetime(policy) -> int:
    seconds = policy.seconds or settings.PAGE_CACHE_SECONDS
    until = seconds_until_next_change()
    if until is not None:
        seconds = min(seconds, int(until))
    return max(seconds, 0)


def ensure_versions(tags, started_ns: int) -> dict[str, str] | None:
    """The current version of each tag (a new tag gets one); None if a tag changed after
    ``started_ns``, when the page may show what was there before the change."""
    versions = tag_versions(tags)
    missing = [tag for tag in tags if tag not in versions]
    for tag in missing:
        cache.add(TAG_KEY.format(tag=tag), "0", None)
    if missing:
        versions = tag_versions(tags)
    if set(versions) != set(tags):
        return None  # the cache is not keeping what we write (down, or a dummy)
    if any(int(value) >= started_ns for value in versions.values()):
        return None
    return versions


def entry_from(response, versions: dict[str, str]) -> dict:
    content = response.content
    last_modified = getattr(response, "last_modified", None)
    etag = '"' + hashlib.sha256(content).hexdigest()[:40] + '"'
    response["ETag"] = etag
    headers = [(k, v) for k, v in response.items() if k.lower() not in SKIPPED_HEADERS]
    return {
        "status": response.status_code,
        "content": content,
        "headers": headers,
        "etag": etag,
        "last_modified": int(last_modified.timestamp()) if last_modified else None,
        "tags": versions,
        "meta": getattr(response, "page_meta", {}),
    }


def count_read(request, meta) -> None:
    if not meta or request.method != "GET":
        return
    for section in sections():
        if section.on_page_read is not None:
            section.on_page_read(request, meta)


# --- the middleware ----------------------------------------------------------------------


class PageCacheMiddleware:
    """First in MIDDLEWARE: serves stored pages, stores anonymous public pages on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        policy = self._policy(request)
        if policy is None:
            return self.get_response(request)
        if not may_use_cache(request):
            response = self.get_response(request)
            return self._for_signed_in(request, response)
        try:
            key = page_key(request, policy)
        except DisallowedHost:
            return self.get_response(request)
        entry = cache.get(key)
        if entry is not None and is_fresh(entry):
            count_read(request, entry["meta"])
            return response_from(entry, request)

        started_ns = time.time_ns()
        response = self.get_response(request)
        response = self._for_signed_in(request, response)
        last_modified = getattr(response, "last_modified", None)
        if last_modified and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(last_modified.timestamp())
        if getattr(response, "page_meta", None) and not _signed_in(request):
            count_read(request, response.page_meta)
        if not is_storable(request, response):
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        tags = {SITE_TAG, *getattr(response, "page_tags", ()), *getattr(request, "page_tags", ())}
        versions = ensure_versions(sorted(tags), started_ns)
        seconds = lifetime(policy)
        if versions is not None and seconds > 0:
            # Browsers keep it but ask again each time (a 304 while it is unchanged).
            patch_vary_headers(response, ("Cookie",))
            patch_cache_control(response, max_age=0, must_revalidate=True)
            entry = entry_from(response, versions)
            cache.set(key, entry, seconds)
            return response_from(entry, request)
        return response

    @staticmethod
    def _policy(request):
        if request.method not in ("GET", "HEAD"):
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        return policy_of(match.func)

    @staticmethod
    def _for_signed_in(request, response):
        if _signed_in(request):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response


def _signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


# --- invalidation ------------------------------------------------------------------------


def invalidate(tags, *, next_change: bool = False) -> None:
    """Give ``tags`` new versions now and again when the transaction commits (a page rendered
    meanwhile from uncommitted data must not survive). ``next_change``: the change may move
    the next moment content changes by itself (a section that declares ``next_change``)."""
    tags = {*tags, ANY_CHANGE_TAG}
    _bump(tags, next_change)
    transaction.on_commit(lambda: _bump(tags, next_change))


def _bump(tags, next_change: bool) -> None:
    version = str(time.time_ns())
    cache.set_many({TAG_KEY.format(tag=tag): version for tag in tags}, None)
    if next_change:
        cache.delete(NEXT_CHANGE_KEY)
    if SITE_TAG in tags:
        invalidate_main_menu()


def connect_invalidation() -> None:
    """Connect save/delete/m2m receivers for every model an app declared.

    Signals serve cache housekeeping only (no business logic): whichever code path writes
    (admin, services, import, shell), readers never see a stale page.
    """
    from django.apps import apps

    for section in sections():
        for label, tags_of in section.invalidates.items():
            model = apps.get_model(label)
            receiver = _receiver_for(model, tags_of, section.next_change is not None)
            uid = f"pagecache-{label}"
            post_save.connect(receiver, sender=model, dispatch_uid=f"{uid}-save", weak=False)
            post_delete.connect(receiver, sender=model, dispatch_uid=f"{uid}-delete", weak=False)
            for field in model._meta.many_to_many:
                m2m_changed.connect(
                    receiver,
                    sender=field.remote_field.through,
                    dispatch_uid=f"{uid}-m2m-{field.name}",
                    weak=False,
                )


def _receiver_for(model, tags_of, moves_next_change: bool):
    def receiver(sender, instance=None, raw=False, action="post_", **kwargs):
        if raw or not action.startswith("post_"):  # loaddata; the pre_ half of an m2m change
            return
        tags = set(tags_of(instance)) if isinstance(instance, model) else set()
        # (not an instance: the other side of a many-to-many change)
        invalidate(tags, next_change=moves_next_change)

    return receiver
