"""Server-side HTML sanitizing with nh3 (Rust's ammonia).

``sanitize_news_html`` is applied by ``Article.save()`` to every body, whoever writes it (admin,
import, shell), and is reused by the committee pages. The CKEditor content filter
(``CKEDITOR_CONFIGS["news"]["allowedContent"]`` in settings) mirrors the same allow-list so
that what an editor sees is what is stored.
"""

import re
from html import unescape

import nh3
from django.utils.html import escape, strip_tags

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


# --- Captions waiting for a photo -----------------------------------------------------------
#
# The old portal's export keeps a photo's caption ("Toàn cảnh hội nghị") but not the photo. An
# import keeps each such caption where it was, as CKEditor's captioned image with a stand-in
# picture instead of the photo: the editor sees a box "Chưa có ảnh" with the caption under it,
# double-clicks it and picks the photo (the caption stays). Readers see neither the box nor the
# caption until a photo replaces the stand-in (``without_pending_photos`` at render time).

#: The stand-in picture (static/img/); matched by this file name whatever STATIC_URL was.
PENDING_PHOTO_FILE = "chua-co-anh.svg"
PENDING_PHOTO_SRC = "/static/img/" + PENDING_PHOTO_FILE

_PENDING_IMG = re.compile(
    rf'<img\b[^>]*?\bsrc="[^"]*/{re.escape(PENDING_PHOTO_FILE)}"[^>]*>', re.IGNORECASE
)
_FIGURE = re.compile(r"<figure\b[^>]*>.*?</figure>", re.IGNORECASE | re.DOTALL)
_FIGCAPTION = re.compile(r"<figcaption>(.*?)</figcaption>", re.IGNORECASE | re.DOTALL)
_PENDING_PARAGRAPH = re.compile(rf"<p>{_BLANK}{_PENDING_IMG.pattern}{_BLANK}</p>", re.IGNORECASE)


def pending_photo_figure(caption: str) -> str:
    """A caption waiting for its photo, as CKEditor's captioned image (``caption`` is plain
    text; it is escaped here)."""
    return (
        f'<figure class="image"><img src="{PENDING_PHOTO_SRC}" alt="">'
        f"<figcaption>{escape(caption)}</figcaption></figure>"
    )


def pending_photo_captions(html: str) -> list[str]:
    """The captions in ``html`` still waiting for a photo, as plain text, in order."""
    captions = []
    for figure in _FIGURE.findall(html or ""):
        if _PENDING_IMG.search(figure):
            caption = _FIGCAPTION.search(figure)
            text = unescape(strip_tags(caption.group(1))).strip() if caption else ""
            captions.append(text)
    # A stand-in left without its caption (the editor unticked "Có chú thích") waits too.
    bare = _PENDING_IMG.findall(_FIGURE.sub("", html or ""))
    return captions + [""] * len(bare)


def without_pending_photos(html: str) -> str:
    """``html`` as readers get it: every figure whose photo is still the stand-in is left out
    with its caption, and so is a stand-in picture on its own."""
    if not html or PENDING_PHOTO_FILE not in html:
        return html or ""

    def figure(match: re.Match) -> str:
        return "" if _PENDING_IMG.search(match.group(0)) else match.group(0)

    kept = _FIGURE.sub(figure, html)
    # A stand-in alone (CKEditor wraps an uncaptioned image in a paragraph): gone with it.
    return _PENDING_IMG.sub("", _PENDING_PARAGRAPH.sub("", kept)).strip()
