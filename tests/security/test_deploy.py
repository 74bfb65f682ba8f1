"""Production settings: `manage.py check --deploy` is clean with the documented environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "k7Q2-production-like-secret-for-the-deploy-check-9fT3xWz8LmN4pRv6",
    "ALLOWED_HOSTS": "mttq.example.vn",
    "CSRF_TRUSTED_ORIGINS": "https://mttq.example.vn",
    "BEHIND_HTTPS_PROXY": "1",
    "SECURE_SSL_REDIRECT": "1",
    "HSTS_ENABLED": "1",
    "TRUSTED_PROXY_COUNT": "1",
}


ENV_RESET = {
    "SECRET_KEY",
    "DEBUG",
    "HSTS_ENABLED",
    "SECURE_SSL_REDIRECT",
    "SECURE_COOKIES",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the Playwright tests
}


def manage(*args, **env_overrides):
    env = {
        k: v
        for k, v in os.environ.items()
        # the production environment, without what other tests set in this process
        if k not in ENV_RESET
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_in_production():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr + result.stdout
    output = result.stdout + result.stderr
    assert "System check identified no issues (1 silenced)" in output  # ckeditor.W001 only


def test_first_deployment_without_hsts_is_flagged():
    result = manage("check", "--deploy", **{**PRODUCTION, "HSTS_ENABLED": "0"})
    assert "security.W004" in result.stdout + result.stderr


SHOW = (
    "from django.conf import settings as s;"
    "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_NAME, s.CSRF_COOKIE_NAME,"
    " s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
    " s.CACHES['default']['BACKEND'])"
)


def test_production_cookies_and_hsts():
    result = manage("shell", "-c", SHOW, **PRODUCTION, REDIS_URL="redis://127.0.0.1:6379/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-7:] == [
        "31536000",
        "__Host-sessionid",
        "__Host-csrftoken",
        "True",
        "True",
        "True",
        "portal.cache.FaultTolerantRedisCache",
    ]


def test_plain_http_development_keeps_ordinary_cookie_names():
    # browsers drop __Host- cookies that are not Secure, so HTTP keeps the usual names
    result = manage("shell", "-c", SHOW, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-7:-4] == ["0", "sessionid", "csrftoken"]


@pytest.mark.django_db
def test_https_response_sets_host_prefixed_secure_cookies(client, settings):
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = True
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    response = client.get("/admin/login/", secure=True)
    cookie = response.cookies["__Host-csrftoken"]
    assert cookie["secure"] is True
    assert cookie["path"] == "/"
    assert not cookie["domain"]
