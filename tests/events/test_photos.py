"""events/photos.py and ConferencePhoto (issue 18, item 5): photos through the image pipeline,
renditions for srcset, internal conferences' photos kept privately and streamed after the
visibility check, alt text apart from the caption."""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from PIL import ExifTags, Image

from events import services
from events.models import Conference, ConferencePhoto
from tests.events.test_admin import post_data
from tests.factories.events import make_conference, make_photo
from tests.factories.files import (
    image_bytes,
    jpeg_with_gps,
    png_claiming_size,
    polyglot_jpeg,
    upload,
)
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

INTERNAL = Conference.Visibility.INTERNAL


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin", "quantri"))
    return client


def opened(photo, name=None):
    with photo.image.storage.open(name or photo.image.name, "rb") as handle:
        image = Image.open(io.BytesIO(handle.read()))
        image.load()
    return image


def media_files():
    root = settings.MEDIA_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def private_files():
    root = settings.PRIVATE_MEDIA_ROOT
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_gps_tagged_photo_is_stored_without_gps_camera_data_and_turned_upright():
    photo = make_photo(make_conference(), data=jpeg_with_gps(size=(1200, 800), orientation=6))
    image = opened(photo)
    exif = image.getexif()
    assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert ExifTags.Base.Make not in exif and ExifTags.Base.Orientation not in exif
    # orientation 6 applied: the stored pixels are upright (portrait)
    assert image.size == (800, 1200) == (photo.width, photo.height)
    assert photo.processed_name == photo.image.name
    assert photo.image.name.startswith("events/photos/")


def test_renditions_in_webp_and_jpeg_for_srcset():
    photo = make_photo(make_conference(), data=image_bytes(size=(1600, 1000)))
    assert [r["width"] for r in photo.renditions] == [400, 800, 1200]
    for rendition in photo.renditions:
        assert opened(photo, rendition["webp"]).format == "WEBP"
        assert opened(photo, rendition["jpeg"]).format == "JPEG"
    srcset = photo.rendition_srcset("webp")
    assert srcset.count("w,") == 2 and srcset.endswith("1200w")
    assert srcset.startswith(settings.MEDIA_URL)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (polyglot_jpeg(), "polyglot"),
        (png_claiming_size(9000, 9000), "too_many_pixels"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "not_an_image"),
    ],
)
def test_hostile_files_are_refused_before_anything_is_stored(data, code):
    conference = make_conference()
    with pytest.raises(ValidationError) as refused:
        make_photo(conference, data=data)
    assert refused.value.error_list[0].code == code
    assert not ConferencePhoto.objects.exists()
    assert media_files() == []


def test_a_file_put_in_storage_first_is_processed_on_save():
    """The way demo data and scripts attach a file: image.save(...) then save()."""
    conference = make_conference()
    photo = ConferencePhoto(conference=conference, caption="Toàn cảnh hội nghị")
    photo.image.save("toan-canh.jpg", ContentFile(jpeg_with_gps()), save=True)
    assert not opened(photo).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert photo.renditions
    # the raw file was replaced, not left beside the cleaned one
    assert len([p for p in media_files() if p.stem.count("-") == 0]) == 1


def test_internal_conference_photos_are_private_and_streamed_after_the_check(official):
    from django.test import Client

    client, official_client = Client(), Client()
    official_client.force_login(official)
    conference = make_conference("Hội nghị nội bộ", visibility=INTERNAL)
    photo = make_photo(conference)
    assert photo.image.name.startswith("events/photos-internal/")
    assert media_files() == []
    assert len(private_files()) == 1 + 2 * len(photo.renditions)

    original = reverse("events:conference_photo", args=[conference.slug, photo.pk])
    rendition = reverse(
        "events:conference_photo_rendition", args=[conference.slug, photo.pk, 800, "webp"]
    )
    assert client.get(original).status_code == 404  # not signed in: the conference is unknown

    response = official_client.get(conference.get_absolute_url())
    html = response.content.decode()
    assert original in html and rendition in html
    assert settings.MEDIA_URL + "events/" not in html
    served = official_client.get(rendition)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/webp"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert "private" in served["Cache-Control"]
    assert b"".join(served.streaming_content)[:4] == b"RIFF"
    missing = reverse(
        "events:conference_photo_rendition", args=[conference.slug, photo.pk, 333, "webp"]
    )
    assert official_client.get(missing).status_code == 404


