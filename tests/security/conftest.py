"""Fixtures for the security tests."""

import pytest


@pytest.fixture(autouse=True)
def _whitenoise_without_startup_scan(settings):
    """WhiteNoise indexes every static file (~2,800 with CKEditor) each time a test client
    loads the middleware, about a second per test on a busy machine; with autorefresh it looks
    files up per request instead. These tests fetch no static files."""
    settings.WHITENOISE_AUTOREFRESH = True
