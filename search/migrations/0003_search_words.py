"""The words of the indexed text, for "did you mean" on PostgreSQL (no-op on SQLite).

``search_word`` holds every distinct lexeme (folded, 2–40 characters, not all digits) of the
article and conference vectors, with a trigram index: a misspelt word ("giya") is compared with
a few tens of thousands of short words instead of 100,000 titles. The vector triggers add the
words of each saved row (in a fixed order, so concurrent saves cannot deadlock); words are never
removed — a suggestion is only shown after the suggested query has found something the visitor
may see, so a word from a draft or an internal conference never reveals anything.
"""

from django.db import migrations


def _own_schema(connection) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        own = cursor.fetchone()[0]
        cursor.execute(
            "SELECT n.nspname FROM pg_extension e "
            "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
        )
        trgm = cursor.fetchone()[0]
    quote = connection.ops.quote_name
    return quote(own), quote(trgm)


def forward_sql(own: str, trgm: str) -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {own}.search_word (word text PRIMARY KEY)",
        f"""
        CREATE INDEX IF NOT EXISTS search_word_trgm
        ON {own}.search_word USING gin (word {trgm}.gin_trgm_ops)
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_remember_words(vector tsvector) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO {own}.search_word (word)
          SELECT w FROM unnest(tsvector_to_array(vector)) AS w
          WHERE length(w) BETWEEN 2 AND 40 AND w !~ '^[0-9]+$'
          ORDER BY w
          ON CONFLICT DO NOTHING
        $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.news_article_search_vector_update() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_article_vector(
              NEW.title, NEW.sapo, NEW.byline, NEW.body);
          PERFORM {own}.portal_remember_words(NEW.search_vector);
          RETURN NEW;
        END $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.events_conference_search_vector_update()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_conference_vector(
              NEW.title, NEW.summary, NEW.search_text);
          PERFORM {own}.portal_remember_words(NEW.search_vector);
          RETURN NEW;
        END $$
        """,
        *(
            f"""
            INSERT INTO {own}.search_word (word)
            SELECT word FROM ts_stat('SELECT search_vector FROM {table}')
            WHERE length(word) BETWEEN 2 AND 40 AND word !~ '^[0-9]+$'
            ON CONFLICT DO NOTHING
            """
            for table in ("news_article", "events_conference")
        ),
    ]


def backward_sql(own: str) -> list[str]:
    return [
        f"""
        CREATE OR REPLACE FUNCTION {own}.news_article_search_vector_update() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_article_vector(
              NEW.title, NEW.sapo, NEW.byline, NEW.body);
          RETURN NEW;
        END $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.events_conference_search_vector_update()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_conference_vector(
              NEW.title, NEW.summary, NEW.search_text);
          RETURN NEW;
        END $$
        """,
        f"DROP FUNCTION IF EXISTS {own}.portal_remember_words(tsvector)",
        f"DROP TABLE IF EXISTS {own}.search_word",
    ]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in forward_sql(*_own_schema(schema_editor.connection)):
        schema_editor.execute(statement, params=None)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    own, _trgm = _own_schema(schema_editor.connection)
    for statement in backward_sql(own):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_tier_indexes")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
