from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    """Thống kê: the committee's work in figures, charts and a year-end report (issue 23).

    Reads conferences, news and readership through their public doors; no models of its own.
    """

    name = "stats"
    verbose_name = _("Thống kê")
