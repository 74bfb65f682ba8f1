"""A newcomer's shell after `make run` (issue 20, items 17 and 18): the README's
`.venv/bin/python manage.py …` commands work without exporting DEBUG, because `make run`
leaves a git-ignored .env.local that manage.py reads; production is unchanged; the admin
messages give the real address and how to set a new password."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
SHOW = "from django.conf import settings as s; print(s.DEBUG, len(s.SECRET_KEY))"


def plain_shell_env() -> dict:
    """A newcomer's terminal: no DEBUG, no SECRET_KEY, no DATABASE_URL."""
    drop = {"DEBUG", "SECRET_KEY", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["PYTHONPATH"] = str(ROOT)
    return env


@pytest.fixture
def project(tmp_path):
    """manage.py and the Makefile in a folder of their own (the real ones would write the
    developer's .env.local)."""
    shutil.copy(ROOT / "manage.py", tmp_path / "manage.py")
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    return tmp_path


def manage(folder, *args, **env):
    return subprocess.run(
        [sys.executable, str(folder / "manage.py"), *args],
        cwd=ROOT,
        env={**plain_shell_env(), **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_make_run_writes_a_local_env_file_once(project):
    make = ["make", "-s", "-C", str(project), ".env.local", f"PY={sys.executable}"]
    first = subprocess.run(make, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    text = (project / ".env.local").read_text()
    assert "DEBUG=1" in text.splitlines()
    secret = next(line for line in text.splitlines() if line.startswith("SECRET_KEY="))
    assert len(secret.removeprefix("SECRET_KEY=")) >= 50
    subprocess.run(make, capture_output=True, timeout=60)
    assert (project / ".env.local").read_text() == text  # kept: sessions survive a rerun
    assert ".env.local" in (ROOT / ".gitignore").read_text().splitlines()


def test_readme_commands_work_after_make_run_without_exports(project):
    assert "SECRET_KEY is not set" in manage(project, "shell", "-c", SHOW).stderr
    (project / ".env.local").write_text("# local\nDEBUG=1\nSECRET_KEY=" + "s" * 50 + "\n")
    result = manage(project, "shell", "-c", SHOW)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-2:] == ["True", "50"]


def test_an_environment_that_sets_debug_or_the_key_ignores_the_file(project):
    (project / ".env.local").write_text("DEBUG=1\nSECRET_KEY=" + "s" * 50 + "\n")
    refused = manage(project, "shell", "-c", SHOW, DEBUG="0")
    assert refused.returncode != 0 and "SECRET_KEY is not set" in refused.stderr
    production = manage(project, "shell", "-c", SHOW, SECRET_KEY="p" * 60)
    assert production.stdout.split()[-2:] == ["False", "60"]


@pytest.mark.django_db
def test_admin_messages_give_the_real_address_and_the_password_command(capsys, monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    call_command("ensure_admin", site_url="http://127.0.0.1:8101")
    first = capsys.readouterr().out
    assert "Đăng nhập tại http://127.0.0.1:8101/admin/" in first
    assert "8000" not in first
    call_command("ensure_admin", site_url="http://127.0.0.1:8101")
    second = capsys.readouterr().out
    assert "Mật khẩu (chỉ hiện" not in second
    assert "http://127.0.0.1:8101/admin/" in second
    assert ".venv/bin/python manage.py changepassword admin" in second
    assert get_user_model().objects.filter(is_superuser=True).count() == 1


def test_make_run_passes_its_address(project):
    (project / "pyproject.toml").write_text("")
    (project / ".venv").mkdir()
    stamp = project / ".venv" / ".installed"
    stamp.write_text("")
    os.utime(stamp, (time.time() + 60, time.time() + 60))  # newer: the venv counts as installed
    make = ["make", "-n", "-C", str(project), "run", "PORT=8101", f"PY={sys.executable}"]
    plan = subprocess.run(make, capture_output=True, text=True, timeout=60).stdout
    assert "ensure_admin --site-url http://127.0.0.1:8101" in plan
    assert "runserver 127.0.0.1:8101" in plan
