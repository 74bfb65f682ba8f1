"""Words third-party code writes without gettext, put into Vietnamese (issue 25).

- django-axes' rows name themselves in English with a UTC time ("Access Log for an @
  2026-12-07 00:07:52+00:00"), which the admin shows in headings, delete pages and each
  row's checkbox label.
- django-axes' "status" column is headed "Status".
- The admin's yes/no icons have the alt text "True", "False" or "None".
- The hidden table of a many-to-many field is named "conference-article relationship" and
  its rows "Conference_articles object (1)" on the admin's delete pages.

Both are replaced once, from ``PortalConfig.ready``; nothing else of those packages changes.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


def _when(value) -> str:
    if value is None:
        return "?"
    return date_format(timezone.localtime(value), "d/m/Y H:i:s")


def _attempt_str(self) -> str:
    return _("Đăng nhập sai: %(user)s, lúc %(when)s") % {
        "user": self.username,
        "when": _when(self.attempt_time),
    }


def _failure_str(self) -> str:
    return _("Đăng nhập thất bại: %(user)s, lúc %(when)s, từ %(ip)s") % {
        "user": self.username,
        "when": _when(self.attempt_time),
        "ip": self.ip_address,
    }


def _log_str(self) -> str:
    return _("Lượt đăng nhập: %(user)s, lúc %(when)s") % {
        "user": self.username,
        "when": _when(self.attempt_time),
    }


def _boolean_icon(field_val):
    from django.templatetags.static import static

    icon = {True: "yes", False: "no", None: "unknown"}[field_val]
    alt = {True: _("Có"), False: _("Không"), None: _("Không rõ")}[field_val]
    return format_html('<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), alt)


def _name_link_tables() -> None:
    from django.apps import apps
    from django.utils.text import format_lazy

    for model in apps.get_models(include_auto_created=True):
        opts = model._meta
        links = [field for field in opts.fields if field.many_to_one]
        if not opts.auto_created or len(links) != 2:
            continue
        first, second = links
        name = format_lazy(
            "liên kết {} – {}",
            first.related_model._meta.verbose_name,
            second.related_model._meta.verbose_name,
        )
        opts.verbose_name = opts.verbose_name_plural = name
        model.__str__ = lambda self, a=first.name, b=second.name: (
            f"{getattr(self, a)} – {getattr(self, b)}"
        )


def install() -> None:
    from django.apps import apps
    from django.contrib.admin.templatetags import admin_list

    # django.contrib.admin imports this function from admin_list at each call.
    admin_list._boolean_icon = _boolean_icon
    _name_link_tables()
    if apps.is_installed("axes"):
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        AccessAttempt.__str__ = _attempt_str
        AccessFailureLog.__str__ = _failure_str
        AccessLog.__str__ = _log_str

        from axes.admin import AccessAttemptAdmin

        AccessAttemptAdmin.status.short_description = gettext_lazy("trạng thái")
