"""Import articles exported as text by the committee's old portal.

    python manage.py import_articles PATH [PATH ...] [--category SLUG] [--status draft|published]
        [--legacy-url-prefix URL] [--dry-run] [--verbosity 0-3]

PATH is a file or a folder (every ``*.txt`` inside, recursively). Each file is parsed by
``news.importing.parse_export`` and written by ``news.importing.article_import`` in its own
transaction: a bad file (unreadable, not UTF-8, empty, unparsable) is reported with its name and
the reason, the others still import, and the command exits non-zero at the end. Importing the
same file again updates the same article (keyed by its old URL, or by title and publication time).
"""

from __future__ import annotations

import traceback
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from news.importing import (
    ExportFormatError,
    ImportOutcome,
    article_import,
    category_for_slug,
    legacy_url_for,
    read_export,
)

#: Above this many files, print a progress line every PROGRESS_EVERY files.
PROGRESS_THRESHOLD = 20
PROGRESS_EVERY = 50


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ tệp văn bản xuất ra từ cổng thông tin cũ (tệp hoặc thư mục *.txt). "
        "Chạy lại nhiều lần không tạo bài trùng: bài đã nhập được cập nhật."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Tệp .txt hoặc thư mục.")
        parser.add_argument(
            "--category",
            metavar="SLUG",
            help="Đường dẫn chuyên mục cho các bài (tạo mới nếu chưa có), ví dụ: tin-tuc-su-kien.",
        )
        parser.add_argument(
            "--category-name",
            metavar="TÊN",
            default="",
            help="Tên chuyên mục khi --category phải tạo mới (mặc định: suy ra từ đường dẫn).",
        )
        parser.add_argument(
            "--status",
            choices=["draft", "published"],
            default=None,
            help=(
                "Trạng thái bài mới: draft (mặc định, để biên tập viên duyệt) hoặc published. "
                "Bài đã nhập trước đó giữ nguyên trạng thái (đăng hoặc gỡ bài trong trang quản trị)."
            ),
        )
        parser.add_argument(
            "--legacy-url-prefix",
            metavar="URL",
            default="",
            help=(
                "Địa chỉ cũ = URL + tên tệp (bỏ .txt); có thể dùng {name}, ví dụ "
                "https://mttq.example.vn/tin-tuc/{name}.html. Địa chỉ cũ chuyển hướng 301 tới bài."
            ),
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Đọc và kiểm tra mọi tệp, báo sẽ làm gì, nhưng không ghi gì.",
        )

    def handle(self, *args, **options):
        verbosity = options["verbosity"]
        dry_run = options["dry_run"]
        prefix = options["legacy_url_prefix"].strip()
        category_slug = (options["category"] or "").strip()
        status = options["status"]

        files, failures = self._collect(options["paths"])
        if category_slug:
            # Checked once up front: a bad slug is a usage error, not a per-file failure.
            try:
                with transaction.atomic():
                    category_for_slug(slug=category_slug, name=options["category_name"])
                    transaction.set_rollback(True)
            except ExportFormatError as exc:
                raise CommandError(str(exc)) from exc

        counts = dict.fromkeys(ImportOutcome, 0)
        total = len(files)
        show_progress = verbosity >= 1 and total > PROGRESS_THRESHOLD
        for number, path in enumerate(files, start=1):
            try:
                outcome, article = self._import_one(
                    path,
                    prefix=prefix,
                    category_slug=category_slug,
                    category_name=options["category_name"],
                    status=status,
                    dry_run=dry_run,
                    verbosity=verbosity,
                )
            except (ExportFormatError, DatabaseError) as exc:
                failures.append((path, str(exc)))
                self._report_failure(path, str(exc))
            else:
                counts[outcome] += 1
                if verbosity >= 2:
                    self.stdout.write(f"  {self._label(outcome, dry_run)}: {path} → {article}")
            if show_progress and (number % PROGRESS_EVERY == 0 or number == total):
                self.stdout.write(
                    _("Đã xử lý %(done)s/%(total)s tệp…") % {"done": number, "total": total}
                )

        if verbosity >= 1:
            summary = _(
                "Nhập mới: %(created)s, cập nhật: %(updated)s, không đổi: %(unchanged)s, "
                "lỗi: %(failed)s."
            ) % {
                "created": counts[ImportOutcome.CREATED],
                "updated": counts[ImportOutcome.UPDATED],
                "unchanged": counts[ImportOutcome.UNCHANGED],
                "failed": len(failures),
            }
            if dry_run:
                summary += " " + _("(Chạy thử: không ghi gì vào cơ sở dữ liệu.)")
            style = self.style.ERROR if failures else self.style.SUCCESS
            self.stdout.write(style(summary))
        if failures:
            raise CommandError(
                _("%(count)s tệp không nhập được: %(names)s")
                % {"count": len(failures), "names": ", ".join(str(p) for p, _r in failures)}
            )

    # --- helpers -------------------------------------------------------------------------------

    def _collect(self, raw_paths: list[str]) -> tuple[list[Path], list[tuple[Path, str]]]:
        """Expand folders into their *.txt files (sorted); missing paths are failures."""
        files: list[Path] = []
        failures: list[tuple[Path, str]] = []
        seen: set[Path] = set()
        for raw in raw_paths:
            path = Path(raw)
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() == ".txt" and not p.name.startswith(".")
                )
                if not found:
                    self.stderr.write(
                        self.style.WARNING(
                            _("Thư mục %(path)s không có tệp .txt nào.") % {"path": path}
                        )
                    )
            elif path.exists():
                found = [path]
            else:
                failures.append((path, _("không tồn tại")))
                self._report_failure(path, _("không tồn tại"))
                continue
            for file in found:
                key = file.resolve()
                if key not in seen:
                    seen.add(key)
                    files.append(file)
        return files, failures

    def _import_one(
        self,
        path: Path,
        *,
        prefix: str,
        category_slug: str,
        category_name: str,
        status: str | None,
        dry_run: bool,
        verbosity: int,
    ):
        parsed = read_export(path)
        legacy_url = legacy_url_for(path, prefix) if prefix else None
        try:
            with transaction.atomic():
                category = None
                if category_slug:
                    category, created = category_for_slug(slug=category_slug, name=category_name)
                    if created and verbosity >= 1 and not dry_run:
                        self.stdout.write(
                            _(
                                "Đã tạo chuyên mục “%(name)s” (%(slug)s); "
                                "có thể sửa tên có dấu trong trang quản trị."
                            )
                            % {"name": category, "slug": category.slug}
                        )
                result = article_import(
                    parsed=parsed, legacy_url=legacy_url, category=category, status=status
                )
                if dry_run:
                    transaction.set_rollback(True)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the others
            if verbosity >= 3:
                self.stderr.write(traceback.format_exc())
            if isinstance(exc, ExportFormatError | DatabaseError):
                raise
            if isinstance(exc, ValidationError):
                raise ExportFormatError("; ".join(exc.messages)) from exc
            raise ExportFormatError(
                _("lỗi khi ghi: %(error)s") % {"error": f"{type(exc).__name__}: {exc}"}
            ) from exc
        return result.outcome, result.article

    def _report_failure(self, path: Path, reason: str) -> None:
        # Failures are always shown, whatever the verbosity: the exit status alone says too little.
        self.stderr.write(
            self.style.ERROR(_("Lỗi: %(path)s: %(reason)s") % {"path": path, "reason": reason})
        )

    @staticmethod
    def _label(outcome: ImportOutcome, dry_run: bool) -> str:
        labels = {
            ImportOutcome.CREATED: (_("nhập mới"), _("sẽ nhập mới")),
            ImportOutcome.UPDATED: (_("cập nhật"), _("sẽ cập nhật")),
            ImportOutcome.UNCHANGED: (_("không đổi"), _("không đổi")),
        }
        return labels[outcome][1 if dry_run else 0]
