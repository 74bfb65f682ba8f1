"""/healthz during a database outage: 503 and one warning line per probe (issue 20, item 5)."""

import logging
from unittest import mock

import pytest
from django.db import OperationalError

pytestmark = pytest.mark.django_db

DB_DOWN = 'could not connect to server: Connection refused\n\tIs the server running on host "x"'


def test_healthz_logs_one_warning_line_per_probe_during_an_outage(client, caplog):
    failing = mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError(DB_DOWN)
    )
    with caplog.at_level(logging.DEBUG), failing:
        for _ in range(3):
            assert client.get("/healthz").status_code == 503
    logged = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(logged) == 3, [record.getMessage() for record in logged]
    for record in logged:
        assert record.levelno == logging.WARNING
        assert record.exc_info is None  # no traceback
        message = record.getMessage()
        assert "\n" not in message
        assert "Connection refused" in message


def test_healthy_probe_logs_nothing(client, caplog):
    with caplog.at_level(logging.WARNING):
        assert client.get("/healthz").status_code == 200
    assert not caplog.records
