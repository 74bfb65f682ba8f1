"""Admin actions refused to staff without the right (committee/admin.py): publishing or
unpublishing pages and taking or answering letters need "change"; a user who may only view
gets the list, the action is not carried out and nothing changes."""

import pytest
from django.urls import reverse

from committee.models import Letter, Page
from tests.factories.committee import make_letter, make_page
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def viewer_client(client, *perms):
    client.force_login(make_user("staff", perms=perms))
    return client


def run_action(client, url_name, action, *objects):
    return client.post(
        reverse(url_name), {"action": action, "_selected_action": [o.pk for o in objects]}
    )


@pytest.mark.parametrize(
    ("action", "published"),
    [("publish", False), ("unpublish", True)],
)
def test_a_viewer_cannot_publish_or_unpublish_pages(client, action, published):
    page = make_page(is_published=published)
    client = viewer_client(client, "committee.view_page")
    assert client.get(reverse("admin:committee_page_changelist")).status_code == 200
    response = run_action(client, "admin:committee_page_changelist", action, page)
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=page.pk).is_published is published


@pytest.mark.parametrize(
    ("action", "status"),
    [("take", Letter.Status.NEW), ("mark_answered", Letter.Status.IN_PROGRESS)],
)
def test_a_viewer_cannot_take_or_answer_letters(client, action, status):
    letter = make_letter(status=status)
    client = viewer_client(client, "committee.view_letter")
    assert client.get(reverse("admin:committee_letter_changelist")).status_code == 200
    response = run_action(client, "admin:committee_letter_changelist", action, letter)
    assert response.status_code in (200, 302)
    stored = Letter.objects.get(pk=letter.pk)
    assert stored.status == status and stored.handler is None


@pytest.mark.parametrize(
    ("action", "status", "moved_to"),
    [
        ("take", Letter.Status.NEW, Letter.Status.IN_PROGRESS),
        ("mark_answered", Letter.Status.IN_PROGRESS, Letter.Status.ANSWERED),
    ],
)
def test_with_the_right_the_same_action_goes_through(client, action, status, moved_to):
    # The refusal above is the permission, not a broken action.
    letter = make_letter(status=status)
    client = viewer_client(client, "committee.view_letter", "committee.change_letter")
    run_action(client, "admin:committee_letter_changelist", action, letter)
    assert Letter.objects.get(pk=letter.pk).status == moved_to


def test_with_the_right_a_page_is_published(client):
    page = make_page(is_published=False)
    client = viewer_client(client, "committee.view_page", "committee.change_page")
    run_action(client, "admin:committee_page_changelist", "publish", page)
    assert Page.objects.get(pk=page.pk).is_published
