"""Decides, per request, whether database reads may go to a read replica.

Only used when replicas are configured (``DATABASE_REPLICA_URLS``); otherwise every request
passes straight through. See ``portal.db_router`` for the routing and the replication-lag
rules, and docs/deployment.md for the topology.

A request may read from a replica when all of these hold:

- it is a GET or HEAD (a form post reads what it is about to change);
- it carries no session cookie: readers never get a session, so a session cookie means
  someone who logged in (staff, officials; or just logged out), and they must see their own
  writes and non-public records — the check is
  made on the cookie, before the session or the user is loaded, so neither is read from a
  replica;
- it carries no ``REPLICA_PIN_COOKIE``, set for ``REPLICA_PIN_SECONDS`` on the response of
  any POST/PUT/PATCH/DELETE that wrote to the database;
- it is not for the admin.

Must come before ``AuthenticationMiddleware`` and anything else that reads the database.
"""

from __future__ import annotations

from django.conf import settings

from portal.db_router import (
    REPLICA_PIN_COOKIE,
    note_primary_write,
    pin_seconds,
    reads_from_replica,
    replica_aliases,
)

SAFE_METHODS = frozenset({"GET", "HEAD"})
PRIMARY_PATH_PREFIXES = ("/admin/",)


def replica_allowed(request) -> bool:
    return (
        request.method in SAFE_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and REPLICA_PIN_COOKIE not in request.COOKIES
        and not request.path.startswith(PRIMARY_PATH_PREFIXES)
    )


class ReplicaRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not replica_aliases():
            return self.get_response(request)
        with reads_from_replica(replica_allowed(request)) as state:
            response = self.get_response(request)
        if state.wrote and request.method not in SAFE_METHODS:
            note_primary_write()
            seconds = pin_seconds()
            if seconds > 0:
                response.set_cookie(
                    REPLICA_PIN_COOKIE,
                    "1",
                    max_age=seconds,
                    secure=settings.SESSION_COOKIE_SECURE,
                    httponly=True,
                    samesite="Lax",
                )
        return response
