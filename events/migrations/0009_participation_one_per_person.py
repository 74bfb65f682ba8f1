"""One entry per person per conference (issue 18), step 3 of 3: drop the per-row role."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0008_merge_participations"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="participation",
            name="events_participation_unique_role",
        ),
        migrations.RemoveConstraint(
            model_name="participation",
            name="events_participation_role_valid",
        ),
        migrations.RemoveField(
            model_name="participation",
            name="role",
        ),
        migrations.AddConstraint(
            model_name="participation",
            constraint=models.UniqueConstraint(
                fields=("conference", "person"),
                name="events_participation_one_per_person",
                violation_error_message=(
                    "Người này đã có trong danh sách hội nghị; thêm vai trò vào dòng đã có."
                ),
            ),
        ),
    ]
