"""``{{ body|responsive_images }}``: rich text with its uploaded images at the reader's size
(``core.images.responsive_body_images``). ``{{ body|pending_photos_hidden }}``: without the
captions still waiting for a photo (``core.html.without_pending_photos``). Use them on
sanitized rich text only."""

from django import template
from django.utils.safestring import mark_safe

from core.html import pending_photo_captions as waiting_captions
from core.html import without_pending_photos
from core.images import responsive_body_images

register = template.Library()


@register.filter
def responsive_images(html) -> str:
    # The input is rich text sanitized on save (nh3); only <img> tags are rewritten, with
    # every attribute value escaped again.
    return mark_safe(responsive_body_images(str(html or "")))


@register.filter
def pending_photos_hidden(html) -> str:
    # Sanitized rich text in, the same text out with whole figures removed: nothing added.
    return mark_safe(without_pending_photos(str(html or "")))


@register.filter
def pending_photo_captions(html) -> list[str]:
    """The captions of ``html`` still waiting for a photo (for the editor's warning)."""
    return waiting_captions(str(html or ""))
