"""E-mails to staff about their work: an article submitted, sent back, published; a letter
assigned (committee uses the same function).

``notify()`` is called inside the transaction that made the change. It records one
``Notification`` per recipient (the pair event + recipient is unique, so an event never mails
anybody twice) and asks for the mail to go once the transaction commits
(``transaction.on_commit``): a change rolled back sends nothing. Sending never raises: a mail
server that is down leaves the row unsent and logged; the next notification and
``manage.py send_notifications`` retry it. Whoever turned notifications off
(``NotificationPreference``) gets no row at all.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from core.text import collapse_spaces
from news.models import Notification, NotificationPreference

logger = logging.getLogger(__name__)

# A row is given up after this many failed attempts (a wrong address must not be retried
# forever); the admin home's administrator sees them.
MAX_ATTEMPTS = 5


def absolute_url(path: str) -> str:
    """``path`` on the portal's public address (``settings.PORTAL_URL``)."""
    return settings.PORTAL_URL.rstrip("/") + path


def wants_email(users) -> list:
    """``users`` who are active, have an address and did not turn notifications off."""
    opted_out = NotificationPreference.objects.filter(email=False).values("user_id")
    return list(
        users.filter(is_active=True).exclude(email="").exclude(pk__in=opted_out).order_by("pk")
    )


def users_with_perm(codename: str, app_label: str):
    """Active staff holding ``app_label.codename`` (directly, through a group, or superuser)."""
    condition = Q(is_superuser=True) | Q(
        user_permissions__codename=codename, user_permissions__content_type__app_label=app_label
    )
    condition |= Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    return get_user_model().objects.filter(condition, is_staff=True).distinct()


def notify(*, event: str, recipients: Iterable, subject: str, body: str) -> list[Notification]:
    """Record the e-mail ``event`` for each recipient (users; those opted out are skipped)
    and send them after the current transaction commits. Returns the new rows."""
    User = get_user_model()
    ids = [user.pk for user in recipients if user is not None]
    created = []
    for user in wants_email(User.objects.filter(pk__in=ids)):
        try:
            with transaction.atomic():  # a savepoint: a duplicate leaves the outer one intact
                created.append(
                    Notification.objects.create(
                        event=event,
                        recipient=user,
                        email=user.email,
                        subject=collapse_spaces(subject)[:200],
                        body=body,
                    )
                )
        except IntegrityError:  # this event already mailed this person
            continue
    if created:
        pks = [row.pk for row in created]
        transaction.on_commit(lambda: send_pending(first=pks))
    return created


def send_pending(*, first: Iterable[int] = (), limit: int = 50) -> tuple[int, int]:
    """Send ``first`` and then other unsent rows (oldest first, at most ``limit`` in all).
    Never raises. Returns (sent, failed)."""
    first = list(first)
    rows = list(Notification.objects.filter(pk__in=first, sent_at__isnull=True))
    others = (
        Notification.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        .exclude(pk__in=first)
        .order_by("created_at", "pk")[: max(limit - len(rows), 0)]
    )
    rows += list(others)
    sent = failed = 0
    for row in rows:
        if send_one(row):
            sent += 1
        else:
            failed += 1
    return sent, failed


def send_one(row: Notification) -> bool:
    """Send one recorded e-mail; mark it sent, or count the failure. Never raises."""
    # Claimed first, so two processes retrying at once do not both send it.
    claimed = Notification.objects.filter(pk=row.pk, sent_at__isnull=True).update(
        sent_at=timezone.now(), attempts=row.attempts + 1
    )
    if not claimed:
        return False
    try:
        send_mail(
            subject=row.subject,
            message=row.body,
            from_email=None,
            recipient_list=[row.email],
        )
    except Exception as exc:  # any backend error (SMTP down, DNS, refused address)
        logger.exception("Could not send notification %s (%s) to %s", row.pk, row.event, row.email)
        Notification.objects.filter(pk=row.pk).update(
            sent_at=None, last_error=f"{type(exc).__name__}: {exc}"[:300]
        )
        return False
    return True
