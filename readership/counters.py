"""Batched "most read" counters: no database write per page view.

Design (README, "Cổng tin tức công khai"):

- ``record_view()`` is called for every anonymous read of an article page, also when the page
  comes from the page cache. It only adds 1 to an in-memory counter of this process
  (a ``Counter`` guarded by a lock): no database or cache round-trip in the request path.
- ``flush()`` adds the buffered counts to ``ArticleDailyViews`` in one transaction
  (``UPDATE … SET views = views + n``, so several processes never overwrite each other).
  It runs at most every ``READERSHIP_FLUSH_SECONDS`` (default 60) from the ``request_finished``
  signal, i.e. after the response has been handed to the server, and at process exit.
- Crawlers, link previews and prefetches are not counted. A crash loses at most one interval
  of counts of one process: acceptable for a "most read" box, and it never blocks a reader.
"""

from __future__ import annotations

import atexit
import logging
import threading
import time
from collections import Counter
from datetime import date, timedelta

from django.conf import settings
from django.core.signals import request_finished
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

logger = logging.getLogger(__name__)

BOT_MARKERS = (
    "bot",
    "crawl",
    "spider",
    "slurp",
    "facebookexternalhit",
    "preview",
    "headless",
    "python-requests",
    "curl/",
    "wget/",
    "feedparser",
)

_lock = threading.Lock()
_pending: Counter[tuple[int, date]] = Counter()
_last_flush = time.monotonic()


def is_probably_bot(request) -> bool:
    agent = request.headers.get("User-Agent", "").lower()
    if not agent:
        return True
    if any(marker in agent for marker in BOT_MARKERS):
        return True
    purpose = request.headers.get("Sec-Purpose", "") or request.headers.get("Purpose", "")
    return "prefetch" in purpose.lower()


def record_view(request, article_id: int) -> None:
    """Count one read of ``article_id`` in memory (no I/O)."""
    if is_probably_bot(request):
        return
    with _lock:
        _pending[(article_id, timezone.localdate())] += 1


def pending() -> dict[tuple[int, date], int]:
    with _lock:
        return dict(_pending)


def reset() -> None:
    """Forget buffered counts (tests)."""
    global _last_flush
    with _lock:
        _pending.clear()
        _last_flush = time.monotonic()


def flush() -> int:
    """Write the buffered counts to the database; return how many reads were written."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    if not batch:
        return 0

    from news.models import Article
    from readership.models import ArticleDailyViews

    written = 0
    try:
        with transaction.atomic():
            existing = set(
                Article.objects.filter(pk__in={a for a, _d in batch}).values_list("pk", flat=True)
            )
            for (article_id, day), count in sorted(batch.items()):
                if article_id not in existing:
                    continue  # deleted meanwhile
                rows = ArticleDailyViews.objects.filter(article_id=article_id, day=day)
                if not rows.update(views=F("views") + count):
                    try:
                        with transaction.atomic():
                            ArticleDailyViews.objects.create(
                                article_id=article_id, day=day, views=count
                            )
                    except IntegrityError:  # another process created it just now
                        rows.update(views=F("views") + count)
                written += count
    except Exception:
        # Never let counting break a page; put the counts back for the next try.
        logger.exception("Could not write read counts; keeping them for the next flush")
        with _lock:
            _pending.update(batch)
        return 0
    return written


def flush_seconds() -> float:
    return float(settings.READERSHIP_FLUSH_SECONDS)


def maybe_flush(**kwargs) -> None:
    """Flush when the interval has passed and something is buffered (request_finished)."""
    if not _pending or time.monotonic() - _last_flush < flush_seconds():
        return
    flush()


def connect() -> None:
    request_finished.connect(maybe_flush, dispatch_uid="readership-maybe-flush", weak=False)
    atexit.register(_flush_at_exit)


def _flush_at_exit() -> None:
    try:
        flush()
    except Exception:  # pragma: no cover - interpreter shutting down
        logger.exception("Could not write read counts at exit")


def most_read(*, days: int = 30, limit: int = 5):
    """Published articles read most in the last ``days`` days (one query)."""
    from news.models import Article

    since = timezone.localdate() - timedelta(days=days - 1)
    return (
        Article.objects.published()
        .filter(daily_views__day__gte=since)
        .annotate(recent_views=Sum("daily_views__views"))
        .select_related("category")
        .defer("body", "search_text")
        .order_by("-recent_views", "-publish_at")[:limit]
    )
