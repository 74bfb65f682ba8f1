"""What the statistics section brings to the site (core/sections.py): its URLs, a menu entry
between "Hội nghị" (40) and "Liên hệ" (50), after "Văn bản" (45), and its page in /sitemap.xml.

It has no models, so it drops no pages itself: its page carries the conference and news list
tags (``events:list``, ``news:list``), which those sections drop when a record changes.
"""

from django.utils.translation import gettext_lazy as _

from core.sections import MenuEntry, Section
from stats.sitemaps import StatsSitemap

SECTION = Section(
    urls="stats.urls",
    menu=[MenuEntry(_("Thống kê"), "stats:overview", "stats", order=47)],
    sitemaps={"pages": StatsSitemap},
)
