"""Image checks and renditions (core/images.py)."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from PIL import Image

from core.images import MAX_UPLOAD_BYTES, clean_uploaded_image, make_renditions
from tests.factories.files import (
    SVG,
    image_bytes,
    jpeg_with_gps,
    png_claiming_size,
    polyglot_jpeg,
    upload,
)


def reopen(clean):
    return Image.open(io.BytesIO(clean.content.read()))


def test_gps_exif_is_dropped_and_orientation_applied():
    clean = clean_uploaded_image(upload(jpeg_with_gps(size=(1200, 800), orientation=6)))
    image = reopen(clean)
    assert image.format == "JPEG"
    assert image.size == (800, 1200)  # rotated as the camera meant it
    exif = image.getexif()
    assert not exif.get_ifd(0x8825)  # no GPS
    assert len(exif) == 0


def test_refused_messages_are_vietnamese_and_specific():
    with pytest.raises(ValidationError) as too_big:
        clean_uploaded_image(upload(b"\xff" * (MAX_UPLOAD_BYTES + 1)))
    assert "tối đa 10 MB" in too_big.value.messages[0]

    with pytest.raises(ValidationError) as bomb:
        clean_uploaded_image(upload(png_claiming_size(30000, 30000), "bom.png", "image/png"))
    assert "40 triệu điểm ảnh" in bomb.value.messages[0]

    with pytest.raises(ValidationError) as svg:
        clean_uploaded_image(upload(SVG, "logo.svg", "image/svg+xml"))
    assert "không phải ảnh" in svg.value.messages[0]

    with pytest.raises(ValidationError) as poly:
        clean_uploaded_image(upload(polyglot_jpeg()))
    assert "mã lệnh" in poly.value.messages[0]


def test_pixel_limit_below_pillows_bomb_threshold():
    # 8000 × 6000 = 48 MP: Pillow would open it, we refuse above 40 MP.
    data = png_claiming_size(8000, 6000)
    with pytest.raises(ValidationError) as exc:
        clean_uploaded_image(upload(data, "lon.png", "image/png"))
    assert exc.value.code == "too_many_pixels"


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"<html><body>hi</body></html>", b"GIF89a" + b"\0" * 20],
)
def test_non_images_are_refused(data):
    with pytest.raises(ValidationError):
        clean_uploaded_image(upload(data, "x.jpg"))


def test_truncated_jpeg_is_refused():
    data = image_bytes("JPEG", size=(600, 400))[:300]
    with pytest.raises(ValidationError):
        clean_uploaded_image(upload(data))


def test_png_with_alpha_stays_png_and_webp_stays_webp():
    png = reopen(clean_uploaded_image(upload(image_bytes("PNG", alpha=True), "a.png")))
    assert png.format == "PNG" and png.mode == "RGBA"
    webp = reopen(clean_uploaded_image(upload(image_bytes("WEBP"), "a.webp")))
    assert webp.format == "WEBP"


def test_very_large_photos_are_scaled_down_and_named_safely():
    clean = clean_uploaded_image(upload(image_bytes(size=(5000, 2500)), "Ảnh Hội Nghị.JPG"))
    assert (clean.width, clean.height) == (2560, 1280)
    assert clean.name == "anh-hoi-nghi.jpg"


@pytest.mark.django_db
def test_renditions_webp_and_jpeg_for_each_width():
    name = default_storage.save(
        "news/covers/x.jpg", clean_uploaded_image(upload(image_bytes())).content
    )
    field_file = type("F", (), {"name": name, "storage": default_storage})()
    renditions = make_renditions(field_file)
    assert [r["width"] for r in renditions] == [400, 800, 1200]
    for rendition in renditions:
        with default_storage.open(rendition["webp"]) as fh:
            assert Image.open(fh).format == "WEBP"
        with default_storage.open(rendition["jpeg"]) as fh:
            image = Image.open(fh)
            assert image.format == "JPEG"
            assert image.size == (rendition["width"], rendition["height"])


@pytest.mark.django_db
def test_small_image_gets_one_rendition_no_upscaling():
    name = default_storage.save(
        "news/covers/s.png", io.BytesIO(image_bytes("PNG", size=(300, 200)))
    )
    field_file = type("F", (), {"name": name, "storage": default_storage})()
    renditions = make_renditions(field_file)
    assert [(r["width"], r["height"]) for r in renditions] == [(300, 200)]
