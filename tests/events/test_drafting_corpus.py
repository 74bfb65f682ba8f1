"""events/drafting.py on a corpus of reports in the committee's style (tests/events/
drafting_corpus.py): each draft proposes every person once with all their roles, the position
the text gives them anywhere and their body, the organiser, the draft's issuing body, the date
and session, and the stand-alone caption lines."""

import pytest

from events.drafting import draft_conference
from tests.events.drafting_corpus import CORPUS

CASES = [pytest.param(case, id=case["id"]) for case in CORPUS]


def test_the_corpus_covers_what_the_issue_asks():
    assert len(CORPUS) >= 12
    kinds = {kind for case in CORPUS for kind in case["expected"]["kinds"]}
    assert {"ky-ket", "phan-bien", "giam-sat", "tiep-xuc-cu-tri", "hoi-nghi"} <= kinds
    bodies = "\n".join(case["body"] for case in CORPUS)
    for form in ("đồng chí", "đ/c", "Đ/c", "ông", "bà", " - ", " – ", "; ", "Sáng", "Chiều"):
        assert form in bodies, form


@pytest.mark.parametrize("case", CASES)
def test_people_each_once_with_roles_position_and_body(case):
    draft = draft_conference(title=case["title"], body=case["body"])
    found = {p.full_name: (p.position, p.roles, p.organization_hint) for p in draft.participants}
    assert found == case["expected"]["people"]


@pytest.mark.parametrize("case", CASES)
def test_date_session_kinds_organiser_and_issuing_body(case):
    expected = case["expected"]
    draft = draft_conference(title=case["title"], body=case["body"])
    assert f"{draft.starts_on:%d/%m/%Y}" == expected["date"]
    assert f"{draft.starts_time:%H:%M}" == expected["time"]
    assert draft.kinds == expected["kinds"]
    assert draft.organizer_hint == expected["organizer"]
    issuing = draft.criticism.issuing_body_hint if draft.criticism else None
    if expected["issuing_body"] is None:
        assert not issuing
    else:
        assert issuing == expected["issuing_body"]
    if "attendee_count" in expected:
        assert draft.attendee_count == expected["attendee_count"]
    if "opinion_count" in expected:
        assert draft.opinion_count == expected["opinion_count"]


@pytest.mark.parametrize("case", CASES)
def test_stand_alone_lines_are_photo_captions(case):
    draft = draft_conference(title=case["title"], body=case["body"])
    assert draft.photo_captions == case["expected"]["captions"]
