"""Load demo content, idempotently (used by `make run`).

The modules of the demo app each define ``seed(*, stdout, verbosity)``; they run in the order
below (the committee's identity, news, then events, which links the sample conference to the
sample article, then the conference records of 2024–2026 and their people, then the
committee, whose leaders link to conference people, then the document library, whose
documents link to the sample conference and its people), inside one transaction. Running the
command again updates the same rows and duplicates nothing.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from demo import committee, documents, events, news, schedule, site

SEEDERS = (
    ("site", site.seed),
    ("news", news.seed),
    ("events", events.seed),
    ("records", events.seed_records),  # 2024–2026: conferences, people, internal documents
    ("committee", committee.seed),
    ("documents", documents.seed),  # the sample conference's draft and programme, and more
    ("schedule", schedule.seed),  # this week's and last week's Lịch công tác, of the people above
)


class Command(BaseCommand):
    help = "Nạp nội dung mẫu (chạy lại nhiều lần không tạo bản trùng)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Chạy thử rồi hoàn tác, không ghi gì."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        with transaction.atomic():
            for label, seed in SEEDERS:
                if verbosity >= 2:
                    self.stdout.write(f"Nội dung mẫu: {label}")
                seed(stdout=self.stdout, verbosity=verbosity)
            if dry_run:
                transaction.set_rollback(True)
        if verbosity >= 1:
            message = "Chạy thử xong, không ghi gì." if dry_run else "Đã nạp nội dung mẫu."
            self.stdout.write(self.style.SUCCESS(message))
