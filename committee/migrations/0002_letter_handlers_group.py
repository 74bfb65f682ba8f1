"""The group "Tiếp nhận thư công dân": may see and handle citizens' letters, and is e-mailed
about each new one (with superusers). An admin only has to add people to it."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

LETTER_HANDLERS_GROUP = "Tiếp nhận thư công dân"


def create_letter_handlers_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure ours exist now.
    app_config = apps.get_app_config("committee")
    previous_models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = previous_models_module  # never None on the live registry

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
