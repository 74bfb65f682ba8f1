"""A Redis cache that degrades to a miss instead of failing the page.

Django's ``RedisCache`` raises ``redis.exceptions.ConnectionError`` (or ``TimeoutError``) from
every call while Redis is down, which turns every cached page into a 500. The cache is only an
accelerator here: every page can be built from the database, so ``FaultTolerantRedisCache``
logs the failure and answers as if the key were missing (``get`` → default, ``set`` → no-op,
``add`` → False, ``incr`` → ``ValueError`` as for a missing key).

After a failure Redis is not asked again for ``RETRY_AFTER`` seconds (a per-process circuit
breaker), so an unreachable Redis costs one connect timeout per process every few seconds,
not one per cache call. Timeouts are short by default (see ``OPTIONS`` in settings.py) so a
black-holed Redis host does not hang requests.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


class FaultTolerantRedisCache(RedisCache):
    """``RedisCache`` whose calls never raise because Redis is unreachable."""

    def __init__(self, server, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self.retry_after = float(options.pop("RETRY_AFTER", 5))
        params["OPTIONS"] = options
        super().__init__(server, params)
        self._down_until = 0.0

    # -- circuit breaker ----------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _failed(self, operation: str, error: Exception) -> None:
        if self.available:  # log once per outage window, not once per call
            logger.warning(
                "Cache (Redis) unreachable during %s, serving without cache for %ss: %s",
                operation,
                self.retry_after,
                error,
            )
        self._down_until = time.monotonic() + self.retry_after

    def _call(self, operation: str, fallback, *args, **kwargs):
        if not self.available:
            return fallback
        try:
            return getattr(super(), operation)(*args, **kwargs)
        except RedisError as error:
            self._failed(operation, error)
            return fallback

    # -- the cache API ------------------------------------------------------------------------

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._call("incr", missing, key, delta, version)
        if value is missing:
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)


class SharedFileCache(FileBasedCache):
    """Django's file cache, shared by every gunicorn worker of one host (no Redis).

    Django's ``FileBasedCache`` lists the whole cache directory on *every* write to decide
    whether to cull; with a few thousand cached pages that costs about 8 ms per cache miss
    (docs/performance.md). Here the directory is checked on one write in ``CULL_EVERY`` (an
    option, default 100), so the cache may briefly hold that many entries above MAX_ENTRIES.
    """

    def __init__(self, dir, params):
        params = dict(params)
        options = dict(params.get("OPTIONS") or {})
        self._cull_every = max(1, int(options.pop("CULL_EVERY", 100)))
        params["OPTIONS"] = options
        super().__init__(dir, params)
        self._writes = 0

    def _cull(self):
        self._writes += 1
        if self._writes % self._cull_every == 0:
            super()._cull()
