"""Read replicas: public page reads go to a replica, everything else to the primary.

``DATABASE_REPLICA_URLS`` (comma-separated) becomes ``DATABASES["replica_0"]``,
``["replica_1"]``, … and ``settings.DATABASE_REPLICAS``; ``PrimaryReplicaRouter`` is installed
only when at least one replica is configured (see settings.py and docs/deployment.md).

Reads use the primary ("default") unless the current request was let onto a replica by
``portal.middleware_db.ReplicaRoutingMiddleware``. Replica reads are opt-in per request, so
management commands, the shell, migrations and tests read from the primary and always see
their own writes. The middleware allows replicas only for anonymous GET/HEAD requests outside
the admin; everything else (staff, any request carrying a session cookie, POST/PUT/DELETE, the
admin) stays on the primary.

Replication lag (PostgreSQL streaming replicas are usually milliseconds behind, seconds under
load) is handled in three layers:

1. Whoever wrote reads their own writes: a request that wrote reads from the primary for the
   rest of the request, and the response carries a short-lived cookie
   (``REPLICA_PIN_COOKIE``, ``REPLICA_PIN_SECONDS``) that keeps that browser on the primary
   for its next requests. Staff are on the primary anyway (they carry a session cookie).
2. Everybody else, on every app server, reads from the primary for ``REPLICA_PIN_SECONDS``
   after any write through a POST (or any write outside a request: import, shell; the
   read counters and other bookkeeping in ``NO_PIN_WRITE_APPS`` do not count). The marker
   lives in the shared cache (Redis), so it reaches every server. Without it, a reader on
   another server right after "publish" could render the page from a replica that has not
   replayed the change yet, and the shared page cache would keep that stale page for every
   reader until its timeout.
3. Reads inside a transaction that is open on the primary stay on the primary (a read-modify-
   write must not read an older copy, and a replica refuses ``SELECT … FOR UPDATE``).

Lag longer than ``REPLICA_PIN_SECONDS`` is an incident, not a steady state: monitor
``pg_stat_replication.replay_lag`` and take a lagging replica out of DATABASE_REPLICA_URLS.
"""

from __future__ import annotations

import random
import time
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connections

PRIMARY = DEFAULT_DB_ALIAS
# Apps whose rows are never read from a replica: sessions (a login must be visible on the next
# request, whatever server takes it), the login lockout (axes), the admin's change log.
PRIMARY_ONLY_APPS = frozenset({"sessions", "axes", "admin"})
# Bookkeeping that no public page needs to see at once: writing these rows does not pin
# anybody to the primary. Without this, every flush of the batched read counters (one per
# process per minute, after the response) would send all readers to the primary.
NO_PIN_WRITE_APPS = frozenset({"readership", "sessions", "axes"})
# Shared-cache key present for REPLICA_PIN_SECONDS after a write (layer 2 above).
RECENT_WRITE_KEY = "db:recent-primary-write"
REPLICA_PIN_COOKIE = "db_primary"


def replica_aliases() -> list[str]:
    return list(settings.DATABASE_REPLICAS)


def pin_seconds() -> int:
    return int(settings.REPLICA_PIN_SECONDS)


@dataclass
class ReadState:
    """Routing state of one request (or of one ``reads_from_replica()`` block)."""

    replica_allowed: bool = False
    wrote: bool = False
    replica: str | None = None  # chosen once per request: one page, one replica
    recent_write: bool | None = None  # layer 2, looked up at the first read only


_state: ContextVar[ReadState | None] = ContextVar("portal_db_read_state", default=None)
_last_marked = 0.0  # per process: throttles the shared marker for writes outside requests


@contextmanager
def reads_from_replica(allowed: bool = True):
    """Let reads in this block go to a replica (the middleware wraps public requests in it)."""
    state = ReadState(replica_allowed=allowed)
    token = _state.set(state)
    try:
        yield state
    finally:
        _state.reset(token)


def note_primary_write() -> None:
    """Keep every server's readers on the primary for ``REPLICA_PIN_SECONDS`` (layer 2)."""
    global _last_marked
    seconds = pin_seconds()
    if seconds > 0 and replica_aliases():
        # +1: writes outside requests re-mark at most once a second (see db_for_write).
        cache.set(RECENT_WRITE_KEY, 1, seconds + 1)
        _last_marked = time.monotonic()


def _recent_write(state: ReadState) -> bool:
    if state.recent_write is None:
        state.recent_write = cache.get(RECENT_WRITE_KEY) is not None
    return state.recent_write


class PrimaryReplicaRouter:
    """Database router: writes to the primary, reads to a replica when the request allows it."""

    def db_for_read(self, model, **hints):
        state = _state.get()
        if state is None or not state.replica_allowed or state.wrote:
            return PRIMARY
        if model._meta.app_label in PRIMARY_ONLY_APPS:
            return PRIMARY
        replicas = replica_aliases()
        if not replicas or connections[PRIMARY].in_atomic_block or _recent_write(state):
            return PRIMARY
        if state.replica not in replicas:
            state.replica = random.choice(replicas)
        return state.replica

    def db_for_write(self, model, **hints):
        if model._meta.app_label in NO_PIN_WRITE_APPS:
            return PRIMARY
        state = _state.get()
        if state is not None:
            state.wrote = True
        elif time.monotonic() - _last_marked > 1:
            # A write outside any request (import command, shell): nobody else should render
            # the affected pages from a replica that has not caught up yet.
            note_primary_write()
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        same_data = {PRIMARY, *replica_aliases()}
        if obj1._state.db in same_data and obj2._state.db in same_data:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        if db in replica_aliases():
            return False  # replicas get their schema by replication
        return None
