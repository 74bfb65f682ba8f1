"""Site-wide, Vietnamese-aware search over published news and visible conferences (issue 7).

- ``search.query``: parses what the visitor typed (words, quoted phrases, odd input).
- ``search.engine``: runs it — PostgreSQL full-text search on stored vectors, or the folded
  ``search_text`` fallback on SQLite — and ranks (title > sapo/summary > the rest, newer first).
- ``search.highlight``: escaped snippets with the matched words wrapped in ``<mark>``.
- ``search.migrations``: the PostgreSQL pieces (unaccent, pg_trgm, the ``portal_vi`` text
  search configuration, generated vector columns, GIN and trigram indexes); no-ops on SQLite.
"""
