"""Content-Security-Policy in a real browser: nothing on the public site or in the admin's
CKEditor is blocked (Chromium reports every blocked script, style or frame on the console)."""

import pytest
from django.contrib.auth import get_user_model

from tests.browser.conftest import shoot
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "mat-khau-quan-tri-du-dai-2024"


def csp_errors(page) -> list[str]:
    errors = []
    page.on(
        "console",
        lambda message: (
            errors.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return errors


def test_public_pages_run_under_the_strict_policy(page, site_settings):
    article = make_article("Hội nghị phản biện xã hội", category=make_category(), cover=True)
    errors = csp_errors(page)
    for path in ("/", "/tin-tuc/", article.get_absolute_url(), "/hoi-nghi/"):
        response = page.goto(path)
        assert response.status == 200, path
        assert "unsafe-inline" not in response.headers["content-security-policy"]
        page.wait_for_load_state("load")
    assert not errors, errors


def test_ckeditor_works_under_the_admin_policy(page, site_settings):
    get_user_model().objects.create_superuser("quantri", "qt@example.vn", PASSWORD)
    errors = csp_errors(page)
    page.goto("/admin/login/")
    page.fill("#id_username", "quantri")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/admin/")
    response = page.goto("/admin/news/article/add/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    frame_element = page.wait_for_selector("iframe.cke_wysiwyg_frame")
    editor = frame_element.content_frame()
    editor.click("body")
    page.keyboard.type("Toàn cảnh hội nghị")
    page.keyboard.press("Control+A")
    page.click("a.cke_button__bold")  # a toolbar button: inline onclick handler
    assert "<strong>" in editor.inner_html("body")
    shoot(page, "csp-admin-ckeditor")
    assert not errors, errors
