"""Settings read from the environment (each case in a fresh process), and read only as
declared in portal/settings.py."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SHOW = """
import json
from django.conf import settings
from django.core.files.storage import default_storage
out = {
    "session_engine": settings.SESSION_ENGINE,
    "cache_backend": settings.CACHES["default"]["BACKEND"],
    "databases": {
        alias: {"host": db.get("HOST"), "name": db.get("NAME"), "mirror": db.get("TEST", {}).get("MIRROR")}
        for alias, db in settings.DATABASES.items()
    },
    "replicas": settings.DATABASE_REPLICAS,
    "routers": settings.DATABASE_ROUTERS,
    "pin_seconds": settings.REPLICA_PIN_SECONDS,
    "storage": settings.STORAGES["default"],
}
if settings.STORAGES["default"]["BACKEND"].startswith("storages."):
    out["media_url"] = default_storage.url("news/2026/anh-hoi-nghi-800.webp")
print(json.dumps(out))
"""

PORTAL_VARIABLES = {
    "REDIS_URL",
    "DATABASE_REPLICA_URLS",
    "REPLICA_PIN_SECONDS",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_CUSTOM_DOMAIN",
    "AWS_LOCATION",
    "READERSHIP_FLUSH_SECONDS",
    "COMMITTEE_LETTER_RATE_LIMIT",
    "COMMITTEE_LETTER_RATE_WINDOW",
    "EVENTS_DOCUMENT_MAX_BYTES",
}

APP_SETTINGS = """
import json
from django.conf import settings
print(json.dumps({
    "flush": settings.READERSHIP_FLUSH_SECONDS,
    "letters": settings.COMMITTEE_LETTER_RATE_LIMIT,
    "window": settings.COMMITTEE_LETTER_RATE_WINDOW,
    "document": settings.EVENTS_DOCUMENT_MAX_BYTES,
}))
"""

# The project's own packages: each setting they use is declared in portal/settings.py.
PROJECT_PACKAGES = ("core", "portal", "news", "events", "committee", "search", "readership", "demo")


def settings_with(show: str = SHOW, **env_overrides) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in PORTAL_VARIABLES}
    env.update({"SECRET_KEY": "x" * 50, "DEBUG": "0", **env_overrides})
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-startup", "-c", show],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_single_server_defaults_keep_state_local():
    s = settings_with()
    assert s["session_engine"] == "django.contrib.sessions.backends.db"
    assert s["replicas"] == []
    assert s["routers"] == []
    assert s["storage"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"


def test_with_redis_cache_and_sessions_are_shared():
    s = settings_with(REDIS_URL="redis://cache.internal:6379/0")
    assert s["cache_backend"].endswith("RedisCache")
    assert s["session_engine"] == "django.contrib.sessions.backends.cached_db"


def test_replica_urls_become_replica_aliases_with_the_router():
    s = settings_with(
        DATABASE_URL="postgres://portal@db-primary:5432/portal",
        DATABASE_REPLICA_URLS="postgres://portal@db-replica-1:5432/portal, "
        "postgres://portal@db-replica-2:5432/portal",
        REPLICA_PIN_SECONDS="3",
    )
    assert s["replicas"] == ["replica_0", "replica_1"]
    assert s["databases"]["default"]["host"] == "db-primary"
    assert s["databases"]["replica_0"] == {
        "host": "db-replica-1",
        "name": "portal",
        "mirror": "default",
    }
    assert s["databases"]["replica_1"]["host"] == "db-replica-2"
    assert s["routers"] == ["portal.db_router.PrimaryReplicaRouter"]
    assert s["pin_seconds"] == 3


def test_bucket_name_switches_media_to_object_storage():
    pytest.importorskip("storages", reason='cần django-storages: pip install -e ".[s3]"')
    s = settings_with(
        AWS_STORAGE_BUCKET_NAME="mttq-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.vn",
        AWS_S3_CUSTOM_DOMAIN="media.example.vn",
    )
    assert s["storage"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s["storage"]["OPTIONS"]["bucket_name"] == "mttq-media"
    assert s["storage"]["OPTIONS"]["file_overwrite"] is False
    # Plain, cacheable URLs on the CDN/custom domain, under media/: no signature, no secret.
    assert s["media_url"] == "https://media.example.vn/media/news/2026/anh-hoi-nghi-800.webp"


def test_app_settings_have_declared_defaults_and_read_the_environment():
    assert settings_with(APP_SETTINGS) == {
        "flush": 60,
        "letters": 5,
        "window": 3600,
        "document": 20 * 1024 * 1024,
    }
    assert settings_with(
        APP_SETTINGS,
        READERSHIP_FLUSH_SECONDS="15",
        COMMITTEE_LETTER_RATE_LIMIT="3",
        COMMITTEE_LETTER_RATE_WINDOW="600",
        EVENTS_DOCUMENT_MAX_BYTES="1048576",
    ) == {"flush": 15, "letters": 3, "window": 600, "document": 1048576}


def _settings_getattr_calls(source: str) -> list[int]:
    """Lines of ``getattr(settings, …)`` calls, whatever ``django.conf.settings`` is named."""
    tree = ast.parse(source)
    names = {"settings"}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "django.conf":
            names.update(a.asname or a.name for a in node.names if a.name == "settings")

    def is_settings(node) -> bool:
        if isinstance(node, ast.Name):
            return node.id in names
        return isinstance(node, ast.Attribute) and node.attr == "settings"  # conf.settings

    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and node.args
        and is_settings(node.args[0])
    ]


def test_the_scan_finds_settings_getattr_in_any_spelling():
    assert _settings_getattr_calls('x = getattr(settings, "A", 1)') == [1]
    assert _settings_getattr_calls(
        "from django.conf import settings as conf\n\nx = getattr(\n    conf, 'A', 1\n)"
    ) == [3]
    through_module = "from django import conf\nx = getattr(conf.settings, 'A')"
    assert _settings_getattr_calls(through_module) == [2]
    assert _settings_getattr_calls("x = settings.A\ny = getattr(article, 'sapo', '')") == []


def test_no_module_reads_settings_through_a_hidden_default():
    """A setting is declared once, with its default and a comment, in portal/settings.py and
    read as ``settings.NAME``: no ``getattr(settings, NAME, default)`` whose default would
    differ from the declared one or hide a misspelt name."""
    found = []
    scanned = 0
    for package in PROJECT_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            scanned += 1
            for line in _settings_getattr_calls(path.read_text(encoding="utf-8")):
                found.append(f"{path.relative_to(ROOT)}:{line}")
    assert scanned > 50  # the packages were found
    assert not found, f"declare in portal/settings.py, read as settings.NAME: {', '.join(found)}"
