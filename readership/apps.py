from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    name = "readership"
    verbose_name = _("Lượt đọc")

    def ready(self):
        from readership import counters

        counters.connect()
