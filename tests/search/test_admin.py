"""The admin's search boxes (articles, conferences, people) fold like the site search."""

import re
import unicodedata

import pytest
from django.contrib.auth.models import User

from events.models import Participation, Person
from tests.factories.events import make_conference
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db
ATTENDING = Participation.Role.ATTENDING


@pytest.fixture
def admin_client(client):
    client.force_login(User.objects.create_superuser("quantri", "qt@example.vn", "x" * 16))
    return client


def listed(response) -> str:
    html = response.content.decode()
    assert response.status_code == 200
    rows = re.findall(r"<tbody>(.*?)</tbody>", html, re.S)
    return rows[0] if rows else ""


@pytest.mark.parametrize("q", ["cau giay", "CẦU GIẤY", unicodedata.normalize("NFD", "Cầu Giấy")])
def test_article_admin_search(admin_client, q):
    make_article("Quận Cầu Giấy trao quà", status="draft")
    make_article("Phường Dịch Vọng")
    rows = listed(admin_client.get("/admin/news/article/", {"q": q}))
    assert "Quận Cầu Giấy trao quà" in rows and "Dịch Vọng" not in rows


@pytest.mark.parametrize("q", ["hoa binh", "Hoà Bình", "tran viet ha"])
def test_conference_admin_search(admin_client, q):
    make_conference(
        "Hội nghị tại phường Hòa Bình", people=(("Trần Việt Hà", ATTENDING, "Phó Chủ tịch"),)
    )
    make_conference("Hội nghị khác")
    rows = listed(admin_client.get("/admin/events/conference/", {"q": q}))
    assert "Hòa Bình" in rows and "Hội nghị khác" not in rows


@pytest.mark.parametrize("q", ["ngo duc cuong", "NGÔ ĐỨC CƯỜNG", "Ngô Đức Cường"])
def test_person_admin_search(admin_client, q):
    Person.objects.create(full_name="Ngô Đức Cường")
    Person.objects.create(full_name="Nguyễn Thị Thanh")
    rows = listed(admin_client.get("/admin/events/person/", {"q": q}))
    assert "Ngô Đức Cường" in rows and "Nguyễn Thị Thanh" not in rows
