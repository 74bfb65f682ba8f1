"""Checking, cleaning and resizing uploaded images with Pillow.

Every uploaded image (article cover, image inserted through CKEditor, later leader portraits)
goes through ``clean_uploaded_image`` *before* anything is stored:

- at most ``MAX_UPLOAD_BYTES`` (10 MB) and ``MAX_PIXELS`` (40 megapixels); the pixel count is read
  from the header, so a decompression bomb is refused before it is decoded;
- only JPEG, PNG and WebP are recognised (SVG, HTML and everything else are refused), and a
  file with HTML or script hidden inside (a polyglot) is refused;
- EXIF orientation is applied, then the pixels are re-encoded into a new file: EXIF (GPS), XMP,
  comments and any bytes appended to the image (polyglots) do not survive;
- very large photos are scaled down to ``MAX_STORED_SIDE`` pixels on the long side.

``make_renditions`` makes the cover widths once, at upload (never per request), as WebP with a
JPEG fallback, for ``srcset``; ``RenditionsMixin`` gives a model (article cover, leader
portrait) the calls that make and use them.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from html import unescape
from pathlib import PurePosixPath

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from core.text import vi_slugify

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
MAX_STORED_SIDE = 2560
RENDITION_WIDTHS = (400, 800, 1200)

# Pillow format name -> (file extension, save options). Nothing else is even tried.
ACCEPTED_FORMATS = {
    "JPEG": ("jpg", {"quality": 88, "optimize": True, "progressive": True}),
    "PNG": ("png", {"optimize": True}),
    "WEBP": ("webp", {"quality": 85, "method": 4}),
}
ACCEPTED_EXTENSIONS = ("jpg", "jpeg", "png", "webp")
ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp"

# Markup or code hidden inside an image file (a polyglot: valid as an image and as HTML/JS/PHP
# to a browser or server that sniffs it). Re-encoding would drop it anyway; we refuse the file
# so that nobody is surprised later. These byte runs do not occur by chance in image data.
POLYGLOT_MARKERS = (
    b"<script",
    b"<html",
    b"<!doctype",
    b"<svg",
    b"<iframe",
    b"<?php",
    b"javascript:",
    b"<body",
)


@dataclass(frozen=True)
class CleanImage:
    """A re-encoded image ready to be stored (nothing has been written yet)."""

    content: ContentFile
    name: str
    width: int
    height: int
    format: str


def _refuse(message, code: str, **params) -> ValidationError:
    return ValidationError(message, code=code, params=params)


def _size_mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def clean_uploaded_image(upload, *, max_side: int = MAX_STORED_SIDE) -> CleanImage:
    """Check ``upload`` (a Django File / UploadedFile) and return a re-encoded copy.

    Raises ``ValidationError`` with a Vietnamese message when the file is refused; nothing is
    stored either way (the caller stores ``CleanImage.content``).
    """
    size = getattr(upload, "size", None)
    if size is None:
        upload.seek(0, io.SEEK_END)
        size = upload.tell()
    if size > MAX_UPLOAD_BYTES:
        raise _refuse(
            _("Ảnh quá lớn (%(size)s MB). Chỉ nhận ảnh tối đa 10 MB."),
            "too_large",
            size=_size_mb(size),
        )
    if size == 0:
        raise _refuse(_("Tệp ảnh rỗng."), "empty")

    upload.seek(0)
    data = upload.read()
    try:
        with warnings.catch_warnings():
            # Pillow warns (DecompressionBombWarning) before it errors; both are refusals here.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise _refuse(
                    _(
                        "Ảnh quá nhiều điểm ảnh (%(width)s × %(height)s). "
                        "Chỉ nhận ảnh tối đa 40 triệu điểm ảnh."
                    ),
                    "too_many_pixels",
                    width=width,
                    height=height,
                )
            source_format = image.format
            image.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(
            _("Ảnh quá nhiều điểm ảnh. Chỉ nhận ảnh tối đa 40 triệu điểm ảnh."), "too_many_pixels"
        ) from None
    except UnidentifiedImageError:
        raise _refuse(
            _("Tệp không phải ảnh JPEG, PNG hoặc WebP (không nhận SVG, HTML hay tệp khác)."),
            "not_an_image",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise _refuse(_("Tệp ảnh bị hỏng hoặc không đọc được."), "broken") from None

    lowered = data.lower()
    if any(marker in lowered for marker in POLYGLOT_MARKERS):
        raise _refuse(
            _(
                "Tệp ảnh có lẫn mã HTML hoặc mã lệnh (tệp “đa hình”), không nhận. Vui lòng xuất lại ảnh."
            ),
            "polyglot",
        )

    image = ImageOps.exif_transpose(image)
    if max(image.size) > max_side:
        image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)

    ext, options = ACCEPTED_FORMATS[source_format]
    image = _mode_for(image, source_format)
    buffer = io.BytesIO()
    # No exif=, no xmp=, no comment: metadata is dropped. The colour profile is kept.
    icc = image.info.get("icc_profile")
    image.save(buffer, format=source_format, **options, **({"icc_profile": icc} if icc else {}))
    stem = vi_slugify(PurePosixPath(getattr(upload, "name", "") or "anh").stem, max_length=60)
    name = f"{stem or 'anh'}.{ext}"
    content = ContentFile(buffer.getvalue(), name=name)
    content.portal_cleaned = True  # lets model saves skip a second re-encoding
    return CleanImage(
        content=content,
        name=name,
        width=image.width,
        height=image.height,
        format=source_format,
    )


def _mode_for(image: Image.Image, fmt: str) -> Image.Image:
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    if fmt == "JPEG":
        return _flatten(image) if has_alpha else image.convert("RGB")
    if fmt == "PNG" and image.mode in ("1", "L", "LA", "P", "RGB", "RGBA"):
        return image
    return image.convert("RGBA" if has_alpha else "RGB")


def _flatten(image: Image.Image) -> Image.Image:
    """Alpha composited over white (JPEG has no transparency)."""
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, (255, 255, 255))
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def make_renditions(
    field_file, *, widths: tuple[int, ...] = RENDITION_WIDTHS, storage: Storage | None = None
) -> list[dict]:
    """Store resized copies of a stored image, once: WebP and JPEG for each width.

    Widths wider than the original are skipped (no upscaling); an image narrower than the
    smallest width gets one rendition at its own width. Returns ``[{"width", "height",
    "webp", "jpeg"}]`` with storage names, narrowest first.
    """
    storage = storage or getattr(field_file, "storage", None) or default_storage
    name = field_file.name
    with storage.open(name, "rb") as fh, Image.open(fh) as original:
        original.load()
        source = ImageOps.exif_transpose(original)
    targets = [w for w in sorted(set(widths)) if w <= source.width] or [source.width]
    base = PurePosixPath(name)
    renditions = []
    for width in targets:
        height = max(1, round(source.height * width / source.width))
        resized = source.resize((width, height), Image.Resampling.LANCZOS)
        entry = {"width": width, "height": height}
        for fmt, ext, options in (
            ("webp", "webp", {"quality": 82, "method": 4}),
            ("jpeg", "jpg", {"quality": 82, "optimize": True, "progressive": True}),
        ):
            if fmt == "jpeg":
                pixels = _flatten(resized) if resized.mode in ("RGBA", "LA", "P", "PA") else resized
                pixels = pixels.convert("RGB")
            else:
                pixels = resized if resized.mode in ("RGB", "RGBA") else resized.convert("RGBA")
            buffer = io.BytesIO()
            pixels.save(buffer, format=fmt.upper(), **options)
            target = str(base.with_name(f"{base.stem}-{width}.{ext}"))
            entry[fmt] = storage.save(target, ContentFile(buffer.getvalue()))
        renditions.append(entry)
    return renditions


class RenditionsMixin:
    """Renditions of one image field of a model: made once when the image changes, then used
    for ``srcset`` and sized ``src`` (article covers, leaders' portraits).

    The model names the image field, the JSON list field that keeps the renditions
    (``[{"width", "height", "webp", "jpeg", "source"}]``, storage names; ``source`` is the
    image they were made from) and the widths; it calls ``self._refresh_renditions()`` after
    saving and keeps its own public names for templates, e.g.
    ``def cover_rendition_url(self, width=800, fmt="jpeg"): return self.rendition_url(width, fmt)``.
    URLs come from the image field's storage (the bucket's or its CDN's with object storage).
    """

    rendition_image_field: str = ""  # e.g. "cover_image"
    renditions_field: str = ""  # e.g. "cover_renditions"
    rendition_widths: tuple[int, ...] = RENDITION_WIDTHS

    def _rendition_image(self):
        return getattr(self, self.rendition_image_field)

    def _renditions(self, fmt: str) -> list[dict]:
        return [r for r in getattr(self, self.renditions_field) or [] if r.get(fmt)]

    def rendition_srcset(self, fmt: str = "webp") -> str:
        """``srcset`` value for the renditions in ``fmt`` ("webp" or "jpeg"), narrowest first."""
        storage = self._rendition_image().storage
        return ", ".join(f"{storage.url(r[fmt])} {r['width']}w" for r in self._renditions(fmt))

    def rendition_url(self, width: int, fmt: str = "jpeg") -> str:
        """URL of the rendition closest to ``width`` (the original when there is none)."""
        image = self._rendition_image()
        renditions = self._renditions(fmt)
        if renditions:
            best = min(renditions, key=lambda r: abs(r["width"] - width))
            return image.storage.url(best[fmt])
        return image.url if image else ""

    def _refresh_renditions(self) -> None:
        """Make the renditions once, when the image changes (never per request), and store
        them without a second ``save()``."""
        image = self._rendition_image()
        name = image.name if image else ""
        stored = getattr(self, self.renditions_field) or []
        if not name:
            if stored:
                self._store_renditions([])
            return
        if {r.get("source") for r in stored} == {name}:
            return
        made = make_renditions(image, widths=self.rendition_widths)
        self._store_renditions([{**r, "source": name} for r in made])

    def _store_renditions(self, renditions: list[dict]) -> None:
        setattr(self, self.renditions_field, renditions)
        type(self)._base_manager.filter(pk=self.pk).update(**{self.renditions_field: renditions})


# --- Images inside rich text (article bodies, committee pages) ------------------------------

BODY_IMAGE_SIZES = "(min-width: 64rem) 760px, 100vw"  # the width of an article's text column
BODY_RENDITIONS_CACHE = 24 * 3600
RENDITION_FILES = (("webp", "webp"), ("jpeg", "jpg"))  # (srcset format, file extension)
_IMG_TAG = re.compile(r"<img\s[^>]*>")
_ATTRIBUTE = re.compile(r'([a-z-]+)="([^"]*)"')


def rendition_name(name: str, width: int, ext: str) -> str:
    """Storage name of ``name``'s rendition (as ``make_renditions`` writes it)."""
    base = PurePosixPath(name)
    return str(base.with_name(f"{base.stem}-{width}.{ext}"))


def body_image_renditions(name: str, *, storage: Storage | None = None) -> dict | None:
    """What a page needs to serve an image of rich text at the reader's size: the original's
    width and height, and the renditions made at upload ({"width", "webp", "jpeg"}).

    Read from storage once (image header, which renditions exist) and then from the cache;
    None when the file is not there. Renditions are never made here (they are made once, at
    upload, by ``portal.editor_uploads``).
    """
    storage = storage or default_storage
    key = f"body-image:{name}"
    found = cache.get(key)
    if found is not None:
        return found or None
    found = {}
    try:
        with storage.open(name, "rb") as fh, Image.open(fh) as image:
            width, height = image.size
    except (OSError, UnidentifiedImageError, ValueError):
        width = height = 0
    if width:
        renditions = []
        for target in RENDITION_WIDTHS:
            names = {fmt: rendition_name(name, target, ext) for fmt, ext in RENDITION_FILES}
            if target < width and all(storage.exists(n) for n in names.values()):
                renditions.append({"width": target, **names})
        found = {"width": width, "height": height, "renditions": renditions}
    cache.set(key, found, BODY_RENDITIONS_CACHE)
    return found or None


def responsive_body_images(html: str, *, storage: Storage | None = None) -> str:
    """Rich text with each uploaded image served at the reader's size: a ``<picture>`` with
    WebP and JPEG ``srcset`` of its renditions, ``sizes`` of the text column, its intrinsic
    ``width``/``height`` (no layout shift) and lazy loading. Images from elsewhere, or without
    renditions, keep their ``src`` and gain only the size they are known to have.

    ``html`` is sanitized rich text (nh3 writes every attribute in double quotes).
    """
    storage = storage or default_storage
    media_url = settings.MEDIA_URL

    def rewrite(match: re.Match) -> str:
        tag = match.group(0)
        attributes = {key: unescape(value) for key, value in _ATTRIBUTE.findall(tag)}
        src = attributes.get("src", "")
        if not src.startswith(media_url):
            return tag
        name = src[len(media_url) :]
        info = body_image_renditions(name, storage=storage)
        if info is None:
            return tag
        attributes.setdefault("width", str(info["width"]))
        attributes.setdefault("height", str(info["height"]))
        attributes.setdefault("loading", "lazy")
        attributes.setdefault("decoding", "async")
        renditions = info["renditions"]
        if not renditions:
            return format_html_join(" ", '{}="{}"', attributes.items()).join(("<img ", ">"))

        def candidates(fmt: str) -> list[str]:
            return [f"{storage.url(r[fmt])} {r['width']}w" for r in renditions]

        # The <img> offers the JPEG renditions and the original at its own width; the WebP
        # source only WebP files (at most the widest rendition).
        attributes["srcset"] = ", ".join([*candidates("jpeg"), f"{src} {info['width']}w"])
        attributes["sizes"] = BODY_IMAGE_SIZES
        image = format_html_join(" ", '{}="{}"', attributes.items()).join(("<img ", ">"))
        return format_html(
            '<picture><source type="image/webp" srcset="{}" sizes="{}">{}</picture>',
            ", ".join(candidates("webp")),
            BODY_IMAGE_SIZES,
            mark_safe(image),  # built by format_html_join: every value escaped
        )

    return _IMG_TAG.sub(rewrite, html)
