"""The demo's sample conference (09/06/2023) as officials read it (issue 18, "Done when").

Four people, each once, with their roles; Trần Việt Hà's page shows one position for 06/2023,
spelled out, with the source's wording beside it; the structured record has no typo of the
article (the imported article keeps them).
"""

import io
import re

import pytest

from demo import events as demo_events
from events.models import Conference, Participation

pytestmark = pytest.mark.django_db


@pytest.fixture
def sample(site_settings):
    demo_events.seed(stdout=io.StringIO(), verbosity=0)
    return Conference.objects.get(slug=demo_events.SLUG)


def text_of(response) -> str:
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", response.content.decode(), flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_four_people_each_once_with_their_roles(client, sample):
    entries = {
        p.person.full_name: p.role_codes
        for p in sample.participations.select_related("person").prefetch_related("roles")
    }
    assert entries == {
        "Trần Việt Hà": ["responding", "attending"],
        "Lương Mậu Hùng": ["attending"],
        "Nguyễn Thị Thanh": ["opening", "concluding", "attending"],
        "Ngô Đức Cường": ["presenting"],
    }
    html = client.get(sample.get_absolute_url()).content.decode()
    people = html[html.index('id="s-people"') : html.index('id="s-programme"')]
    for entry in sample.participations.select_related("person"):
        assert people.count(f'href="{entry.person.get_absolute_url()}"') == 1


def test_seeding_twice_keeps_one_entry_per_person(sample):
    demo_events.seed(stdout=io.StringIO(), verbosity=0)
    assert Participation.objects.filter(conference=sample).count() == 4


def test_tran_viet_ha_has_one_position_for_june_2023(client, sample):
    ha = sample.participations.get(person__full_name="Trần Việt Hà").person
    response = client.get(ha.get_absolute_url())
    text = text_of(response)
    assert "1 chức vụ được ghi nhận" in text
    assert "2 chức vụ" not in text
    assert (
        "06/2023 Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận Cầu Giấy" in text
    )
    # the wording as recorded, beside the normalised form
    assert "Nguồn ghi: “Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy”" in text


def test_structured_record_has_no_typo_of_the_article(sample):
    texts = [sample.title, sample.summary, sample.conclusion]
    texts += [p.position for p in sample.participations.all()]
    for programme in sample.programmes.all():
        texts += [programme.title, *(point.text for point in programme.points.all())]
    for subject in sample.criticism_subjects.all():
        texts += [subject.document_title, subject.opinion_summary]
    joined = "\n".join(texts)
    for typo in ("UVTVQuận ủy", "tươgn thân", "2023- 2027", "HĐND- UBND"):
        assert typo not in joined, typo
