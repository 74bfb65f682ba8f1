"""Moved to ``tests.factories.news`` (one set of factories per app). Re-exported only for the
test modules that still import from here (tests/portal/test_pagecache.py,
tests/readership/test_counters.py); delete once they import ``tests.factories.news``."""

from tests.factories.news import make_article, make_category, make_tag  # noqa: F401
