"""What a view says to the site's page cache (the cache itself is ``portal.pagecache``).

- ``@public_page(params=("page",))`` marks a view whose page is the same for every anonymous
  reader: the site may store it and serve it to the next anonymous reader without running
  the view. ``params`` are the query parameters that change the page (others are ignored, so
  ``?utm_source=…`` variants share one copy); ``seconds`` shortens the page's lifetime.
- ``tag(response, *tags)`` says what the page shows. A save, publish, withdraw or delete of
  something drops exactly the stored pages carrying its tags (each app declares the tags of
  its models in ``<app>/section.py``). Every page carries ``SITE_TAG`` implicitly: the header
  and footer show the committee's identity and the main menu.
- ``read(response, **meta)`` passes facts about the page to the apps that count reads
  (``Section.on_page_read``), for every anonymous read, served from the cache or not.

Tag names: ``object_tag(obj)`` for one object (``news.article:12``), ``"<app>:list"`` for
"the newest items of this app" (lists, feeds, the home page's blocks).
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache

from core.sections import sections

# Cache keys shared by the site's page cache (portal/pagecache.py) and fragments below.
TAG_KEY = "pagecache:tag:{tag}"
NEXT_CHANGE_KEY = "pagecache:next-change"
FRAGMENT_KEY = "pagecache:fragment:{name}:{digest}"

SITE_TAG = "site"
# Carried by pages that list everything public (the sitemap): every change drops them.
ANY_CHANGE_TAG = "any-change"


@dataclass(frozen=True)
class CachePolicy:
    params: tuple[str, ...] = ()
    seconds: int | None = None
    # Free-text parameters whose case and spacing do not change the page (a search query):
    # "Ký  Kết " and "ký kết" share one stored copy.
    loose: tuple[str, ...] = ()

    def key_values(self, query) -> str:
        """The part of the cache key taken from the query string ``query`` (a QueryDict)."""
        values = []
        for name in self.params:
            if name in query:
                value = unicodedata.normalize("NFC", query.get(name, ""))
                if name in self.loose:
                    value = " ".join(value.split()).casefold()
                values.append(f"{name}={value}")
        return "&".join(values)


def public_page(
    view=None,
    *,
    params: tuple[str, ...] = (),
    seconds: int | None = None,
    loose: tuple[str, ...] = (),
):
    """Mark ``view`` as a public page the site's page cache may store (see the module)."""

    def decorator(view_func):
        @wraps(view_func)
        def wrapper(request, *args, **kwargs):
            return view_func(request, *args, **kwargs)

        wrapper.page_cache = CachePolicy(params=tuple(params), seconds=seconds, loose=tuple(loose))
        return wrapper

    return decorator(view) if view is not None else decorator


def policy_of(view_func) -> CachePolicy | None:
    return getattr(view_func, "page_cache", None)


def object_tag(obj) -> str:
    return f"{obj._meta.label_lower}:{obj.pk}"


def model_tag(model, pk) -> str:
    return f"{model._meta.label_lower}:{pk}"


def tag(response, *tags: str):
    """Add page-cache tags to ``response`` (what the page shows); returns the response."""
    existing = getattr(response, "page_tags", set())
    response.page_tags = {*existing, *(t for t in tags if t)}
    return response


def read(response, **meta):
    """Attach facts for the read counters (``Section.on_page_read``); returns the response."""
    response.page_meta = {**getattr(response, "page_meta", {}), **meta}
    return response


def tag_request(request, *tags: str) -> None:
    """Tags found while rendering (blocks of other apps): the site adds them to the page."""
    if request is not None:
        request.page_tags = {*getattr(request, "page_tags", set()), *(t for t in tags if t)}


def tag_versions(tags: Iterable[str]) -> dict[str, str]:
    """The current version of each tag that has one (a tag changes version when something it
    names is saved or deleted)."""
    keys = {TAG_KEY.format(tag=tag): tag for tag in tags}
    found = cache.get_many(list(keys))
    return {keys[key]: value for key, value in found.items()}


def seconds_until_next_change() -> float | None:
    """Seconds before public content changes without a save (``Section.next_change``, a
    scheduled article going live), or None; remembered until the next save drops it."""
    now = time.time()
    stored = cache.get(NEXT_CHANGE_KEY)
    if stored is None or (stored and stored <= now):
        moments = [s.next_change() for s in sections() if s.next_change is not None]
        moments = [m for m in moments if m is not None]
        stored = min(moments).timestamp() if moments else 0
        cache.set(NEXT_CHANGE_KEY, stored, settings.PAGE_CACHE_SECONDS)
    return (stored - now) if stored else None


def fragment(name: str, build: Callable[[], Any], *, tags: Iterable[str]) -> Any:
    """A part shared by many pages (the newest articles of a category), built once and kept
    until one of ``tags`` changes, at most ``PAGE_CACHE_SECONDS`` and never past the next
    scheduled change. Costs two cache reads instead of the queries ``build`` makes."""
    versions = tag_versions(tags)
    digest = hashlib.sha256(repr(sorted(versions.items())).encode()).hexdigest()[:24]
    key = FRAGMENT_KEY.format(name=name, digest=digest)
    value = cache.get(key)
    if value is None:
        value = build()
        seconds = settings.PAGE_CACHE_SECONDS
        until = seconds_until_next_change()
        if until is not None:
            seconds = min(seconds, int(until))
        if seconds > 0:
            cache.set(key, value, seconds)
    return value
