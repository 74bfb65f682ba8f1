from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Cổng thông tin")

    def ready(self):
        # django-axes names its admin section "Axes" and ships no Vietnamese; its model and
        # field names are translated in locale/vi/LC_MESSAGES/django.po.
        from django.apps import apps

        from portal.pagecache import connect_invalidation

        # Cache housekeeping only: a change drops the stored pages that show it.
        connect_invalidation()

        if apps.is_installed("axes"):
            apps.get_app_config("axes").verbose_name = _("Khóa đăng nhập (chống dò mật khẩu)")

        # English that django-axes and the admin write without gettext (portal/admin_labels.py).
        from portal import admin_labels

        admin_labels.install()
