import io

import pytest
from django.core.management import call_command

from committee.models import Leader, Page
from demo import committee as demo_committee

pytestmark = pytest.mark.django_db


def test_seed_creates_pages_and_leaders_once_and_keeps_edits():
    demo_committee.seed(stdout=io.StringIO(), verbosity=0)
    assert list(Page.objects.in_navigation().values_list("title", flat=True)) == [
        "Giới thiệu",
        "Cơ cấu tổ chức",
    ]
    assert Leader.objects.published().count() == len(demo_committee.DEMO_LEADERS)
    chair = Leader.objects.published().first()
    assert chair.email.endswith("@example.vn")
    assert "ví dụ" in chair.duties  # contact details are marked as examples

    page = Page.objects.get(slug="gioi-thieu")
    page.title = "Giới thiệu chung"
    page.save()
    demo_committee.seed(stdout=io.StringIO(), verbosity=0)
    assert Page.objects.count() == 2
    assert Leader.objects.count() == len(demo_committee.DEMO_LEADERS)
    assert Page.objects.get(slug="gioi-thieu").title == "Giới thiệu chung"


def test_seed_demo_command_links_leaders_to_conference_people():
    call_command("seed_demo", verbosity=0)
    call_command("seed_demo", verbosity=0)
    assert Leader.objects.count() == len(demo_committee.DEMO_LEADERS)
    # The events demo holds the sample conference and the records of 2024–2026, where every
    # demo leader took part.
    for leader in Leader.objects.all():
        assert leader.person.full_name == leader.full_name


def test_demo_page_bodies_survive_the_sanitizer_unchanged():
    demo_committee.seed(stdout=io.StringIO(), verbosity=0)
    body = Page.objects.get(slug="co-cau-to-chuc").body
    assert "<table>" in body and '<th scope="col">' in body
    assert '<a href="/lanh-dao/"' in body
