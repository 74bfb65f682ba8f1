"""events 0007–0009 (issue 18): one entry per person per conference, nothing lost.

The data is written at the state before (events 0006: one row per person *and role*, each
with its own position) through that state's historical models — the sample conference's
duplicates included — then migrated forward and compared with the real models.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from events.models import Opinion, Participation, Response

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("events", "0006_conference_clerks_group")]
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    return executor.migrate(targets).apps


def leaves():
    return MigrationExecutor(connection).loader.graph.leaf_nodes()


def make_old_records(old_apps) -> dict:
    Conference = old_apps.get_model("events", "Conference")
    Person = old_apps.get_model("events", "Person")
    Organization = old_apps.get_model("events", "Organization")
    Participation = old_apps.get_model("events", "Participation")
    CriticismSubject = old_apps.get_model("events", "CriticismSubject")
    Opinion = old_apps.get_model("events", "Opinion")
    Response = old_apps.get_model("events", "Response")

    def person(name, slug):
        return Person.objects.create(full_name=name, slug=slug, name_folded=slug.replace("-", " "))

    ubnd = Organization.objects.create(name="Ủy ban nhân dân quận Cầu Giấy", slug="ubnd")
    mttq = Organization.objects.create(name="Ủy ban MTTQ Việt Nam quận Cầu Giấy", slug="mttq")
    conference = Conference.objects.create(
        title="Hội nghị ký kết và phản biện xã hội",
        slug="hoi-nghi-09-06-2023",
        starts_at=datetime(2023, 6, 9, 8, 0, tzinfo=HANOI),
        status="published",
        visibility="public",
    )
    other = Conference.objects.create(
        title="Giám sát",
        slug="giam-sat",
        starts_at=datetime(2024, 1, 5, 8, 0, tzinfo=HANOI),
        status="published",
        visibility="public",
    )
    ha = person("Trần Việt Hà", "tran-viet-ha")
    thanh = person("Nguyễn Thị Thanh", "nguyen-thi-thanh")
    hung = person("Lương Mậu Hùng", "luong-mau-hung")

    def part(who, role, position, order, org=None, conf=conference):
        return Participation.objects.create(
            conference=conf, person=who, role=role, position=position, order=order, organization=org
        )

    ha_attending = part(ha, "attending", "UVTVQuận ủy, Phó Chủ tịch UBND quận", 10, ubnd)
    part(hung, "attending", "Quận ủy viên, Phó Chủ tịch HĐND quận", 20)
    part(thanh, "attending", "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", 30, mttq)
    part(thanh, "opening", "UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận", 50, mttq)
    ha_responding = part(
        ha, "responding", "Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy", 60
    )
    part(thanh, "concluding", "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", 70, ubnd)
    part(ha, "presiding", "Phó Chủ tịch UBND quận", 1, ubnd, conf=other)

    subject = CriticismSubject.objects.create(conference=conference, document_title="Dự thảo")
    opinion = Opinion.objects.create(
        subject=subject, speaker=ha_attending, speaker_name="Trần Việt Hà", content="Ý kiến"
    )
    Response.objects.create(
        subject=subject,
        opinion=opinion,
        responder=ha_responding,
        responder_name="Trần Việt Hà",
        text="Tiếp thu",
    )
    return {"conference": conference.pk, "other": other.pk, "ubnd": ubnd.pk, "mttq": mttq.pk}


def test_duplicates_merge_into_one_entry_per_person_keeping_every_text():
    try:
        old_apps = migrate(BEFORE)
        ids = make_old_records(old_apps)
        assert old_apps.get_model("events", "Participation").objects.count() == 7
        migrate(leaves())
    finally:
        migrate(leaves())

    parts = {
        p.person.full_name: p
        for p in Participation.objects.filter(conference_id=ids["conference"]).select_related(
            "person"
        )
    }
    # four rows became … three people, each once (the fourth is another conference)
    assert sorted(parts) == ["Lương Mậu Hùng", "Nguyễn Thị Thanh", "Trần Việt Hà"]
    assert Participation.objects.count() == 4

    ha = parts["Trần Việt Hà"]
    assert ha.role_codes == ["responding", "attending"]  # every role
    # the fuller wording kept as written, the other one readable in the note
    assert ha.position == "Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy"
    assert "UVTVQuận ủy, Phó Chủ tịch UBND quận" in ha.note
    assert "Dự" in ha.note  # with the role it came with
    assert ha.position_normalized == (
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận Cầu Giấy"
    )
    assert ha.order == 10  # the earliest order
    assert ha.organization_id == ids["ubnd"]  # the kept row had none: the other's is used

    thanh = parts["Nguyễn Thị Thanh"]
    assert thanh.role_codes == ["opening", "concluding", "attending"]
    assert thanh.position == "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận"
    assert "UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận" in thanh.note
    assert thanh.organization_id == ids["mttq"]
    assert "Ủy ban nhân dân quận Cầu Giấy" in thanh.note  # the other organisation, kept
    assert thanh.order == 30

    hung = parts["Lương Mậu Hùng"]
    assert (hung.role_codes, hung.note) == (["attending"], "")
    assert hung.position_normalized == "Quận ủy viên, Phó Chủ tịch Hội đồng nhân dân quận"

    # the opinion and the response now point at Hà's one entry
    assert Opinion.objects.get().speaker == ha
    assert Response.objects.get().responder == ha

    # the keyword lookup finds the record by the spelled-out form too
    from events.models import Conference

    conference = Conference.objects.get(pk=ids["conference"])
    assert "uy vien ban thuong vu quan uy" in conference.search_text
    assert "hoi dong nhan dan" in conference.search_text

    # another conference of the same person is untouched
    elsewhere = Participation.objects.get(conference_id=ids["other"])
    assert (elsewhere.person_id, elsewhere.role_codes) == (ha.person_id, ["presiding"])


def test_going_back_splits_the_entries_again():
    try:
        old_apps = migrate(BEFORE)
        make_old_records(old_apps)
        migrate(leaves())
        old_apps = migrate(BEFORE)
        OldParticipation = old_apps.get_model("events", "Participation")
        rows = sorted(OldParticipation.objects.values_list("person__full_name", "role"))
    finally:
        migrate(leaves())
    assert rows == sorted(
        [
            ("Trần Việt Hà", "attending"),
            ("Trần Việt Hà", "responding"),
            ("Trần Việt Hà", "presiding"),
            ("Lương Mậu Hùng", "attending"),
            ("Nguyễn Thị Thanh", "attending"),
            ("Nguyễn Thị Thanh", "opening"),
            ("Nguyễn Thị Thanh", "concluding"),
        ]
    )
