"""Security plumbing that Django does not ship: see docs/security.md for the whole list.

- ``ContentSecurityPolicyMiddleware``: django-csp's middleware, with the admin (and only the
  admin) allowed the inline scripts and styles CKEditor 4 needs.
- ``SecurityHeadersMiddleware``: Permissions-Policy on every response; uploaded media served
  with nosniff, a locked-down CSP, and documents (anything but a raster image) as attachments.
- ``core.http.client_ip_group``: the real client address behind ``TRUSTED_PROXY_COUNT`` reverse
  proxies, an IPv6 client standing for its /64, used by django-axes for its lockout.
- ``LockoutHandler``: django-axes' database handler with two thresholds: AXES_FAILURE_LIMIT
  for one user name from one client, AXES_USERNAME_FAILURE_LIMIT for one user name from
  anywhere (guesses spread over many addresses).
- ``LoginLockoutBackend``: django-axes' backend, tolerant of ``authenticate()`` calls without a
  request (the admin login always passes one).
"""

import functools
import mimetypes
from pathlib import PurePosixPath

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_parameters, get_client_username, get_cool_off, get_failure_limit
from axes.models import AccessAttempt
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import SuspiciousOperation
from django.db.models import Sum
from django.shortcuts import render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import ngettext

# What the Django admin and CKEditor 4 need on top of the public policy: CKEditor's toolbar
# uses inline event handlers (onclick="CKEDITOR.tools.callFunction(…)") and inline styles,
# its editing area is an about:blank iframe filled by script, pasted images are blob:/data:.
ADMIN_CSP_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}

# Uploaded files are never pages: no script, no plugins, no framing, no same-origin access.
MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

# Served inline; everything else (PDF, Office documents, SVG, HTML, text…) is an attachment.
INLINE_MEDIA_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"})

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


@functools.cache
def staff_editor_prefixes() -> tuple[str, ...]:
    """The admin, plus CKEditor's staff-only upload and browse views (portal/editor_uploads)."""
    prefixes = []
    for name in ("admin:index", "ckeditor_upload", "ckeditor_browse"):
        try:
            prefixes.append(reverse(name))
        except NoReverseMatch:
            continue
    return tuple(prefixes) or ("/admin/",)


def is_admin_path(path: str) -> bool:
    return path.startswith(staff_editor_prefixes())


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with ``ADMIN_CSP_ADDITIONS`` merged in under the admin prefix only.

    (and CKEditor's staff-only upload/browse views, which answer inside the admin's editor).
    """

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and is_admin_path(request.path_info):
            update = {key: list(values) for key, values in ADMIN_CSP_ADDITIONS.items()}
            for key, values in (parts.update or {}).items():
                update.setdefault(key, []).extend(values)
            parts.update = update
        return parts


class NullCharacterInRequest(SuspiciousOperation):
    """A NUL character in the request path (answered 400, logged)."""


class RejectNullCharactersMiddleware:
    """400 for a NUL in the path, before any view or middleware builds a query from it.

    PostgreSQL refuses NUL in text, so a lookup built from such a path raises ValueError (a
    500), e.g. when a 404 is matched against old portal addresses. No real address contains
    one. Query-string values are left to the forms that read them (Django's CharField refuses
    NUL with a message; the conference filters show it in Vietnamese next to the field).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise NullCharacterInRequest("NUL character in the request path")
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Permissions-Policy everywhere; safe headers on uploaded media (DEBUG / runserver).

    In production nginx serves MEDIA_ROOT and adds the same headers (docs/security.md).
    Must sit after ``ContentSecurityPolicyMiddleware`` in MIDDLEWARE so that the media policy
    is set first and django-csp leaves it alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        media_url = settings.MEDIA_URL
        if media_url.startswith("/") and request.path_info.startswith(media_url):
            protect_media_response(request.path_info, response)
        return response


