"""The backoffice plugs its staff-only pages (notes, notification switch, the staff guide) into
the site's URLs (core/sections.py). It declares no queue of its own: it shows everybody's."""

from core.sections import Section

SECTION = Section(urls="backoffice.urls")
