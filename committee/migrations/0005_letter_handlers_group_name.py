"""The letter handlers' group takes the glossary's name for letters (docs/glossary.md: "thư góp
ý", not "thư công dân"). A rename keeps the group's members and permissions; a database where an
administrator already made a group of the new name keeps both and changes nothing."""

from django.db import migrations

OLD_NAME = "Tiếp nhận thư công dân"
NEW_NAME = "Tiếp nhận thư góp ý"


def rename(apps, old, new):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name=new).exists():
        Group.objects.filter(name=old).update(name=new)


def forwards(apps, schema_editor):
    rename(apps, OLD_NAME, NEW_NAME)


def backwards(apps, schema_editor):
    rename(apps, NEW_NAME, OLD_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("committee", "0004_copy_labels"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
