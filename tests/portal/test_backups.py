"""`manage.py backup` / `restore`: a round trip gives back the same rows and the same files."""

import io
from datetime import timedelta

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from core.models import SiteSettings
from events.models import Conference, ConferenceDocument, ConferenceKind, Participation
from news.models import Article
from portal.backups import MANIFEST
from tests.conftest import is_postgres
from tests.factories.events import (
    make_conference,
    make_organization,
    make_participation,
    make_person,
)
from tests.factories.news import make_article, make_category


def snapshot() -> dict[str, list]:
    """Every row of every model (auto-created M2M tables included), in primary-key order."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        objects = model._default_manager.order_by("pk")
        rows[model._meta.label] = serializers.serialize("python", objects)
    return rows


def populate():
    site = SiteSettings.load()
    site.name = "Ủy ban MTTQ Việt Nam quận Cầu Giấy"
    site.phone = "024 1234 5678"
    site.save()
    writer = get_user_model().objects.create_user(
        "phongvien", password="mat-khau-dung-du-dai-2024", is_staff=True
    )
    writer.groups.add(Group.objects.get_or_create(name="Phóng viên")[0])
    category = make_category("Tin tức – sự kiện")
    article = make_article(
        "Hội nghị ký kết chương trình phối hợp và phản biện xã hội",
        category=category,
        cover=True,
        body="<p>Sáng ngày 09/6/2023, Ủy ban MTTQ quận tổ chức hội nghị…</p>",
    )
    make_article("Bản nháp chưa công bố", status=Article.Status.DRAFT, category=category)
    organizer = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    person = make_person("Trần Việt Hà")
    conference = make_conference(
        "Hội nghị ký kết chương trình phối hợp giai đoạn 2023–2027",
        ago=timedelta(days=3),
        organizer=organizer,
        visibility=Conference.Visibility.INTERNAL,
    )
    kind, _ = ConferenceKind.objects.get_or_create(
        code=ConferenceKind.Code.SIGNING, defaults={"name": "Ký kết chương trình phối hợp"}
    )
    conference.kinds.add(kind)
    conference.articles.add(article)
    make_participation(
        conference,
        person,
        position="UVTV Quận ủy, Phó Chủ tịch UBND quận",
        organization=organizer,
        role=Participation.Role.ATTENDING,
    )
    document = ConferenceDocument(conference=conference, title="Biên bản hội nghị")
    document.file.save("bien-ban.pdf", ContentFile(b"%PDF-1.4\n%bien ban\n"), save=True)
    return article


def round_trip(tmp_path):
    article = populate()
    cover = settings.MEDIA_ROOT / article.cover_image.name
    cover_bytes = cover.read_bytes()
    document = settings.PRIVATE_MEDIA_ROOT / ConferenceDocument.objects.get().file.name
    document_bytes = document.read_bytes()
    before = snapshot()
    assert before["news.Article"] and before["events.Conference"] and before["auth.User"]

    out = io.StringIO()
    call_command("backup", output_dir=tmp_path / "backups", stdout=out)
    backup_dir = tmp_path / "backups" / out.getvalue().strip().splitlines()[-1].rsplit("/", 1)[1]
    assert (backup_dir / MANIFEST).is_file()
    assert not list((tmp_path / "backups").glob("*.partial"))

    # lose things: an article and its cover, a user, the committee's phone number
    Article.objects.filter(pk=article.pk).delete()
    cover.unlink()
    document.unlink()  # a private conference document too
    get_user_model().objects.filter(username="phongvien").delete()
    SiteSettings.objects.update(phone="000")
    assert snapshot() != before

    call_command("restore", str(backup_dir), interactive=False, stdout=io.StringIO())

    after = snapshot()
    for label, rows in before.items():
        assert after[label] == rows, label
    assert cover.read_bytes() == cover_bytes
    assert document.read_bytes() == document_bytes
    assert list(settings.MEDIA_ROOT.parent.glob("media.before-restore-*"))  # old media kept


@pytest.mark.django_db(transaction=True)
def test_round_trip_on_sqlite(tmp_path):
    if is_postgres():
        pytest.skip("SQLite variant; the PostgreSQL one is test_round_trip_on_postgresql")
    round_trip(tmp_path)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_round_trip_on_postgresql(tmp_path):
    round_trip(tmp_path)


@pytest.mark.django_db(transaction=True)
def test_damaged_backup_is_refused_and_changes_nothing(tmp_path):
    SiteSettings.load()
    out = io.StringIO()
    call_command("backup", output_dir=tmp_path, stdout=out)
    backup_dir = tmp_path / out.getvalue().strip().splitlines()[-1].rsplit("/", 1)[1]
    before = snapshot()
    archive = backup_dir / "media.tar.gz"
    archive.write_bytes(archive.read_bytes()[:-10])
    with pytest.raises(CommandError, match="bị thiếu hoặc hỏng"):
        call_command("restore", str(backup_dir), interactive=False)
    assert snapshot() == before


def test_restore_of_a_folder_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="không phải một bản sao lưu"):
        call_command("restore", str(tmp_path), interactive=False)


def test_backup_dry_run_writes_nothing(tmp_path):
    out = io.StringIO()
    call_command("backup", output_dir=tmp_path / "b", dry_run=True, stdout=out)
    assert "Sẽ sao lưu" in out.getvalue()
    assert not (tmp_path / "b").exists()
