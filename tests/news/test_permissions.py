"""Groups "Phóng viên" / "Biên tập viên" (migration news 0002) and news/permissions.py."""

from importlib import import_module

import pytest
from django.apps import apps as global_apps
from django.contrib.auth.models import Group

from news.models import Article
from news.permissions import EDITORS_GROUP, WRITERS_GROUP, can_edit, can_publish, can_submit
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
S = Article.Status


def perms(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_groups_exist_with_their_permissions():
    writer = perms(WRITERS_GROUP)
    editor = perms(EDITORS_GROUP)
    assert {"add_article", "change_article", "view_article"} <= writer
    assert "publish_article" not in writer and "delete_article" not in writer
    assert {"publish_article", "change_article", "delete_article", "add_category"} <= editor


def test_group_migration_is_idempotent():
    migration = import_module("news.migrations.0002_staff_groups")
    before = (perms(WRITERS_GROUP), perms(EDITORS_GROUP))
    migration.create_groups(global_apps, None)
    migration.create_groups(global_apps, None)
    assert Group.objects.filter(name__in=[WRITERS_GROUP, EDITORS_GROUP]).count() == 2
    assert (perms(WRITERS_GROUP), perms(EDITORS_GROUP)) == before


def test_writer_rights():
    writer = make_user("writer")
    own_draft = make_article(author=writer, status=S.DRAFT)
    assert can_edit(writer, None)  # may add
    assert can_edit(writer, own_draft) and can_submit(writer, own_draft)
    assert not can_publish(writer)
    for status in (S.PENDING, S.PUBLISHED, S.WITHDRAWN):
        assert not can_edit(writer, make_article(author=writer, status=status))
    assert not can_edit(writer, make_article(author=make_user("writer"), status=S.DRAFT))


def test_editor_and_superuser_rights():
    for user in (make_user("editor"), make_user("admin")):
        assert can_publish(user)
        for status in S.values:
            assert can_edit(user, make_article(author=make_user("writer"), status=status))


def test_inactive_or_plain_users_have_no_rights(django_user_model):
    editor = make_user("editor")
    editor.is_active = False
    editor.save()
    plain = django_user_model.objects.create_user("khach", password="x" * 12)
    article = make_article(status=S.DRAFT)
    for user in (editor, plain):
        assert not can_publish(user)
        assert not can_edit(user, article)
