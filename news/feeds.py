"""RSS 2.0 feeds: latest news (/rss/) and one category (/chuyen-muc/<slug>/rss/).

Items carry title, link, sapo, pubDate, category and the cover image as an enclosure.
"""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.models import SiteSettings
from core.pagecache import public_page, tag
from news.models import Article, Category

FEED_ITEMS = 20
ENCLOSURE_WIDTH = 800


class LatestNewsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def title(self, obj=None):
        return _("Tin mới – %(site)s") % {"site": SiteSettings.load().name}

    def description(self, obj=None):
        return _("Tin tức – sự kiện mới nhất của %(site)s") % {"site": SiteSettings.load().name}

    def link(self, obj=None):
        return reverse("news:article_list")

    def feed_url(self, obj=None):
        return reverse("news:latest_feed")

    def base_items(self):
        return (
            Article.objects.published()
            .select_related("category")
            .defer("body", "search_text")
            .order_by("-publish_at", "-pk")
        )

    def items(self, obj=None):
        return self.base_items()[:FEED_ITEMS]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        return item.sapo

    def item_pubdate(self, item: Article):
        return item.publish_at

    def item_updateddate(self, item: Article):
        return item.updated_at

    def item_author_name(self, item: Article) -> str:
        return item.byline

    def item_categories(self, item: Article):
        return [item.category.name] if item.category_id else []

    def item_enclosures(self, item: Article):
        if not item.cover_image:
            return []
        renditions = [r for r in item.cover_renditions or [] if r.get("jpeg")]
        if renditions:
            best = min(renditions, key=lambda r: abs(r["width"] - ENCLOSURE_WIDTH))
            name, mime = best["jpeg"], "image/jpeg"
        else:
            name = item.cover_image.name
            mime = "image/jpeg" if name.lower().endswith((".jpg", ".jpeg")) else "image/png"
            if name.lower().endswith(".webp"):
                mime = "image/webp"
        try:
            length = default_storage.size(name)
        except OSError:
            length = 0
        url = self.request.build_absolute_uri(default_storage.url(name))
        return [Enclosure(url, str(length), mime)]

    def get_feed(self, obj, request):
        self.request = request
        return super().get_feed(obj, request)


class CategoryFeed(LatestNewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category.objects.active(), slug=slug)

    def title(self, obj=None):
        return _("%(category)s – %(site)s") % {
            "category": obj.name,
            "site": SiteSettings.load().name,
        }

    def description(self, obj=None):
        return obj.description or self.title(obj)

    def link(self, obj=None):
        return obj.get_absolute_url()

    def feed_url(self, obj=None):
        return reverse("news:category_feed", kwargs={"slug": obj.slug})

    def items(self, obj=None):
        return self.base_items().filter(category=obj)[:FEED_ITEMS]


# A fresh Feed per request: get_feed() keeps the request on the instance (for absolute
# enclosure URLs), which must not be shared between threads.
@public_page
def latest_feed(request):
    return tag(LatestNewsFeed()(request), "news:list")


@public_page
def category_feed(request, slug):
    # A category's change drops "news:list" too (news/section.py).
    return tag(CategoryFeed()(request, slug=slug), "news:list")
