"""The backoffice as a newsroom (issue 24), in Chromium: a writer submits → the editor sees it
on the admin home, opens it, sends it back with a note → the writer sees the note on the home,
fixes it, submits again → the editor approves it from a phone (390 px).

The screenshots of this journey (and of the clerk's, the letter handler's and the
administrator's homes) are the pictures of the staff guide. They are always taken; they are
written to docs/huong-dan/anh/ only with UPDATE_GUIDE_IMAGES=1 (README), so that a plain
``make test`` leaves the working tree as it found it.
"""

import os
import tempfile
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from django.core import mail

from committee.models import Letter
from events.models import Conference
from news.models import Article, ArticleNote
from tests.browser.conftest import DESKTOP, PHONE, load_images, log_in, wait_until
from tests.factories.committee import make_letter
from tests.factories.events import make_conference
from tests.factories.news import make_category
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)

GUIDE_IMAGES = (
    Path(__file__).resolve().parents[2] / "docs" / "huong-dan" / "anh"
    if os.environ.get("UPDATE_GUIDE_IMAGES") == "1"
    else Path(tempfile.gettempdir()) / "portal-guide-images"
)
TITLE = "Phường Dịch Vọng ra mắt mô hình “Khu dân cư đoàn kết, nghĩa tình”"
FIXED = "Phường Dịch Vọng ra mắt mô hình “Khu dân cư đoàn kết, nghĩa tình” tại tổ dân phố số 3"
NOTE = "Thiếu tên các đại biểu dự lễ ra mắt; ghi rõ tổ dân phố trong tiêu đề."


def guide_shot(page, name: str) -> None:
    """A full-page screenshot for the staff guide, <name>.png in GUIDE_IMAGES."""
    load_images(page)
    GUIDE_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(GUIDE_IMAGES / f"{name}.png"), full_page=True)


def fits(page) -> bool:
    """Nothing wider than the window (no sideways scrolling, no clipped column)."""
    return page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")


def in_group(user, name):
    user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


