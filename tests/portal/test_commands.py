import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

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
