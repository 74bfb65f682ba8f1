"""Public news pages: article, all news, category, tag; and the staff preview.

Every public read goes through ``Article.objects.published()``; the staff preview is the one
explicit, never-cached override (``visible_to(user)``). Public views are wrapped in
``core.pagecache.public_page`` and tagged with what they show (the site's page cache drops a
page when something it shows changes).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core import schema_org
from core.forms import DateRangeForm, show_date
from core.models import SiteSettings
from core.pagecache import fragment, object_tag, public_page, read, tag
from core.pagination import ids_first, paginate
from news.models import Article, Category, Tag

# Page-cache tag of every page that lists the newest articles (core/pagecache.py).
LIST_TAG = "news:list"
PAGE_SIZE = 20
RELATED_COUNT = 6
LIST_DEFERRED = ("body", "search_text")
# ?from= / ?to= (days): a list narrowed to what was published then (the statistics page's
# monthly counts link here, issue 23).
LIST_PARAMS = ("page", "from", "to")


def list_queryset():
    """Published articles with what a card shows (no body), newest first."""
    return (
        Article.objects.published()
        .select_related("category")
        .defer(*LIST_DEFERRED)
        .order_by("-publish_at", "-pk")
    )


def _midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def published_between(request, queryset):
    """``queryset`` narrowed by ``?from=`` / ``?to=`` (local days, dd/mm/yyyy, both included),
    and what the page says about it: ``{"days": "từ … đến …", "query": …}``, or
    ``{"date_errors": [...]}`` when a date is wrong (then the list is not narrowed)."""
    data = {k: request.GET[k] for k in ("from", "to") if request.GET.get(k, "").strip()}
    if not data:
        return queryset, {}
    form = DateRangeForm(data)
    if not form.is_valid():
        errors = [str(e) for key in ("from", "to") for e in form.errors.get(key, []) if str(e)]
        return queryset, {"date_errors": errors}
    start, end = form.cleaned_data.get("from"), form.cleaned_data.get("to")
    query = {}
    if start:
        queryset = queryset.filter(publish_at__gte=_midnight(start))
        query["from"] = show_date(start)
    if end:
        queryset = queryset.filter(publish_at__lt=_midnight(end + dt.timedelta(days=1)))
        query["to"] = show_date(end)
    if start and end:
        days = _("từ %(start)s đến %(end)s") % {"start": query["from"], "end": query["to"]}
    elif start:
        days = _("từ %(start)s") % {"start": query["from"]}
    else:
        days = _("đến %(end)s") % {"end": query["to"]}
    return queryset, {"days": days, "query": urlencode(query, safe="/")}


def paginate_articles(request, queryset, *, base_path: str, query: str = ""):
    """The requested page of an article list (core.pagination: a bad ``?page=`` is a 404).

    Pages are read ids first, so a deep page costs what page 1 costs (the partial indexes
    ``news_article_live_idx`` and ``news_article_live_cat_idx`` answer the id subquery and the
    count without reading the table)."""
    return paginate(request, ids_first(queryset), per_page=PAGE_SIZE, path=base_path, query=query)


def list_context(pagination, dates: dict | None = None) -> dict:
    return {
        **pagination.context(),
        "date_errors": (dates or {}).get("date_errors", []),
        "articles": pagination.page.object_list,
        "categories": list(Category.objects.active().only("name", "slug")),
        "nav_section": "news",
    }


@require_safe
@public_page(params=LIST_PARAMS)
def article_list(request):
    queryset, dates = published_between(request, list_queryset())
    pagination = paginate_articles(
        request, queryset, base_path=reverse("news:article_list"), query=dates.get("query", "")
    )
    context = list_context(pagination, dates)
    context["heading"] = " ".join(filter(None, [_("Tin tức – sự kiện"), dates.get("days")]))
    return tag(TemplateResponse(request, "news/article_list.html", context), LIST_TAG)


@require_safe
@public_page(params=LIST_PARAMS)
def category_detail(request, slug):
    category = get_object_or_404(Category.objects.active(), slug=slug)
    queryset, dates = published_between(request, list_queryset().filter(category=category))
    pagination = paginate_articles(
        request, queryset, base_path=category.get_absolute_url(), query=dates.get("query", "")
    )
    context = list_context(pagination, dates)
    heading = " ".join(filter(None, [category.name, dates.get("days")]))
    context.update(category=category, heading=heading, hide_category=True)
    response = TemplateResponse(request, "news/category_detail.html", context)
    return tag(response, LIST_TAG, object_tag(category))


@require_safe
@public_page(params=("page",))
def tag_detail(request, slug):
    tag_obj = get_object_or_404(Tag, slug=slug)
    pagination = paginate_articles(
        request, list_queryset().filter(tags=tag_obj), base_path=tag_obj.get_absolute_url()
    )
    context = list_context(pagination)
    context.update(tag=tag_obj, heading=_("Thẻ: %(name)s") % {"name": tag_obj.name})
    response = TemplateResponse(request, "news/tag_detail.html", context)
    return tag(response, LIST_TAG, object_tag(tag_obj))


def newest_of_category(category_id: int | None) -> list[Article]:
    """The newest articles of a category (of all news without one), shared by the "Các tin
    tức khác" block of every article in it: one cached fragment, dropped by any change to the
    news lists (``LIST_TAG``) and at the next scheduled go-live."""

    def build():
        qs = list_queryset()
        if category_id:
            qs = qs.filter(category_id=category_id)
        return list(qs[: RELATED_COUNT + 1])

    return fragment(f"news-newest-{category_id or 0}", build, tags=[LIST_TAG])


def related_articles(article: Article, limit: int = RELATED_COUNT) -> list[Article]:
    """ "Các tin tức khác": same category, newest first, without the article itself."""
    return [other for other in newest_of_category(article.category_id) if other.pk != article.pk][
        :limit
    ]


def article_context(request, article: Article, *, preview: bool = False) -> dict:
    absolute_url = request.build_absolute_uri(article.get_absolute_url())
    cover_url = (
        request.build_absolute_uri(article.cover_rendition_url(1200)) if article.cover_image else ""
    )
    return {
        "article": article,
        "tags": list(article.tags.all()),
        "related": related_articles(article),
        "absolute_url": absolute_url,
        "cover_url": cover_url,
        "json_ld": news_article_json_ld(request, article, absolute_url, cover_url),
        "preview": preview,
        "nav_section": "news",
    }


def news_article_json_ld(request, article: Article, absolute_url: str, cover_url: str) -> dict:
    site = request_site(request)
    committee = schema_org.organization(request, site)
    author_name = article.byline or (
        article.author.get_full_name() if article.author_id and article.author else ""
    )
    # The committee writes unless the byline names someone else (a ward, a newspaper).
    if not author_name or author_name == site.name:
        author = {key: committee[key] for key in ("@type", "name", "url")}
    else:
        author = {"@type": "Organization", "name": author_name}
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": absolute_url},
        "headline": schema_org.headline(article.title),
        "description": article.sapo,
        "datePublished": article.publish_at.isoformat() if article.publish_at else None,
        "dateModified": article.updated_at.isoformat() if article.updated_at else None,
        "inLanguage": "vi",
        "author": author,
        "publisher": committee,
    }
    if cover_url:
        data["image"] = [cover_url]
    if article.category_id:
        data["articleSection"] = article.category.name
    return {key: value for key, value in data.items() if value is not None}


def request_site(request):
    return SiteSettings.load()


def last_modified_for(article: Article, related: list[Article]):
    """Last-Modified of an article page: the article itself and the newest article of its
    "Các tin tức khác" block (a new article there changes the page), read from what the page
    already fetched."""
    moments = [article.updated_at, article.publish_at, *(other.publish_at for other in related)]
    return max(m for m in moments if m is not None)


def article_queryset():
    return Article.objects.select_related("category", "author")


@require_safe
@public_page
def article_detail(request, slug):
    article = get_object_or_404(article_queryset().published(), slug=slug)
    response = TemplateResponse(
        request, "news/article_detail.html", article_context(request, article)
    )
    response.last_modified = last_modified_for(article, response.context_data["related"])
    # Its category's name is shown too, but a category change drops every page (news/section.py),
    # so the page does not carry a tag that every article save of the category would drop.
    tag(response, object_tag(article), *(object_tag(t) for t in response.context_data["tags"]))
    return read(response, article=article.pk)


@never_cache
@require_safe
@staff_member_required
def article_preview(request, pk):
    """Any article the staff member may see, exactly as the public page shows it (never cached,
    never indexed)."""
    article = get_object_or_404(article_queryset().visible_to(request.user), pk=pk)
    response = TemplateResponse(
        request, "news/article_detail.html", article_context(request, article, preview=True)
    )
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
