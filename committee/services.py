"""Writes with side effects: storing citizens' letters, notifying staff, the status workflow.

A letter is always stored first (in its own transaction); the e-mail to staff is sent after
the commit, and a failure to send is logged and leaves the letter in place, marked as not
notified (``notified_at`` empty) so the admin list shows it.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from committee.models import Letter
from core.http import client_group
from core.models import SiteSettings
from core.text import collapse_spaces

logger = logging.getLogger(__name__)

# At most LETTER_RATE_LIMIT letters per LETTER_RATE_WINDOW seconds from one IP address.
LETTER_RATE_LIMIT = settings.COMMITTEE_LETTER_RATE_LIMIT
LETTER_RATE_WINDOW = settings.COMMITTEE_LETTER_RATE_WINDOW


# --- Per-IP rate limit (Django cache, and the stored letters) ---------------------------------


def _rate_key(ip_address: str | None) -> str:
    """One counter per IPv4 address, per IPv6 /64 (``core.http.client_group``)."""
    return f"committee:letters-from:{client_group(ip_address) or 'unknown'}"


def letters_stored_recently(*, ip_address: str | None) -> int:
    """Letters stored from this address (an IPv6 /64 as one) within the last window.

    The database's count behind the cache's: it holds when the cache is unreachable (a
    fault-tolerant cache answers every read as a miss) or was emptied. At most a few letters
    an hour reach a district committee, so the window's addresses are compared in Python,
    the same way on SQLite and PostgreSQL.
    """
    if not ip_address:
        return 0
    since = timezone.now() - timedelta(seconds=LETTER_RATE_WINDOW)
    recent = Letter.objects.filter(created_at__gte=since, ip_address__isnull=False)
    group = client_group(ip_address)
    if group == ip_address and ":" not in ip_address:  # IPv4: the address itself
        return recent.filter(ip_address=ip_address).count()
    addresses = recent.filter(ip_address__contains=":").values_list("ip_address", flat=True)
    return sum(1 for address in addresses if client_group(address) == group)


def letter_rate_limited(*, ip_address: str | None) -> bool:
    """True when this address has already sent the allowed number of letters in the window:
    by the cache's count of submissions, or by the letters stored in the database."""
    if (cache.get(_rate_key(ip_address)) or 0) >= LETTER_RATE_LIMIT:
        return True
    return letters_stored_recently(ip_address=ip_address) >= LETTER_RATE_LIMIT


def letter_rate_count(*, ip_address: str | None) -> int:
    """Count one submission from this address (fixed window starting at the first one)."""
    key = _rate_key(ip_address)
    cache.add(key, 0, LETTER_RATE_WINDOW)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, LETTER_RATE_WINDOW)
        return 1


# --- Letters ----------------------------------------------------------------------------------


def letter_submit(
    *,
    full_name: str,
    subject: str,
    message: str,
    email: str = "",
    phone: str = "",
    ip_address: str | None = None,
    site_url: str = "",
) -> Letter:
    """Store a citizen's letter, then tell staff by e-mail. Returns the stored letter.

    ``site_url`` ("https://mttq.example.vn") makes the link in the e-mail absolute.
    """
    with transaction.atomic():
        letter = Letter.objects.create(
            full_name=full_name,
            email=email,
            phone=phone,
            subject=subject,
            message=message,
            ip_address=ip_address,
        )
    # Outside the transaction: the letter is committed whatever happens to the e-mail.
    letter_notify_staff(letter=letter, site_url=site_url)
    return letter


def letter_recipients() -> list[str]:
    """Who is told about a new letter: active staff allowed to handle letters, else the
    committee's own address from the site settings, else settings.MANAGERS."""
    permission = Permission.objects.filter(
        content_type__app_label="committee", codename="change_letter"
    ).first()
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    condition = Q(is_superuser=True)
    if permission is not None:
        condition |= Q(user_permissions=permission) | Q(groups__permissions=permission)
    emails = sorted(set(users.filter(condition).values_list("email", flat=True)))
    if emails:
        return emails
    site_email = SiteSettings.load().email
    if site_email:
        return [site_email]
    return [address for _name, address in settings.MANAGERS]


