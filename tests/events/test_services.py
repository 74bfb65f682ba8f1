from datetime import datetime

import pytest
from django.core.exceptions import ValidationError

from events import services
from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    Organization,
    Participation,
    Person,
)
from tests.factories.events import (
    HANOI,
    make_conference,
    make_organization,
    make_participation,
    make_person,
)
from tests.factories.files import pdf_bytes, upload
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


def draft_input(**overrides) -> services.ConferenceInput:
    data = {
        "title": "Hội nghị ký kết và phản biện",
        "starts_at": datetime(2023, 6, 9, 8, 0, tzinfo=HANOI),
        "kinds": list(ConferenceKind.objects.filter(code__in=["ky-ket", "phan-bien"])),
        "participants": [
            services.ParticipantInput(full_name="Tran Viet Ha", position="Phó Chủ tịch UBND quận"),
            services.ParticipantInput(full_name="Nguyễn Thị Thanh", position="Chủ tịch"),
            services.ParticipantInput(
                full_name="Nguyễn Thị Thanh",
                position="Chủ tịch Ủy ban MTTQ quận",
                roles=["concluding"],
            ),
            services.ParticipantInput(full_name="Trần Việt Hà", roles=["responding"]),
        ],
        "programme": services.ProgrammeInput(
            title="Chương trình phối hợp 2023–2027",
            parties=["Ủy ban MTTQ Việt Nam quận", "hoi chu thap do quan"],
            period_start_year=2023,
            period_end_year=2027,
            points=["Tuyên truyền", "Vận động"],
        ),
        "criticism": services.CriticismInput(
            document_title="Dự thảo Nghị quyết",
            opinion_count=11,
            responder_name="Trần Việt Hà",
            response_text="Trân trọng tiếp thu",
        ),
    }
    data.update(overrides)
    return services.ConferenceInput(**data)


def test_confirmed_draft_becomes_a_linked_draft_record_matching_people():
    ha = make_person("Trần Việt Hà")
    red_cross = make_organization("Hội Chữ thập đỏ quận")
    article = make_article()
    user = make_user("staff")

    conference = services.conference_create_from_draft(
        data=draft_input(), article=article, user=user
    )

    assert conference.status == Conference.Status.DRAFT
    assert list(conference.articles.all()) == [article]
    assert list(article.conferences.all()) == [conference]
    assert conference.created_by == user
    assert sorted(conference.kinds.values_list("code", flat=True)) == ["ky-ket", "phan-bien"]
    # "Tran Viet Ha" (no accents) matched the existing person; Thanh was created once
    assert Person.objects.count() == 2
    # one entry per person: both of Hà's rows became one with both roles
    ha_entry = conference.participations.get(person=ha)
    assert ha_entry.role_codes == ["responding", "attending"]
    assert ha_entry.position == "Phó Chủ tịch UBND quận"
    assert ha_entry.position_normalized == "Phó Chủ tịch Ủy ban nhân dân quận"
    thanh = conference.participations.get(person__full_name="Nguyễn Thị Thanh")
    assert thanh.role_codes == ["concluding", "attending"]
    assert thanh.position == "Chủ tịch Ủy ban MTTQ quận"  # the fuller wording is kept …
    assert "Chủ tịch" in thanh.note  # … and the other is still readable
    programme = conference.programmes.get()
    assert programme.period_display == "2023–2027"
    assert [p.text for p in programme.points.all()] == ["Tuyên truyền", "Vận động"]
    assert red_cross in [party.organization for party in programme.parties.all()]
    subject = conference.criticism_subjects.get()
    assert subject.opinion_count == 11
    response = subject.responses.get()
    assert response.responder.person == ha
    assert "tran viet ha" in conference.search_text


