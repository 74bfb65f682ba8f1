from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared kernel: helpers every app uses and the committee's identity (SiteSettings).

    It imports no other app of the project (``lint-imports``, docs/architecture.md).
    """

    name = "core"
    verbose_name = _("Cổng thông tin")
