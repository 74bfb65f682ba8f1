"""Vectors that know Vietnamese words and tones (issue 19). No-op on SQLite.

Every field is split into syllables (``portal_search_text``: NFC, anything but letters and
digits is a space) and each syllable at position *i* is stored as up to four lexemes:

- ``hoi``       the folded syllable (unaccent, lower case) — matches every tone, as before;
- ``hôi~j``     its tone key (``portal_tone_key``, the same as ``core.keywords.tone_key``: case
                and tone placement ignored, tone and vowel marks kept) — what the reader typed;
- ``hoi_nghi``  the folded syllable and the next one, a pair — a two-syllable phrase is one
                lexeme that the GIN index answers exactly, without reading any row's vector;
- ``hôi~j_nghi~j`` the pair of tone keys.

A longer phrase is its pairs chained with ``<->`` (``core.keywords.Term.phrase_tsquery``).
Pairs never span two fields. Weights: articles A title, B sapo, C byline and body; conferences
A title, B summary, C venue and conclusion, D the folded ``search_text`` (participants, opinions,
programmes…: its tones are not known, so it holds folded lexemes and pairs only).

The vocabulary for "did you mean" (``search_word``) keeps plain folded words only.
"""

from importlib import import_module

from django.db import migrations

TONES = "\\u0300\\u0301\\u0303\\u0309\\u0323"


def _own_schema(connection) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_schema()")
        return connection.ops.quote_name(cursor.fetchone()[0])


