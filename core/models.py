"""The kernel's models: the NFC base every content model uses and the committee's identity.

SiteSettings lives here, not in the site layer, because the apps read it too (feeds, the
contact form, structured data).
"""

from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.text import nfc, strip_invisible_controls, unique_slug


class NFCModel(models.Model):
    """Abstract base: every CharField/TextField is stored in Unicode NFC.

    Text pasted from Word or a Mac often arrives decomposed (NFD); stored NFD rows are missed
    by ``icontains`` and look identical to editors, so we normalise on every save.
    """

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        super().save(*args, **kwargs)

    def fill_slug(self, source: str, field: str = "slug") -> None:
        """Give an empty slug a unique, Vietnamese-aware one made from ``source`` (đ → d)."""
        if getattr(self, field):
            return
        others = type(self)._default_manager.exclude(pk=self.pk)
        slug = unique_slug(
            source,
            lambda candidate: others.filter(**{field: candidate}).exists(),
            max_length=self._meta.get_field(field).max_length,
        )
        setattr(self, field, slug)

    def normalize_text_fields(self) -> None:
        """NFC everywhere; single-line fields (names, titles, subjects) also lose the
        bidirectional and zero-width controls that would let one name read as another."""
        for field in self._meta.concrete_fields:
            if isinstance(field, models.CharField | models.TextField):
                value = getattr(self, field.attname)
                if isinstance(value, str):
                    if isinstance(field, models.CharField):
                        value = strip_invisible_controls(value)
                    setattr(self, field.attname, nfc(value))


class SiteSettings(NFCModel):
    """The committee's identity, shown in every page header and footer (Decree 42/2022).

    A single row (pk=1), edited by an admin; read through ``SiteSettings.load()``, which is
    cached and refreshed on every save.
    """

    CACHE_KEY = "portal:site-settings"

    name = models.CharField(
        _("tên cơ quan"),
        max_length=200,
        default="Ủy ban MTTQ Việt Nam quận",
        help_text=_("Tên đầy đủ, hiện ở đầu và cuối mỗi trang."),
    )
    short_name = models.CharField(
        _("tên gọi tắt"),
        max_length=80,
        blank=True,
        help_text=_("Dùng trong tiêu đề trang và nguồn tin, ví dụ: MTTQ quận Cầu Giấy."),
    )
    tagline = models.CharField(
        _("khẩu hiệu / mô tả ngắn"),
        max_length=200,
        blank=True,
        help_text=_("Một dòng dưới tên cơ quan, cũng dùng làm mô tả mặc định cho máy tìm kiếm."),
    )
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    office_hours = models.CharField(_("giờ làm việc"), max_length=200, blank=True)
    responsible_person = models.CharField(
        _("người chịu trách nhiệm nội dung"),
        max_length=200,
        blank=True,
        help_text=_("Theo Nghị định số 42/2022/NĐ-CP, ví dụ: Chủ tịch Ủy ban MTTQ Việt Nam quận."),
    )
    license_note = models.CharField(
        _("giấy phép / ghi chú bản quyền"),
        max_length=300,
        blank=True,
    )
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        # Created by the portal app before the kernel existed: the table keeps its name.
        db_table = "portal_sitesettings"
        verbose_name = _("thông tin cơ quan")
        verbose_name_plural = _("thông tin cơ quan")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)
        cache.delete(self.CACHE_KEY)

    def get_absolute_url(self) -> str:
        return reverse("home")

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        cache.delete(self.CACHE_KEY)
        return result

    @property
    def display_short_name(self) -> str:
        return self.short_name or self.name

    @classmethod
    def load(cls) -> "SiteSettings":
        """The single settings row (created with defaults on first use), cached."""
        settings_obj = cache.get(cls.CACHE_KEY)
        if settings_obj is None:
            settings_obj, _created = cls.objects.get_or_create(pk=1)
            cache.set(cls.CACHE_KEY, settings_obj, None)
        return settings_obj
