"""The committee pages in a real browser (Playwright + Debian Chromium; skipped without it).

Uses the harness of tests/browser (its fixtures are imported in tests/committee/conftest.py).
"""

import pytest

from committee.models import Letter
from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe, shoot
from tests.factories.committee import make_leader, make_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def committee_content(site_settings):
    make_page(
        title="Giới thiệu",
        slug="gioi-thieu",
        body="<h2>Chức năng</h2><ul><li>Tập hợp khối đại đoàn kết toàn dân tộc.</li></ul>",
    )
    make_page(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", nav_order=20)
    make_leader()
    make_leader(full_name="Ngô Đức Cường", position="Phó Chủ tịch", order=20)


@pytest.mark.parametrize("path", ["/trang/gioi-thieu/", "/lanh-dao/", "/lien-he/"])
def test_committee_pages_are_accessible_on_phone_and_desktop(new_page, committee_content, path):
    for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page = new_page(viewport)
        page.goto(path)
        shoot(page, f"committee{path.replace('/', '-').rstrip('-')}-{name}")
        violations = axe_violations(page)
        assert not violations, describe(violations)


def test_citizen_sends_a_letter_from_a_phone(new_page, committee_content, mailoutbox):
    page = new_page(PHONE)
    page.goto("/")
    page.locator(".main-nav__toggle summary").click()
    page.locator(".main-nav__toggle").get_by_role("link", name="Liên hệ").click()
    page.get_by_label("Họ và tên").fill("Trần Văn Bình")
    page.get_by_label("Số điện thoại").fill("0912 345 678")
    page.get_by_label("Tiêu đề").fill("Kiến nghị về chiếu sáng")
    page.get_by_label("Nội dung").fill("Đèn đường ngõ 68 hỏng đã hai tuần, đề nghị sửa giúp.")
    # The honeypot is off-screen for a person.
    assert page.locator("#id_nickname_confirm").bounding_box()["x"] < 0
    page.get_by_role("button", name="Gửi thư").click()
    page.get_by_role("heading", name="Cơ quan đã nhận thư góp ý của Ông/Bà").wait_for()
    letter = Letter.objects.get()
    assert letter.phone == "0912 345 678"
    assert letter.status == Letter.Status.NEW


def test_refused_letter_lands_on_the_form_with_its_message(new_page, committee_content):
    page = new_page(PHONE)
    page.goto("/lien-he/")
    page.get_by_label("Họ và tên").fill("Trần Văn Bình")
    page.get_by_label("Tiêu đề").fill("Kiến nghị")
    page.get_by_label("Nội dung").fill("Đèn đường ngõ 68 hỏng đã hai tuần.")
    page.get_by_role("button", name="Gửi thư").click()
    alert = page.get_by_role("alert")
    alert.wait_for()
    assert "Vui lòng để lại thư điện tử hoặc số điện thoại" in alert.inner_text()
    # The #gui-thu anchor scrolls the form, with its message, into view.
    assert alert.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"
    )
    assert page.get_by_label("Nội dung").input_value() == "Đèn đường ngõ 68 hỏng đã hai tuần."
    assert not Letter.objects.exists()
