"""Indexes for the public article lists (issue 17, item 5: deep pages that do not grow).

``news.views.list_queryset`` filters ``status = 'published' AND publish_at <= now`` (and
``category_id`` on a category page) and orders ``publish_at DESC, id DESC``. With these partial
indexes the id subquery of a page (``core.pagination.ids_first``) and the count are index-only
scans: page 500 reads 10,000 index entries instead of 10,000 table rows with their join.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_staff_groups"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["-publish_at", "-id"],
                name="news_article_live_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                condition=models.Q(("status", "published")),
                fields=["category", "-publish_at", "-id"],
                name="news_article_live_cat_idx",
            ),
        ),
    ]
