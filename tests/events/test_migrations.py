"""events/migrations: the "Thư ký hội nghị" group can record conferences (0006)."""

import pytest
from django.contrib.auth.models import Group

from tests.factories.events import make_conference, make_participation, make_person
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client):
    user = make_user("staff", "thuky")
    user.groups.add(Group.objects.get(name="Thư ký hội nghị"))
    client.force_login(user)
    return user


def test_a_clerk_records_conferences_people_and_organisations(client, clerk):
    conference = make_conference("Hội nghị phản biện dự thảo")
    make_participation(conference, make_person("Trần Văn An"))
    for url in (
        "/admin/",
        "/admin/events/conference/",
        "/admin/events/conference/add/",
        f"/admin/events/conference/{conference.pk}/change/",
        "/admin/events/person/add/",
        "/admin/events/organization/add/",
    ):
        assert client.get(url).status_code == 200, url
    assert clerk.has_perm("events.view_internal_conference")
    assert clerk.has_perm("events.delete_participation")  # a wrong row can be removed


def test_a_clerk_cannot_delete_a_whole_record_nor_touch_news(client, clerk):
    conference = make_conference("Hội nghị giám sát")
    assert client.get(f"/admin/events/conference/{conference.pk}/delete/").status_code == 403
    assert client.get("/admin/news/article/").status_code == 403
    assert not clerk.has_perm("events.delete_conference")


def test_editors_still_have_no_conference_rights():
    """docs/security.md: "manage conference records in the admin" stays 403 for an editor."""
    editors = Group.objects.get(name="Biên tập viên")
    assert not editors.permissions.filter(content_type__app_label="events").exists()
