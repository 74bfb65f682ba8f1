"""The news section's part of /sitemap.xml (news/section.py): published articles with
lastmod, active categories, the news list. Everything reads through published()."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

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


class NewsPagesSitemap(Sitemap):
    changefreq = "hourly"
    priority = 0.9

    def items(self):
        return ["news:article_list"]

    def location(self, item):
        return reverse(item)
