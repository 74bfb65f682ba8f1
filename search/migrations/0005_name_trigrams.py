"""Trigram indexes on the folded names of people and organisations (issue 19). No-op on
SQLite.

The site search's "Người" and "Tổ chức" tabs narrow people and organisations by whole
syllables of their folded name (``core.keywords.words_q``: a regular expression per
syllable). Without an index that is a scan of every name on every search (20,000 people in
the bench); pg_trgm answers such a regular expression from a GIN index of trigrams, so a
query whose syllables are in no name — the common case, "hoi nghi" — costs an index look-up.
Only indexes: nothing is rewritten, and the build takes seconds at the bench's size.
"""

from importlib import import_module

from django.db import migrations

INDEXES = (
    ("events_person", "events_person_name_folded_trgm"),
    ("events_organization", "events_organization_name_folded_trgm"),
)


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    first = import_module("search.migrations.0001_postgres_search")
    _own, _unaccent, trgm = first._schemas(connection)
    for table, name in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (name_folded {trgm}.gin_trgm_ops)"
        )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for _table, name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_words_and_tones")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
