"""Read replicas: public reads go to a replica; writes, staff and admin stay on the primary."""

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connections, router
from django.test.utils import CaptureQueriesContext

from news.models import Article
from portal import db_router
from portal.db_router import (
    PRIMARY,
    RECENT_WRITE_KEY,
    REPLICA_PIN_COOKIE,
    PrimaryReplicaRouter,
    reads_from_replica,
)
from tests.deploy.conftest import replica_db

# --- the router's decisions --------------------------------------------------------------------


def test_public_reads_go_to_the_replica(replica):
    with reads_from_replica():
        assert router.db_for_read(Article) == replica
        assert Article.objects.all().db == replica


def test_writes_always_go_to_the_primary(replica):
    with reads_from_replica():
        assert router.db_for_write(Article) == PRIMARY
        assert Article.objects.select_for_update().db == PRIMARY


def test_a_request_that_wrote_reads_its_own_writes(replica):
    with reads_from_replica():
        router.db_for_write(Group)
        assert router.db_for_read(Article) == PRIMARY


def test_without_a_request_reads_stay_on_the_primary(replica):
    """Management commands, the shell and migrations always see their own writes."""
    assert router.db_for_read(Article) == PRIMARY
    with reads_from_replica(allowed=False):
        assert router.db_for_read(Article) == PRIMARY


def test_sessions_lockouts_and_admin_log_are_never_read_from_a_replica(replica):
    with reads_from_replica():
        for model in (Session, LogEntry):
            assert router.db_for_read(model) == PRIMARY


@pytest.mark.django_db
def test_reads_inside_a_transaction_on_the_primary_stay_there(replica):
    with reads_from_replica():
        # pytest-django's `db` wraps the test in a transaction on the primary already.
        assert connections[PRIMARY].in_atomic_block
        assert router.db_for_read(Article) == PRIMARY


def test_everybody_reads_the_primary_for_a_while_after_a_write(replica):
    cache.set(RECENT_WRITE_KEY, 1, 5)
    with reads_from_replica():
        assert router.db_for_read(Article) == PRIMARY
    cache.delete(RECENT_WRITE_KEY)  # REPLICA_PIN_SECONDS later
    with reads_from_replica():
        assert router.db_for_read(Article) == replica


def test_a_write_outside_any_request_keeps_readers_on_the_primary(replica, monkeypatch):
    """An import or a shell session writes: other servers must not render from a lagging replica."""
    monkeypatch.setattr(db_router, "_last_marked", 0.0)
    PrimaryReplicaRouter().db_for_write(Article)
    assert cache.get(RECENT_WRITE_KEY) is not None


def test_read_counters_and_sessions_do_not_pin_readers_to_the_primary(replica, monkeypatch):
    """The batched "most read" flush runs after responses, once a minute per process."""
    from readership.models import ArticleDailyViews

    monkeypatch.setattr(db_router, "_last_marked", 0.0)
    PrimaryReplicaRouter().db_for_write(ArticleDailyViews)
    PrimaryReplicaRouter().db_for_write(Session)
    assert cache.get(RECENT_WRITE_KEY) is None
    with reads_from_replica():
        assert router.db_for_write(ArticleDailyViews) == PRIMARY
        assert router.db_for_read(Article) == replica


def test_one_request_reads_one_replica(replica, settings):
    settings.DATABASE_REPLICAS = [replica, "replica_1"]
    with reads_from_replica():
        first = router.db_for_read(Article)
        assert {router.db_for_read(Group) for _ in range(20)} == {first}


def test_replicas_are_never_migrated(replica):
    assert router.allow_migrate(replica, "news") is False
    assert router.allow_migrate(PRIMARY, "news") is True


# --- through the middleware, with real queries -------------------------------------------------


@pytest.fixture
def routed(replica, settings):
    settings.ROOT_URLCONF = "tests.deploy.urls"
    Group.objects.create(name="Phóng viên thử")
    cache.delete(RECENT_WRITE_KEY)
    return replica


def queries_by_alias(client, method, url, **kwargs):
    with (
        CaptureQueriesContext(connections[PRIMARY]) as primary,
        CaptureQueriesContext(connections["replica_0"]) as replica,
    ):
        response = getattr(client, method)(url, **kwargs)
    return response, len(primary), len(replica)


@replica_db
def test_anonymous_page_is_read_from_the_replica(routed, client):
    response, on_primary, on_replica = queries_by_alias(client, "get", "/nhom/")
    assert "Phóng viên thử" in response.content.decode().split(",")
    assert on_replica >= 1
    assert on_primary == 0


@replica_db
def test_staff_requests_read_the_primary(routed, client, django_user_model):
    staff = django_user_model.objects.create_user("bientap", password="x", is_staff=True)
    client.force_login(staff)
    response, on_primary, on_replica = queries_by_alias(client, "get", "/nhom/")
    assert response.status_code == 200
    assert on_replica == 0
    assert on_primary >= 1


@replica_db
def test_admin_requests_read_the_primary(routed, client):
    response, on_primary, on_replica = queries_by_alias(client, "get", "/admin/nhom/")
    assert "Phóng viên thử" in response.content.decode().split(",")
    assert on_replica == 0


@replica_db
def test_after_a_post_the_writer_and_everybody_else_read_the_primary(routed, client):
    response, on_primary, on_replica = queries_by_alias(
        client, "post", "/nhom/them/", data={"name": "Biên tập viên thử"}
    )
    assert response.status_code == 201
    assert on_replica == 0
    pin = response.cookies[REPLICA_PIN_COOKIE]
    assert pin["max-age"] == 5
    assert pin["httponly"]

    # The writer's next page shows the new row, read from the primary (pin cookie).
    response, on_primary, on_replica = queries_by_alias(client, "get", "/nhom/")
    assert "Biên tập viên thử" in response.content.decode()
    assert on_replica == 0

    # Another reader, on any server, also reads the primary during the window…
    other = client.__class__()
    _response, _on_primary, on_replica = queries_by_alias(other, "get", "/nhom/")
    assert on_replica == 0
    # …and the replica again once the window is over.
    cache.delete(RECENT_WRITE_KEY)
    _response, on_primary, on_replica = queries_by_alias(other, "get", "/nhom/")
    assert on_replica >= 1
    assert on_primary == 0


@replica_db
def test_a_post_that_writes_nothing_does_not_pin(routed, client):
    response = client.post("/nhom/")
    assert REPLICA_PIN_COOKIE not in response.cookies
    assert cache.get(RECENT_WRITE_KEY) is None
