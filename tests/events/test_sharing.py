"""Conference pages describe themselves to sharing previews and search engines (issue 18,
item 6): Open Graph tags and a schema.org Event."""

import json
import re

import pytest

from tests.factories.events import at, make_conference, make_organization, make_photo

pytestmark = pytest.mark.django_db


def page(client, conference) -> tuple[str, dict]:
    html = client.get(conference.get_absolute_url()).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return html, json.loads(match.group(1))


def og(html: str, prop: str) -> str:
    match = re.search(rf'<meta property="{prop}" content="([^"]*)">', html)
    return match.group(1) if match else ""


def test_event_with_time_place_organiser_and_photo(client, site_settings):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    conference = make_conference(
        "Hội nghị phản biện xã hội dự thảo Nghị quyết",
        starts_at=at(9, 6, 2023, 8, 0),
        venue="Hội trường UBND quận",
        organizer=mttq,
        summary="Góp ý dự thảo Nghị quyết về nhiệm vụ 6 tháng cuối năm.",
    )
    make_photo(conference, caption="Toàn cảnh hội nghị", alt_text="Hội trường đông đại biểu")
    html, data = page(client, conference)

    assert data["@type"] == "Event" and data["@context"] == "https://schema.org"
    assert data["name"] == conference.title
    assert data["startDate"] == "2023-06-09T08:00:00+07:00"
    assert data["duration"] == "PT3H" and "endDate" not in data  # the calendar's default
    assert data["location"] == {
        "@type": "Place",
        "name": "Hội trường UBND quận",
        "address": "Hội trường UBND quận",
    }
    assert data["organizer"]["name"] == mttq.name
    assert data["organizer"]["url"].endswith(mttq.get_absolute_url())
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["image"][0].startswith("http://testserver/media/events/photos/")
    assert data["image"][0].endswith("-1200.jpg")

    assert og(html, "og:title") == conference.title
    assert og(html, "og:url") == "http://testserver" + conference.get_absolute_url()
    assert og(html, "og:image") == data["image"][0]
    assert og(html, "og:image:alt") == "Hội trường đông đại biểu"
    assert og(html, "og:description").startswith("Góp ý dự thảo")


def test_day_only_conference_with_an_end_and_no_venue(client, site_settings):
    conference = make_conference(starts_at=at(9, 6, 2023, 8, 0), time_known=False)
    html, data = page(client, conference)
    assert data["startDate"] == "2023-06-09" and data["endDate"] == "2023-06-09"
    assert data["organizer"]["name"] == site_settings.name  # the committee when none recorded
    if site_settings.address:
        assert data["location"]["address"] == site_settings.address
    assert "image" not in data and og(html, "og:image") == ""

    conference.ends_at = at(9, 6, 2023, 17, 0)
    conference.time_known = True
    conference.save()
    _html, data = page(client, conference)
    assert data["endDate"] == "2023-06-09T17:00:00+07:00" and "duration" not in data
