"""Shared fixtures for the whole suite.

- Every test gets its own temporary MEDIA_ROOT and an empty cache.
- Static files are served unhashed (no collectstatic needed in tests).
- ``@pytest.mark.postgres`` tests are skipped on SQLite, with the reason printed.
"""

import pytest
from django.conf import settings

from tests.factories.users import official, official_client  # noqa: F401  (shared fixtures)


def pytest_configure(config):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # WhiteNoise would index every static file (~2,800 with CKEditor) each time a test client
    # loads the middleware; with autorefresh it looks files up per request instead.
    settings.WHITENOISE_AUTOREFRESH = True
    if "locmem" not in settings.CACHES["default"]["BACKEND"] and not settings.REDIS_URL:
        # Tests run with DEBUG off; keep each test run's cache in its own process.
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "tests",
            }
        }


def is_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def pytest_collection_modifyitems(config, items):
    if is_postgres():
        return
    skip = pytest.mark.skip(
        reason="cần PostgreSQL: đặt DATABASE_URL=postgres://… để chạy (tính năng chỉ có trên PostgreSQL)"
    )
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    if settings.STORAGES["documents"]["BACKEND"].endswith("FileSystemStorage"):
        settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
        settings.STORAGES = {
            **settings.STORAGES,
            "documents": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(settings.PRIVATE_MEDIA_ROOT)},
            },
        }
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def _clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _readership_buffer():
    """Buffered "most read" counts are per process: start and end every test with none."""
    from readership import counters

    counters.reset()
    yield
    counters.reset()


@pytest.fixture
def site_settings(db):
    from core.models import SiteSettings

    site = SiteSettings.load()
    site.name = "Ủy ban MTTQ Việt Nam quận Cầu Giấy"
    site.address = "Số 1 phố Thử Nghiệm, quận Cầu Giấy, Hà Nội"
    site.phone = "024 1234 5678"
    site.email = "lienhe@mttq-caugiay.example.vn"
    site.save()
    return site
