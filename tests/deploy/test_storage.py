"""Media through default_storage only, so object storage (S3) takes covers and renditions.

Django's InMemoryStorage stands in for the bucket: if any code wrote to the local disk
instead of the configured storage, a second app server would not find the file.
"""

import pytest
from django.core.files.storage import default_storage

from tests.factories.files import image_bytes, upload
from tests.factories.news import make_article


@pytest.fixture
def bucket(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    return default_storage


@pytest.mark.django_db
def test_cover_and_renditions_land_in_the_configured_storage(bucket, settings):
    article = make_article(
        "Hội nghị phản biện xã hội",
        cover_image=upload(image_bytes(quality=80), "toan-canh-hoi-nghi.jpg"),
        cover_alt="Toàn cảnh hội nghị",
    )

    assert len(article.cover_renditions) >= 2, "renditions are made at upload"
    names = [article.cover_image.name]
    for rendition in article.cover_renditions:
        names += [rendition["webp"], rendition["jpeg"]]
    for name in names:
        assert bucket.exists(name), name
    # Pages link the renditions through the storage's URLs (the bucket's, or its CDN's).
    assert article.cover_rendition_url(800, "webp") in {
        bucket.url(r["webp"]) for r in article.cover_renditions
    }
    # Nothing on the app server's own disk.
    media_root = settings.MEDIA_ROOT
    assert not media_root.exists() or not any(p.is_file() for p in media_root.rglob("*"))
