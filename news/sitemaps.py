"""/sitemap.xml: published articles (with lastmod), active categories, the main pages and
public conferences (once their pages exist). Everything reads through published()."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

from news.models import Article, Category


class ArticleSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8
    # Django's default limit, 50,000 URLs (the protocol's maximum): one sitemap is enough for
    # decades of district news; past that, switch to a sitemap index.

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "updated_at", "publish_at")
            .order_by("-publish_at", "-pk")
        )

    def lastmod(self, item: Article):
        return max(item.updated_at, item.publish_at)


class CategorySitemap(Sitemap):
    changefreq = "daily"
    priority = 0.6

    def items(self):
        return Category.objects.active().order_by("order", "name")


class StaticSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["home", "news:article_list"]

    def location(self, item):
        return reverse(item)


class ConferenceSitemap(Sitemap):
    """Public conferences, once the conference pages (events:conference_detail) exist."""

    changefreq = "monthly"
    priority = 0.5

    def items(self):
        try:
            reverse("events:conference_detail", kwargs={"slug": "x"})
        except NoReverseMatch:
            return []
        from events.models import Conference

        return Conference.objects.published().only("slug", "updated_at").order_by("-starts_at")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "pages": StaticSitemap,
    "articles": ArticleSitemap,
    "categories": CategorySitemap,
    "conferences": ConferenceSitemap,
}
