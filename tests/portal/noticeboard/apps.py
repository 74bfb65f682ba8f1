from django.apps import AppConfig


class NoticeboardConfig(AppConfig):
    """A throwaway section used by tests/portal/test_sections.py: it plugs into the site only
    through its own ``section.py``, as a real new section (a document library) would."""

    name = "tests.portal.noticeboard"
    label = "noticeboard"
