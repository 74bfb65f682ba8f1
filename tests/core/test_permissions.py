"""Permission names in Vietnamese (core/permissions.py, issue 25): the user and group forms
listed "Can add lãnh đạo" and "Can change log entry"."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection

pytestmark = pytest.mark.django_db

migration = importlib.import_module("core.migrations.0002_vietnamese_permission_names")


def test_no_permission_is_named_in_english_after_migrate():
    english = list(
        Permission.objects.filter(name__startswith="Can ").values_list("name", flat=True)
    )
    assert not english, english[:10]
    assert Permission.objects.get(codename="add_article").name == "Thêm bài viết"
    assert Permission.objects.get(codename="change_logentry").name == "Sửa nhật ký thay đổi"
    assert Permission.objects.get(codename="delete_accessattempt").name.startswith("Xóa lần đăng")
    assert Permission.objects.get(codename="view_session").name == "Xem phiên đăng nhập"


def test_a_permission_created_later_is_named_in_vietnamese():
    """What a new model gets at its first migrate: auth creates the row, core renames it."""
    Permission.objects.filter(codename="view_leader").delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
    assert Permission.objects.get(codename="view_leader").name == "Xem lãnh đạo"


def test_the_migration_renames_rows_made_before_it():
    Permission.objects.filter(codename="add_article").update(name="Can add bài viết")
    Permission.objects.filter(codename="view_logentry").update(name="Can view log entry")

    class Editor:
        class connection:
            alias = "default"

    migration.to_vietnamese(apps, Editor)
    assert Permission.objects.get(codename="add_article").name == "Thêm bài viết"
    assert Permission.objects.get(codename="view_logentry").name == "Xem nhật ký thay đổi"
    migration.to_english(apps, Editor)
    assert Permission.objects.get(codename="add_article").name == "Can add bài viết"


def test_custom_permissions_keep_their_own_names():
    emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
    publish = Permission.objects.get(codename="publish_article")
    assert publish.name == "Có thể duyệt, đăng, lên lịch và gỡ mọi bài viết"
