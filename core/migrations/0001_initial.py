"""The kernel takes over SiteSettings from the portal app (issue 16).

The table ``portal_sitesettings`` and its row stay as they are (state only). The content type
is renamed rather than recreated, so the permissions given to groups, the admin history and
the saved revisions keep pointing at the same model.
"""

from django.db import migrations, models


def move_content_type(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not content_type.objects.using(db).filter(app_label="core", model="sitesettings").exists():
        content_type.objects.using(db).filter(app_label="portal", model="sitesettings").update(
            app_label="core"
        )


def restore_content_type(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if not content_type.objects.using(db).filter(app_label="portal", model="sitesettings").exists():
        content_type.objects.using(db).filter(app_label="core", model="sitesettings").update(
            app_label="portal"
        )


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0002_sitesettings_moved_to_core"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="SiteSettings",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(
                                default="Ủy ban MTTQ Việt Nam quận",
                                help_text="Tên đầy đủ, hiện ở đầu và cuối mỗi trang.",
                                max_length=200,
                                verbose_name="tên cơ quan",
                            ),
                        ),
                        (
                            "short_name",
                            models.CharField(
                                blank=True,
                                help_text="Dùng trong tiêu đề trang và nguồn tin, ví dụ: MTTQ quận Cầu Giấy.",
                                max_length=80,
                                verbose_name="tên viết tắt",
                            ),
                        ),
                        (
                            "tagline",
                            models.CharField(
                                blank=True,
                                help_text="Một dòng dưới tên cơ quan, cũng dùng làm mô tả mặc định cho máy tìm kiếm.",
                                max_length=200,
                                verbose_name="khẩu hiệu / mô tả ngắn",
                            ),
                        ),
                        (
                            "address",
                            models.CharField(blank=True, max_length=300, verbose_name="địa chỉ"),
                        ),
                        (
                            "phone",
                            models.CharField(blank=True, max_length=60, verbose_name="điện thoại"),
                        ),
                        (
                            "email",
                            models.EmailField(
                                blank=True, max_length=254, verbose_name="thư điện tử"
                            ),
                        ),
                        (
                            "office_hours",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="giờ làm việc"
                            ),
                        ),
                        (
                            "responsible_person",
                            models.CharField(
                                blank=True,
                                help_text="Theo Nghị định 42/2022/NĐ-CP, ví dụ: Chủ tịch Ủy ban MTTQ Việt Nam quận.",
                                max_length=200,
                                verbose_name="người chịu trách nhiệm nội dung",
                            ),
                        ),
                        (
                            "license_note",
                            models.CharField(
                                blank=True,
                                max_length=300,
                                verbose_name="giấy phép / ghi chú bản quyền",
                            ),
                        ),
                        (
                            "updated_at",
                            models.DateTimeField(auto_now=True, verbose_name="cập nhật lúc"),
                        ),
                    ],
                    options={
                        "db_table": "portal_sitesettings",
                        "verbose_name": "thông tin cơ quan",
                        "verbose_name_plural": "thông tin cơ quan",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, restore_content_type),
    ]
