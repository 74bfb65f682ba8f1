"""Admin login defences: django-axes lockout, real client IP, passwords, session lifetime."""

from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from core.http import client_ip

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dung-du-dai-2024"


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_user(
        username="bientap", password=PASSWORD, is_staff=True, is_superuser=True
    )


def login(client, password, username="bientap", ip="203.0.113.7"):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=ip,
    )


def test_wrong_password_shows_the_normal_error_before_the_limit(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = login(client, "sai-mat-khau")
        assert response.status_code == 200
    assert login(client, PASSWORD).status_code == 302  # still allowed, and resets the count


def test_lockout_after_repeated_failures_in_vietnamese(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "sai-mat-khau")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Tạm khóa đăng nhập" in html
    assert "15 phút" in html
    assert response["Retry-After"] == str(15 * 60)
    # the right password no longer helps from this address
    response = login(client, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_lockout_is_per_user_and_ip(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "sai-mat-khau")
    assert login(client, PASSWORD, ip="203.0.113.7").status_code == 429
    # the same user from another address, and another user from this address, are not locked
    assert login(client, PASSWORD, ip="198.51.100.20").status_code == 302
    get_user_model().objects.create_user("phongvien", password=PASSWORD, is_staff=True)
    assert login(client, PASSWORD, username="phongvien").status_code == 302


def test_cool_off_ends_the_lockout(client, staff, settings):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            login(client, "sai-mat-khau")
        assert login(client, PASSWORD).status_code == 429
        traveller.shift(timedelta(minutes=16))
        assert login(client, PASSWORD).status_code == 302


def test_locked_attempts_are_listed_for_the_admin(admin_client, client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, "sai-mat-khau")
    html = admin_client.get(reverse("admin:axes_accessattempt_changelist")).content.decode()
    assert "bientap" in html and "203.0.113.7" in html


def test_client_login_without_request_still_works(client, staff):
    # test and script helpers call authenticate() without a request: no lockout, no crash
    assert client.login(username="bientap", password=PASSWORD)


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "6.6.6.6", "10.0.0.1"),  # no proxy: a client-sent header is ignored
        (1, "203.0.113.7", "203.0.113.7"),  # nginx appended the real address
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),  # forged left part ignored
        (2, "6.6.6.6, 203.0.113.7, 10.0.0.9", "203.0.113.7"),
        (2, "203.0.113.7", "10.0.0.1"),  # too short: did not come through the proxies
    ],
)
def test_client_ip_trusts_only_the_configured_proxies(settings, proxies, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip(request) == expected


def test_lockout_uses_forwarded_address_behind_proxy(client, staff, settings):
    settings.TRUSTED_PROXY_COUNT = 1

    def via_proxy(password, real_ip, forged=""):
        return client.post(
            reverse("admin:login"),
            {"username": "bientap", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"{forged}{real_ip}",
        )

    for attempt in range(settings.AXES_FAILURE_LIMIT):
        # a forged left-most address changes nothing: the attacker stays one client
        via_proxy("sai-mat-khau", "203.0.113.7", forged=f"10.9.9.{attempt}, ")
    assert via_proxy(PASSWORD, "203.0.113.7").status_code == 429
    assert via_proxy(PASSWORD, "198.51.100.20").status_code == 302  # another reader of the proxy


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("Ngan2024!", "quá ngắn"),
        ("password1234", "quá phổ biến"),
        ("123456789012345", "hoàn toàn là số"),
    ],
)
def test_weak_passwords_are_refused(password, message):
    with translation.override("vi"), pytest.raises(ValidationError) as error:
        validate_password(password)
    assert any(message in text for text in error.value.messages), error.value.messages


def test_password_rules_are_explained_in_vietnamese():
    with translation.override("vi"):
        help_text = " ".join(password_validation.password_validators_help_texts())
    assert "ít nhất 12 ký tự" in help_text


def test_long_uncommon_password_is_accepted():
    validate_password("Ủy ban mặt trận 2024 quận")


def test_staff_sessions_expire(admin_client, settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE is True
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 200
    session = admin_client.session
    assert session.get_expire_at_browser_close()
    with time_machine.travel(timezone.now() + timedelta(hours=9)):
        response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_overlong_user_name_is_a_normal_failure_and_counts(client, staff, settings):
    # Django's login form does not enforce max_length on the server; axes stores at most 255
    username = "bientap" + "x" * 10_000
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = login(client, "sai-mat-khau", username=username)
    assert response.status_code == 429
    assert login(client, PASSWORD).status_code == 302  # the real account is not affected


# --- the officials' sign-in page (/dang-nhap/) has the same defences ------------------------------


def public_login(client, password, username="bientap", ip="203.0.113.7", **extra):
    return client.post(
        reverse("login"), {"username": username, "password": password, **extra}, REMOTE_ADDR=ip
    )


def test_officials_sign_in_page_locks_out_too(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = public_login(client, "sai-mat-khau")
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    assert public_login(client, PASSWORD).status_code == 429
    # the lockout is per user and address, whichever form was used
    assert login(client, PASSWORD).status_code == 429


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_sign_in_never_redirects_off_site(client, staff, target):
    response = public_login(client, PASSWORD, next=target)
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith("//"), location
    assert "evil" not in location and "javascript" not in location


def test_sign_in_page_has_the_strict_policy_and_no_cache(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


# --- guesses spread over many addresses (issue 20, item 1) ----------------------------------------


def test_guesses_spread_over_many_addresses_lock_the_user_name(client, staff, settings):
    # 40 wrong passwords for one account, 4 from each of ten IPv6 networks: never 5 from one
    for network in range(10):
        for host in range(4):
            login(client, "sai-mat-khau", ip=f"2001:db8:{network}:2::{host + 0x64:x}")
    # the right password, from an address never seen before, does not get in
    response = login(client, PASSWORD, ip="198.51.100.20")
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    assert "_auth_user_id" not in client.session
    # another account is not affected
    get_user_model().objects.create_user("phongvien", password=PASSWORD, is_staff=True)
    assert login(client, PASSWORD, username="phongvien", ip="198.51.100.20").status_code == 302


def test_per_user_name_limit_is_higher_than_per_address(client, staff, settings):
    # a forgetful official on three devices is not locked out by a handful of mistakes
    for attempt in range(settings.AXES_USERNAME_FAILURE_LIMIT - 1):
        login(client, "sai-mat-khau", ip=f"198.51.100.{attempt}")
    assert login(client, PASSWORD, ip="198.51.100.200").status_code == 302


def test_ipv6_clients_are_grouped_by_64(client, staff, settings):
    # one household or phone has a whole /64: rotating the last 64 bits changes nothing
    for host in range(settings.AXES_FAILURE_LIMIT):
        login(client, "sai-mat-khau", ip=f"2001:db8:1:2::{host + 0x64:x}")
    assert login(client, PASSWORD, ip="2001:db8:1:2:ffff::1").status_code == 429
    # the neighbouring /64 is another client
    assert login(client, PASSWORD, ip="2001:db8:1:3::64").status_code == 302


def test_account_wide_lockout_says_so(client, staff, settings):
    for attempt in range(settings.AXES_USERNAME_FAILURE_LIMIT):
        login(client, "sai-mat-khau", ip=f"198.51.100.{attempt}")
    html = login(client, PASSWORD, ip="203.0.113.99").content.decode()
    assert "từ nhiều địa chỉ khác nhau" in html
    assert "từ địa chỉ của bạn" not in html
