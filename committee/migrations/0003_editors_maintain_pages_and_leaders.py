"""Editors ("Biên tập viên") keep the committee's own pages and the leadership list current.

Before this, only a superuser could change "Giới thiệu", "Cơ cấu tổ chức" or the leaders.
Deleting a page or a leader stays with superusers (unpublish a page / mark a leader as no
longer in office instead).
"""

from django.db import migrations

from core.migration_helpers import ensure_permissions

EDITORS_GROUP = "Biên tập viên"
CODENAMES = ["view_page", "add_page", "change_page", "view_leader", "add_leader", "change_leader"]


def grant(apps, schema_editor):
    ensure_permissions(apps, "committee")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="committee", codename__in=CODENAMES)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="committee", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("committee", "0002_letter_handlers_group"),
        ("news", "0002_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
