"""events 0010 and ``process_conference_photos`` (issue 18, item 5): photos stored before the
image pipeline keep their rows and files through the migration, then the command re-processes
them (GPS gone, renditions made), keeps each original privately and moves internal
conferences' photos to the private storage.

The photos are written at the state before (events 0009) through that state's historical
models, the way the previous main stored them: raw files in the media folder.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from PIL import ExifTags, Image

from events.models import ConferencePhoto
from events.photos import private_storage
from tests.factories.files import jpeg_with_gps, polyglot_jpeg

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("events", "0009_participation_one_per_person")]
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor.migrate(targets).apps


def leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def make_old_photos(old_apps) -> dict:
    Conference = old_apps.get_model("events", "Conference")
    ConferencePhoto = old_apps.get_model("events", "ConferencePhoto")
    made = {}
    for slug, visibility in (("cong-khai", "public"), ("noi-bo", "internal")):
        conference = Conference.objects.create(
            title=f"Hội nghị {slug}",
            slug=slug,
            starts_at=datetime(2023, 6, 9, 8, 0, tzinfo=HANOI),
            status="published",
            visibility=visibility,
        )
        data = jpeg_with_gps(size=(1200, 800))
        name = default_storage.save(f"events/photos/2023/06/{slug}.jpg", ContentFile(data))
        ConferencePhoto.objects.create(
            conference=conference, image=name, caption="Toàn cảnh hội nghị", order=0
        )
        made[slug] = {"name": name, "sha": sha(data)}
    # a file the pipeline refuses today: kept as it is, reported
    bad = default_storage.save("events/photos/2023/06/hong.jpg", ContentFile(polyglot_jpeg()))
    ConferencePhoto.objects.create(
        conference=Conference.objects.get(slug="cong-khai"), image=bad, caption="Ảnh hỏng"
    )
    made["bad"] = {"name": bad, "sha": sha(polyglot_jpeg())}
    return made


def test_old_photos_keep_rows_and_files_then_the_command_processes_them(capsys):
    try:
        old_apps = migrate(BEFORE)
        made = make_old_photos(old_apps)
        migrate(leaves())

        # --- the migration: every row, every file, unchanged ---------------------------------
        assert ConferencePhoto.objects.count() == 3
        for slug in ("cong-khai", "noi-bo", "bad"):
            photo = ConferencePhoto.objects.get(image=made[slug]["name"])
            assert photo.processed_name == "" and photo.renditions == [] and photo.alt_text == ""
            with default_storage.open(made[slug]["name"], "rb") as handle:
                assert sha(handle.read()) == made[slug]["sha"]

        # --- dry run: nothing written ----------------------------------------------------------
        call_command("process_conference_photos", "--dry-run")
        assert "[thử] Đã xử lý 3 ảnh, chuyển 1 ảnh" in capsys.readouterr().out
        assert ConferencePhoto.objects.filter(processed_name="").count() == 3

        # --- the command -----------------------------------------------------------------------
        call_command("process_conference_photos")
        captured = capsys.readouterr()
        assert "Đã xử lý 2 ảnh" in captured.out and "1 ảnh bị từ chối" in captured.out
        assert "HTML hoặc mã lệnh" in captured.err
        assert ConferencePhoto.objects.count() == 3

        public = ConferencePhoto.objects.get(conference__slug="cong-khai", caption__startswith="T")
        internal = ConferencePhoto.objects.get(conference__slug="noi-bo")
        assert public.image.name.startswith("events/photos/")
        assert internal.image.name.startswith("events/photos-internal/")
        assert not (settings.MEDIA_ROOT / internal.image.name).exists()
        for photo in (public, internal):
            assert photo.processed_name == photo.image.name and photo.renditions
            with photo.image.storage.open(photo.image.name, "rb") as handle:
                image = Image.open(handle)
                assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
                assert image.size == (800, 1200)  # turned upright
        # the raw files are gone from public view but kept, privately, byte for byte
        for slug in ("cong-khai", "noi-bo"):
            assert not default_storage.exists(made[slug]["name"])
            with private_storage().open(f"events/photo-originals/{made[slug]['name']}") as handle:
                assert sha(handle.read()) == made[slug]["sha"]
        bad = ConferencePhoto.objects.get(caption="Ảnh hỏng")
        assert bad.image.name == made["bad"]["name"] and bad.processed_name == ""
        assert default_storage.exists(bad.image.name)

        # --- a second run has nothing left to do -----------------------------------------------
        call_command("process_conference_photos")
        assert "Đã xử lý 0 ảnh, chuyển 0 ảnh" in capsys.readouterr().out
    finally:
        migrate(leaves())
