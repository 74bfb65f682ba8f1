"""Template helpers for the public news pages."""

from __future__ import annotations

import json
from urllib.parse import quote

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# Plain share links: no third-party script is loaded; the reader's click opens the service.
FACEBOOK_SHARE = "https://www.facebook.com/sharer/sharer.php?u={url}"
ZALO_SHARE = "https://button-share.zalo.me/share_external?url={url}"

# Same escapes as Django's json_script: the JSON cannot close the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data) -> str:
    """``<script type="application/ld+json">`` with json_script-safe escaping (data, not code:
    allowed by the Content-Security-Policy)."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


@register.inclusion_tag("includes/cover_picture.html")
def cover_picture(article, *, sizes="100vw", loading="lazy", width=800, css_class=""):
    """Responsive cover: WebP srcset with a JPEG fallback, from the renditions made at upload."""
    return {
        "article": article,
        "webp_srcset": article.cover_srcset("webp"),
        "jpeg_srcset": article.cover_srcset("jpeg"),
        "src": article.cover_rendition_url(width, "jpeg"),
        "width": article.cover_width or 1200,
        "height": article.cover_height or 800,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
    }


@register.inclusion_tag("includes/share_links.html")
def share_links(url: str, title: str = ""):
    quoted = quote(url, safe="")
    return {
        "url": url,
        "title": title,
        "facebook": FACEBOOK_SHARE.format(url=quoted),
        "zalo": ZALO_SHARE.format(url=quoted),
    }
