"""A first visit asks for nothing that is missing (issue 20, item 15): Chromium requests
/favicon.ico on its own, and a 404 there was a console error on every page."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_loads_without_a_failed_request(new_page, site_settings):
    page = new_page()
    failed = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.on("console", lambda m: failed.append(m.text) if m.type == "error" else None)
    page.goto("/")
    page.wait_for_load_state("load")
    icon = page.request.get("/favicon.ico")
    assert icon.status == 200 and icon.headers["content-type"] == "image/x-icon"
    page.wait_for_timeout(300)
    assert failed == []
