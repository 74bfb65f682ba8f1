"""The committee's part of /sitemap.xml (committee/section.py): its published pages, the
leadership and the contact page; reads through ``Page.objects.published()``."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from committee.models import Page

FIXED = ("committee:leader_list", "committee:contact")


class CommitteeSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        pages = list(Page.objects.published().only("slug", "updated_at").order_by("nav_order"))
        return [*pages, *FIXED]

    def location(self, item) -> str:
        return reverse(item) if isinstance(item, str) else item.get_absolute_url()

    def lastmod(self, item):
        return None if isinstance(item, str) else item.updated_at
