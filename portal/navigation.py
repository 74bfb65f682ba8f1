"""The main navigation shown in the header of every page.

Each section contributes an entry by URL name; entries whose URL is not installed are left
out, so the menu only ever links to pages that exist.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    section: str


# (label, url name, section key used to mark the current section)
MAIN_MENU = [
    (_("Trang chủ"), "home", "home"),
    (_("Tin tức"), "news:article_list", "news"),
    (_("Hội nghị"), "events:conference_list", "events"),
    (_("Tìm kiếm"), "search", "search"),
]


def main_menu() -> list[NavItem]:
    items = []
    for label, url_name, section in MAIN_MENU:
        try:
            items.append(NavItem(label=str(label), url=reverse(url_name), section=section))
        except NoReverseMatch:
            continue
    return items
