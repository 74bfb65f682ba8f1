"""The document types of Decree 30/2020/NĐ-CP the committee uses, and who may do what.

- Types (an editable list afterwards; codes are used in addresses, ``?type=ke-hoach``).
- "Biên tập viên" (editors) and "Thư ký hội nghị" (conference clerks) add and change
  documents, their files and conference links; editors also keep the lists of types and fields.
  Deleting a whole document stays with the admin (a document is a record).
- "Cán bộ" (officials) and "Thư ký hội nghị" see internal documents
  (``documents.view_internal_document``), as they see internal conferences.

Idempotent: existing types and groups are kept, only what is missing is added.
"""

from django.db import migrations

from core.migration_helpers import ensure_permissions

# (code, name, abbreviation)
TYPES = [
    ("nghi-quyet", "Nghị quyết", "NQ"),
    ("quyet-dinh", "Quyết định", "QĐ"),
    ("ke-hoach", "Kế hoạch", "KH"),
    ("chuong-trinh", "Chương trình", "CTr"),
    ("chuong-trinh-phoi-hop", "Chương trình phối hợp", "CTrPH"),
    ("thong-bao", "Thông báo", "TB"),
    ("ket-luan", "Kết luận", "KL"),
    ("bao-cao", "Báo cáo", "BC"),
    ("huong-dan", "Hướng dẫn", "HD"),
    ("to-trinh", "Tờ trình", "TTr"),
    ("cong-van", "Công văn", ""),
    ("du-thao", "Dự thảo", ""),
    ("khac", "Văn bản khác", ""),
]

EDITORS = "Biên tập viên"
CLERKS = "Thư ký hội nghị"
OFFICIALS = "Cán bộ"

DOCUMENT_WORK = [
    "add_document",
    "change_document",
    "view_document",
    "add_documentfile",
    "change_documentfile",
    "delete_documentfile",
    "view_documentfile",
    "add_documentconference",
    "change_documentconference",
    "delete_documentconference",
    "view_documentconference",
    "view_documenttype",
    "view_documentfield",
]
LISTS = [
    "add_documenttype",
    "change_documenttype",
    "add_documentfield",
    "change_documentfield",
]
GRANTS = {
    EDITORS: [*DOCUMENT_WORK, *LISTS],
    CLERKS: [*DOCUMENT_WORK, "view_internal_document"],
    OFFICIALS: ["view_internal_document"],
}


def forwards(apps, schema_editor):
    DocumentType = apps.get_model("documents", "DocumentType")
    for order, (code, name, abbreviation) in enumerate(TYPES, start=1):
        DocumentType.objects.get_or_create(
            code=code, defaults={"name": name, "abbreviation": abbreviation, "order": order * 10}
        )

    ensure_permissions(apps, "documents")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in GRANTS.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="documents", codename__in=codenames)
        )


def backwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(content_type__app_label="documents").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("documents", "0001_initial"),
        ("news", "0002_staff_groups"),
        ("events", "0006_conference_clerks_group"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
