"""Create the groups "Phóng viên" (writers) and "Biên tập viên" (editors) with their permissions.

Idempotent: running it again (or on a database where the groups already exist) only adds the
missing permissions. What each role may do beyond model permissions (own drafts only, no
publishing) is enforced in news/permissions.py and news/admin.py.
"""

from django.db import migrations

from core.migration_helpers import ensure_permissions

WRITERS = "Phóng viên"
EDITORS = "Biên tập viên"

WRITER_PERMS = [
    ("news", "add_article"),
    ("news", "change_article"),
    ("news", "view_article"),
    ("news", "view_category"),
    ("news", "add_tag"),
    ("news", "view_tag"),
]
EDITOR_PERMS = [
    ("news", "add_article"),
    ("news", "change_article"),
    ("news", "delete_article"),
    ("news", "view_article"),
    ("news", "publish_article"),
    ("news", "add_category"),
    ("news", "change_category"),
    ("news", "delete_category"),
    ("news", "view_category"),
    ("news", "add_tag"),
    ("news", "change_tag"),
    ("news", "delete_tag"),
    ("news", "view_tag"),
]


def create_groups(apps, schema_editor):
    ensure_permissions(apps, "news")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, wanted in ((WRITERS, WRITER_PERMS), (EDITORS, EDITOR_PERMS)):
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            group.permissions.add(permission)


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[WRITERS, EDITORS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
