from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache

from committee import services
from committee.models import Letter
from tests.factories.committee import make_letter

pytestmark = pytest.mark.django_db


def submit(**overrides) -> Letter:
    data = {
        "full_name": "Trần Văn Bình",
        "email": "binh@example.vn",
        "subject": "Hỏi về hộ nghèo",
        "message": "Gia đình tôi muốn hỏi thủ tục xét hộ cận nghèo năm nay.",
        "ip_address": "203.0.113.5",
    }
    data.update(overrides)
    return services.letter_submit(**data)


def test_letter_submit_stores_then_emails_handlers(mailoutbox, site_settings):
    handler = User.objects.create_user("tiepdan", email="tiepdan@example.vn", is_staff=True)
    # The group made by committee/migrations/0002 is all an admin needs to add people to.
    handler.groups.add(Group.objects.get(name="Tiếp nhận thư góp ý"))
    User.objects.create_user("phongvien", email="pv@example.vn", is_staff=True)  # not in it
    direct = User.objects.create_user("truongban", email="tb@example.vn", is_staff=True)
    direct.user_permissions.add(Permission.objects.get(codename="change_letter"))

    letter = submit(site_url="https://mttq.example.vn/")

    assert Letter.objects.get() == letter
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["tb@example.vn", "tiepdan@example.vn"]
    assert f"https://mttq.example.vn/admin/committee/letter/{letter.pk}/change/" in (
        mailoutbox[0].body
    )
    assert letter.notified_at is not None


def test_without_staff_addresses_the_committee_address_is_notified(mailoutbox, site_settings):
    submit()
    assert mailoutbox[0].to == ["lienhe@mttq-caugiay.example.vn"]


def test_email_failure_keeps_the_letter_and_logs(site_settings, caplog):
    with mock.patch("committee.services.send_mail", side_effect=OSError("no route to host")):
        letter = submit()
    letter.refresh_from_db()
    assert letter.notified_at is None
    assert Letter.objects.count() == 1
    assert any(
        r.levelname == "ERROR" and "letter is kept" in r.getMessage() for r in caplog.records
    )


def test_subject_newlines_never_reach_the_mail_header(mailoutbox, site_settings):
    letter = submit(subject="Kiến nghị\nBcc: victim@example.com")
    assert mailoutbox[0].subject == "[Thư góp ý] Kiến nghị Bcc: victim@example.com"
    assert mailoutbox[0].bcc == []
    letter.refresh_from_db()
    assert letter.notified_at is not None


def test_rate_count_and_limit(monkeypatch):
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 2)
    ip = "198.51.100.1"
    assert not services.letter_rate_limited(ip_address=ip)
    assert services.letter_rate_count(ip_address=ip) == 1
    assert services.letter_rate_count(ip_address=ip) == 2
    assert services.letter_rate_limited(ip_address=ip)
    assert not services.letter_rate_limited(ip_address="198.51.100.2")
    cache.clear()  # the window has passed
    assert not services.letter_rate_limited(ip_address=ip)


def test_ipv6_addresses_share_a_counter_per_64(monkeypatch):
    monkeypatch.setattr(services, "LETTER_RATE_LIMIT", 1)
    services.letter_rate_count(ip_address="2001:db8:1:2::10")
    assert services.letter_rate_limited(ip_address="2001:db8:1:2:aaaa::1")
    assert not services.letter_rate_limited(ip_address="2001:db8:1:3::10")


# --- Status workflow --------------------------------------------------------------------------


@pytest.fixture
def officer(db):
    return User.objects.create_user("canbo", is_staff=True)


def test_taking_a_letter_records_handler_and_time(officer):
    letter = services.letter_set_status(
        letter=make_letter(), status=Letter.Status.IN_PROGRESS, user=officer
    )
    assert letter.status == Letter.Status.IN_PROGRESS
    assert letter.handler == officer
    assert letter.handled_at is not None
    assert letter.answered_at is None


def test_answering_keeps_the_existing_handler(officer):
    other = User.objects.create_user("truongban", is_staff=True)
    letter = services.letter_set_status(
        letter=make_letter(), status=Letter.Status.IN_PROGRESS, user=officer
    )
    letter = services.letter_set_status(letter=letter, status=Letter.Status.ANSWERED, user=other)
    assert letter.handler == officer
    assert letter.answered_at is not None and letter.handled_at is not None


def test_answering_a_new_letter_directly_sets_everything(officer):
    letter = services.letter_set_status(
        letter=make_letter(), status=Letter.Status.ANSWERED, user=officer
    )
    assert letter.handler == officer
    assert letter.handled_at == letter.answered_at


def test_reopening_clears_answer_time(officer):
    letter = services.letter_set_status(
        letter=make_letter(), status=Letter.Status.ANSWERED, user=officer
    )
    letter = services.letter_set_status(
        letter=letter, status=Letter.Status.IN_PROGRESS, user=officer
    )
    assert letter.answered_at is None and letter.handled_at is not None


def test_unknown_status_is_refused(officer):
    with pytest.raises(ValueError):
        services.letter_set_status(letter=make_letter(), status="lost", user=officer)
