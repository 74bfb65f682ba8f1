from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from core.sections import Block, MenuEntry, Section
from tests.portal.noticeboard.views import NOTICES


class NoticeSitemap(Sitemap):
    def items(self):
        return ["noticeboard:notice_list"]

    def location(self, item):
        return reverse(item)


SECTION = Section(
    urls="tests.portal.noticeboard.urls",
    menu=[MenuEntry("Thông báo", "noticeboard:notice_list", "notices", order=45)],
    sitemaps={"notices": NoticeSitemap},
    blocks={
        "home-aside": [
            Block(
                "noticeboard/home_notices.html",
                lambda request: {"notices": NOTICES},
                order=25,
                tags=["noticeboard:list"],
            )
        ]
    },
)
