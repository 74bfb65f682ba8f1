from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from core.models import SiteSettings

admin.site.site_header = _("Quản trị cổng thông tin MTTQ")
admin.site.site_title = _("Quản trị cổng thông tin")
admin.site.index_title = _("Bảng điều khiển")
# An empty value in lists and in a filter's choices ("Theo cơ quan tổ chức: (không có)"), not
# Django's bare "-" (issue 25).
admin.site.empty_value_display = _("(không có)")


@admin.register(SiteSettings)
class SiteSettingsAdmin(admin.ModelAdmin):
    list_display = ("name", "phone", "email", "updated_at")
    fieldsets = (
        (None, {"fields": ("name", "short_name", "tagline")}),
        (_("Liên hệ"), {"fields": ("address", "phone", "email", "office_hours")}),
        (
            _("Nâng cao"),
            {"classes": ("collapse",), "fields": ("responsible_person", "license_note")},
        ),
    )

    def has_add_permission(self, request):
        # A single row: editing it is the only thing that makes sense.
        return not SiteSettings.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False
