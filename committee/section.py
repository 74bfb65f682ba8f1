"""What the committee's pages bring to the site (core/sections.py): URLs, menu entries (its
published pages, the leadership, the contact page), their part of /sitemap.xml, and the
page-cache tags their models drop."""

from django.utils.translation import gettext_lazy as _

from committee import queues
from committee.models import Page
from committee.sitemaps import CommitteeSitemap
from committee.views import LEADERS_TAG
from core.pagecache import SITE_TAG, object_tag
from core.sections import MenuEntry, NavItem, Section


def page_menu_items():
    """The committee's published pages ("Giới thiệu", "Cơ cấu tổ chức", …), in menu order."""
    return [
        NavItem(
            label=page.menu_label,
            url=page.get_absolute_url(),
            section=f"page:{page.slug}",
            order=10,
        )
        for page in Page.objects.in_navigation().only("title", "nav_title", "slug")
    ]


SECTION = Section(
    urls="committee.urls",
    menu=[
        MenuEntry(_("Lãnh đạo"), "committee:leader_list", "leaders", order=20),
        MenuEntry(_("Liên hệ"), "committee:contact", "contact", order=50),
    ],
    menu_items=page_menu_items,
    sitemaps={"committee": CommitteeSitemap},
    invalidates={
        # Published pages are in the main menu of every page.
        "committee.Page": lambda page: [object_tag(page), SITE_TAG],
        "committee.Leader": lambda leader: [LEADERS_TAG],
    },
    work_queues=queues.work_queues,
)
