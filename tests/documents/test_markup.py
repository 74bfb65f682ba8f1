"""What W3C's validator checks that tests can: valid <time datetime>, every <section> has a
heading, ids unique, on the library's pages (as tests/portal/test_valid_markup.py does)."""

import re
from datetime import date

import pytest

from documents.models import Document, DocumentConference
from tests.factories.documents import make_document, pdf_with_text
from tests.factories.events import make_conference
from tests.portal.test_valid_markup import VALID_DATETIME, parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def urls(site_settings):
    conference = make_conference("Hội nghị phản biện xã hội")
    newer = make_document(
        "Kế hoạch thay thế", number="70/KH-MTTQ-BTT", effective_on=date(2023, 9, 1)
    )
    older = make_document(
        "Kế hoạch ban đầu",
        number="10/KH-MTTQ-BTT",
        issued_on=date(2023, 8, 1),
        legal_status=Document.LegalStatus.REPLACED,
        replaced_by=newer,
        files=[("kh.pdf", pdf_with_text("Ke hoach"))],
        conferences=[(conference, DocumentConference.Role.RELATED)],
    )
    return [
        "/van-ban/",
        "/van-ban/?type=xyz&from=31/02/2023",
        newer.get_absolute_url(),
        older.get_absolute_url(),
        conference.get_absolute_url(),
    ]


def test_times_sections_and_ids_are_valid(client, urls):
    for url in urls:
        html = client.get(url).content.decode()
        markup = parse(html)
        for value in markup.datetimes:
            assert VALID_DATETIME.match(value), f"{url}: invalid datetime {value!r}"
        without = [s["attrs"] for s in markup.sections if not s["heading"]]
        assert not without, f"{url}: sections without a heading {without}"
        ids = re.findall(r'\sid="([^"]+)"', html)
        assert len(ids) == len(set(ids)), f"{url}: duplicate ids"
