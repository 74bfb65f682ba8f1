"""Moved to ``tests.factories.events`` (one set of factories per app). Re-exported only for the
test module that still imports from here (tests/demo/test_seed_demo.py); delete once it
imports ``tests.factories.events``."""

from tests.factories.events import HANOI  # noqa: F401
