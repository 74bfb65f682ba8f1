"""Permission names in Vietnamese (issue 25): "Can add lãnh đạo" → "Thêm lãnh đạo".

Renames the default permissions that already exist; those created later are named by the
post_migrate handler in core/permissions.py. Backwards: Django's own English names.
"""

from django.db import migrations

from core.permissions import name_permissions


def _all_models(apps):
    return [model for config in apps.get_app_configs() for model in config.get_models()]


def to_vietnamese(apps, schema_editor):
    name_permissions(
        permission_model=apps.get_model("auth", "Permission"),
        content_type_model=apps.get_model("contenttypes", "ContentType"),
        models=_all_models(apps),
        using=schema_editor.connection.alias,
    )


def to_english(apps, schema_editor):
    permission = apps.get_model("auth", "Permission")
    content_type = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in _all_models(apps):
        opts = model._meta
        ct = (
            content_type.objects.using(db)
            .filter(app_label=opts.app_label, model=opts.model_name)
            .first()
        )
        for action in opts.default_permissions if ct else ():
            permission.objects.using(db).filter(
                content_type=ct, codename=f"{action}_{opts.model_name}"
            ).update(name=f"Can {action} {opts.verbose_name_raw}"[:255])


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(to_vietnamese, to_english, elidable=True)]
