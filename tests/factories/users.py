"""Accounts (django.contrib.auth), by the role a person has on the portal."""

from __future__ import annotations

from itertools import count

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from news.permissions import EDITORS_GROUP, WRITERS_GROUP

PASSWORD = "mat-khau-thu-nghiem-dai"
OFFICIALS_GROUP = "Cán bộ"  # made by events' data migration

# role → (is_staff, group)
ROLES = {
    "": (False, None),
    "staff": (True, None),
    "writer": (True, WRITERS_GROUP),
    "editor": (True, EDITORS_GROUP),
    "official": (False, OFFICIALS_GROUP),
}
_seq = count(1)


def make_user(role: str = "", username: str = "", *, perms=(), password: str = PASSWORD, **fields):
    """An active account, with ``PASSWORD`` unless told otherwise.

    ``role``:
    - "" (the default): a reader with an account, not staff;
    - "staff": may open the admin, in no group;
    - "writer", "editor": staff in the group "Phóng viên" / "Biên tập viên";
    - "official": in "Cán bộ", not staff (signs in at /dang-nhap/, sees internal conferences);
    - "admin": a superuser.

    ``perms`` ("app_label.codename", …) are given to the account itself; ``fields`` go to the
    model (``first_name``, ``is_staff``, …).
    """
    User = get_user_model()
    username = username or f"{role or 'user'}{next(_seq)}"
    if role == "admin":
        user = User.objects.create_superuser(username=username, password=password, **fields)
    else:
        staff, group = ROLES[role]
        fields.setdefault("is_staff", staff)
        user = User.objects.create_user(username=username, password=password, **fields)
        if group:
            user.groups.add(Group.objects.get(name=group))
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


# --- fixtures (tests/conftest.py makes them available to every test) -------------------------


@pytest.fixture
def official(db):
    """An official: in "Cán bộ", not staff; signs in at /dang-nhap/ with ``PASSWORD`` and
    sees internal conferences and documents."""
    return make_user("official")


@pytest.fixture
def official_client(client, official):
    """The test client signed in as ``official``."""
    client.force_login(official)
    return client
