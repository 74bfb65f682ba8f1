import pytest
from django.contrib.auth.models import User

from committee.models import Leader, Letter, Page
from tests.factories.committee import make_letter, make_page
from tests.factories.files import image_bytes, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer(db):
    user = User.objects.create_superuser("canbo", "canbo@example.vn", "mat-khau-rat-dai-2024")
    return user


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


# --- Letters: status workflow -----------------------------------------------------------------


def test_letter_list_shows_status_and_handler(officer_client, officer):
    make_letter(subject="Hỏi về hộ nghèo")
    make_letter(subject="Đèn đường hỏng", status=Letter.Status.IN_PROGRESS, handler=officer)
    html = officer_client.get("/admin/committee/letter/").content.decode()
    assert "Hỏi về hộ nghèo" in html and "Đèn đường hỏng" in html
    assert "Mới nhận" in html and "Đang xử lý" in html
    assert "canbo" in html


def test_letter_list_says_nobody_has_taken_a_new_letter_yet(officer_client):
    make_letter(subject="Hỏi về hộ nghèo")
    html = officer_client.get("/admin/committee/letter/").content.decode()
    assert '<td class="field-handler nowrap">(chưa có)</td>' in html


def test_take_action_moves_new_letters_to_being_handled_by_me(officer_client, officer):
    letters = [make_letter(subject=f"Thư {i}") for i in range(3)]
    response = officer_client.post(
        "/admin/committee/letter/",
        {"action": "take", "_selected_action": [letters[0].pk, letters[1].pk]},
        follow=True,
    )
    assert "Đã chuyển 2 thư sang “Đang xử lý”." in response.content.decode()
    letters = {letter.subject: letter for letter in Letter.objects.all()}
    assert letters["Thư 0"].status == Letter.Status.IN_PROGRESS
    assert letters["Thư 0"].handler == officer
    assert letters["Thư 0"].handled_at is not None
    assert letters["Thư 2"].status == Letter.Status.NEW and letters["Thư 2"].handler is None


def test_mark_answered_action(officer_client):
    letter = make_letter()
    officer_client.post(
        "/admin/committee/letter/",
        {"action": "mark_answered", "_selected_action": [letter.pk]},
    )
    letter.refresh_from_db()
    assert letter.status == Letter.Status.ANSWERED
    assert letter.answered_at is not None


def test_change_form_status_edit_goes_through_the_workflow(officer_client, officer):
    letter = make_letter()
    url = f"/admin/committee/letter/{letter.pk}/change/"
    response = officer_client.post(
        url,
        {"status": Letter.Status.ANSWERED, "handler": "", "staff_note": "Đã gọi điện trả lời."},
    )
    assert response.status_code == 302
    letter.refresh_from_db()
    assert letter.status == Letter.Status.ANSWERED
    assert letter.handler == officer  # the person who answered, since nobody was assigned
    assert letter.answered_at is not None
    assert letter.staff_note == "Đã gọi điện trả lời."


def test_change_form_can_assign_another_handler(officer_client):
    colleague = User.objects.create_user("truongban", is_staff=True)
    letter = make_letter()
    officer_client.post(
        f"/admin/committee/letter/{letter.pk}/change/",
        {"status": Letter.Status.IN_PROGRESS, "handler": colleague.pk, "staff_note": ""},
    )
    letter.refresh_from_db()
    assert letter.handler == colleague
    assert letter.status == Letter.Status.IN_PROGRESS


def test_citizens_text_cannot_be_edited_and_is_shown_escaped(officer_client):
    letter = make_letter(message="<script>alert('x')</script> Xin hỏi", subject="<b>Gấp</b>")
    url = f"/admin/committee/letter/{letter.pk}/change/"
    html = officer_client.get(url).content.decode()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Gấp&lt;/b&gt;" in html
    officer_client.post(
        url,
        {"status": "new", "handler": "", "staff_note": "", "message": "đã sửa", "subject": "x"},
    )
    letter.refresh_from_db()
    assert letter.message.endswith("Xin hỏi") and letter.subject == "<b>Gấp</b>"


def test_letters_cannot_be_added_in_the_admin(officer_client):
    assert officer_client.get("/admin/committee/letter/add/").status_code == 403


def test_admin_search_ignores_accents(officer_client):
    make_letter(subject="Kiến nghị về đèn đường")
    make_letter(subject="Hỏi về hộ nghèo")
    html = officer_client.get("/admin/committee/letter/", {"q": "den duong"}).content.decode()
    assert "Kiến nghị về đèn đường" in html and "Hỏi về hộ nghèo" not in html


# --- Pages --------------------------------------------------------------------------------------


def test_page_admin_uses_ckeditor_and_sanitises_on_save(officer_client):
    html = officer_client.get("/admin/committee/page/add/").content.decode()
    assert "ckeditor" in html.lower()
    response = officer_client.post(
        "/admin/committee/page/add/",
        {
            "title": "Giới thiệu",
            "slug": "gioi-thieu",
            "description": "",
            "body": '<p onclick="x()">Chức năng</p><script>alert(1)</script>',
            "is_published": "on",
            "show_in_nav": "on",
            "nav_order": "10",
            "nav_title": "",
        },
    )
    assert response.status_code == 302
    page = Page.objects.get(slug="gioi-thieu")
    assert page.body == "<p>Chức năng</p>"


def test_publish_action_updates_the_menu(officer_client, site_settings):
    page = make_page(is_published=False)
    assert 'href="/trang/gioi-thieu/"' not in officer_client.get("/lien-he/").content.decode()
    officer_client.post(
        "/admin/committee/page/", {"action": "publish", "_selected_action": [page.pk]}
    )
    assert 'href="/trang/gioi-thieu/"' in officer_client.get("/lien-he/").content.decode()


# --- Leaders ------------------------------------------------------------------------------------


def leader_form(**overrides) -> dict:
    data = {
        "full_name": "Nguyễn Thị Thanh",
        "position": "Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "duties": "",
        "phone": "024 3833 0001",
        "email": "chutich@example.vn",
        "order": "10",
        "is_current": "on",
        "person": "",
    }
    data.update(overrides)
    return data


def test_leader_portrait_is_checked_reencoded_and_resized(officer_client):
    response = officer_client.post(
        "/admin/committee/leader/add/",
        leader_form(portrait=upload(image_bytes(size=(900, 1200)), "chan-dung.jpg")),
    )
    assert response.status_code == 302
    leader = Leader.objects.get()
    assert leader.portrait.name.endswith(".jpg")
    widths = [r["width"] for r in leader.portrait_renditions]
    assert widths == [160, 320, 480]
    assert all(r["webp"].endswith(".webp") for r in leader.portrait_renditions)
    assert leader.portrait_url(160).endswith("-160.jpg")


def test_leader_portrait_that_is_not_an_image_is_refused(officer_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("anh.jpg", b"<svg onload=alert(1)>", content_type="image/jpeg")
    response = officer_client.post("/admin/committee/leader/add/", leader_form(portrait=fake))
    assert response.status_code == 200
    assert not Leader.objects.exists()
    assert "errorlist" in response.content.decode()
