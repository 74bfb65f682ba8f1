"""Put the conference photos stored before the image pipeline through it (issue 18, item 5).

For every photo whose file has not been checked and re-encoded yet (``processed_name`` differs
from the file): the file is re-encoded by ``core.images.clean_uploaded_image`` (EXIF orientation
applied; GPS, camera data and anything appended dropped), the original is kept in the private
storage under ``events/photo-originals/`` (it may carry GPS data, so never in public), and
renditions are made. Photos of internal conferences are moved to the private storage. Every row
is kept, and so is every file (the original, privately); a file the pipeline refuses (too big, not
an image, HTML inside) is reported and left as it is, its row untouched.

    python manage.py process_conference_photos --dry-run
    python manage.py process_conference_photos
"""

from __future__ import annotations

import contextlib

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import ConferencePhoto
from events.photos import photo_place, photo_process


class Command(BaseCommand):
    help = (
        "Kiểm tra, mã hóa lại và tạo các cỡ ảnh cho ảnh hội nghị cũ (bỏ GPS, thông tin máy "
        "chụp); chuyển ảnh của hội nghị nội bộ vào kho riêng. Giữ mọi dòng và mọi tệp."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ liệt kê ảnh sẽ được xử lý, không ghi gì.",
        )

    def handle(self, *args, dry_run: bool = False, verbosity: int = 1, **options):
        processed = moved = refused = 0
        photos = ConferencePhoto.objects.select_related("conference").order_by("pk")
        for photo in photos.iterator(chunk_size=100):
            needs_processing = bool(photo.image) and photo.processed_name != photo.image.name
            if dry_run:
                internal = photo.conference.visibility == photo.conference.Visibility.INTERNAL
                if needs_processing:
                    processed += 1
                if bool(photo.image) and internal != photo.image.name.startswith(
                    "events/photos-internal/"
                ):
                    moved += 1
                if verbosity >= 2 and needs_processing:
                    self.stdout.write(f"  #{photo.pk} {photo.image.name}")
                continue
            try:
                done, did_move = self._handle_photo(photo, needs_processing)
            except (ValidationError, OSError) as exc:
                refused += 1
                message = "; ".join(exc.messages) if isinstance(exc, ValidationError) else exc
                self.stderr.write(
                    self.style.WARNING(
                        f"Ảnh #{photo.pk} ({photo.image.name}) giữ nguyên: {message}"
                    )
                )
                continue
            processed += done
            moved += did_move
            if verbosity >= 2 and (done or did_move):
                self.stdout.write(f"  #{photo.pk} → {photo.image.name}")
        prefix = "[thử] " if dry_run else ""
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{prefix}Đã xử lý {processed} ảnh, chuyển {moved} ảnh vào đúng kho, "
                    f"{refused} ảnh bị từ chối (giữ nguyên)."
                )
            )

    def _handle_photo(self, photo: ConferencePhoto, needs_processing: bool) -> tuple[int, int]:
        replaced = ""
        with transaction.atomic():
            if needs_processing:
                replaced = photo_process(photo, keep_original=True)
                type(photo)._base_manager.filter(pk=photo.pk).update(
                    image=photo.image.name,
                    processed_name=photo.processed_name,
                    width=photo.width,
                    height=photo.height,
                )
            did_move = photo_place(photo)
            photo._refresh_renditions()
        if replaced:
            with contextlib.suppress(OSError):
                photo.image.storage.delete(replaced)
        return int(bool(replaced)), int(did_move)
