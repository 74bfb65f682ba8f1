"""SiteSettings moved to the kernel app ``core`` (issue 16): state only, the table stays."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="SiteSettings")],
            database_operations=[],
        ),
    ]
