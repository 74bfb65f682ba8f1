"""Images inside article bodies go out at the reader's size (issue 20, item 20): an image
uploaded through the editor gets 400/800/1200 px WebP and JPEG copies once, and the article
page offers them with srcset and sizes, the image's own width and height, lazily."""

import re
from io import BytesIO

import pytest
from django.core.cache import cache
from django.urls import reverse
from PIL import Image

from tests.factories.files import image_bytes, upload
from tests.factories.news import make_article
from tests.factories.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db
UPLOAD = reverse("ckeditor_upload") + "?responseType=json"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


def upload_photo(client, size=(2000, 1333), name="Toàn cảnh.jpg") -> str:
    writer = make_user("writer")
    client.login(username=writer.username, password=PASSWORD)
    response = client.post(UPLOAD, {"upload": upload(image_bytes(size=size), name)})
    client.logout()
    return response.json()["url"]


def test_an_uploaded_body_image_gets_its_renditions_once(client, settings):
    url = upload_photo(client)
    folder = settings.MEDIA_ROOT / url.removeprefix("/media/").rsplit("/", 1)[0]
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(
        ["toan-canh.jpg"]
        + [f"toan-canh-{w}.{ext}" for w in (400, 800, 1200) for ext in ("jpg", "webp")]
    )
    with Image.open(folder / "toan-canh-400.webp") as small:
        assert small.size == (400, 267)


def test_the_article_page_offers_the_renditions(client, settings, site_settings):
    url = upload_photo(client)
    article = make_article(
        body=(
            f'<figure class="image"><img src="{url}" alt="Toàn cảnh &quot;hội nghị&quot; &amp; khách">'
            "<figcaption>Toàn cảnh hội nghị</figcaption></figure><p>Nội dung.</p>"
        )
    )
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('class="prose article__body"') :]
    picture = re.search(r"<picture>.*?</picture>", body, re.S).group(0)
    stem = url.rsplit(".", 1)[0]
    assert (
        f'<source type="image/webp" srcset="{stem}-400.webp 400w, {stem}-800.webp 800w, '
        f'{stem}-1200.webp 1200w" sizes="(min-width: 64rem) 760px, 100vw">' in picture
    )
    assert (
        f'srcset="{stem}-400.jpg 400w, {stem}-800.jpg 800w, {stem}-1200.jpg 1200w, {url} 2000w"'
        in picture
    )
    assert 'width="2000" height="1333"' in picture
    assert 'loading="lazy"' in picture
    assert 'alt="Toàn cảnh &quot;hội nghị&quot; &amp; khách"' in picture  # escaped once
    # Each rendition is what its srcset says: a phone at 390 px gets a 400 or 800 px file.
    for width in (400, 800):
        response = client.get(f"{stem}-{width}.jpg")
        if response.status_code == 200:
            with Image.open(BytesIO(b"".join(response.streaming_content))) as image:
                assert image.width == width


def test_images_from_elsewhere_are_left_alone(client, site_settings):
    article = make_article(body='<p><img src="https://example.org/anh.jpg" alt="Ảnh"></p>')
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<img src="https://example.org/anh.jpg" alt="Ảnh">' in html
    assert "<picture>" not in html[html.index('class="prose article__body"') :]


def test_a_small_or_missing_image_keeps_its_src(client, site_settings):
    small = upload_photo(client, size=(300, 200), name="nho.jpg")
    article = make_article(
        body=f'<p><img src="{small}" alt="Nhỏ"><img src="/media/news/uploads/khong-co.jpg" alt="Mất"></p>'
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert (
        f'<img src="{small}" alt="Nhỏ" width="300" height="200" loading="lazy" decoding="async">'
        in html
    )
    assert '<img src="/media/news/uploads/khong-co.jpg" alt="Mất">' in html
