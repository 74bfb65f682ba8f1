"""One entry per person per conference (issue 18), step 1 of 3: the new columns and table.

``ParticipationRole`` holds a participation's roles (several per person); ``position_normalized``
the position in one wording (events.positions); ``note`` what a merge could not put elsewhere.
0008 moves the data, 0009 drops the old per-row ``role``.
"""

import django.db.models.deletion
from django.db import migrations, models

ROLE_CHOICES = [
    ("presiding", "Chủ trì"),
    ("presenting", "Trình bày"),
    ("opening", "Phát biểu khai mạc"),
    ("speaking", "Phát biểu"),
    ("responding", "Tiếp thu, giải trình"),
    ("concluding", "Kết luận"),
    ("witnessing", "Chứng kiến"),
    ("attending", "Dự"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_conference_clerks_group"),
    ]

    operations = [
        migrations.CreateModel(
            name="ParticipationRole",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "role",
                    models.CharField(choices=ROLE_CHOICES, max_length=20, verbose_name="vai trò"),
                ),
                (
                    "participation",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="roles",
                        to="events.participation",
                        verbose_name="người tham dự",
                    ),
                ),
            ],
            options={
                "verbose_name": "vai trò",
                "verbose_name_plural": "vai trò",
                "ordering": ("participation", "id"),
                "constraints": [
                    models.UniqueConstraint(
                        fields=("participation", "role"),
                        name="events_participation_role_unique",
                        violation_error_message="Người này đã có vai trò đó trong hội nghị.",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("role__in", [value for value, _ in ROLE_CHOICES])),
                        name="events_participationrole_role_valid",
                    ),
                ],
            },
        ),
        migrations.AddField(
            model_name="participation",
            name="note",
            field=models.TextField(
                blank=True,
                help_text="Ví dụ: cách ghi chức vụ khác của cùng người trong nguồn, để đối chiếu.",
                verbose_name="ghi chú",
            ),
        ),
        migrations.AddField(
            model_name="participation",
            name="position_normalized",
            field=models.CharField(
                blank=True,
                default="",
                editable=False,
                help_text="Tự tạo từ chức vụ: viết đầy đủ chữ viết tắt, thống nhất cách viết.",
                max_length=500,
                verbose_name="chức vụ (viết đầy đủ)",
            ),
        ),
        migrations.AlterField(
            model_name="participation",
            name="position",
            field=models.CharField(
                blank=True,
                help_text=(
                    "Ghi như nguồn ghi, ví dụ: UVTV Quận ủy, Phó Chủ tịch UBND quận. Chữ viết "
                    "tắt được viết đầy đủ ở mục “Chức vụ (viết đầy đủ)” khi lưu; nội dung ghi ở "
                    "đây giữ nguyên."
                ),
                max_length=300,
                verbose_name="chức vụ lúc đó",
            ),
        ),
    ]
