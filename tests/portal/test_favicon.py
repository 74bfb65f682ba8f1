"""/favicon.ico is the site's icon, not a 404 (issue 20, item 15)."""

from io import BytesIO

import pytest
from PIL import Image

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_the_sites_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert "max-age=604800" in response["Cache-Control"]
    icon = Image.open(BytesIO(b"".join(response.streaming_content)))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32)} <= set(icon.info["sizes"])


def test_pages_name_their_icons(client, site_settings):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert 'rel="apple-touch-icon"' in html


def test_no_write_through_the_icon(client):
    assert client.post("/favicon.ico").status_code == 405
