import pytest

from tests.browser.conftest import chromium, demo_site, new_page, staff_groups  # noqa: F401
from tests.factories.events import make_person
from tests.factories.users import make_user


@pytest.fixture
def official(db):
    """In the group "Cán bộ": sees internal entries once signed in."""
    return make_user("official")


@pytest.fixture
def official_client(client, official):
    client.force_login(official)
    return client


@pytest.fixture
def thanh(db):
    return make_person("Nguyễn Thị Thanh")


@pytest.fixture
def cuong(db):
    return make_person("Ngô Đức Cường")