def forward_sql(own: str) -> list[str]:
    html_noise = r"'<[^>]*>|&[#a-zA-Z0-9]+;'"
    words = f"{own}.portal_words_vector"
    return [
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_tone_key(word text) RETURNS text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
        AS $$ SELECT normalize(translate(d, E'{TONES}', ''), NFC) || '~' ||
            CASE substring(d from E'[{TONES}]')
              WHEN E'\\u0300' THEN 'f' WHEN E'\\u0301' THEN 's' WHEN E'\\u0303' THEN 'x'
              WHEN E'\\u0309' THEN 'r' WHEN E'\\u0323' THEN 'j' ELSE 'z' END
          FROM (SELECT lower(translate(normalize($1, NFD), 'ĐÐð', 'đđđ')) AS d) AS w $$
        """,
        # Whole-text operations, then one pass over the syllables: the text lower-cased and
        # decomposed (NFD, Đ → đ); split three ways that stay aligned (no operation moves a
        # space): folded (every mark dropped, đ → d), the base of the tone key (tone marks
        # dropped, NFC) and the tone marks alone; a syllable longer than 100 letters is left
        # out (core.keywords.MAX_SYLLABLE). Pairs come from the next syllable (lead()).
        f"""
        CREATE OR REPLACE FUNCTION {words}(body text, tones boolean) RETURNS tsvector
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$
          SELECT coalesce(string_agg(
              f || ':' || i
              || CASE WHEN tones THEN ' ' || k || ':' || i ELSE '' END
              || CASE WHEN nf IS NULL THEN '' ELSE
                   ' ' || f || '_' || nf || ':' || i
                   || CASE WHEN tones THEN ' ' || k || '_' || nk || ':' || i ELSE '' END
                 END,
              ' '), '')::tsvector
          FROM (
            SELECT i, f, k, lead(f) OVER w AS nf, lead(k) OVER w AS nk
            FROM (
              SELECT i, f, b || '~' || coalesce(
                  nullif(translate(left(m, 1), E'{TONES}', 'fsxrj'), ''), 'z') AS k
              FROM (
                SELECT lower(translate(normalize(btrim(regexp_replace(
                    {own}.portal_search_text(body), '(^| )[^ ]{{101,}}', '', 'g')), NFD),
                    'ĐÐð', 'đđđ')) AS d
              ) AS t,
              unnest(
                string_to_array(
                    translate(regexp_replace(d, E'[\\u0300-\\u036f]', '', 'g'), 'đ', 'd'), ' '),
                CASE WHEN tones THEN string_to_array(
                    normalize(translate(d, E'{TONES}', ''), NFC), ' ') END,
                CASE WHEN tones THEN string_to_array(
                    regexp_replace(d, E'[^ {TONES}]', '', 'g'), ' ') END
              ) WITH ORDINALITY AS s(f, b, m, i)
              WHERE d <> ''
            ) AS syllables
            WINDOW w AS (ORDER BY i)
          ) AS pairs
          WHERE i <= 16383
        $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_article_vector(
            title text, sapo text, byline text, body text
        ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
            setweight({words}(title, true), 'A')
            || setweight({words}(sapo, true), 'B')
            || setweight({words}(byline, true)
                         || {words}(regexp_replace(coalesce(body, ''), {html_noise}, ' ', 'g'),
                                    true), 'C')
        $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_conference_vector(
            title text, summary text, venue text, conclusion text, search_text text
        ) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT
            setweight({words}(title, true), 'A')
            || setweight({words}(summary, true), 'B')
            || setweight({words}(venue, true) || {words}(conclusion, true), 'C')
            || setweight({words}(search_text, false), 'D')
        $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.portal_remember_words(vector tsvector) RETURNS void
        LANGUAGE sql AS $$
          INSERT INTO {own}.search_word (word)
          SELECT w FROM unnest(tsvector_to_array(vector)) AS w
          WHERE length(w) BETWEEN 2 AND 40 AND w !~ '^[0-9]+$' AND w !~ '[~_]'
          ORDER BY w
          ON CONFLICT DO NOTHING
        $$
        """,
        f"""
        CREATE OR REPLACE FUNCTION {own}.events_conference_search_vector_update()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.search_vector := {own}.portal_conference_vector(
              NEW.title, NEW.summary, NEW.venue, NEW.conclusion, NEW.search_text);
          PERFORM {own}.portal_remember_words(NEW.search_vector);
          RETURN NEW;
        END $$
        """,
        "DROP TRIGGER IF EXISTS events_conference_search_vector ON events_conference",
        f"""
        CREATE TRIGGER events_conference_search_vector
        BEFORE INSERT OR UPDATE OF title, summary, venue, conclusion, search_text
        ON events_conference
        FOR EACH ROW EXECUTE FUNCTION {own}.events_conference_search_vector_update()
        """,
        f"DROP FUNCTION IF EXISTS {own}.portal_conference_vector(text, text, text)",
        # Conferences are ranked level by level too (search.engine.TieredResults): the part
        # whose tones are unknown gets its index, as the title and title-or-summary have.
        """
        CREATE INDEX IF NOT EXISTS events_conference_search_d_gin
        ON events_conference USING gin (ts_filter(search_vector, '{d}'))
        """,
        f"DELETE FROM {own}.search_word WHERE word ~ '[~_]'",
        f"""
        UPDATE news_article
        SET search_vector = {own}.portal_article_vector(title, sapo, byline, body)
        """,
        f"""
        UPDATE events_conference SET search_vector = {own}.portal_conference_vector(
            title, summary, venue, conclusion, search_text)
        """,
        "ANALYZE news_article",
        "ANALYZE events_conference",
    ]


def backward_sql(own: str, unaccent: str, trgm: str) -> list[str]:
    first = import_module("search.migrations.0001_postgres_search")
    words = import_module("search.migrations.0003_search_words")
    return [
        "DROP INDEX IF EXISTS events_conference_search_d_gin",
        f"""
        CREATE OR REPLACE FUNCTION {own}.events_conference_search_vector_update()
        RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RETURN NEW; END $$
        """,
        f"""DROP FUNCTION IF EXISTS {own}.portal_conference_vector(
            text, text, text, text, text)""",
        # The earlier vectors, triggers and vocabulary, as those migrations made them.
        *first.forward_sql(own, unaccent, trgm),
        *words.forward_sql(own, trgm),
        f"DROP FUNCTION IF EXISTS {own}.portal_words_vector(text, boolean)",
        f"DROP FUNCTION IF EXISTS {own}.portal_tone_key(text)",
    ]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in forward_sql(_own_schema(schema_editor.connection)):
        schema_editor.execute(statement, params=None)


def backwards(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    first = import_module("search.migrations.0001_postgres_search")
    for statement in backward_sql(*first._schemas(connection)):
        schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_words")]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
