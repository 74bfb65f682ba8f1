"""demo/illustrations.py: drawn demo pictures."""

import io

import pytest
from PIL import Image

from core.images import clean_uploaded_image
from demo import illustrations


@pytest.mark.parametrize("scene", illustrations.SCENES)
def test_each_scene_is_a_small_colourful_jpeg_the_upload_checks_accept(scene):
    data = illustrations.illustration_jpeg(scene, palette="red")
    assert len(data) < 200_000
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("JPEG", (1200, 675))
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000)) > 200
    from django.core.files.base import ContentFile

    cleaned = clean_uploaded_image(ContentFile(data, name="minh-hoa.jpg"))
    assert (cleaned.width, cleaned.height) == (1200, 675)


def test_same_arguments_same_picture_and_palettes_differ():
    red = illustrations.illustration_jpeg("hall", palette="red", seed=1)
    assert red == illustrations.illustration_jpeg("hall", palette="red", seed=1)
    assert red != illustrations.illustration_jpeg("hall", palette="blue", seed=1)


def test_unknown_scene_is_refused():
    with pytest.raises(ValueError):
        illustrations.illustration("ban-do")
