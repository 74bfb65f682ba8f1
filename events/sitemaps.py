"""The conference section's part of /sitemap.xml (events/section.py): the conference list,
public conferences, and the people and organisations their public records name."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from events.lookup import visible_organizations, visible_people
from events.models import Conference


class ConferenceListSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return ["events:conference_list"]

    def location(self, item):
        return reverse(item)


class ConferenceSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Conference.objects.published().only("slug", "updated_at").order_by("-starts_at")

    def lastmod(self, item):
        return item.updated_at


class PersonSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.3

    def items(self):
        return visible_people(AnonymousUser()).only("slug").order_by("pk")


class OrganizationSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.3

    def items(self):
        return visible_organizations(AnonymousUser()).only("slug").order_by("pk")
