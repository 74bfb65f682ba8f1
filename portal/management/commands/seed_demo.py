"""Load demo content, idempotently (used by `make run`).

Each installed app of this project may define ``seed(*, stdout, verbosity)`` in its
``demo`` module (``news/demo.py``, ``events/demo.py``, …); they run in INSTALLED_APPS order,
inside one transaction. Running the command again updates the same rows and duplicates nothing.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Nạp nội dung mẫu (chạy lại nhiều lần không tạo bản trùng)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Chạy thử rồi hoàn tác, không ghi gì."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        seeders = []
        for app_config in apps.get_app_configs():
            if not str(app_config.path).startswith(str(settings.BASE_DIR)):
                continue
            module_name = f"{app_config.name}.demo"
            if find_spec(module_name) is None:
                continue
            seeders.append((app_config.label, import_module(module_name).seed))

        with transaction.atomic():
            for label, seed in seeders:
                if verbosity >= 2:
                    self.stdout.write(f"Nội dung mẫu: {label}")
                seed(stdout=self.stdout, verbosity=verbosity)
            if dry_run:
                transaction.set_rollback(True)
        if verbosity >= 1:
            message = "Chạy thử xong, không ghi gì." if dry_run else "Đã nạp nội dung mẫu."
            self.stdout.write(self.style.SUCCESS(message))
