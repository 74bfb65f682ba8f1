"""Public news pages in a real browser: phone and desktop, accessibility, no JavaScript needed."""

from datetime import timedelta

import pytest

from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe, shoot
from tests.factories.news import make_article, make_category, make_tag

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def news(site_settings):
    category = make_category("Hoạt động Mặt trận", description="Tin hoạt động của Mặt trận.")
    tag = make_tag("phản biện xã hội")
    top = make_article(
        "Ủy ban MTTQ Việt Nam quận ký kết chương trình phối hợp và phản biện xã hội",
        category=category,
        featured=True,
        cover=True,
        cover_size=(1600, 1000),
        tags=[tag],
    )
    for i in range(8):
        make_article(
            f"Hội nghị tiếp xúc cử tri số {i}",
            category=category,
            cover=i % 2 == 0,
            ago=timedelta(hours=i + 2),
        )
    return {"article": top, "category": category}


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_news_pages_fit_the_screen_and_pass_axe(new_page, news, viewport):
    page = new_page(viewport)
    for name, url in (
        ("home", "/"),
        ("article", news["article"].get_absolute_url()),
        ("category", news["category"].get_absolute_url()),
        ("all-news", "/tin-tuc/"),
    ):
        page.goto(url)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], f"{name} scrolls sideways ({width}px)"
        shoot(page, f"news-{name}-{viewport['width']}")
        violations = axe_violations(page)
        assert not violations, f"{name}: {describe(violations)}"


def test_article_reads_without_javascript(new_page, news):
    page = new_page(PHONE, java_script_enabled=False)
    page.goto(news["article"].get_absolute_url())
    assert page.locator("h1").inner_text().startswith("Ủy ban MTTQ Việt Nam quận ký kết")
    assert page.get_by_role("link", name="Facebook").is_visible()
    # buttons that need JavaScript stay hidden rather than broken
    assert not page.locator("[data-copy-url]").is_visible()
    assert not page.locator("[data-print]").is_visible()


def test_print_and_copy_buttons_appear_with_javascript(new_page, news):
    page = new_page(DESKTOP)
    page.goto(news["article"].get_absolute_url())
    assert page.locator("[data-print]").is_visible()
    assert page.locator("[data-copy-url]").is_visible()
