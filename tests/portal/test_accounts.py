"""Officials (group "Cán bộ", not admin staff) sign in on the public site to read internal records."""

import pytest

from events.models import Conference
from tests.factories.events import make_conference
from tests.factories.users import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture
def internal_conference():
    return make_conference(
        "Hội nghị nội bộ Ban Thường trực", visibility=Conference.Visibility.INTERNAL
    )


def test_official_who_is_not_staff_signs_in_and_sees_internal_records(
    client, official, internal_conference
):
    url = internal_conference.get_absolute_url()
    assert client.get(url).status_code == 404

    page = client.get("/dang-nhap/")
    assert page.status_code == 200
    assert "Đăng nhập" in page.content.decode()
    response = client.post(
        "/dang-nhap/", {"username": official.username, "password": PASSWORD, "next": url}
    )
    assert response.status_code == 302
    assert response["Location"] == url

    detail = client.get(url)
    assert detail.status_code == 200
    assert "Hội nghị nội bộ Ban Thường trực" in detail.content.decode()
    assert "Đăng xuất" in detail.content.decode()


def test_wrong_password_gets_a_vietnamese_message_and_no_session(client, official):
    response = client.post(
        "/dang-nhap/", {"username": official.username, "password": "sai-mat-khau"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "mật khẩu" in html.lower()
    assert "_auth_user_id" not in client.session


def test_sign_out_returns_to_the_public_view(client, official, internal_conference):
    client.force_login(official)
    assert client.get(internal_conference.get_absolute_url()).status_code == 200
    response = client.post("/dang-xuat/")
    assert response.status_code == 302
    assert client.get(internal_conference.get_absolute_url()).status_code == 404


def test_anonymous_footer_offers_sign_in(client):
    assert 'href="/dang-nhap/?next=/hoi-nghi/"' in client.get("/hoi-nghi/").content.decode()


def test_sign_in_page_shows_the_committee_not_the_host(client, site_settings):
    html = client.get("/dang-nhap/").content.decode()
    assert "<title>Đăng nhập – Ủy ban MTTQ Việt Nam quận Cầu Giấy</title>" in html
    footer = html[html.index("<footer") :]
    assert "024 1234 5678" in footer
    assert "testserver" not in html.lower()
