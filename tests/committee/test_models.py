import unicodedata

import pytest
from django.contrib.auth.models import AnonymousUser, Permission, User
from django.db import IntegrityError

from committee.models import Leader, Letter, Page
from tests.factories.committee import make_leader, make_letter, make_page

pytestmark = pytest.mark.django_db


# --- Page publishing --------------------------------------------------------------------------


def test_published_pages_only():
    make_page(slug="gioi-thieu", is_published=True)
    make_page(slug="ban-nhap", title="Bản nháp", is_published=False)
    assert [p.slug for p in Page.objects.published()] == ["gioi-thieu"]


def test_navigation_follows_nav_order_and_skips_hidden_and_drafts():
    make_page(slug="co-cau-to-chuc", title="Cơ cấu tổ chức", nav_order=20)
    make_page(slug="gioi-thieu", title="Giới thiệu", nav_order=10)
    make_page(slug="chinh-sach", title="Chính sách bảo mật", nav_order=5, show_in_nav=False)
    make_page(slug="sap-dang", title="Sắp đăng", nav_order=1, is_published=False)
    assert [p.slug for p in Page.objects.in_navigation()] == ["gioi-thieu", "co-cau-to-chuc"]


def test_drafts_visible_only_to_staff_who_may_edit_pages():
    make_page(slug="ban-nhap", is_published=False)
    assert not Page.objects.visible_to(AnonymousUser()).exists()
    reader = User.objects.create_user("doc", is_staff=True)
    assert not Page.objects.visible_to(reader).exists()
    editor = User.objects.create_user("bientap", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="change_page"))
    editor = User.objects.get(pk=editor.pk)  # fresh permission cache
    assert Page.objects.visible_to(editor).count() == 1


# --- Page body sanitising -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "dangerous",
    [
        "<script>alert('x')</script>",
        '<img src="x.jpg" onerror="alert(1)" alt="">',
        '<a href="javascript:alert(1)">bấm</a>',
        '<p style="color:red">đỏ</p>',
        '<iframe src="https://evil.example/"></iframe>',
    ],
)
def test_page_body_is_sanitised_on_save(dangerous):
    page = make_page(body=f"<p>Giới thiệu</p>{dangerous}")
    page.refresh_from_db()
    lowered = page.body.lower()
    for needle in ("<script", "onerror", "javascript:", "style=", "<iframe", "alert("):
        assert needle not in lowered
    assert "<p>Giới thiệu</p>" in page.body


def test_page_body_keeps_the_news_allow_list():
    body = (
        "<h2>Chức năng</h2><ul><li><strong>Tập hợp</strong> khối đại đoàn kết</li></ul>"
        '<table><tbody><tr><td colspan="2">Ô</td></tr></tbody></table>'
        '<p><a href="https://mattran.org.vn/">Mặt trận</a></p>'
    )
    page = make_page(body=body)
    assert "<h2>Chức năng</h2>" in page.body
    assert "<strong>Tập hợp</strong>" in page.body
    assert 'colspan="2"' in page.body
    assert 'href="https://mattran.org.vn/"' in page.body


def test_page_text_is_stored_nfc_and_searchable_without_accents():
    page = make_page(title=unicodedata.normalize("NFD", "Cơ cấu tổ chức"), slug="co-cau")
    page.refresh_from_db()
    assert page.title == unicodedata.normalize("NFC", "Cơ cấu tổ chức")
    assert "co cau to chuc" in page.search_text


def test_page_url_is_vietnamese():
    assert make_page(slug="co-cau-to-chuc").get_absolute_url() == "/trang/co-cau-to-chuc/"


# --- Leaders ----------------------------------------------------------------------------------


def test_leaders_in_order_and_only_current():
    make_leader(full_name="Ngô Đức Cường", position="Phó Chủ tịch", order=20)
    make_leader(full_name="Nguyễn Thị Thanh", position="Chủ tịch", order=10)
    make_leader(full_name="Người Cũ", position="Nguyên Phó Chủ tịch", order=5, is_current=False)
    assert [leader.full_name for leader in Leader.objects.published()] == [
        "Nguyễn Thị Thanh",
        "Ngô Đức Cường",
    ]


def test_leader_person_url_is_empty_without_a_person():
    assert make_leader().person_url() == ""


# --- Letters ----------------------------------------------------------------------------------


def test_letter_keeps_html_as_plain_text():
    letter = make_letter(message="<b>đậm</b> <script>alert(1)</script> nội dung")
    letter.refresh_from_db()
    assert letter.message == "<b>đậm</b> <script>alert(1)</script> nội dung"
    assert letter.status == Letter.Status.NEW


def test_letter_needs_email_or_phone():
    with pytest.raises(IntegrityError):
        make_letter(email="", phone="")


def test_letter_status_must_be_known():
    with pytest.raises(IntegrityError):
        make_letter(status="lost")