def protect_media_response(path: str, response) -> None:
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    if response.status_code != 200:
        return
    content_type = (response.get("Content-Type") or "").split(";")[0].strip().lower()
    if not content_type:
        content_type = mimetypes.guess_type(path)[0] or ""
    if content_type not in INLINE_MEDIA_TYPES:
        filename = PurePosixPath(path).name.replace('"', "")
        ascii_name = filename.encode("ascii", "ignore").decode() or "tai-lieu"
        response["Content-Disposition"] = f'attachment; filename="{ascii_name}"'


class LoginLockoutBackend(AxesStandaloneBackend):
    """django-axes' lockout check, skipped when ``authenticate()`` is called without a request.

    Every login form (the admin's included) passes the request, so the lockout applies there;
    programmatic calls without one (``Client.login`` in tests, shell scripts) have no client
    address to lock and are left to the next backend instead of raising.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LockoutHandler(AxesDatabaseHandler):
    """django-axes' database handler, with a separate, higher limit for a user name alone.

    ``AXES_LOCKOUT_PARAMETERS`` lists the pair (user name, client) and the user name alone;
    axes compares every entry with one limit, so the failures counted for the user name alone
    are reported as reaching ``AXES_FAILURE_LIMIT`` only once they reach
    ``AXES_USERNAME_FAILURE_LIMIT``. A locked user name is refused from every address until
    the cool-off ends or an admin resets it (``manage.py axes_reset_username <tên>``).
    """

    def get_failures(self, request, credentials=None) -> int:
        username = get_client_username(request, credentials)
        parameters = get_client_parameters(
            username, request.axes_ip_address, request.axes_user_agent, request, credentials
        )
        limit = get_failure_limit(request, credentials)
        failures = 0
        for filter_kwargs, attempts in zip(
            parameters, self.get_user_attempts(request, credentials), strict=True
        ):
            count = attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            if set(filter_kwargs) == {"username"}:
                if not username:
                    continue  # no user name: nothing to lock across addresses
                count = limit if count >= settings.AXES_USERNAME_FAILURE_LIMIT else 0
            failures = max(failures, count)
        return failures


def pair_failures(request, credentials=None) -> int:
    """Wrong passwords for this user name from this client within the cool-off."""
    attempts = AccessAttempt.objects.filter(
        username=get_client_username(request, credentials),
        ip_address=getattr(request, "axes_ip_address", None),
    )
    cool_off = get_cool_off(request)
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


def login_username(request, credentials=None) -> str | None:
    """django-axes' AXES_USERNAME_CALLABLE: the submitted user name, at most 150 characters.

    Django's login form does not enforce the user name's max_length on the server, and axes
    stores the name in a 255-character column: a 10,000-character name would be a 500 on
    PostgreSQL. No account name is longer than 150 characters (Django's limit).
    """
    field = get_user_model().USERNAME_FIELD
    if credentials:
        value = credentials.get(field)
    else:
        value = getattr(request, "data", request.POST).get(field)
    if value is None:
        return None
    return str(value).replace("\x00", "")[:150]


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' AXES_LOCKOUT_CALLABLE: the Vietnamese lockout page, status 429."""
    cool_off = get_cool_off(request)
    failure_limit = get_failure_limit(request, credentials)
    context = {
        "failure_limit": failure_limit,
        # locked by AXES_USERNAME_FAILURE_LIMIT rather than from this address
        "account_wide": pair_failures(request, credentials) < failure_limit,
        "cooloff_timedelta": cool_off,
        "cooloff_minutes": max(1, round(cool_off.total_seconds() / 60)) if cool_off else None,
    }
    response = render(request, "axes/lockout.html", context, status=429)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule with a Vietnamese message (Django's ``vi`` catalogue lacks it)."""

    def get_error_message(self):
        return ngettext(
            "Mật khẩu này quá ngắn: cần ít nhất %d ký tự.",
            "Mật khẩu này quá ngắn: cần ít nhất %d ký tự.",
            self.min_length,
        ) % (self.min_length,)

    def get_help_text(self):
        return ngettext(
            "Mật khẩu phải có ít nhất %(min_length)d ký tự.",
            "Mật khẩu phải có ít nhất %(min_length)d ký tự.",
            self.min_length,
        ) % {"min_length": self.min_length}
