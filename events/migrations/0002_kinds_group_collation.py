"""Fixed conference kinds, the "Cán bộ" group that may see internal conferences, and the
Vietnamese ICU collation on PostgreSQL (used to order people by given name)."""

from django.db import migrations

from core.migration_helpers import ensure_permissions

KINDS = [
    ("ky-ket", "Ký kết chương trình phối hợp", 10),
    ("phan-bien", "Phản biện xã hội", 20),
    ("hoi-nghi", "Hội nghị, cuộc họp", 30),
    ("giam-sat", "Giám sát", 40),
    ("tiep-xuc-cu-tri", "Tiếp xúc cử tri", 50),
    ("khac", "Khác", 90),
]

OFFICIALS_GROUP = "Cán bộ"


def create_kinds(apps, schema_editor):
    ConferenceKind = apps.get_model("events", "ConferenceKind")
    for code, name, order in KINDS:
        ConferenceKind.objects.update_or_create(code=code, defaults={"name": name, "order": order})


def create_officials_group(apps, schema_editor):
    ensure_permissions(apps, "events")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=OFFICIALS_GROUP)
    permission = Permission.objects.get(
        content_type__app_label="events", codename="view_internal_conference"
    )
    group.permissions.add(permission)


def remove_officials_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=OFFICIALS_GROUP, user__isnull=True).delete()


def create_collation(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    # PostgreSQL built with ICU ships pg_catalog."vi-x-icu"; create it only where missing.
    schema_editor.execute(
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') THEN
                CREATE COLLATION "vi-x-icu" (provider = icu, locale = 'vi');
            END IF;
        END
        $$;
        """
    )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_collation, migrations.RunPython.noop, elidable=False),
        migrations.RunPython(create_kinds, migrations.RunPython.noop),
        migrations.RunPython(create_officials_group, remove_officials_group),
    ]
