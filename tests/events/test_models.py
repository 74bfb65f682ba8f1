import unicodedata
from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models.deletion import ProtectedError

from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Participation,
    ParticipationRole,
    Person,
    ProgrammePoint,
    validate_document,
)
from events.services import participation_set_roles
from tests.factories.events import (
    at,
    make_conference,
    make_organization,
    make_participation,
    make_person,
)
from tests.factories.files import docx_bytes, pdf_bytes, upload, xlsx_bytes
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def integrity_error(callable_):
    with pytest.raises(IntegrityError), transaction.atomic():
        callable_()


# --- People ----------------------------------------------------------------------------------


def test_person_name_is_stored_nfc_with_given_name_sort_key_and_slug():
    person = make_person(unicodedata.normalize("NFD", "Nguyễn  Thị Thanh"))
    assert person.full_name == "Nguyễn Thị Thanh"
    assert unicodedata.is_normalized("NFC", person.full_name)
    assert person.sort_key == "Thanh Nguyễn Thị"
    assert person.name_folded == "nguyen thi thanh"
    assert person.slug == "nguyen-thi-thanh"
    assert make_person("Nguyễn Thị Thanh").slug == "nguyen-thi-thanh-2"


def test_people_are_listed_by_given_name():
    for name in ["Nguyễn Thị Thanh", "Trần Việt Hà", "Ngô Đức Cường", "Bùi An", "Lương Mậu Hùng"]:
        make_person(name)
    assert list(Person.objects.values_list("full_name", flat=True)) == [
        "Bùi An",
        "Ngô Đức Cường",
        "Trần Việt Hà",
        "Lương Mậu Hùng",
        "Nguyễn Thị Thanh",
    ]
    assert list(Person.objects.by_given_name()) == list(Person.objects.all())


@pytest.mark.postgres
def test_vietnamese_collation_puts_d_before_dj_on_postgresql():
    make_person("Hoàng Văn Đức")
    make_person("Lê Văn Dũng")
    make_person("Phạm Văn Dương")
    # vi-x-icu: d < đ, so every D… given name comes before Đ…
    assert list(Person.objects.values_list("full_name", flat=True)) == [
        "Lê Văn Dũng",
        "Phạm Văn Dương",
        "Hoàng Văn Đức",
    ]


def test_matching_name_ignores_accents_case_and_tone_placement():
    person = make_person("Lê Văn Hòa")
    assert list(Person.objects.matching_name("le van hoa")) == [person]
    assert list(Person.objects.matching_name("LÊ VĂN HOÀ")) == [person]


# --- Constraints -----------------------------------------------------------------------------


def test_conference_end_cannot_precede_start():
    conference = make_conference()
    conference.ends_at = conference.starts_at - timedelta(hours=1)
    with pytest.raises(ValidationError, match="kết thúc phải sau"):
        conference.full_clean()
    integrity_error(conference.save)


def test_conference_counts_cannot_be_negative():
    conference = make_conference()
    for field_name in ("attendee_count", "speaker_count"):
        integrity_error(
            lambda f=field_name: Conference.objects.filter(pk=conference.pk).update(**{f: -1})
        )


def test_conference_visibility_and_status_are_checked_in_the_database():
    conference = make_conference()
    integrity_error(lambda: Conference.objects.filter(pk=conference.pk).update(visibility="x"))
    integrity_error(lambda: Conference.objects.filter(pk=conference.pk).update(status="x"))


def test_slugs_are_unique_and_made_from_title_and_date():
    first = make_conference("Hội nghị Đồng chí", starts_at=at(9, 6, 2023))
    second = make_conference("Hội nghị Đồng chí", starts_at=at(9, 6, 2023))
    assert first.slug == "hoi-nghi-dong-chi-09-06-2023"
    assert second.slug == "hoi-nghi-dong-chi-09-06-2023-2"
    integrity_error(lambda: make_conference("Khác", slug=first.slug))


def test_programme_period_end_must_not_precede_start():
    conference = make_conference()
    programme = CoordinationProgramme(
        conference=conference, title="CT", period_start_year=2027, period_end_year=2023
    )
    with pytest.raises(ValidationError, match="Năm kết thúc"):
        programme.full_clean()
    integrity_error(programme.save)
    CoordinationProgramme.objects.create(
        conference=conference, title="CT", period_start_year=2023, period_end_year=2027
    )


def test_programme_point_numbers_unique_and_positive():
    programme = CoordinationProgramme.objects.create(conference=make_conference(), title="CT")
    ProgrammePoint.objects.create(programme=programme, number=1, text="Tuyên truyền")
    integrity_error(lambda: ProgrammePoint.objects.create(programme=programme, number=1, text="X"))
    integrity_error(lambda: ProgrammePoint.objects.create(programme=programme, number=0, text="X"))


def test_opinion_count_cannot_be_negative_and_opinion_needs_a_speaker():
    subject = CriticismSubject.objects.create(conference=make_conference(), document_title="DT")
    integrity_error(lambda: CriticismSubject.objects.filter(pk=subject.pk).update(opinion_count=-1))
    integrity_error(lambda: Opinion.objects.create(subject=subject, content="Nhất trí"))


def test_one_entry_per_person_per_conference_with_several_roles():
    participation = make_participation(role="attending")
    integrity_error(
        lambda: Participation.objects.create(
            conference=participation.conference, person=participation.person
        )
    )
    participation_set_roles(participation=participation, roles=["attending", "concluding"])
    assert participation.role_codes == ["concluding", "attending"]
    assert [str(label) for label in participation.role_labels] == ["Kết luận", "Dự hội nghị"]
    integrity_error(
        lambda: ParticipationRole.objects.create(participation=participation, role="attending")
    )
    integrity_error(
        lambda: ParticipationRole.objects.create(participation=participation, role="boss")
    )


