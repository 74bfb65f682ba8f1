"""PostgreSQL full-text search for news articles and conferences (no-op on SQLite).

What it creates (all in the schema the Django tables live in):

- extensions ``unaccent`` and ``pg_trgm`` (both "trusted": the database owner may create them);
- ``portal_unaccent(text)``: an IMMUTABLE wrapper of ``unaccent`` (which is only STABLE, so it
  cannot be used in an index expression by itself);
- ``portal_search_text(text)``: NFC-normalises and turns every run of non-letters/non-digits
  into one space, so "2023-2027", "KT-XH" or "Cầu Giấy," split into words exactly as the
  Python side (``search.query.tokenize``) splits a query;
- the text search configuration ``portal_vi``: a copy of ``simple`` (no stop words, no
  stemming, lower-cases) with ``unaccent`` mapped in front of it, so "Cầu Giấy", "CẦU GIẤY",
  "cau giay", "Hòa"/"Hoà", "đồng chí" (NFC or NFD) all index and query the same lexemes;
- a ``search_vector tsvector`` column on ``news_article`` (A: title, B: sapo, C: byline and
  body without tags) and on ``events_conference`` (A: title, B: summary, C: the folded
  ``search_text``, which holds participants' names and positions, opinions, responses, drafts
  and programmes), kept current by BEFORE INSERT/UPDATE triggers on every save, bulk insert
  or ``.update()`` of those columns;
- GIN indexes on both vectors and trigram (GIN, ``gin_trgm_ops``) indexes on the unaccented,
  lower-cased titles for "did you mean" suggestions.

Why triggers and not ``GENERATED ALWAYS AS … STORED`` columns: PostgreSQL refuses to change the
type of a column a generated column uses, so a later ``AlterField(title, max_length=…)`` in
news or events would fail. Triggers read the columns by name at run time and let the news and
events apps evolve their models freely. The columns are not declared on the Django models
(those belong to the news and events apps); ``search.engine`` reads them with SQL.
"""

from django.db import migrations

ARTICLE_TABLE = "news_article"
CONFERENCE_TABLE = "events_conference"


def _schemas(connection) -> tuple[str, str, str]:
    """(schema of our objects, schema of unaccent, schema of pg_trgm), quoted."""
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        cursor.execute("SELECT current_schema()")
        own = cursor.fetchone()[0]
        found = {}
        for name in ("unaccent", "pg_trgm"):
            cursor.execute(
                "SELECT n.nspname FROM pg_extension e "
                "JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = %s",
                [name],
            )
            found[name] = cursor.fetchone()[0]
    return quote(own), quote(found["unaccent"]), quote(found["pg_trgm"])