def test_writer_editor_journey_on_the_admin_home(new_page, staff_groups, settings):
    settings.PORTAL_URL = "https://mttq.example.vn"
    make_category("Hoạt động Mặt trận")
    make_user("writer", "phongvien", first_name="Lan", last_name="Trần Thị", email="lan@example.vn")
    make_user("editor", "bientap", first_name="Minh", last_name="Lê Văn", email="minh@example.vn")

    # --- the writer writes and submits ----------------------------------------------------
    writer = new_page(DESKTOP)
    log_in(writer, "phongvien")
    writer.get_by_role("link", name="Viết bài mới").click()
    writer.locator("#id_title").fill(TITLE)
    writer.locator("#id_sapo").fill(
        "Sáng 12/3, Ủy ban MTTQ Việt Nam phường ra mắt mô hình tự quản."
    )
    writer.wait_for_selector("iframe.cke_wysiwyg_frame").content_frame().click("body")
    writer.keyboard.type("Mô hình gồm ba việc chính.")
    guide_shot(writer, "phong-vien-viet-bai")
    writer.get_by_role("button", name="Lưu và gửi duyệt").click()
    writer.get_by_text("Đã gửi duyệt bài viết.").wait_for()
    article = Article.objects.get()
    assert article.status == Article.Status.PENDING
    wait_until(writer, "() => true")
    assert [m.to for m in mail.outbox] == [["minh@example.vn"]]
    assert f"https://mttq.example.vn/admin/news/article/{article.pk}/change/" in mail.outbox[0].body

    # --- the editor finds it on the home, opens it, sends it back with a note ----------------
    editor = new_page(DESKTOP)
    log_in(editor, "bientap")
    pending = editor.locator("#queue-news-pending")
    assert TITLE in pending.inner_text()
    assert "Lan Trần Thị" in pending.inner_text()
    assert fits(editor)
    guide_shot(editor, "bien-tap-trang-chu")
    pending.get_by_role("link", name=TITLE).click()
    editor.locator("#id_return_reason").wait_for()
    # Without a reason nothing happens but a clear message.
    editor.locator("input[name=_return_draft]").click()
    editor.get_by_text("Vui lòng ghi lý do trả lại").first.wait_for()
    assert Article.objects.get().status == Article.Status.PENDING
    editor.locator("#id_return_reason").fill(NOTE)
    guide_shot(editor, "bien-tap-tra-lai")
    editor.locator("input[name=_return_draft]").click()
    editor.get_by_text("Đã trả bài về bản nháp.").wait_for()
    assert Article.objects.get().status == Article.Status.DRAFT
    assert ArticleNote.objects.get().text == NOTE

    # --- the writer sees the note on the home (on a phone too), fixes, submits again ---------
    writer_phone = new_page(PHONE)
    log_in(writer_phone, "phongvien")
    returned = writer_phone.locator("#queue-news-returned")
    assert NOTE in returned.inner_text()
    assert fits(writer_phone)
    guide_shot(writer_phone, "phong-vien-bi-tra-lai-390")
    writer.goto("/admin/")
    returned = writer.locator("#queue-news-returned")
    assert NOTE in returned.inner_text()
    guide_shot(writer, "phong-vien-trang-chu")
    returned.get_by_role("link", name=TITLE).click()
    assert NOTE in writer.locator("#ghi-chu").inner_text()
    writer.locator("#id_title").fill(FIXED)
    writer.locator("#bo-note-text").fill("Đã thêm tên đại biểu và tổ dân phố.")
    writer.get_by_role("button", name="Gửi ghi chú").click()
    writer.get_by_text("Đã thêm ghi chú.").wait_for()
    writer.locator("#id_title").fill(FIXED)
    writer.get_by_role("button", name="Lưu và gửi duyệt").click()
    writer.get_by_text("Đã gửi duyệt bài viết.").wait_for()
    assert Article.objects.get().status == Article.Status.PENDING

    # --- the editor approves it from a phone ---------------------------------------------------
    phone = new_page(PHONE)
    log_in(phone, "bientap")
    pending = phone.locator("#queue-news-pending")
    assert FIXED in pending.inner_text()
    assert fits(phone)
    guide_shot(phone, "bien-tap-trang-chu-390")
    pending.get_by_role("link", name=FIXED).click()
    publish = phone.get_by_role("button", name="Lưu và đăng (hoặc lên lịch)")
    publish.scroll_into_view_if_needed()
    box = publish.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert box["height"] >= 44  # a thumb can press it
    assert fits(phone)
    guide_shot(phone, "bien-tap-duyet-390")
    publish.click()
    phone.get_by_text("Đã đăng bài viết.").wait_for()
    article = Article.objects.get()
    assert article.is_live and article.title == FIXED
    subjects = [m.subject for m in mail.outbox]
    assert f"Bài đã đăng: {FIXED}" in subjects
    assert any(s.startswith("Bài được trả lại") for s in subjects)


def test_clerk_letter_handler_and_administrator_homes(new_page, staff_groups):
    # The groups' permissions as their data migrations give them (a flush emptied them).
    for label in ("events", "committee"):
        create_permissions(django_apps.get_app_config(label), verbosity=0)
    clerk = make_user(
        "staff",
        "thuky",
        first_name="Hà",
        perms=("events.view_conference", "events.change_conference", "events.add_conference"),
    )
    handler = make_user(
        "staff",
        "tiepnhan",
        first_name="Tùng",
        perms=("committee.view_letter", "committee.change_letter"),
    )
    make_user("admin", "quantri")
    make_conference(
        "Hội nghị giám sát an toàn thực phẩm bếp ăn tập thể", status=Conference.Status.DRAFT
    )
    make_letter(subject="Đề nghị sửa đèn chiếu sáng ngõ 45")
    make_letter(
        subject="Hỏi về Quỹ Vì người nghèo", status=Letter.Status.IN_PROGRESS, handler=handler
    )
    assert clerk.pk
    for username, queue, name in (
        ("thuky", "#queue-events-drafts", "thu-ky-trang-chu"),
        ("tiepnhan", "#queue-letters-new", "thu-gop-y-trang-chu"),
        ("quantri", "#queue-letters-new", "quan-tri-trang-chu"),
    ):
        page = new_page(DESKTOP)
        log_in(page, username)
        page.locator(queue).wait_for()
        assert fits(page)
        guide_shot(page, name)
    # The guide opens from the home.
    page.get_by_role("link", name="Hướng dẫn sử dụng cho cán bộ").click()
    page.get_by_role("heading", name="Hướng dẫn sử dụng trang quản trị").wait_for()
