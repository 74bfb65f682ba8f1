"""demo/events.py: the sample conference's photos are captioned illustrations."""

import io
import os
from io import StringIO

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from demo import events as demo_events
from events.models import Conference, ConferencePhoto

pytestmark = pytest.mark.django_db


def seed(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        demo_events.seed(stdout=StringIO(), verbosity=0)
    return Conference.objects.get(slug=demo_events.SLUG)


def test_sample_conference_photos_are_drawn_illustrations_said_to_be_so(
    django_capture_on_commit_callbacks,
):
    conference = seed(django_capture_on_commit_callbacks)
    photos = list(conference.photos.all())
    assert [p.caption for p in photos] == [
        c + " (ảnh minh họa)" for c in demo_events.PHOTO_CAPTIONS
    ]
    for photo in photos:
        with Image.open(photo.image) as image:
            assert image.format == "JPEG"
            assert image.size == (1200, 675)
            # Not a flat grey box: a drawing has many colours.
            assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 200


def test_reseeding_keeps_the_same_photos_and_files(django_capture_on_commit_callbacks, _media_root):
    first = [p.image.name for p in seed(django_capture_on_commit_callbacks).photos.all()]
    files = sorted(p for p in _media_root.rglob("*") if p.is_file())
    again = [p.image.name for p in seed(django_capture_on_commit_callbacks).photos.all()]
    assert again == first
    assert sorted(p for p in _media_root.rglob("*") if p.is_file()) == files


def test_old_grey_placeholders_are_replaced_but_uploaded_photos_kept(
    django_capture_on_commit_callbacks, _media_root
):
    conference = seed(django_capture_on_commit_callbacks)
    conference.photos.all().delete()
    grey = Image.new("RGB", (960, 540), (226, 232, 240))
    buffer = io.BytesIO()
    grey.save(buffer, format="PNG")
    old = ConferencePhoto(conference=conference, caption=demo_events.PHOTO_CAPTIONS[1], order=0)
    old.image.save("old.png", ContentFile(buffer.getvalue()), save=True)
    old_path = old.image.path

    conference = seed(django_capture_on_commit_callbacks)

    assert not ConferencePhoto.objects.filter(pk=old.pk).exists()
    assert not os.path.exists(old_path)
    assert conference.photos.count() == len(demo_events.PHOTO_CAPTIONS)

    # A photo an editor uploaded is never replaced.
    conference.photos.all().delete()
    real = ConferencePhoto(conference=conference, caption="Toàn cảnh hội nghị", order=0)
    other = io.BytesIO()
    Image.new("RGB", (800, 600), (10, 20, 30)).save(other, format="PNG")
    real.image.save("real.png", ContentFile(other.getvalue()), save=True)
    conference = seed(django_capture_on_commit_callbacks)
    assert list(conference.photos.values_list("pk", flat=True)) == [real.pk]
