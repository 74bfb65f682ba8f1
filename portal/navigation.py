"""The main navigation shown in the header of every page, assembled from the sections.

Each app declares its entries in its ``section.py`` (core/sections.py): fixed entries by URL
name (left out when the URL is not installed, so the menu only links to pages that exist) and
entries read from the database (the committee's published pages). They are shown by their
``order``. The menu is computed once and cached; the page cache's invalidation drops it
whenever something in every page's chrome changes (``SITE_TAG``, portal/pagecache.py).
"""

from django.conf import settings
from django.core.cache import cache
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.sections import NavItem, sections

MENU_CACHE_KEY = "portal:main-menu:{language}"
HOME_ENTRY = (_("Trang chủ"), "home", "home", 0)


def main_menu() -> list[NavItem]:
    key = MENU_CACHE_KEY.format(language=get_language() or settings.LANGUAGE_CODE)
    items = cache.get(key)
    if items is None:
        items = build_main_menu()
        cache.set(key, items)
    return items


def invalidate_main_menu() -> None:
    cache.delete_many([MENU_CACHE_KEY.format(language=code) for code, _name in settings.LANGUAGES])


def build_main_menu() -> list[NavItem]:
    label, url_name, key, order = HOME_ENTRY
    items = [NavItem(label=str(label), url=reverse(url_name), section=key, order=order)]
    for section in sections():
        for entry in section.menu:
            try:
                url = reverse(entry.url_name)
            except NoReverseMatch:
                continue
            items.append(
                NavItem(label=str(entry.label), url=url, section=entry.section, order=entry.order)
            )
        if section.menu_items is not None:
            items.extend(section.menu_items())
    return sorted(items, key=lambda item: item.order)  # stable: pages keep their own order
