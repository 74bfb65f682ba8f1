"""/sitemap.xml: the home page plus every section's sitemaps, as the apps declare them in
their ``section.py`` (core/sections.py). A new section's pages are listed without any change
here."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from core.sections import declared_sections


class HomeSitemap(Sitemap):
    changefreq = "hourly"
    priority = 1.0

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


def site_sitemaps() -> dict[str, type[Sitemap]]:
    """Every declared sitemap, named ``<app label>-<name>`` so sections never collide."""
    found: dict[str, type[Sitemap]] = {"home": HomeSitemap}
    for label, section in declared_sections():
        for name, sitemap in section.sitemaps.items():
            found[f"{label}-{name}"] = sitemap
    return found