def test_photo_files_move_when_the_conference_turns_internal_and_back():
    conference = make_conference()
    photo = make_photo(conference)
    public_names = [photo.image.name, *(r["webp"] for r in photo.renditions)]

    conference.visibility = INTERNAL
    conference.save()
    assert services.conference_photos_place(conference=conference) == 1
    photo.refresh_from_db()
    assert photo.image.name.startswith("events/photos-internal/")
    assert all(r["jpeg"].startswith("events/photos-internal/") for r in photo.renditions)
    assert not any(default_storage.exists(name) for name in public_names)
    assert media_files() == []
    assert photo.processed_name == photo.image.name  # not processed a second time

    conference.visibility = Conference.Visibility.PUBLIC
    conference.save()
    services.conference_photos_place(conference=conference)
    photo.refresh_from_db()
    assert photo.image.name.startswith("events/photos/")
    assert default_storage.exists(photo.image.name)
    assert private_files() == []


def test_the_admin_moves_photos_when_visibility_changes(admin_client):
    conference = make_conference("Hội nghị phản biện xã hội", status="draft")
    photo = make_photo(conference)
    data = post_data(
        visibility=INTERNAL,
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-INITIAL_FORMS": "1",
            "photos-0-id": str(photo.pk),
            "photos-0-conference": str(conference.pk),
            "photos-0-caption": photo.caption,
            "photos-0-order": "0",
        },
    )
    url = reverse("admin:events_conference_change", args=[conference.pk])
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    photo.refresh_from_db()
    assert photo.image.name.startswith("events/photos-internal/")
    assert media_files() == []


def test_alt_text_is_the_image_description_and_the_caption_is_read_once(client):
    conference = make_conference()
    make_photo(
        conference,
        caption="Toàn cảnh hội nghị",
        alt_text="Hội trường với khoảng năm mươi đại biểu, bục phát biểu phía trước",
    )
    html = client.get(conference.get_absolute_url()).content.decode()
    assert 'alt="Hội trường với khoảng năm mươi đại biểu, bục phát biểu phía trước"' in html
    assert html.count("Toàn cảnh hội nghị") == 1  # in the figcaption only
    assert 'loading="lazy"' in html and 'type="image/webp"' in html
    assert 'width="1600" height="1000"' in html

    same = ConferencePhoto(conference=conference, caption="Toàn cảnh", alt_text=" toàn  cảnh ")
    with pytest.raises(ValidationError) as refused:
        same.clean()
    assert "alt_text" in refused.value.message_dict


def test_admin_upload_of_a_polyglot_is_a_message_not_a_500(admin_client):
    data = post_data(
        **{
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": upload(polyglot_jpeg()),
            "photos-0-caption": "Toàn cảnh",
            "photos-0-order": "0",
        }
    )
    response = admin_client.post(reverse("admin:events_conference_add"), data)
    assert response.status_code == 200
    assert "HTML hoặc mã lệnh" in response.content.decode()
    assert not Conference.objects.exists() and not ConferencePhoto.objects.exists()
    assert media_files() == []


# --- Captions from the article, waiting for their photos ----------------------------------------


def test_the_draft_saves_the_articles_captions_as_photos_awaiting_their_file(admin_client):
    from tests.events.test_admin import _form_from_page
    from tests.factories.events import at, sample_text
    from tests.factories.news import make_article

    title, body = sample_text()
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    article = make_article(title, sapo="", body=paragraphs, publish_at=at(10, 6, 2023, 15, 37))
    url = reverse("admin:events_conference_draft_from_article", args=[article.pk])
    page = admin_client.get(url)
    assert "Toàn cảnh hội nghị" in page.context["form"]["photo_captions"].value()
    # One place to edit them: the editable field, not a second, read-only list beside it.
    assert page.content.decode().count("Toàn cảnh hội nghị") == 1
    response = admin_client.post(url, _form_from_page(page))
    assert response.status_code == 302
    conference = Conference.objects.get()
    captions = list(conference.photos.values_list("caption", flat=True))
    assert "Toàn cảnh hội nghị" in captions and len(captions) == 2
    assert not conference.photos.with_file().exists()

    # the clerk sees them in the conference's photo rows and uploads the picture into one
    change = reverse("admin:events_conference_change", args=[conference.pk])
    assert "Toàn cảnh hội nghị" in admin_client.get(change).content.decode()
    waiting = conference.photos.get(caption="Toàn cảnh hội nghị")
    waiting.image = ContentFile(jpeg_with_gps(), name="toan-canh.jpg")
    waiting.save()
    assert list(conference.photos.with_file()) == [waiting]
    assert not opened(waiting).getexif().get_ifd(ExifTags.IFD.GPSInfo)


def test_pages_show_only_photos_that_have_a_file(client):
    conference = make_conference()
    ConferencePhoto.objects.create(conference=conference, caption="Ảnh chưa có tệp")
    make_photo(conference, caption="Toàn cảnh hội nghị")
    html = client.get(conference.get_absolute_url()).content.decode()
    assert "Toàn cảnh hội nghị" in html and "Ảnh chưa có tệp" not in html