def forward_sql(own: str, unaccent: str, trgm: str) -> list[str]:
    config = f"{own}.portal_vi"
    clean = f"{own}.portal_search_text"
    html_noise = r"'<[^>]*>|&[#a-zA-Z0-9]+;'"
    return [
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_unaccent(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT {unaccent}.unaccent('{unaccent}.unaccent'::regdictionary, $1) $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {clean}(text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT regexp_replace(normalize(coalesce($1, ''), NFC), '[^[:alnum:]]+', ' ', 'g') $$
        """,
        f"""
        DO $do$ BEGIN
          IF NOT EXISTS (
            SELECT 1 FROM pg_ts_config
            WHERE cfgname = 'portal_vi' AND cfgnamespace = current_schema()::regnamespace
          ) THEN
            CREATE TEXT SEARCH CONFIGURATION {config} (COPY = pg_catalog.simple);
          END IF;
        END $do$
        """,
        f"""
        ALTER TEXT SEARCH CONFIGURATION {config}
          ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart,
                            asciiword, asciihword, hword_asciipart
          WITH {unaccent}.unaccent, pg_catalog.simple
        """,
        # --- articles: A title, B sapo, C byline + body without tags and entities ---------
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_article_vector(
            title text, sapo text, byline text, body text
        ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
            setweight(to_tsvector('{config}'::regconfig, {clean}(title)), 'A')
            || setweight(to_tsvector('{config}'::regconfig, {clean}(sapo)), 'B')
            || setweight(to_tsvector('{config}'::regconfig, {clean}(
                   coalesce(byline, '') || ' '
                   || regexp_replace(coalesce(body, ''), {html_noise}, ' ', 'g'))), 'C')
        $$
        """,
        f"ALTER TABLE {ARTICLE_TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
        f"""
        CREATE OR REPLACE FUNCTION {own}.news_article_search_vector_update() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_article_vector(
              NEW.title, NEW.sapo, NEW.byline, NEW.body);
          RETURN NEW;
        END $$
        """,
        f"DROP TRIGGER IF EXISTS news_article_search_vector ON {ARTICLE_TABLE}",
        f"""
        CREATE TRIGGER news_article_search_vector
        BEFORE INSERT OR UPDATE OF title, sapo, byline, body ON {ARTICLE_TABLE}
        FOR EACH ROW EXECUTE FUNCTION {own}.news_article_search_vector_update()
        """,
        f"""
        UPDATE {ARTICLE_TABLE}
        SET search_vector = {own}.portal_article_vector(title, sapo, byline, body)
        """,
        f"""
        CREATE INDEX IF NOT EXISTS news_article_search_gin
        ON {ARTICLE_TABLE} USING gin (search_vector)
        """,
        f"""
        CREATE INDEX IF NOT EXISTS news_article_title_trgm
        ON {ARTICLE_TABLE} USING gin (lower({own}.portal_unaccent(title)) {trgm}.gin_trgm_ops)
        """,
        # --- conferences: A title, B summary, C everything else (folded search_text) -------
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_conference_vector(
            title text, summary text, search_text text
        ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
            setweight(to_tsvector('{config}'::regconfig, {clean}(title)), 'A')
            || setweight(to_tsvector('{config}'::regconfig, {clean}(summary)), 'B')
            || setweight(to_tsvector('{config}'::regconfig, {clean}(search_text)), 'C')
        $$
        """,
        f"ALTER TABLE {CONFERENCE_TABLE} ADD COLUMN IF NOT EXISTS search_vector tsvector",
        f"""
        CREATE OR REPLACE FUNCTION {own}.events_conference_search_vector_update()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_conference_vector(
              NEW.title, NEW.summary, NEW.search_text);
          RETURN NEW;
        END $$
        """,
        f"DROP TRIGGER IF EXISTS events_conference_search_vector ON {CONFERENCE_TABLE}",
        f"""
        CREATE TRIGGER events_conference_search_vector
        BEFORE INSERT OR UPDATE OF title, summary, search_text ON {CONFERENCE_TABLE}
        FOR EACH ROW EXECUTE FUNCTION {own}.events_conference_search_vector_update()
        """,
        f"""
        UPDATE {CONFERENCE_TABLE}
        SET search_vector = {own}.portal_conference_vector(title, summary, search_text)
        """,
        f"""
        CREATE INDEX IF NOT EXISTS events_conference_search_gin
        ON {CONFERENCE_TABLE} USING gin (search_vector)
        """,
        f"""
        CREATE INDEX IF NOT EXISTS events_conference_title_trgm
        ON {CONFERENCE_TABLE}
        USING gin (lower({own}.portal_unaccent(title)) {trgm}.gin_trgm_ops)
        """,
    ]


def backward_sql(own: str) -> list[str]:
    # The extensions stay: other code (or another app's migration) may use them.
    return [
        f"DROP TRIGGER IF EXISTS news_article_search_vector ON {ARTICLE_TABLE}",
        f"DROP TRIGGER IF EXISTS events_conference_search_vector ON {CONFERENCE_TABLE}",
        "DROP INDEX IF EXISTS news_article_search_gin",
        "DROP INDEX IF EXISTS news_article_title_trgm",
        "DROP INDEX IF EXISTS events_conference_search_gin",
        "DROP INDEX IF EXISTS events_conference_title_trgm",
        f"ALTER TABLE {ARTICLE_TABLE} DROP COLUMN IF EXISTS search_vector",
        f"ALTER TABLE {CONFERENCE_TABLE} DROP COLUMN IF EXISTS search_vector",
        f"DROP FUNCTION IF EXISTS {own}.news_article_search_vector_update()",
        f"DROP FUNCTION IF EXISTS {own}.events_conference_search_vector_update()",
        f"DROP FUNCTION IF EXISTS {own}.portal_article_vector(text, text, text, text)",
        f"DROP FUNCTION IF EXISTS {own}.portal_conference_vector(text, text, text)",
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {own}.portal_vi",
        f"DROP FUNCTION IF EXISTS {own}.portal_search_text(text)",
        f"DROP FUNCTION IF EXISTS {own}.portal_unaccent(text)",
    ]


def forwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return  # SQLite: search uses the folded search_text (search.engine)
    for statement in forward_sql(*_schemas(connection)):
        schema_editor.execute(statement, params=None)


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        own = connection.ops.quote_name(cursor.fetchone()[0])
    for statement in backward_sql(own):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_staff_groups"),
        ("events", "0002_kinds_group_collation"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
