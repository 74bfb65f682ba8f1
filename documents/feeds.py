"""RSS 2.0 feed of the newest public documents (/van-ban/rss/). Never an internal or draft one:
it reads ``Document.objects.published()`` whoever asks."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from core.models import SiteSettings
from core.pagecache import public_page, tag
from documents.models import Document

FEED_ITEMS = 20


class LatestDocumentsFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    def title(self, obj=None):
        return _("Văn bản mới – %(site)s") % {"site": SiteSettings.load().name}

    def description(self, obj=None):
        return _("Văn bản mới ban hành của %(site)s") % {"site": SiteSettings.load().name}

    def link(self, obj=None):
        return reverse("documents:document_list")

    def feed_url(self, obj=None):
        return reverse("documents:feed")

    def items(self, obj=None):
        return (
            Document.objects.published()
            .select_related("document_type", "issuing_body")
            .defer("search_text", "heading_folded")
            .order_by("-issued_on", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item: Document) -> str:
        return f"{item.number_symbol} – {item.title}" if item.number_symbol else item.title

    def item_description(self, item: Document) -> str:
        return item.abstract or item.title

    def item_pubdate(self, item: Document):
        return timezone.make_aware(dt.datetime.combine(item.issued_on, dt.time(7, 0)))

    def item_updateddate(self, item: Document):
        return item.updated_at

    def item_author_name(self, item: Document) -> str:
        return item.issuing_body.name if item.issuing_body_id else ""

    def item_categories(self, item: Document):
        return [item.document_type.name]


@public_page
def latest_feed(request):
    return tag(LatestDocumentsFeed()(request), "documents:list")
