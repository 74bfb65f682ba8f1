"""``delete_unreferenced`` (events/admin.py) needs the right to delete: staff who may change
people and organisations but not delete them get nothing deleted."""

import pytest
from django.urls import reverse

from events.models import Organization, Person
from tests.factories.events import make_organization, make_person
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "make", "perms"),
    [
        (Person, make_person, ("events.view_person", "events.change_person")),
        (
            Organization,
            make_organization,
            ("events.view_organization", "events.change_organization"),
        ),
    ],
)
def test_delete_unreferenced_is_refused_without_the_right_to_delete(client, model, make, perms):
    unused = make()
    client.force_login(make_user("staff", perms=perms))
    url = reverse(f"admin:events_{model._meta.model_name}_changelist")
    assert client.get(url).status_code == 200
    response = client.post(url, {"action": "delete_unreferenced", "_selected_action": [unused.pk]})
    assert response.status_code in (200, 302)
    assert model.objects.filter(pk=unused.pk).exists()


def test_with_the_right_to_delete_an_unused_record_goes(client):
    unused = make_organization()
    client.force_login(
        make_user(
            "staff",
            perms=(
                "events.view_organization",
                "events.change_organization",
                "events.delete_organization",
            ),
        )
    )
    client.post(
        reverse("admin:events_organization_changelist"),
        {"action": "delete_unreferenced", "_selected_action": [unused.pk]},
    )
    assert not Organization.objects.filter(pk=unused.pk).exists()
