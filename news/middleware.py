"""Permanent redirects from the old portal's addresses to the imported articles (issue 8).

``import_articles --legacy-url-prefix …`` records each article's old address in
``Article.legacy_url``. When the old domain points at this site, a visitor or a search engine
following an old link gets a 301 to the article's new address.

Like ``django.contrib.redirects``, this only looks at responses that are already 404, so normal
pages cost nothing and a new page always wins over an old address. Only published, due
articles redirect (``Article.objects.published()``): a draft or withdrawn article stays a 404.
The old address is compared by path (and query string), ignoring the host and a trailing slash,
percent-encoded or not, and ignoring tracking parameters (``fbclid``, ``utm_*``…) that social
networks add to shared links.
"""

from __future__ import annotations

from functools import reduce
from operator import or_
from urllib.parse import quote

from django.db import DatabaseError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect

from news.importing import legacy_path

# Added to links by social networks, mail and ad platforms, never part of an old address:
# ``?fbclid=…``, ``utm_*``, Google's and Microsoft's click ids, Zalo's ``zarsrc``.
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "zarsrc"}
)
TRACKING_PREFIXES = ("utm_", "mc_", "_ga", "_gl")


def without_tracking(query: str) -> str:
    """``query`` without tracking parameters; the others kept as sent, in their order."""
    kept = []
    for part in query.split("&"):
        name = part.split("=", 1)[0].lower()
        if not part or name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES):
            continue
        kept.append(part)
    return "&".join(kept)


def _candidates(request: HttpRequest) -> tuple[str, set[str]]:
    """The request's key (as ``legacy_path`` gives it) and suffixes a stored URL may end with."""
    path = request.path
    query = without_tracking(request.META.get("QUERY_STRING", ""))
    key = legacy_path(f"{quote(path, safe='/')}?{query}" if query else quote(path, safe="/"))
    suffixes: set[str] = set()
    bare = path.rstrip("/") or "/"
    for variant in {bare, quote(bare, safe="/")}:
        for tail in ("", "/"):
            base = variant + tail if variant != "/" else variant
            suffixes.add(f"{base}?{query}" if query else base)
    return key, suffixes


def legacy_article_for(request: HttpRequest):
    """The published article whose old address is this request's, or None."""
    from news.models import Article

    if request.path in ("", "/"):
        return None
    key, suffixes = _candidates(request)
    matches = reduce(or_, (Q(legacy_url__endswith=suffix) for suffix in suffixes))
    for article in Article.objects.published().filter(matches).order_by("pk")[:20]:
        if legacy_path(article.legacy_url) == key:
            return article
    return None


class LegacyRedirectMiddleware:
    """Turn a 404 on an imported article's old address into a 301 to the article."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        try:
            article = legacy_article_for(request)
        except DatabaseError:
            # An old address is a nicety: with the database unreachable the 404 stands.
            return response
        if article is None:
            return response
        return HttpResponsePermanentRedirect(article.get_absolute_url())
