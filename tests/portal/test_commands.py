import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from core.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_ensure_admin_creates_once_and_prints_password_once(capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    call_command("ensure_admin")
    first = capsys.readouterr().out
    assert "Mật khẩu" in first
    call_command("ensure_admin")
    second = capsys.readouterr().out
    assert "Mật khẩu" not in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_ensure_admin_uses_password_from_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "mat-khau-rat-dai-2023")
    call_command("ensure_admin", verbosity=0)
    user = get_user_model().objects.get(username="admin")
    assert user.check_password("mat-khau-rat-dai-2023")


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
    from news.models import Article

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert Article.objects.exists()
    assert not Article.objects.filter(cover_image="").exists()
