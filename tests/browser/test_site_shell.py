"""The site shell every page shares: header, navigation, footer, skip link, error page."""

import pytest

from tests.browser.conftest import PHONE, axe_violations, describe, shoot

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_shell_on_phone_and_desktop(new_page, site_settings):
    for name, viewport in (("phone", PHONE), ("desktop", {"width": 1280, "height": 900})):
        page = new_page(viewport)
        page.goto("/")
        assert page.locator("header").get_by_text("Ủy ban MTTQ Việt Nam quận Cầu Giấy").first
        footer = page.locator("footer")
        assert "024 1234 5678" in footer.inner_text()
        shoot(page, f"shell-home-{name}")
        violations = axe_violations(page)
        assert not violations, describe(violations)


def test_skip_link_moves_focus_to_main_content(page, site_settings):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#noi-dung"


def test_phone_menu_opens_without_javascript(new_page, site_settings):
    page = new_page(PHONE, java_script_enabled=False)
    page.goto("/")
    toggle = page.locator(".main-nav__toggle summary")
    assert toggle.is_visible()
    toggle.click()
    assert page.locator(".main-nav__toggle .main-nav__list a").first.is_visible()


def test_unknown_page_shows_vietnamese_404(page, site_settings):
    response = page.goto("/khong-co-trang-nay/")
    assert response.status == 404
    assert "Không tìm thấy trang" in page.locator("h1").inner_text()
