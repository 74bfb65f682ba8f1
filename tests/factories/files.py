"""Files made in memory for uploads: images (good, odd and hostile) and office documents."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageDraw

# --- images -----------------------------------------------------------------------------------


def image_bytes(fmt: str = "JPEG", size=(1600, 1000), color=(200, 30, 40), **save) -> bytes:
    """A plain image of ``size`` in ``fmt``; ``alpha=True`` makes a PNG with transparency;
    the other keywords go to ``Image.save`` (``quality=80``, ``exif=…``)."""
    buffer = io.BytesIO()
    mode = "RGBA" if fmt == "PNG" and save.pop("alpha", False) else "RGB"
    Image.new(mode, size, color).save(buffer, fmt, **save)
    return buffer.getvalue()


def upload(data: bytes, name: str = "anh.jpg", content_type: str = "image/jpeg"):
    """``data`` as an uploaded file (what a form or the test client sends)."""
    return SimpleUploadedFile(name, data, content_type=content_type)


def jpeg_with_gps(size=(1200, 800), orientation: int = 6) -> bytes:
    """A JPEG carrying GPS coordinates and an EXIF orientation (6: rotate 90° clockwise)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = orientation
    exif[ExifTags.Base.Make] = "Điện thoại thử"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (21.0, 2.0, 10.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (105.0, 47.0, 30.0)
    return image_bytes("JPEG", size=size, exif=exif)


def png_claiming_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` (a decompression bomb)."""
    data = image_bytes("PNG", size=(8, 8))
    ihdr = struct.pack(">II", width, height) + data[24:29]
    chunk = b"IHDR" + ihdr
    return data[:12] + chunk + struct.pack(">I", zlib.crc32(chunk)) + data[33:]


SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(1)</script><rect width='10' height='10'/></svg>"
)


def polyglot_jpeg() -> bytes:
    """A valid JPEG with an HTML/JS payload appended after the image data."""
    return image_bytes("JPEG", size=(300, 200)) + b"<html><script>alert(document.cookie)</script>"


def photo_png(path, *, size=(1200, 800), label: str = "Toan canh hoi nghi") -> str:
    """Write a photo-like PNG (sky, ground, a label) to ``path``, for a browser's file chooser."""
    image = Image.new("RGB", size, (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, size[1] * 2 // 3, size[0], size[1]), fill=(60, 120, 60))
    draw.rectangle((size[0] // 4, size[1] // 3, size[0] * 3 // 4, size[1] * 2 // 3), fill="red")
    draw.text((40, 40), label, fill=(0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return str(path)


# --- documents --------------------------------------------------------------------------------


def pdf_bytes() -> bytes:
    return b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def _ooxml(main_part: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(main_part, "<document/>")
    return buffer.getvalue()


def docx_bytes() -> bytes:
    return _ooxml("word/document.xml")


def xlsx_bytes() -> bytes:
    return _ooxml("xl/workbook.xml")
