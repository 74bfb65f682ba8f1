"""Browser fixtures for tests/committee/test_browser.py, from the shared harness."""

from tests.browser.conftest import chromium, new_page  # noqa: F401
