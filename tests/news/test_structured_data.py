"""Structured data and sharing previews (issue 20, item 14): the NewsArticle's author and
publisher carry the committee's URL and a raster logo of at least 112 px, the headline is
never cut inside a word, the home page has a description and an image for sharing."""

import json
import re
from io import BytesIO

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from core.schema_org import headline
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

LONG_TITLE = (
    "Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết chương trình phối hợp với "
    "Hội Chữ thập đỏ quận giai đoạn 2023–2027 và phản biện xã hội"
)


def json_ld(client, url) -> dict:
    html = client.get(url).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_publisher_is_the_committee_with_its_url_and_a_raster_logo(client, site_settings):
    article = make_article("Hội nghị tổng kết")
    data = json_ld(client, article.get_absolute_url())
    publisher = data["publisher"]
    assert publisher["name"] == site_settings.name
    assert publisher["url"] == "http://testserver/"
    logo = publisher["logo"]
    assert logo["url"].endswith(".png")
    assert logo["width"] >= 112 and logo["height"] >= 112
    # The logo file is what it says: a PNG of that size.
    path = finders.find(logo["url"].removeprefix("http://testserver/static/"))
    with Image.open(path) as image:
        assert image.format == "PNG" and image.size == (logo["width"], logo["height"])
    # Written by the committee itself: the author is the committee, with its URL.
    assert data["author"] == {
        "@type": "Organization",
        "name": site_settings.name,
        "url": "http://testserver/",
    }


def test_a_byline_names_the_author(client, site_settings):
    article = make_article("Tin phường", byline="Phường Dịch Vọng")
    assert json_ld(client, article.get_absolute_url())["author"] == {
        "@type": "Organization",
        "name": "Phường Dịch Vọng",
    }


def test_a_long_headline_is_cut_between_words(client, site_settings):
    article = make_article(LONG_TITLE)
    cut = json_ld(client, article.get_absolute_url())["headline"]
    assert len(cut) <= 110
    assert cut.endswith("…")
    assert LONG_TITLE.startswith(cut[:-1])
    assert LONG_TITLE[len(cut) - 1] == " "  # the next character was a space: no word cut


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ngắn", "Ngắn"),
        ("a" * 110, "a" * 110),
        ("một hai ba", "một hai…"),  # limit 8: ends at a word's end
        ("một haiba bốn", "một…"),  # "haiba" would be cut: left out whole
        ("mộtmộtmộtmột", "mộtmộtm…"),  # one word longer than the limit: cut inside, no choice
    ],
)
def test_headline_helper(title, expected):
    assert headline(title, limit=8 if len(title) < 50 else 110) == expected


def test_home_page_has_a_description_and_an_image_to_share(client, site_settings):
    html = client.get("/").content.decode()
    description = re.search(r'<meta property="og:description" content="([^"]+)"', html)
    assert description and site_settings.name in description.group(1)
    image = re.search(r'<meta property="og:image" content="([^"]+)"', html).group(1)
    assert image.startswith("http://testserver/static/") and image.endswith(".png")
    response = client.get(image.removeprefix("http://testserver"))
    if response.status_code == 200:  # static files are served in tests only with DEBUG
        with Image.open(BytesIO(b"".join(response.streaming_content))) as picture:
            assert min(picture.size) >= 200  # Facebook's minimum for a preview
