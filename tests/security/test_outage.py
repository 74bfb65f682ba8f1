"""Outages: the database gone → a Vietnamese 503; Redis gone → pages from the database."""

import logging
import socket
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import InterfaceError, OperationalError

from portal.cache import FaultTolerantRedisCache

pytestmark = pytest.mark.django_db

DB_DOWN = (
    'could not connect to server: Connection refused\n\tIs the server running on host "127.0.0.1"'
)


def database_down(error=OperationalError):
    return mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=error(DB_DOWN))


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_public_page_answers_vietnamese_503_and_recovers(client, site_settings, error):
    with database_down(error):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert "Hệ thống đang tạm gián đoạn" in html
    assert 'lang="vi"' in html
    assert "Connection refused" not in html  # no technical detail leaks
    assert response["Content-Security-Policy"]  # headers still applied
    # the database is back: the next request is served, no restart
    response = client.get("/")
    assert response.status_code == 200
    assert "Ủy ban MTTQ Việt Nam quận Cầu Giấy" in response.content.decode()


def test_healthz_says_503_during_outage(client):
    with database_down():
        assert client.get("/healthz").status_code == 503
    assert client.get("/healthz").status_code == 200


def test_admin_during_outage_is_503_not_500(admin_client):
    with database_down():
        response = admin_client.get("/admin/")
    assert response.status_code == 503


class FailingMiddleware:
    """Stands for a middleware (sessions, auth) whose query fails before any view runs."""

    error: Exception = OperationalError(DB_DOWN)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raise self.error


class BuggyMiddleware(FailingMiddleware):
    error = ValueError("a bug, not an outage")


def test_failure_outside_the_view_is_also_503(client, settings, site_settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.security.test_outage.FailingMiddleware"]
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 503
    assert "Hệ thống đang tạm gián đoạn" in response.content.decode()


def test_other_errors_stay_500(client, settings, site_settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.security.test_outage.BuggyMiddleware"]
    client.raise_request_exception = False
    response = client.get("/")
    assert response.status_code == 500
    assert "Đã có lỗi xảy ra" in response.content.decode()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_redis(settings):
    """REDIS_URL pointing at a closed port, with the production backend and options."""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.FaultTolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "RETRY_AFTER": 5},
        }
    }
    cache = caches["default"]
    assert isinstance(cache, FaultTolerantRedisCache)
    return cache


def test_pages_are_served_from_the_database_without_redis(client, site_settings, unreachable_redis):
    for _ in range(2):
        response = client.get("/")
        assert response.status_code == 200
        assert "Ủy ban MTTQ Việt Nam quận Cầu Giấy" in response.content.decode()
    assert client.get("/healthz").status_code == 200


def test_unreachable_redis_is_a_logged_miss(unreachable_redis, caplog):
    cache = unreachable_redis
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        assert cache.get("khoa", "mặc định") == "mặc định"
        cache.set("khoa", "giá trị")
        assert cache.add("khoa", 1) is False
        assert cache.get_many(["a", "b"]) == {}
        assert cache.get_or_set("khoa", lambda: "tính lại") == "tính lại"
        assert cache.delete("khoa") is False
        with pytest.raises(ValueError):
            cache.incr("dem")
    warnings = [r for r in caplog.records if r.name == "portal.cache"]
    assert len(warnings) == 1  # once per outage window, not once per call
    assert "unreachable" in warnings[0].getMessage()


def test_unreachable_redis_is_not_asked_again_during_retry_window(unreachable_redis):
    cache = unreachable_redis
    cache.get("x")
    with mock.patch("django.core.cache.backends.redis.RedisCache.get") as redis_get:
        cache.get("x")
    redis_get.assert_not_called()


def redis_test_url() -> str | None:
    import os

    import redis

    url = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=0.3).ping()
    except redis.RedisError:
        return None
    return url


def test_reachable_redis_caches_normally(settings):
    url = redis_test_url()
    if url is None:
        pytest.skip("Redis không chạy: đặt REDIS_TEST_URL để chạy phép thử này")
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.FaultTolerantRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "portal-test-security",
        }
    }
    cache = caches["default"]
    cache.set("khoa", "giá trị", 30)
    assert cache.get("khoa") == "giá trị"
    cache.set("dem", 1, 30)
    assert cache.incr("dem") == 2
    cache.delete_many(["khoa", "dem"])


def test_cached_public_pages_are_still_served_during_an_outage(client, site_settings):
    from tests.factories.news import make_article, make_category

    article = make_article("Hội nghị tiếp xúc cử tri", category=make_category())
    for path in ("/", "/tin-tuc/", article.get_absolute_url()):
        assert client.get(path).status_code == 200  # cached for anonymous readers
    with database_down():
        for path in ("/", "/tin-tuc/", article.get_absolute_url()):
            response = client.get(path)
            assert response.status_code == 200, path
            assert "Hội nghị tiếp xúc cử tri" in response.content.decode()
        # pages never cached answer the outage page
        assert client.get("/hoi-nghi/").status_code == 503
