"""Server-side HTML sanitizing with nh3 (Rust's ammonia).

``sanitize_news_html`` is applied by ``Article.save()`` to every body, whoever writes it (admin,
import, shell), and is reused by the committee pages. The CKEditor content filter
(``CKEDITOR_CONFIGS["news"]["allowedContent"]`` in settings) mirrors the same allow-list so
that what an editor sees is what is stored.
"""

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


def sanitize_news_html(html: str) -> str:
    """Keep only the news allow-list; strip scripts, styles, iframes, on* and javascript: URLs.

    Links get ``rel="noopener noreferrer"``; URLs may be http, https, mailto or relative
    (uploaded images are served from ``/media/``).
    """
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=set(NEWS_TAGS),
        clean_content_tags=set(DROP_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in NEWS_ATTRIBUTES.items()},
        tag_attribute_values=NEWS_ATTRIBUTE_VALUES,
        url_schemes=set(NEWS_URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
    ).strip()
