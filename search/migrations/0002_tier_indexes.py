"""GIN indexes on the weight-filtered vectors, so ranking never sorts every match.

Results are ordered by tier (every term in the title > in title or sapo/summary > anywhere),
then newest first. ``search.engine.TieredResults`` asks each tier separately, newest first with
a LIMIT — ``ts_filter(search_vector, '{a}') @@ …`` for the title tier and ``'{a,b}'`` for title
or sapo — and these expression indexes let PostgreSQL answer a rare tier from the index and a
common one by walking the date index, instead of reading (and de-TOASTing) the vector of every
matching row. No-op on SQLite.
"""

from django.db import migrations

INDEXES = [
    ("news_article_search_a_gin", "news_article", "{a}"),
    ("news_article_search_ab_gin", "news_article", "{a,b}"),
    ("events_conference_search_a_gin", "events_conference", "{a}"),
    ("events_conference_search_ab_gin", "events_conference", "{a,b}"),
]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, weights in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (ts_filter(search_vector, '{weights}'))",
            params=None,
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _weights in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}", params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0001_postgres_search")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
