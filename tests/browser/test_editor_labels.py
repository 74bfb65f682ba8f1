"""CKEditor speaks the writers' Vietnamese: headings named, alt text not called a caption."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import log_in, wait_until
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_heading_and_alt_text_labels_are_vietnamese(page, staff_groups, site_settings):
    make_user("writer", "phongvien")
    log_in(page, "phongvien", next_url="/admin/news/article/add/")
    wait_until(
        page,
        "() => !!window.CKEDITOR && Object.values(CKEDITOR.instances).some(e => e.status === 'ready')",
        what="CKEditor ready",
    )
    page.locator(".cke_combo__format a").click()
    frame = page.frame_locator("iframe.cke_panel_frame")
    expect(frame.get_by_text("Tiêu đề mục (H2)")).to_be_visible()
    page.keyboard.press("Escape")

    page.evaluate("Object.values(CKEDITOR.instances)[0].execCommand('image')")
    dialog = page.locator(".cke_dialog")
    expect(dialog.get_by_text("Mô tả ảnh cho người khiếm thị (văn bản thay thế)")).to_be_visible()
    assert dialog.get_by_text("Chú thích ảnh", exact=True).count() == 0
