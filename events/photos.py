"""Conference photos through the portal's image pipeline (core/images.py), stored where their
conference's visibility says.

- Every photo file is checked and re-encoded by ``core.images.clean_uploaded_image`` (size,
  megapixels, decompression bombs, format sniffing, polyglots; EXIF orientation applied, GPS
  and camera data dropped) before the page links to it, whatever way it came in: the admin,
  ``ConferencePhoto.objects.create(image=<file>)``, ``photo.image.save(...)``, or a file
  already in storage (``image="events/photos/…"``); ``processed_name`` remembers which stored
  file went through it.
- Renditions (WebP and JPEG at ``core.images.RENDITION_WIDTHS``) are made once, for srcset.
- Photos of a public conference live in the media storage under ``events/photos/`` and are
  served from MEDIA_URL; photos of an internal conference live in the private storage
  (``core.storage.PrivateStorage``, the one conference documents use) under
  ``events/photos-internal/`` and are streamed by ``events.views.conference_photo`` after the
  visibility check. ``PhotoStorage`` routes each name to its storage by that prefix, so a
  photo's files move (``photo_place``) when the conference changes between public and internal.
"""

from __future__ import annotations

import contextlib
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.core.files.storage import Storage, default_storage
from django.utils.deconstruct import deconstructible

from core.storage import PrivateStorage

PUBLIC_PREFIX = "events/photos/"
PRIVATE_PREFIX = "events/photos-internal/"
#: Where the command keeps an original it replaced (private: it may carry GPS data).
ORIGINALS_PREFIX = "events/photo-originals/"
PRIVATE_ALIAS = "documents"

CONTENT_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "webp": "image/webp",
}


def private_storage() -> Storage:
    return PrivateStorage(PRIVATE_ALIAS)


def is_private_name(name: str) -> bool:
    return name.startswith((PRIVATE_PREFIX, ORIGINALS_PREFIX))


def swap_prefix(name: str, *, private: bool) -> str:
    """``name`` under the public or the private prefix (the rest of the path kept)."""
    for prefix in (PUBLIC_PREFIX, PRIVATE_PREFIX):
        if name.startswith(prefix):
            name = name[len(prefix) :]
            break
    return f"{PRIVATE_PREFIX if private else PUBLIC_PREFIX}{name}"


@deconstructible(path="events.photos.PhotoStorage")
class PhotoStorage(Storage):
    """Forwards each call to the private storage for names under the private prefixes and to
    the media storage for every other name (looked up on each call, like PrivateStorage)."""

    def backend(self, name: str) -> Storage:
        return private_storage() if is_private_name(str(name or "")) else default_storage

    def _open(self, name, mode="rb"):
        return self.backend(name).open(name, mode)

    def _save(self, name, content):
        return self.backend(name).save(name, content)

    def save(self, name, content, max_length=None):
        return self.backend(name).save(name, content, max_length=max_length)

    def get_available_name(self, name, max_length=None):
        return self.backend(name).get_available_name(name, max_length=max_length)

    def generate_filename(self, filename):
        return self.backend(filename).generate_filename(filename)

    def delete(self, name):
        return self.backend(name).delete(name)

    def exists(self, name):
        return self.backend(name).exists(name)

    def size(self, name):
        return self.backend(name).size(name)

    def url(self, name):
        return self.backend(name).url(name)

    def path(self, name):
        return self.backend(name).path(name)

    def listdir(self, path):
        return self.backend(path).listdir(path)

    def get_modified_time(self, name):
        return self.backend(name).get_modified_time(name)


photo_storage = PhotoStorage()


def get_photo_storage() -> Storage:
    return photo_storage


def _copy(storage: Storage, source: str, target: str) -> str:
    with storage.open(source, "rb") as handle:
        return storage.save(target, ContentFile(handle.read()))


def photo_place(photo) -> bool:
    """Move the photo's file and renditions to the storage its conference's visibility asks
    for (private for an internal conference). Returns True when something moved.

    Copies first, updates the row, then deletes the old files: a failure half-way leaves the
    row pointing at files that exist.
    """
    name = photo.image.name if photo.image else ""
    if not name:
        return False
    private = photo.conference.visibility == photo.conference.Visibility.INTERNAL
    if name.startswith(PRIVATE_PREFIX) == private:
        return False
    storage = photo_storage
    new_name = _copy(storage, name, swap_prefix(name, private=private))
    moved = []
    for rendition in photo.renditions or []:
        entry = {**rendition, "source": new_name}
        for fmt in ("webp", "jpeg"):
            if rendition.get(fmt):
                entry[fmt] = _copy(
                    storage, rendition[fmt], swap_prefix(rendition[fmt], private=private)
                )
        moved.append(entry)
    old = [
        name,
        *(r[fmt] for r in photo.renditions or [] for fmt in ("webp", "jpeg") if r.get(fmt)),
    ]
    photo.image.name = new_name
    photo.renditions = moved
    fields = {"image": new_name, "renditions": moved}
    if photo.processed_name == name:
        photo.processed_name = new_name
        fields["processed_name"] = new_name
    type(photo)._base_manager.filter(pk=photo.pk).update(**fields)
    for stale in old:
        with contextlib.suppress(OSError):
            storage.delete(stale)
    return True


def photo_process(photo, *, keep_original: bool = False) -> str:
    """Put a stored photo file that has not been through ``clean_uploaded_image`` through it:
    the cleaned copy is stored and set on ``photo`` (not saved). Returns the name of the file
    it replaces ("" when there was nothing to do), for the caller to delete once the row is
    saved.

    With ``keep_original`` a copy of the replaced file is kept in the private storage under
    ``ORIGINALS_PREFIX`` (it may carry GPS data, so never in public). Raises
    ``ValidationError`` when the file is refused (nothing written then).
    """
    from core.images import clean_uploaded_image

    name = photo.image.name if photo.image else ""
    if not name or photo.processed_name == name:
        return ""
    storage = photo_storage
    with storage.open(name, "rb") as handle:
        data = handle.read()
    cleaned = clean_uploaded_image(ContentFile(data, name=PurePosixPath(name).name))
    target = photo.image.field.generate_filename(photo, cleaned.name)
    new_name = storage.save(target, cleaned.content)
    if keep_original:
        private_storage().save(f"{ORIGINALS_PREFIX}{name}", ContentFile(data))
    photo.image.name = new_name
    photo.processed_name = new_name
    photo.width, photo.height = cleaned.width, cleaned.height
    return name
