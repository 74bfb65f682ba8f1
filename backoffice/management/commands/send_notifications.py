"""Send the staff notifications that could not be sent when their event happened.

A notification is recorded before it is mailed (news/notifications.py); when the mail server
was down the row stays unsent. Run this from cron every few minutes (or by hand after an
outage): each unsent row is tried again, up to news.notifications.MAX_ATTEMPTS times.
"""

from django.core.management.base import BaseCommand

from news.models import Notification
from news.notifications import MAX_ATTEMPTS, send_pending


class Command(BaseCommand):
    help = "Gửi lại các thư báo cho cán bộ chưa gửi được (máy chủ thư lỗi lúc có sự kiện)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ đếm các thư báo chưa gửi, không gửi."
        )
        parser.add_argument("--limit", type=int, default=500, help="Gửi tối đa bấy nhiêu thư.")

    def handle(self, *args, dry_run=False, limit=500, verbosity=1, **options):
        waiting = Notification.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS)
        if dry_run:
            self.stdout.write(f"{waiting.count()} thư báo chưa gửi.")
            return
        sent, failed = send_pending(limit=limit)
        if verbosity:
            message = f"Đã gửi {sent} thư báo; {failed} thư chưa gửi được."
            self.stdout.write(
                self.style.SUCCESS(message) if not failed else self.style.WARNING(message)
            )
