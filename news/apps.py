from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Tin tức")

    def ready(self):
        from django.db.models.signals import post_migrate

        from news.history import record_after_migrate

        # Articles written by data migrations get a first revision (news/history.py).
        post_migrate.connect(record_after_migrate, sender=self, dispatch_uid="news-history")
