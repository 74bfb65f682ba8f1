from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")

    def ready(self):
        # Cache housekeeping only: drop cached public pages when content changes.
        from news.cache import connect_invalidation_signals

        connect_invalidation_signals()
