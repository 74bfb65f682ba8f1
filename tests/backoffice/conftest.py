import pytest
from django.contrib.auth.models import Group

from tests.factories.users import make_user

CLERKS_GROUP = "Thư ký hội nghị"  # events' data migration
LETTERS_GROUP = "Tiếp nhận thư góp ý"  # committee's data migrations (0002, renamed in 0005)


def in_group(user, name: str):
    user.groups.add(Group.objects.get(name=name))
    return user


@pytest.fixture
def writer(db):
    return make_user(
        "writer", "lan", first_name="Lan", last_name="Trần Thị", email="lan@example.vn"
    )


@pytest.fixture
def other_writer(db):
    return make_user("writer", "hoa", first_name="Hoa", last_name="Đỗ", email="hoa@example.vn")


@pytest.fixture
def editor(db):
    return make_user(
        "editor", "minh", first_name="Minh", last_name="Lê Văn", email="minh@example.vn"
    )


@pytest.fixture
def clerk(db):
    return in_group(make_user("staff", "thuky", email="thuky@example.vn"), CLERKS_GROUP)


@pytest.fixture
def handler(db):
    return in_group(make_user("staff", "tung", email="tung@example.vn"), LETTERS_GROUP)
