"""The per-address letter limit holds without the cache (issue 20, item 3)."""

import socket

import pytest
from django.core.cache import caches
from django.urls import reverse

from committee.models import Letter
from portal.cache import FaultTolerantRedisCache

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_redis(settings):
    """The production cache backend pointing at a closed port (Redis down)."""
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.cache.FaultTolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "RETRY_AFTER": 5},
        }
    }
    assert isinstance(caches["default"], FaultTolerantRedisCache)


def send_letter(client, number, ip):
    return client.post(
        reverse("committee:contact"),
        {
            "full_name": "Nguyễn Văn An",
            "email": "an@example.vn",
            "phone": "",
            "subject": f"Thư số {number}",
            "message": "Kiến nghị về việc sửa đường trong ngõ, xin các cơ quan xem xét.",
            "nickname_confirm": "",
        },
        REMOTE_ADDR=ip,
    )


def test_letter_limit_holds_when_the_cache_is_unreachable(client, settings, unreachable_redis):
    limit = settings.COMMITTEE_LETTER_RATE_LIMIT
    codes = [send_letter(client, n, "203.0.113.7").status_code for n in range(limit + 3)]
    assert codes == [302] * limit + [429] * 3
    assert Letter.objects.count() == limit
    # another address is not affected
    assert send_letter(client, 99, "198.51.100.20").status_code == 302


def test_letter_limit_from_stored_letters_groups_ipv6_by_64(client, settings, unreachable_redis):
    limit = settings.COMMITTEE_LETTER_RATE_LIMIT
    for n in range(limit):
        assert send_letter(client, n, f"2001:db8:1:2::{n + 0x64:x}").status_code == 302
    assert send_letter(client, 9, "2001:db8:1:2:ffff::1").status_code == 429
    assert send_letter(client, 10, "2001:db8:1:3::1").status_code == 302


def test_letters_older_than_the_window_do_not_count(client, settings, unreachable_redis):
    limit = settings.COMMITTEE_LETTER_RATE_LIMIT
    for n in range(limit):
        send_letter(client, n, "203.0.113.7")
    Letter.objects.update(created_at="2020-01-01T00:00:00Z")
    assert send_letter(client, 99, "203.0.113.7").status_code == 302
