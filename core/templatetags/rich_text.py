"""``{{ body|responsive_images }}``: rich text with its uploaded images at the reader's size
(``core.images.responsive_body_images``). Use it on sanitized rich text only."""

from django import template
from django.utils.safestring import mark_safe

from core.images import responsive_body_images

register = template.Library()


@register.filter
def responsive_images(html) -> str:
    # The input is rich text sanitized on save (nh3); only <img> tags are rewritten, with
    # every attribute value escaped again.
    return mark_safe(responsive_body_images(str(html or "")))
