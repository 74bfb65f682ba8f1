"""The schedule's page in /sitemap.xml (schedule/section.py): this week's schedule."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class ScheduleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        return ["schedule:week"]

    def location(self, item):
        return reverse(item)
