"""Nothing is lost by a click: people and organisations named in a conference record cannot be
deleted from the admin (PROTECT), and the admin says why instead of failing.

Also shown elsewhere: a deleted article is recovered from its revisions
(tests/news/test_admin.py::test_deleted_article_can_be_recovered); a refused cover or editor
upload stores no file (tests/news/test_admin.py::test_bad_covers_are_refused_and_nothing_is_stored,
tests/security/test_hostile_input.py::test_editor_upload_with_hostile_files); an import file
failing on write rolls back alone
(tests/news/test_import_command.py::test_a_file_failing_on_write_rolls_back_alone).
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from events.models import Organization, Participation, Person
from tests.factories.events import make_conference, make_organization, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def record(site_settings):
    org = make_organization("Hội Chữ thập đỏ quận Cầu Giấy")
    someone = make_person("Ngô Đức Cường")
    conf = make_conference(
        "Hội nghị ký kết chương trình phối hợp giai đoạn 2023–2027",
        people=((someone, Participation.Role.PRESENTING, "Phó Chủ tịch", org),),
    )
    return {"person": someone, "organization": org, "conference": conf}


@pytest.fixture
def admin_client_(client):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.vn", "x" * 20)
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("key", "model", "url_name"),
    [
        ("person", Person, "admin:events_person_delete"),
        ("organization", Organization, "admin:events_organization_delete"),
    ],
)
def test_people_and_organisations_in_a_record_cannot_be_deleted(
    admin_client_, record, key, model, url_name
):
    target = record[key]
    url = reverse(url_name, args=[target.pk])
    page = admin_client_.get(url, follow=True)  # the admin explains, or shows what protects it
    assert page.status_code == 200
    response = admin_client_.post(url, {"post": "yes"}, follow=True)
    assert response.status_code == 200
    assert model.objects.filter(pk=target.pk).exists()
    assert Participation.objects.filter(conference=record["conference"]).count() == 1


def test_bulk_delete_action_also_protects(admin_client_, record):
    response = admin_client_.post(
        reverse("admin:events_person_changelist"),
        {"action": "delete_selected", "_selected_action": [record["person"].pk], "post": "yes"},
    )
    assert response.status_code < 500
    assert Person.objects.filter(pk=record["person"].pk).exists()
