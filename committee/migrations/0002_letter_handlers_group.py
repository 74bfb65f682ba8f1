"""The group "Tiếp nhận thư công dân": may see and handle citizens' letters, and is e-mailed
about each new one (with superusers). An admin only has to add people to it."""

from django.db import migrations

from core.migration_helpers import ensure_permissions

LETTER_HANDLERS_GROUP = "Tiếp nhận thư công dân"


def create_letter_handlers_group(apps, schema_editor):
    ensure_permissions(apps, "committee")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=LETTER_HANDLERS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="committee", codename__in=["view_letter", "change_letter"]
        )
    )


def remove_letter_handlers_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=LETTER_HANDLERS_GROUP, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("committee", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_letter_handlers_group, remove_letter_handlers_group),
    ]
