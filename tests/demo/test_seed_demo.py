"""The `seed_demo` command (`make run`): the whole demo content, idempotently, in one transaction."""

import datetime

import pytest
from django.core.management import call_command

from core.models import SiteSettings
from demo import events as demo_events
from events.models import Conference
from news.models import Article
from tests.factories.events import HANOI

pytestmark = pytest.mark.django_db


def test_seed_demo_is_idempotent_and_keeps_admin_edits():
    call_command("seed_demo", verbosity=0)
    site = SiteSettings.load()
    assert site.name == "Ủy ban MTTQ Việt Nam quận Cầu Giấy"
    site.phone = "024 7777 6666"
    site.save()
    call_command("seed_demo", verbosity=0)
    assert SiteSettings.objects.count() == 1
    assert SiteSettings.objects.get().phone == "024 7777 6666"


def test_seed_demo_dry_run_writes_nothing():
    call_command("seed_demo", "--dry-run", verbosity=0)
    assert not SiteSettings.objects.exists()


def test_seed_demo_dry_run_leaves_no_image_files(_media_root):
    call_command("seed_demo", "--dry-run", verbosity=0)
    assert not [p for p in _media_root.rglob("*") if p.is_file()]


def test_seed_demo_gives_the_demo_articles_covers(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert Article.objects.exists()
    assert not Article.objects.filter(cover_image="").exists()


def test_seed_demo_records_the_sample_conference_completely_and_idempotently(
    django_capture_on_commit_callbacks,
):
    for _run in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("seed_demo", verbosity=0)
    conference = Conference.objects.get(slug=demo_events.SLUG)
    assert conference.starts_at.astimezone(HANOI).date().isoformat() == "2023-06-09"
    assert sorted(conference.kinds.values_list("code", flat=True)) == ["ky-ket", "phan-bien"]
    roles = set(conference.participations.values_list("person__full_name", "roles__role"))
    assert conference.participations.count() == 4  # one entry per person (issue 18)
    assert ("Ngô Đức Cường", "presenting") in roles
    assert ("Nguyễn Thị Thanh", "concluding") in roles
    assert ("Trần Việt Hà", "responding") in roles
    programme = conference.programmes.get()
    assert programme.points.count() == 5 and programme.parties.count() == 2
    subject = conference.criticism_subjects.get()
    assert subject.opinion_count == 11
    assert subject.responses.get().responder.person.full_name == "Trần Việt Hà"
    assert conference.photos.count() == 2
    assert conference.articles.count() == 1  # the imported sample article, linked both ways


def test_seed_demo_dry_run_leaves_no_photo_files(settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", "--dry-run", verbosity=0)
    assert not Conference.objects.exists()
    media = settings.MEDIA_ROOT / "events"
    assert not media.exists() or not any(media.rglob("*.png"))


def test_demo_sample_conference_records_the_day_only():
    call_command("seed_demo", verbosity=0)
    conference = Conference.objects.get(slug=demo_events.SLUG)
    assert conference.starts_at.astimezone(HANOI).date() == datetime.date(2023, 6, 9)
    assert conference.time_known is False
