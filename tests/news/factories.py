"""Moved to ``tests.factories`` (one set of factories per app). Re-exported only for the test
modules that still import from here (tests/portal/test_pagecache.py,
tests/readership/test_counters.py); delete once they import ``tests.factories.users``."""

from tests.factories.users import make_user  # noqa: F401