def letter_notify_staff(*, letter: Letter, site_url: str = "") -> bool:
    """E-mail staff about a new letter. Never raises: failures are logged; returns success."""
    recipients = letter_recipients()
    if not recipients:
        logger.warning("Letter %s stored but nobody to notify (no staff e-mail set)", letter.pk)
        return False
    contact = " – ".join(part for part in (letter.email, letter.phone) if part)
    admin_path = site_url.rstrip("/") + reverse("admin:committee_letter_change", args=[letter.pk])
    body = _(
        "Có thư mới của công dân gửi qua cổng thông tin.\n\n"
        "Người gửi: %(name)s\nLiên hệ: %(contact)s\nTiêu đề: %(subject)s\n\n"
        "%(message)s\n\nXem và xử lý thư: %(admin_path)s\n"
    ) % {
        "name": letter.full_name,
        "contact": contact,
        "subject": letter.subject,
        "message": letter.message,
        "admin_path": admin_path,
    }
    try:
        send_mail(
            # One line whatever was stored: a newline in a mail header is refused by Django.
            subject=_("[Thư góp ý] %(subject)s")
            % {"subject": collapse_spaces(letter.subject)[:150]},
            message=body,
            from_email=None,
            recipient_list=recipients,
        )
    except Exception:  # any backend error (SMTP down, DNS, bad header): keep the letter
        logger.exception("Could not e-mail staff about letter %s; the letter is kept", letter.pk)
        return False
    letter.notified_at = timezone.now()
    letter.save(update_fields=["notified_at"])
    return True


def letter_set_status(*, letter: Letter, status: str, user) -> Letter:
    """Move a letter through new → being handled → answered (or back), recording who and when.

    Leaving "new" without a handler makes ``user`` the handler; going back to "new" clears
    the timestamps of later steps but keeps the handler so nobody loses track of it.
    """
    if status not in Letter.Status.values:
        raise ValueError(f"unknown letter status {status!r}")
    now = timezone.now()
    with transaction.atomic():
        letter = Letter.objects.select_for_update().get(pk=letter.pk)
        if status != Letter.Status.NEW and letter.handler_id is None:
            letter.handler = user
        if status == Letter.Status.NEW:
            letter.handled_at = None
            letter.answered_at = None
        elif status == Letter.Status.IN_PROGRESS:
            letter.handled_at = letter.handled_at or now
            letter.answered_at = None
        else:
            letter.handled_at = letter.handled_at or now
            letter.answered_at = letter.answered_at or now
        letter.status = status
        letter.save(update_fields=["status", "handler", "handled_at", "answered_at"])
    return letter


def letter_assigned(*, letter: Letter, by) -> None:
    """Tell a letter's new handler it is theirs (after the commit, once per assignment; not
    when they took it themselves). news.notifications records and sends the e-mail."""
    from news.notifications import absolute_url, notify

    handler = letter.handler
    if handler is None or handler.pk == getattr(by, "pk", None):
        return
    who = (by.get_full_name() or by.get_username()) if by is not None else _("Một cán bộ")
    link = absolute_url(reverse("admin:committee_letter_change", args=[letter.pk]))
    notify(
        event=f"committee.letter:{letter.pk}:assigned:{handler.pk}",
        recipients=[handler],
        subject=_("Thư góp ý được giao: %(subject)s")
        % {"subject": collapse_spaces(letter.subject)[:150]},
        body=_("%(who)s đã giao thư “%(subject)s” của %(name)s để xử lý. Xem và xử lý: %(link)s\n")
        % {"who": who, "subject": letter.subject, "name": letter.full_name, "link": link},
    )
