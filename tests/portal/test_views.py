from unittest import mock

import pytest
from django.db import OperationalError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_page_shows_committee_name(client, site_settings):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ủy ban MTTQ Việt Nam quận Cầu Giấy" in html
    assert 'lang="vi"' in html
    assert 'href="#noi-dung"' in html  # skip link
    assert "<main" in html and "<nav" in html and "<footer" in html


def test_footer_shows_contact_details(client, site_settings):
    html = client.get("/").content.decode()
    footer = html[html.index("<footer") :]
    assert "Số 1 phố Thử Nghiệm, quận Cầu Giấy, Hà Nội" in footer
    assert "024 1234 5678" in footer
    assert "lienhe@mttq-caugiay.example.vn" in footer


def test_footer_follows_admin_edits_at_once(client, site_settings):
    client.get("/")  # warm the cache
    site_settings.phone = "024 9999 8888"
    site_settings.save()
    assert "024 9999 8888" in client.get("/").content.decode()


def test_healthz_ok_after_database_round_trip(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_503_when_database_is_unreachable(client):
    with mock.patch(
        "django.db.backends.utils.CursorWrapper.execute",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()


def test_unknown_page_is_a_vietnamese_404(client, site_settings):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_admin_login_page_is_vietnamese(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


def test_admin_can_edit_site_settings(admin_client, site_settings):
    url = reverse("admin:core_sitesettings_change", args=[site_settings.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "name": "Ủy ban MTTQ Việt Nam quận Cầu Giấy",
            "short_name": "MTTQ Cầu Giấy",
            "tagline": "",
            "address": "Địa chỉ mới",
            "phone": "024 0000 1111",
            "email": "moi@example.vn",
            "office_hours": "",
            "responsible_person": "",
            "license_note": "",
        },
    )
    assert response.status_code == 302
    html = admin_client.get("/").content.decode()
    assert "Địa chỉ mới" in html and "024 0000 1111" in html


@pytest.mark.django_db
def test_old_admin_address_of_the_site_settings_redirects_to_the_kernel_app(admin_client):
    response = admin_client.get("/admin/portal/sitesettings/1/change/")
    assert response.status_code == 301
    assert response["Location"] == "/admin/core/sitesettings/1/change/"