def test_invalid_draft_saves_nothing():
    bad = draft_input(
        programme=services.ProgrammeInput(title="CT", period_start_year=2027, period_end_year=2023)
    )
    with pytest.raises(ValidationError):
        services.conference_create_from_draft(data=bad)
    assert Conference.objects.count() == 0
    assert Person.objects.count() == 0
    assert Organization.objects.count() == 0


def test_person_delete_refused_with_vietnamese_message_naming_the_conference():
    participation = make_participation(
        conference=make_conference("Hội nghị phản biện 2023"), person=make_person("Ngô Đức Cường")
    )
    with pytest.raises(services.DeletionRefused) as refused:
        services.person_delete(person=participation.person)
    message = refused.value.message
    assert "Không thể xóa “Ngô Đức Cường”" in message
    assert "Hội nghị phản biện 2023" in message
    assert "09/06/2023" in message
    assert Person.objects.filter(pk=participation.person.pk).exists()


def test_organization_delete_refused_when_it_organised_or_signed():
    organization = make_organization("Hội Chữ thập đỏ quận")
    make_conference("Hội nghị ký kết", organizer=organization)
    with pytest.raises(services.DeletionRefused, match="Hội nghị ký kết"):
        services.organization_delete(organization=organization)


def test_unreferenced_person_and_organization_can_be_deleted():
    person = make_person()
    organization = make_organization()
    services.person_delete(person=person)
    services.organization_delete(organization=organization)
    assert not Person.objects.exists()
    assert not Organization.objects.exists()


def test_renaming_a_person_updates_conference_search():
    participation = make_participation(person=make_person("Nguyen Thi Thanh"))
    services.conference_refresh_search_text(conference=participation.conference)
    services.person_rename(person=participation.person, full_name="Nguyễn Thị Thanh Hương")
    participation.conference.refresh_from_db()
    assert "nguyen thi thanh huong" in participation.conference.search_text


def test_opinion_add_refuses_a_speaker_from_another_conference():
    subject_conference = make_conference()
    subject = subject_conference.criticism_subjects.create(document_title="Dự thảo")
    stranger = make_participation()
    with pytest.raises(ValidationError, match="chính hội nghị này"):
        services.opinion_add(subject=subject, content="Ý kiến", speaker=stranger)
    own = make_participation(conference=subject_conference, person=make_person("Lê Văn Hòa"))
    opinion = services.opinion_add(subject=subject, content="Cần bổ sung chỉ tiêu", speaker=own)
    assert opinion.speaker_name == "Lê Văn Hòa"
    subject_conference.refresh_from_db()
    assert "can bo sung chi tieu" in subject_conference.search_text


def test_person_find_or_create_matches_tone_placement():
    existing = make_person("Lê Văn Hòa")
    person, created = services.person_find_or_create(full_name="Lê Văn Hoà")
    assert (person, created) == (existing, False)


def test_document_is_served_as_an_attachment():
    document = ConferenceDocument(conference=make_conference(), title="Biên bản hội nghị")
    document.file = upload(pdf_bytes(), "bb.pdf", "application/octet-stream")
    document.save()
    response = services.document_response(document=document)
    assert response["Content-Disposition"].startswith("attachment")
    assert "bien-ban-hoi-nghi.pdf" in response["Content-Disposition"]
    assert response["Content-Type"] == "application/pdf"
    response.close()


def test_participation_roles_are_the_eight_of_the_domain():
    assert len(Participation.Role.values) == 8


def test_organization_match_spells_out_abbreviations_and_refuses_to_guess():
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    make_organization("Ủy ban MTTQ Việt Nam thành phố Hà Nội")
    ubnd = make_organization("Ủy ban nhân dân quận Cầu Giấy", short_name="UBND quận")
    assert services.organization_match(name="UBND quận Cầu Giấy") == ubnd
    assert services.organization_match(name="ubnd quan") == ubnd
    assert services.organization_match(name="Ủy ban MTTQ Việt Nam quận") == mttq
    assert services.organization_match(name="Ủy ban MTTQ Việt Nam") is None  # two candidates
