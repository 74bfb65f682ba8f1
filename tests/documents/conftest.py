import pytest

from tests.browser.conftest import chromium, demo_site, new_page, staff_groups  # noqa: F401
from tests.factories.users import make_user


@pytest.fixture
def official(db):
    """Signed in at /dang-nhap/ in the group "Cán bộ": sees internal documents."""
    return make_user("official")


@pytest.fixture
def official_client(client, official):
    client.force_login(official)
    return client
