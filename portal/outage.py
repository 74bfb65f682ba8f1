"""Database outages answer a Vietnamese 503 page, never a 500 or a traceback.

While PostgreSQL is stopped or unreachable, any query raises ``OperationalError`` (or
``InterfaceError`` for a connection that died under us). ``DatabaseOutageMiddleware`` turns
those into ``templates/503.html`` with ``Retry-After``, wherever they are raised: in a view or
template (``process_exception``), or in another middleware such as sessions or authentication
(through ``got_request_exception``, which Django sends before it builds its 500 response).

The page is rendered without a request context, so it needs no database itself. Nothing has
to restart when the database returns: ``CONN_HEALTH_CHECKS`` drops the dead connection and
the next request opens a fresh one.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def outage_response() -> HttpResponse:
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _flag_outage(sender, request=None, **kwargs):
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, OUTAGE_ERRORS):
        request._database_outage = error


class DatabaseOutageMiddleware:
    """Place early in MIDDLEWARE (after SecurityMiddleware and the header middleware)."""

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_flag_outage, dispatch_uid="portal.outage.flag")

    def __call__(self, request):
        response = self.get_response(request)
        error = getattr(request, "_database_outage", None)
        if error is not None and response.status_code >= 500:
            logger.error("Database unavailable, answered 503: %s", error)
            return outage_response()
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE_ERRORS):
            # one line per request, no traceback: an outage under load must not flood the logs
            logger.error("Database unavailable, answered 503 for %s: %s", request.path, exception)
            return outage_response()
        return None
