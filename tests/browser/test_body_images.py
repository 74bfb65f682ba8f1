"""A phone is not sent a body image's 2,000 px original (issue 20, item 20): measured in
Chromium at 390 px, device pixel ratio 2, from the image the browser chose."""

from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.images import make_renditions
from tests.browser.conftest import PHONE, wait_until
from tests.factories.files import image_bytes
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db(transaction=True)


def test_phone_gets_a_rendition_of_the_body_image(new_page, site_settings):
    from django.core.cache import cache

    cache.clear()
    name = default_storage.save(
        "news/uploads/2026/12/toan-canh.jpg", ContentFile(image_bytes(size=(2000, 1333)))
    )
    make_renditions(SimpleNamespace(name=name), storage=default_storage)
    article = make_article(
        body=f'<p>Mở đầu.</p><figure class="image"><img src="{default_storage.url(name)}" alt="Toàn cảnh">'
        "<figcaption>Toàn cảnh hội nghị</figcaption></figure>"
    )
    page = new_page(PHONE, device_scale_factor=2)
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(article.get_absolute_url())
    image = page.locator(".article__body img")
    image.scroll_into_view_if_needed()
    wait_until(page, "() => document.querySelector('.article__body img').complete")
    # 390 CSS px at 2 device pixels: the 800 px WebP, not the 2,000 px JPEG.
    assert image.evaluate("img => img.currentSrc").endswith("/toan-canh-800.webp")
    assert not [url for url in requested if url.endswith("/toan-canh.jpg")]
