"""The group "Thư ký hội nghị": staff who record conferences in the admin.

Before it, only a superuser could record a conference: "Biên tập viên" manages news only (the
authorization matrix in docs/security.md keeps it that way). A clerk may add and change
conferences and everything recorded in them (participants, photos, documents, programmes,
opinions, responses), people and organisations, and sees internal conferences. Deleting a
whole conference stays with the admin (a record is history). Put a person in this group and in
"Biên tập viên" to use "Lập hồ sơ hội nghị từ bài viết" on the article list.
"""

from django.db import migrations

from core.migration_helpers import ensure_permissions

CLERKS_GROUP = "Thư ký hội nghị"

#: model -> actions. Child rows need "delete" so a wrong row can be removed in the form.
GRANTS = {
    "conference": ("add", "change", "view"),
    "participation": ("add", "change", "view", "delete"),
    "conferencephoto": ("add", "change", "view", "delete"),
    "conferencedocument": ("add", "change", "view", "delete"),
    "coordinationprogramme": ("add", "change", "view", "delete"),
    "programmeparty": ("add", "change", "view", "delete"),
    "programmepoint": ("add", "change", "view", "delete"),
    "criticismsubject": ("add", "change", "view", "delete"),
    "opinion": ("add", "change", "view", "delete"),
    "response": ("add", "change", "view", "delete"),
    "person": ("add", "change", "view"),
    "organization": ("add", "change", "view"),
    "conferencekind": ("view",),
}
EXTRA = ("view_internal_conference",)


def create_clerks_group(apps, schema_editor):
    ensure_permissions(apps, "events")

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = [f"{action}_{model}" for model, actions in GRANTS.items() for action in actions]
    group, _created = Group.objects.get_or_create(name=CLERKS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="events", codename__in=[*codenames, *EXTRA]
        )
    )


def remove_clerks_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=CLERKS_GROUP, user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0005_conference_visible_id_index"),
    ]

    operations = [migrations.RunPython(create_clerks_group, remove_clerks_group)]
