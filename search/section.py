"""What site search brings to the site (core/sections.py): its URL and menu entry."""

from django.utils.translation import gettext_lazy as _

from core.sections import MenuEntry, Section

SECTION = Section(
    urls="search.urls",
    menu=[MenuEntry(_("Tìm kiếm"), "search", "search", order=60)],
)