def test_position_is_kept_as_written_and_shown_spelled_out():
    participation = make_participation(position="UVTVQuận ủy, Phó Chủ tịch UBND quận")
    participation.refresh_from_db()
    assert participation.position == "UVTVQuận ủy, Phó Chủ tịch UBND quận"
    assert participation.position_normalized == (
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận"
    )
    assert participation.position_display == participation.position_normalized
    assert participation.position_differs
    participation.position = "Chủ tịch HĐND quận"
    participation.save(update_fields=["position"])
    participation.refresh_from_db()
    assert participation.position_normalized == "Chủ tịch Hội đồng nhân dân quận"


# --- History is protected --------------------------------------------------------------------


def test_person_in_a_conference_cannot_be_deleted():
    participation = make_participation()
    with pytest.raises(ProtectedError):
        participation.person.delete()


def test_organization_referenced_by_history_cannot_be_deleted():
    organization = make_organization()
    make_conference(organizer=organization)
    with pytest.raises(ProtectedError):
        organization.delete()


def test_opinion_keeps_speaker_name_when_the_participation_is_removed():
    participation = make_participation(person=make_person("Lương Mậu Hùng"))
    subject = CriticismSubject.objects.create(
        conference=participation.conference, document_title="DT"
    )
    opinion = Opinion.objects.create(subject=subject, speaker=participation, content="Góp ý")
    participation.delete()
    opinion.refresh_from_db()
    assert opinion.speaker is None
    assert opinion.speaker_label == "Lương Mậu Hùng"


# --- Visibility ------------------------------------------------------------------------------


@pytest.fixture
def three_conferences():
    return {
        "public": make_conference("Công khai"),
        "internal": make_conference("Nội bộ", visibility=Conference.Visibility.INTERNAL),
        "draft": make_conference("Nháp", status=Conference.Status.DRAFT),
    }


def titles(qs):
    return sorted(qs.values_list("title", flat=True))


def test_published_is_public_and_published_only(three_conferences):
    assert titles(Conference.objects.published()) == ["Công khai"]


def test_internal_conferences_hidden_from_anonymous_and_plain_staff(three_conferences):
    assert titles(Conference.objects.visible_to(AnonymousUser())) == ["Công khai"]
    assert titles(Conference.objects.visible_to(make_user("staff"))) == ["Công khai"]
    assert titles(Conference.objects.visible_to(None)) == ["Công khai"]


def test_officials_group_sees_internal_but_never_drafts(three_conferences):
    official = make_user("staff")
    official.groups.add(Group.objects.get(name="Cán bộ"))
    assert titles(Conference.objects.visible_to(official)) == ["Công khai", "Nội bộ"]


def test_kinds_filter_on_combined_conference():
    both = make_conference("Cả hai", kinds=["ky-ket", "phan-bien"])
    make_conference("Chỉ ký", kinds=["ky-ket"])
    assert list(Conference.objects.of_kind("phan-bien")) == [both]
    assert Conference.objects.of_kind("ky-ket").count() == 2
    assert ConferenceKind.objects.count() == 6


# --- Search text -----------------------------------------------------------------------------


def test_search_text_is_folded_and_includes_participants_after_refresh():
    from events.services import conference_refresh_search_text

    conference = make_conference("Hội nghị phản biện xã hội")
    make_participation(conference=conference, person=make_person("Trần Việt Hà"))
    conference_refresh_search_text(conference=conference)
    conference.refresh_from_db()
    assert "hoi nghi phan bien xa hoi" in conference.search_text
    assert "tran viet ha" in conference.search_text


# --- Documents -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data"),
    [("bien-ban.pdf", pdf_bytes()), ("ct.docx", docx_bytes()), ("bang.xlsx", xlsx_bytes())],
)
def test_real_pdf_docx_xlsx_are_accepted(name, data):
    validate_document(upload(data, name, "application/octet-stream"))


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bien-ban.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 100, "không phải PDF"),
        ("trang.docx", b"<html><script>alert(1)</script></html>", "không phải Word"),
        ("trang.html", b"<html></html>", "Chỉ nhận tệp PDF, DOCX hoặc XLSX"),
        ("bang.xlsx", docx_bytes(), "không phải Excel"),
        ("tai-lieu.exe", b"MZ\x90\x00", "Chỉ nhận tệp PDF, DOCX hoặc XLSX"),
    ],
)
def test_disguised_or_other_files_are_refused(name, data, message):
    with pytest.raises(ValidationError, match=message):
        validate_document(upload(data, name, "application/octet-stream"))


def test_oversize_document_is_refused(settings):
    settings.EVENTS_DOCUMENT_MAX_BYTES = 1024
    with pytest.raises(ValidationError, match="Tệp quá lớn"):
        validate_document(upload(pdf_bytes() + b"0" * 2048, "lon.pdf", "application/octet-stream"))


def test_document_records_type_size_and_download_name():
    document = ConferenceDocument(
        conference=make_conference(), title="Chương trình phối hợp 2023–2027"
    )
    document.file = upload(pdf_bytes(), "ct.pdf", "application/octet-stream")
    document.full_clean()
    document.save()
    assert document.content_type == "application/pdf"
    assert document.size == len(pdf_bytes())
    assert document.download_name == "chuong-trinh-phoi-hop-2023-2027.pdf"
