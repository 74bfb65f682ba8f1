"""Fixtures for the scale-out tests: a read replica alias on the test database.

``replica_0`` is registered when this folder is collected, before pytest-django creates the
test databases, exactly like ``DATABASE_REPLICA_URLS`` would with ``TEST={"MIRROR": "default"}``:
Django then points it at the primary's test database. It is a second connection, so a query
shows up on the connection it was routed to; it only sees committed data, so tests that run
queries through it use ``@pytest.mark.django_db(transaction=True, databases=[...])``.
Routing itself is off (no router) until a test asks for the ``replica`` fixture.
"""

import copy

import pytest
from django.db import connections

REPLICA = "replica_0"

if REPLICA not in connections.settings:
    _replica_settings = copy.deepcopy(connections.settings["default"])
    _replica_settings["TEST"] = {**_replica_settings.get("TEST", {}), "MIRROR": "default"}
    connections.settings[REPLICA] = _replica_settings


@pytest.fixture
def replica(settings):
    """Install the replica router with ``replica_0`` as the only replica."""
    settings.DATABASE_REPLICAS = [REPLICA]
    settings.DATABASE_ROUTERS = ["portal.db_router.PrimaryReplicaRouter"]
    settings.REPLICA_PIN_SECONDS = 5
    yield REPLICA
    # No connection may outlive the test: PostgreSQL refuses to drop a database in use.
    connections[REPLICA].close()


replica_db = pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
