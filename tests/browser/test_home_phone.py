"""The home page on a phone (issue 20, item 26): the top story, the latest few, then one
compact row per category, measured in Chromium at 390 px (screenshots in test-artifacts)."""

from datetime import timedelta

import pytest

from tests.browser.conftest import DESKTOP, PHONE, shoot
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def home_content(site_settings):
    for i in range(7):
        make_article(f"Tin mới trong ngày {i}", ago=timedelta(minutes=i + 1), cover=(i == 0))
    for c in range(4):
        category = make_category(f"Chuyên mục {c}", order=c)
        for i in range(4):
            make_article(
                f"Tin chuyên mục {c}-{i}: một tiêu đề dài như tin thật của Ủy ban quận",
                category=category,
                ago=timedelta(days=c + 1, hours=i),
                cover=True,
            )


def test_phone_home_is_short_and_compact(new_page, home_content):
    page = new_page(PHONE)
    page.goto("/")
    visible_latest = page.locator(".latest-list li:visible").count()
    assert 3 <= visible_latest <= 4
    blocks = page.locator(".category-block")
    assert blocks.count() == 4
    for i in range(4):
        box = blocks.nth(i).bounding_box()
        assert box["height"] < 200, f"category block {i} is {box['height']} px tall"
        assert not blocks.nth(i).locator(".title-list").is_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    shoot(page, "home-phone-compact")
    # Top story, four latest, four category rows, the side boxes and the footer: under
    # four phone screens (six before: every category's card, sapo and titles).
    assert height < 4 * PHONE["height"], height


def test_desktop_home_keeps_the_category_lists(new_page, home_content):
    page = new_page(DESKTOP)
    page.goto("/")
    assert page.locator(".latest-list li:visible").count() == 6
    assert page.locator(".category-block .title-list").first.is_visible()
    shoot(page, "home-desktop")
