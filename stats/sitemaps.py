"""The statistics page in /sitemap.xml (stats/section.py)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class StatsSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.4

    def items(self):
        return ["stats:overview"]

    def location(self, item):
        return reverse(item)
