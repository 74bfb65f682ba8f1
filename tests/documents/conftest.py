from tests.browser.conftest import chromium, demo_site, new_page, staff_groups  # noqa: F401
