from unittest import mock

import pytest
from django.urls import reverse

from committee import services
from committee.models import Letter
from committee.views import LEADERS_TAG
from core.pagecache import object_tag
from portal.pagecache import invalidate
from tests.factories.committee import letter_post, make_leader, make_page
from tests.factories.events import make_conference, make_participation, make_person

pytestmark = pytest.mark.django_db

CONTACT = "/lien-he/"


# --- Pages ------------------------------------------------------------------------------------


def test_published_page_is_shown(client, site_settings):
    make_page(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", body="<h2>Ban Thường trực</h2>")
    response = client.get("/trang/co-cau-to-chuc/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Cơ cấu tổ chức" in html
    assert "<h2>Ban Thường trực</h2>" in html  # sanitised rich text is rendered, not escaped


def test_unpublished_page_is_404_for_readers(client, site_settings):
    make_page(slug="ban-nhap", is_published=False)
    assert client.get("/trang/ban-nhap/").status_code == 404


def test_staff_preview_of_unpublished_page_is_marked_and_never_cached(admin_client, site_settings):
    make_page(slug="ban-nhap", title="Bản nháp", is_published=False)
    response = admin_client.get("/trang/ban-nhap/")
    assert response.status_code == 200
    assert "Bản xem trước" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


# --- Leadership -------------------------------------------------------------------------------


def test_leader_list_shows_current_leaders_in_order(client, site_settings):
    make_leader(full_name="Ngô Đức Cường", position="Phó Chủ tịch", order=20, phone="")
    make_leader(full_name="Nguyễn Thị Thanh", position="Chủ tịch", order=10)
    make_leader(full_name="Người Đã Nghỉ", position="Nguyên Chủ tịch", is_current=False)
    html = client.get("/lanh-dao/").content.decode()
    assert html.index("Nguyễn Thị Thanh") < html.index("Ngô Đức Cường")
    assert "Người Đã Nghỉ" not in html
    assert 'href="tel:02438330001"' in html
    assert 'href="mailto:chutich@example.vn"' in html


def test_leader_links_to_person_page_only_when_they_appear_in_published_records(
    client, site_settings
):
    with_records = make_person("Nguyễn Thị Thanh")
    without_records = make_person("Ngô Đức Cường")
    make_participation(make_conference("Hội nghị phản biện xã hội"), with_records)
    make_leader(full_name="Nguyễn Thị Thanh", person=with_records)
    make_leader(full_name="Ngô Đức Cường", person=without_records, order=20)
    html = client.get("/lanh-dao/").content.decode()
    assert f'href="{with_records.get_absolute_url()}"' in html
    assert without_records.get_absolute_url() not in html
    assert client.get(with_records.get_absolute_url()).status_code == 200


def test_leader_list_is_fine_without_leaders(client, site_settings):
    response = client.get("/lanh-dao/")
    assert response.status_code == 200
    assert "Chưa có thông tin lãnh đạo" in response.content.decode()


# --- Contact page and letter form -------------------------------------------------------------


def test_contact_page_shows_address_phone_email_and_hours(client, site_settings):
    site_settings.office_hours = "Sáng 8:00–12:00, thứ Hai đến thứ Sáu"
    site_settings.save()
    response = client.get(CONTACT)
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    for text in (
        "Số 1 phố Thử Nghiệm, quận Cầu Giấy, Hà Nội",
        "024 1234 5678",
        "lienhe@mttq-caugiay.example.vn",
        "Sáng 8:00–12:00",
    ):
        assert text in main
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="full_name"' in html


def test_letter_happy_path_stores_notifies_and_thanks(client, site_settings, mailoutbox):
    response = client.post(CONTACT, letter_post(), REMOTE_ADDR="203.0.113.7")
    assert response.status_code == 302
    assert response["Location"] == reverse("committee:letter_sent")
    letter = Letter.objects.get()
    assert letter.full_name == "Trần Văn Bình"
    assert letter.subject == "Kiến nghị về chiếu sáng ngõ 68"
    assert letter.status == Letter.Status.NEW
    assert letter.ip_address == "203.0.113.7"
    assert letter.notified_at is not None
    assert len(mailoutbox) == 1
    assert "Kiến nghị về chiếu sáng ngõ 68" in mailoutbox[0].subject
    assert "Đèn đường ngõ 68" in mailoutbox[0].body
    thanks = client.get(response["Location"]).content.decode()
    assert "Cơ quan đã nhận thư góp ý của Ông/Bà" in thanks


def test_letter_form_needs_csrf(site_settings):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(CONTACT, letter_post())
    assert response.status_code == 403
    assert not Letter.objects.exists()


def test_honeypot_discards_silently(client, site_settings, mailoutbox):
    response = client.post(CONTACT, letter_post(nickname_confirm="http://spam.example"))
    assert response.status_code == 302  # the bot sees the usual thanks page
    assert not Letter.objects.exists()
    assert mailoutbox == []


def test_honeypot_field_is_hidden_from_people(client, site_settings):
    html = client.get(CONTACT).content.decode()
    hp = html[html.index('class="hp-field"') - 5 :]
    hp = hp[: hp.index("</div>")]
    assert 'aria-hidden="true"' in hp and 'tabindex="-1"' in hp


def test_rate_limit_per_ip_keeps_what_was_typed(client, site_settings, monkeypatch):
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 2)
    for _ in range(2):
        assert client.post(CONTACT, letter_post(), REMOTE_ADDR="198.51.100.9").status_code == 302
    response = client.post(
        CONTACT,
        letter_post(subject="Thư thứ ba của tôi"),
        REMOTE_ADDR="198.51.100.9",
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "Địa chỉ này đã gửi nhiều thư trong thời gian ngắn" in html
    assert 'value="Thư thứ ba của tôi"' in html
    assert "Đèn đường ngõ 68 phố Cầu Giấy hỏng" in html
    assert Letter.objects.count() == 2
    # Somebody else is not affected.
    assert client.post(CONTACT, letter_post(), REMOTE_ADDR="198.51.100.10").status_code == 302
    assert Letter.objects.count() == 3


def test_rate_limit_counts_honeypot_hits_too(client, site_settings, monkeypatch):
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 1)
    client.post(CONTACT, letter_post(nickname_confirm="x"), REMOTE_ADDR="198.51.100.20")
    response = client.post(CONTACT, letter_post(), REMOTE_ADDR="198.51.100.20")
    assert response.status_code == 429


@pytest.mark.parametrize(
    ("field", "length", "message"),
    [
        ("full_name", 101, "Họ và tên dài quá giới hạn: tối đa 100 ký tự, đã nhập 101."),
        ("subject", 201, "Tiêu đề dài quá giới hạn: tối đa 200 ký tự, đã nhập 201."),
        ("message", 5001, "Nội dung dài quá giới hạn: tối đa 5000 ký tự, đã nhập 5001."),
    ],
)
def test_overlong_input_is_refused_with_vietnamese_message(
    client, site_settings, field, length, message
):
    typed = ("ơ" * length)[:length]
    response = client.post(CONTACT, letter_post(**{field: typed}))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Thư chưa gửi được" in html
    assert typed in html  # what was typed is kept
    assert not Letter.objects.exists()


def test_missing_contact_details_gets_a_clear_message(client, site_settings):
    response = client.post(CONTACT, letter_post(email="", phone=""))
    html = response.content.decode()
    assert "Vui lòng để lại thư điện tử hoặc số điện thoại" in html
    assert "Kiến nghị về chiếu sáng ngõ 68" in html
    assert not Letter.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "khong-phai-email"}, "Địa chỉ thư điện tử chưa đúng"),
        ({"email": "", "phone": "gọi tôi nhé"}, "Số điện thoại chưa đúng"),
        ({"message": "ngắn"}, "Nội dung quá ngắn"),
        ({"full_name": "   "}, "Vui lòng cho biết họ và tên."),
    ],
)
def test_bad_fields_get_vietnamese_messages(client, site_settings, data, message):
    response = client.post(CONTACT, letter_post(**data))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert not Letter.objects.exists()


