from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffVisit(models.Model):
    """When a member of staff last opened the admin home, and the visit before: "what changed
    since my last visit" lists the admin's history after ``previous_at``."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="backoffice_visit",
    )
    seen_at = models.DateTimeField(_("mở trang chủ quản trị lúc"))
    previous_at = models.DateTimeField(_("lần trước"), null=True, blank=True)

    class Meta:
        verbose_name = _("lần mở bàn làm việc")
        verbose_name_plural = _("lần mở bàn làm việc")
        ordering = ("-seen_at",)

    def __str__(self) -> str:
        return f"{self.user} – {self.seen_at:%d/%m/%Y %H:%M}"
