"""Editors keep the committee's pages and leaders current; writers cannot."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from committee.models import Leader, Page

pytestmark = pytest.mark.django_db


def staff_in(group: str, username: str):
    user = get_user_model().objects.create_user(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def test_editor_edits_an_introduction_page_and_the_leaders(client):
    page = Page.objects.create(title="Giới thiệu", body="<p>Cũ</p>", is_published=True)
    client.force_login(staff_in("Biên tập viên", "bientap"))
    url = reverse("admin:committee_page_change", args=[page.pk])
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:committee_leader_add")).status_code == 200
    assert client.get(reverse("admin:committee_leader_changelist")).status_code == 200
    # Deleting stays with superusers.
    assert client.get(reverse("admin:committee_page_delete", args=[page.pk])).status_code == 403


def test_writer_cannot_touch_committee_pages(client):
    page = Page.objects.create(title="Cơ cấu tổ chức", body="<p>x</p>", is_published=True)
    client.force_login(staff_in("Phóng viên", "phongvien"))
    assert client.get(reverse("admin:committee_page_change", args=[page.pk])).status_code == 403
    assert not Leader.objects.exists()
    assert client.get(reverse("admin:committee_leader_add")).status_code == 403
