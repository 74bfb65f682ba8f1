"""Bidirectional and zero-width controls are stripped from names and single-line fields, so a
name in an admin list cannot be made to read as another (issue 20, item 6)."""

import pytest
from django.urls import reverse

from committee.models import Letter
from events.models import Person
from news.models import Article

pytestmark = pytest.mark.django_db

# RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING: "Nguyễn Văn ‮naL‬" reads "Nguyễn Văn Lan"
SPOOFED = "Nguyễn\u200b Văn \u202enaL\u202c\u2066\u2069\ufeff\u200e\u200f"
CONTROLS = [
    chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A))
]


def test_letter_sender_and_subject_are_stored_without_controls(client):
    response = client.post(
        reverse("committee:contact"),
        {
            "full_name": SPOOFED,
            "email": "an@example.vn",
            "subject": "Kiến\u200d nghị\u2067",
            "message": "Kiến nghị về việc sửa đường trong ngõ, xin các cơ quan xem xét.",
        },
        REMOTE_ADDR="203.0.113.7",
    )
    assert response.status_code == 302
    letter = Letter.objects.get()
    assert letter.full_name == "Nguyễn Văn naL"
    assert letter.subject == "Kiến nghị"


@pytest.mark.parametrize("control", CONTROLS + ["\ufeff"])
def test_every_listed_control_is_stripped_from_a_person_name(control):
    person = Person.objects.create(full_name=f"Lê{control} Minh")
    person.refresh_from_db()
    assert person.full_name == "Lê Minh"


def test_article_title_is_clean_and_the_body_keeps_its_text():
    article = Article.objects.create(title="Hội\u202e nghị", body="<p>Nội dung</p>")
    article.refresh_from_db()
    assert article.title == "Hội nghị"
