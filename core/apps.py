from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared kernel: helpers every app uses and the committee's identity (SiteSettings).

    It imports no other app of the project (``lint-imports``, docs/architecture.md).
    """

    name = "core"
    verbose_name = _("Cổng thông tin")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core.permissions import name_new_permissions

        # Connected after django.contrib.auth's create_permissions (auth is earlier in
        # INSTALLED_APPS, so its ready() ran first): the rows it makes get Vietnamese names.
        post_migrate.connect(name_new_permissions, dispatch_uid="core.name_new_permissions")
