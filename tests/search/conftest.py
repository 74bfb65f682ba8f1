import pytest
from django.test import Client


@pytest.fixture
def client(db):
    return Client(HTTP_HOST="localhost")


@pytest.fixture
def find(db):
    """Titles found by the search engine for ``q`` (news, then conferences), as a reader."""
    from django.contrib.auth.models import AnonymousUser

    from search import engine
    from search.query import parse_query

    def run(q, *, kind=engine.NEWS, user=None, filters=None):
        parsed = parse_query(q)
        assert parsed.ok, parsed.error
        results = engine.ranked(
            kind, parsed, user=user or AnonymousUser(), filters=filters or engine.Filters()
        )
        return [obj.title for obj in results[:100]]

    return run
