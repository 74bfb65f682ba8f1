"""The main navigation shown in the header of every page.

Each section contributes an entry by URL name; entries whose URL is not installed are left
out, so the menu only ever links to pages that exist. The committee's published pages
("Giới thiệu", "Cơ cấu tổ chức", …) come from the database in their navigation order, where
``PUBLISHED_PAGES`` stands. The menu is computed once and cached; ``invalidate_main_menu()``
is called when a page is saved or deleted.
"""

from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

MENU_CACHE_KEY = "portal:main-menu:{language}"
# Marks where the committee's published pages go in MAIN_MENU.
PUBLISHED_PAGES = "published-pages"


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    section: str


# (label, url name, section key used to mark the current section)
MAIN_MENU = [
    (_("Trang chủ"), "home", "home"),
    PUBLISHED_PAGES,
    (_("Lãnh đạo"), "committee:leader_list", "leaders"),
    (_("Tin tức"), "news:article_list", "news"),
    (_("Hội nghị"), "events:conference_list", "events"),
    (_("Liên hệ"), "committee:contact", "contact"),
    (_("Tìm kiếm"), "search", "search"),
]


def main_menu() -> list[NavItem]:
    key = MENU_CACHE_KEY.format(language=get_language() or settings.LANGUAGE_CODE)
    items = cache.get(key)
    if items is None:
        items = _build_main_menu()
        cache.set(key, items)
    return items


def invalidate_main_menu() -> None:
    cache.delete_many([MENU_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


def _build_main_menu() -> list[NavItem]:
    items = []
    for entry in MAIN_MENU:
        if entry == PUBLISHED_PAGES:
            items.extend(_page_items())
            continue
        label, url_name, section = entry
        try:
            items.append(NavItem(label=str(label), url=reverse(url_name), section=section))
        except NoReverseMatch:
            continue
    return items


def _page_items() -> list[NavItem]:
    if not apps.is_installed("committee"):
        return []
    page_model = apps.get_model("committee", "Page")
    return [
        NavItem(label=page.menu_label, url=page.get_absolute_url(), section=f"page:{page.slug}")
        for page in page_model.objects.in_navigation().only("title", "nav_title", "slug")
    ]
