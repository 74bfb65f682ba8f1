"""schema.org pieces shared by the pages that describe themselves to search engines and
sharing previews (news articles, documents): the committee as an Organization, headlines."""

from django.templatetags.static import static
from django.urls import reverse

HEADLINE_MAX = 110  # NewsArticle headline: Google shows at most 110 characters
# A raster logo of at least 112 px (Google ignores SVG publisher logos).
LOGO = ("img/logo-512.png", 512, 512)


def headline(title: str, limit: int = HEADLINE_MAX) -> str:
    """``title`` within ``limit`` characters, cut between words (with "…"), never inside one."""
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut and not title[limit - 1].isspace():
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"


def organization(request, site) -> dict:
    """The committee (``core.models.SiteSettings``): its name, home page and raster logo."""
    logo, width, height = LOGO
    return {
        "@type": "Organization",
        "name": site.name,
        "url": request.build_absolute_uri(reverse("home")),
        "logo": {
            "@type": "ImageObject",
            "url": request.build_absolute_uri(static(logo)),
            "width": width,
            "height": height,
        },
    }
