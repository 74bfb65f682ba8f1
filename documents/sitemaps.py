"""The library's part of /sitemap.xml: the list and every public document (never internal or
draft ones: ``published()``)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from documents.models import Document


class DocumentListSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return ["documents:document_list"]

    def location(self, item):
        return reverse(item)


class DocumentSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Document.objects.published().only("slug", "updated_at").order_by("-issued_on", "pk")

    def lastmod(self, item):
        return item.updated_at