def test_phone_alone_is_enough(client, site_settings):
    response = client.post(CONTACT, letter_post(email="", phone="0912 345 678"))
    assert response.status_code == 302
    assert Letter.objects.get().phone == "0912 345 678"


def test_html_typed_in_fields_is_shown_escaped(client, site_settings):
    evil = '<script>alert("x")</script><b>đậm</b>'
    # Invalid e-mail so the form comes back with everything that was typed.
    response = client.post(
        CONTACT, letter_post(full_name=evil, subject=evil, message=evil * 2, email="sai")
    )
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "<b>đậm</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


def test_letter_is_stored_when_email_sending_fails(client, site_settings, caplog):
    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages",
        side_effect=ConnectionRefusedError("SMTP down"),
    ):
        response = client.post(CONTACT, letter_post())
    assert response.status_code == 302
    letter = Letter.objects.get()
    assert letter.notified_at is None
    assert "the letter is kept" in caplog.text


def test_contact_page_is_not_cached(client, site_settings):
    assert "no-cache" in client.get(CONTACT)["Cache-Control"]


def test_forged_forwarded_for_does_not_dodge_the_rate_limit(client, site_settings, monkeypatch):
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 1)
    client.post(CONTACT, letter_post(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4")
    response = client.post(
        CONTACT, letter_post(), REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="5.6.7.8"
    )
    assert response.status_code == 429
    assert Letter.objects.get().ip_address == "10.0.0.1"


def test_behind_one_proxy_each_client_has_its_own_limit(
    client, site_settings, monkeypatch, settings
):
    settings.TRUSTED_PROXY_COUNT = 1
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 1)
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    assert (
        client.post(CONTACT, letter_post(), HTTP_X_FORWARDED_FOR="203.0.113.1", **proxy).status_code
        == 302
    )
    assert (
        client.post(CONTACT, letter_post(), HTTP_X_FORWARDED_FOR="203.0.113.2", **proxy).status_code
        == 302
    )
    assert (
        client.post(CONTACT, letter_post(), HTTP_X_FORWARDED_FOR="203.0.113.1", **proxy).status_code
        == 429
    )
    assert sorted(Letter.objects.values_list("ip_address", flat=True)) == [
        "203.0.113.1",
        "203.0.113.2",
    ]


def test_leader_list_query_count_does_not_grow_with_leaders(
    client, site_settings, django_assert_num_queries
):
    for i in range(5):
        person = make_person(f"Người Thứ {i}")
        make_leader(full_name=f"Người Thứ {i}", order=i, person=person)
    client.get("/lanh-dao/")  # warm the menu and site-settings caches
    invalidate({LEADERS_TAG})  # the stored page goes, the chrome's caches stay
    # leaders (with their people) + which of those people have visible conference records
    with django_assert_num_queries(2):
        client.get("/lanh-dao/")
    with django_assert_num_queries(0):  # the next reader gets the stored page
        client.get("/lanh-dao/")


def test_page_query_count(client, site_settings, django_assert_num_queries):
    page = make_page()
    client.get("/trang/gioi-thieu/")
    invalidate({object_tag(page)})  # the stored page goes, the chrome's caches stay
    with django_assert_num_queries(1):
        client.get("/trang/gioi-thieu/")
    with django_assert_num_queries(0):
        client.get("/trang/gioi-thieu/")


def test_contact_card_and_footer_are_landmarks_with_different_names(client, site_settings):
    """Both showed the committee's name as their label: a screen reader's landmark list had
    two identical "regions" (axe: landmark-unique)."""
    import re

    html = client.get(reverse("committee:contact")).content.decode()
    labels = re.findall(r'<section[^>]*aria-label="([^"]+)"', html)
    assert "Địa chỉ liên hệ của cơ quan" in labels
    assert site_settings.name not in labels
