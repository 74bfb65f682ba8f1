"""Back up the database and the uploaded media into a timestamped folder (`make backup`).

See portal/backups.py for what a backup holds. Examples::

    python manage.py backup                      # var/backups/<YYYYmmdd-HHMMSS>/
    python manage.py backup --output-dir /srv/backups
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, backup_create, default_backup_root


class Command(BaseCommand):
    help = "Sao lưu cơ sở dữ liệu (pg_dump -Fc) và thư mục tệp tải lên vào một thư mục có mốc thời gian."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            type=Path,
            default=None,
            help="Thư mục chứa các bản sao lưu (mặc định: BACKUP_DIR hoặc var/backups).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ cho biết sẽ ghi vào đâu, không sao lưu."
        )

    def handle(self, *args, output_dir=None, dry_run=False, verbosity=1, **options):
        root = output_dir or default_backup_root()
        if dry_run:
            self.stdout.write(f"Sẽ sao lưu vào {root}/<thời điểm>/")
            return
        try:
            backup = backup_create(root=root)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if verbosity >= 1:
            files = backup.manifest["files"]
            size = sum(f["bytes"] for f in files.values())
            self.stdout.write(
                self.style.SUCCESS(
                    f"Đã sao lưu vào {backup.path} ({size / 1_048_576:.1f} MB, "
                    f"{backup.manifest['media_files']} tệp tải lên)."
                )
            )
        # the path alone on the last line, for scripts
        self.stdout.write(str(backup.path))
