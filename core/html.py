"""Server-side HTML sanitizing with nh3 (Rust's ammonia).

``sanitize_news_html`` is applied by ``Article.save()`` to every body, whoever writes it (admin,
import, shell), and is reused by the committee pages. The CKEditor content filter
(``CKEDITOR_CONFIGS["news"]["allowedContent"]`` in settings) mirrors the same allow-list so
that what an editor sees is what is stored.
"""

import re

import nh3

NEWS_TAGS = frozenset(
    {
        "p",
        "br",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "u",
        "s",
        "blockquote",
        "ul",
        "ol",
        "li",
        "a",
        "img",
        "figure",
        "figcaption",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "caption",
        "hr",
    }
)

NEWS_ATTRIBUTES = {
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
}

# CKEditor's image2 plugin recognises a captioned image by <figure class="image">; this one
# class value is kept so that a saved article reopens in the editor with its caption intact.
NEWS_ATTRIBUTE_VALUES = {"figure": {"class": {"image"}}}

NEWS_URL_SCHEMES = frozenset({"http", "https", "mailto"})

# Removed together with everything inside them (other disallowed tags keep their text).
DROP_WITH_CONTENT = frozenset(
    {"script", "style", "iframe", "object", "embed", "noscript", "template", "svg", "math"}
)

LINK_REL = "noopener noreferrer"

# CKEditor's image2 writes its caption placeholder ("Nhãn"; "Caption" in English) into the
# <figcaption> when "Có chú thích hiện dưới ảnh" is ticked and nothing is typed. Neither the
# placeholder nor an empty caption is stored: readers would see "Nhãn" under the photo.
CAPTION_PLACEHOLDERS = ("Nhãn", "Caption")
_BLANK = r"(?:\s|&nbsp;|\xa0|<br>)*"
_PLACEHOLDER_CAPTION = re.compile(
    rf"<figcaption>{_BLANK}(?:(?:{'|'.join(CAPTION_PLACEHOLDERS)}){_BLANK})?</figcaption>",
    re.IGNORECASE,
)


def sanitize_news_html(html: str) -> str:
    """Keep only the news allow-list; strip scripts, styles, iframes, on* and javascript: URLs.

    Links get ``rel="noopener noreferrer"``; URLs may be http, https, mailto or relative
    (uploaded images are served from ``/media/``). A caption that is empty or only the
    editor's placeholder ("Nhãn") is dropped: the image shows with no caption.
    """
    if not html:
        return ""
    cleaned = nh3.clean(
        html,
        tags=set(NEWS_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in NEWS_ATTRIBUTES.items()},
        tag_attribute_values=NEWS_ATTRIBUTE_VALUES,
        url_schemes=set(NEWS_URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    )
    return _PLACEHOLDER_CAPTION.sub("", cleaned).strip()
