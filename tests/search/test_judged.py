"""The judged set (tests/search/judged.py): precision at 5 ≥ 0.9 and mean reciprocal rank
≥ 0.95 over at least 40 queries, on SQLite and on PostgreSQL."""

import pytest

from tests.factories.news import make_article
from tests.search.judged import QUERIES, build_corpus, evaluate

pytestmark = pytest.mark.django_db


def test_the_judged_set_is_big_and_varied():
    queries = [q for q, _relevant in QUERIES]
    assert len(queries) >= 40
    assert any(q != q.lower() for q in queries)  # upper case
    assert any('"' in q for q in queries)  # quoted phrases
    assert any(len(q.split()) == 4 for q in queries)


def test_precision_and_reciprocal_rank(find):
    titles = build_corpus(make_article)
    figures = evaluate(find, titles)
    misses = [row for row in figures["queries"] if row[1] < 1 or row[2] < 1]
    assert figures["p5"] >= 0.9, misses
    assert figures["mrr"] >= 0.95, misses
