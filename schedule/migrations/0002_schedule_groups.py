"""Who may do what with the working schedule.

- "Biên tập viên" (the office's editors) prepare weeks and entries, publish a week
  (``publish_scheduleweek``) and see internal entries;
- "Thư ký hội nghị" (conference clerks) see and change entries — enough to run "Lập hồ sơ
  hội nghị từ mục lịch", which also needs their ``events.add_conference`` — and see internal
  entries;
- "Cán bộ" (officials) see internal entries on the public pages once signed in.

Idempotent: groups and their other permissions are kept; only what is missing is added.
"""

from django.db import migrations

from core.migration_helpers import ensure_permissions

EDITORS = "Biên tập viên"
CLERKS = "Thư ký hội nghị"
OFFICIALS = "Cán bộ"

ENTRY_WORK = [
    f"{action}_{model}"
    for model in ("scheduleentry", "scheduleleader")
    for action in ("add", "change", "delete", "view")
]
GRANTS = {
    EDITORS: [
        *ENTRY_WORK,
        "add_scheduleweek",
        "change_scheduleweek",
        "view_scheduleweek",
        "publish_scheduleweek",
        "view_internal_entry",
    ],
    CLERKS: [
        "view_scheduleweek",
        "view_scheduleentry",
        "change_scheduleentry",
        "view_scheduleleader",
        "view_internal_entry",
    ],
    OFFICIALS: ["view_internal_entry"],
}


def forwards(apps, schema_editor):
    ensure_permissions(apps, "schedule")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="schedule", codename__in=codenames)
        )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name__in=GRANTS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="schedule"))


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("events", "0006_conference_clerks_group"),
        ("schedule", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
