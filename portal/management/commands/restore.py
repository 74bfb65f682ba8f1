"""Restore the database and the uploaded media from a backup folder (`make restore`).

Replaces the whole database with the backup's (in one transaction on PostgreSQL) and puts the
backup's media in MEDIA_ROOT; the current media folder is kept beside it, renamed
``<MEDIA_ROOT>.before-restore-<time>``. Asks for confirmation unless ``--no-input``::

    python manage.py restore var/backups/20260126-221500
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, backup_load, backup_restore


class Command(BaseCommand):
    help = "Khôi phục cơ sở dữ liệu và tệp tải lên từ một bản sao lưu (ghi đè dữ liệu hiện tại)."

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path, help="Thư mục bản sao lưu (var/backups/…).")
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="Không hỏi xác nhận.",
        )
        parser.add_argument(
            "--skip-media", action="store_true", help="Chỉ khôi phục cơ sở dữ liệu."
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ kiểm tra bản sao lưu (đủ tệp, đúng mã băm), không ghi gì.",
        )

    def handle(
        self,
        *args,
        backup,
        interactive=True,
        skip_media=False,
        dry_run=False,
        verbosity=1,
        **options,
    ):
        try:
            loaded = backup_load(backup)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        manifest = loaded.manifest
        summary = (
            f"Bản sao lưu {loaded.path.name}: {manifest['engine']} “{manifest['database']}”, "
            f"{manifest['media_files']} tệp tải lên, tạo lúc {manifest['created_at']}."
        )
        self.stdout.write(summary)
        if dry_run:
            self.stdout.write("Bản sao lưu nguyên vẹn; không khôi phục (--dry-run).")
            return
        if interactive:
            answer = input(
                "Toàn bộ dữ liệu hiện tại sẽ bị thay bằng bản sao lưu. Gõ “yes” để tiếp tục: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Đã hủy, không thay đổi gì.")
        try:
            previous_media = backup_restore(backup=loaded, media=not skip_media)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS("Đã khôi phục cơ sở dữ liệu."))
            if previous_media:
                self.stdout.write(f"Thư mục tệp tải lên cũ được giữ lại ở {previous_media}.")
