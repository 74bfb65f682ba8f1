"""The committee's own pages, its leaders and the letters citizens send it.

- ``Page``: "Giới thiệu", "Cơ cấu tổ chức" and any other page an admin adds; published pages
  shown in the navigation make up the main menu (see ``portal.navigation``).
- ``Leader``: the committee's current leaders, in order (Decree 42/2022: names, titles, contacts).
- ``Letter``: a citizen's letter from the contact form, with its handling status.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.html import sanitize_news_html
from core.images import RenditionsMixin
from core.models import NFCModel
from core.text import fold


class PageQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_navigation(self):
        """Published pages shown in the main menu, in navigation order."""
        return self.published().filter(show_in_nav=True).order_by("nav_order", "title")

    def visible_to(self, user):
        """Published pages; staff who may edit pages also see drafts (preview)."""
        if user.is_authenticated and user.has_perm("committee.change_page"):
            return self.all()
        return self.published()


class Page(NFCModel):
    """A page of the committee's own content, edited in the admin with CKEditor."""

    title = models.CharField(_("tiêu đề"), max_length=200)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        help_text=_(
            "Phần cuối địa chỉ trang, ví dụ: gioi-thieu (chỉ chữ không dấu, số, gạch nối)."
        ),
    )
    nav_title = models.CharField(
        _("tên trên thanh điều hướng"),
        max_length=60,
        blank=True,
        help_text=_("Tên ngắn hiện trên thanh điều hướng; để trống thì dùng tiêu đề."),
    )
    description = models.CharField(
        _("mô tả ngắn"),
        max_length=300,
        blank=True,
        help_text=_("Một hai câu tóm tắt, dùng cho máy tìm kiếm và khi chia sẻ."),
    )
    body = models.TextField(
        _("nội dung"),
        blank=True,
        help_text=_("Được làm sạch khi lưu: chỉ giữ các thẻ định dạng an toàn như ở bài viết."),
    )
    nav_order = models.PositiveSmallIntegerField(
        _("thứ tự trên thanh điều hướng"),
        default=10,
        help_text=_("Số nhỏ đứng trước."),
    )
    show_in_nav = models.BooleanField(
        _("hiện trên thanh điều hướng"),
        default=True,
        help_text=_("Bỏ chọn để trang chỉ mở được bằng đường dẫn."),
    )
    is_published = models.BooleanField(
        _("đã đăng"),
        default=False,
        help_text=_("Chỉ trang đã đăng mới hiện với người đọc."),
    )
    search_text = models.TextField(editable=False, default="")
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = PageQuerySet.as_manager()

    class Meta:
        verbose_name = _("trang giới thiệu")
        verbose_name_plural = _("trang giới thiệu")
        ordering = ["nav_order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("committee:page_detail", kwargs={"slug": self.slug})

    @property
    def menu_label(self) -> str:
        return self.nav_title or self.title

    def save(self, *args, **kwargs):
        # Same allow-list as article bodies, applied on every save (admin, shell, seed_demo).
        self.body = sanitize_news_html(self.body or "")
        self.fill_slug(self.title)  # pages made in the shell or by seed_demo get one too
        self.search_text = fold(f"{self.title} {self.description} {strip_tags(self.body)}")
        super().save(*args, **kwargs)


# Portraits are shown about 160 CSS pixels wide: 1x and 2x.
PORTRAIT_WIDTHS = (160, 320, 480)


class LeaderQuerySet(models.QuerySet):
    def published(self):
        """Leaders currently in office, in display order."""
        return self.filter(is_current=True)


class Leader(RenditionsMixin, NFCModel):
    """One of the committee's leaders, listed on "Lãnh đạo"."""

    full_name = models.CharField(_("họ và tên"), max_length=120)
    position = models.CharField(
        _("chức vụ"),
        max_length=200,
        help_text=_("Ví dụ: Chủ tịch Ủy ban MTTQ Việt Nam quận."),
    )
    duties = models.TextField(
        _("lĩnh vực phụ trách"),
        blank=True,
        help_text=_("Một vài dòng về công việc được phân công (không bắt buộc)."),
    )
    portrait = models.ImageField(
        _("ảnh chân dung"),
        upload_to="lanh-dao/%Y/",
        blank=True,
        help_text=_(
            "JPEG, PNG hoặc WebP, tối đa 10 MB và 40 triệu điểm ảnh; ảnh dọc 3:4 là đẹp nhất."
        ),
    )
    portrait_renditions = models.JSONField(
        _("các cỡ ảnh"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Tạo một lần khi tải ảnh lên: {width, height, webp, jpeg} cho srcset."),
    )
    phone = models.CharField(_("điện thoại công vụ"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    person = models.ForeignKey(
        "events.Person",
        verbose_name=_("trong hồ sơ hội nghị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="committee_leader_roles",
        help_text=_("Nếu người này có trong hồ sơ hội nghị, chọn để trang Lãnh đạo dẫn tới đó."),
    )
    order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=10, help_text=_("Số nhỏ đứng trước.")
    )
    is_current = models.BooleanField(
        _("tình trạng đương nhiệm"),
        default=True,
        help_text=_("Bỏ chọn khi người này không còn giữ chức vụ; hồ sơ cũ vẫn được giữ."),
    )
    search_text = models.TextField(editable=False, default="")
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = LeaderQuerySet.as_manager()

    class Meta:
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")
        ordering = ["order", "full_name"]

    def __str__(self) -> str:
        return f"{self.full_name} – {self.position}"

    def get_absolute_url(self) -> str:
        return f"{reverse('committee:leader_list')}#lanh-dao-{self.pk}"

    def save(self, *args, **kwargs):
        self.search_text = fold(f"{self.full_name} {self.position}")
        super().save(*args, **kwargs)
        self._refresh_renditions()

    def person_url(self) -> str:
        """Link to the person's page in the conference records, if there is one."""
        return self.person.get_absolute_url() if self.person_id else ""

    # --- portrait ----------------------------------------------------------------------------

    rendition_image_field = "portrait"
    renditions_field = "portrait_renditions"
    rendition_widths = PORTRAIT_WIDTHS

    def portrait_srcset(self, fmt: str = "webp") -> str:
        return self.rendition_srcset(fmt)

    @property
    def portrait_srcset_webp(self) -> str:
        return self.rendition_srcset("webp")

    @property
    def portrait_srcset_jpeg(self) -> str:
        return self.rendition_srcset("jpeg")

    def portrait_url(self, width: int = PORTRAIT_WIDTHS[0], fmt: str = "jpeg") -> str:
        """URL of the rendition closest to ``width`` (falls back to the original)."""
        return self.rendition_url(width, fmt)


class Letter(NFCModel):
    """A citizen's letter sent from the contact form. Stored as typed, shown escaped.

    No ``get_absolute_url``: letters are private and only ever shown in the admin.
    """

    class Status(models.TextChoices):
        NEW = "new", _("Mới nhận")
        IN_PROGRESS = "in_progress", _("Đang xử lý")
        ANSWERED = "answered", _("Đã trả lời")

    full_name = models.CharField(_("họ và tên"), max_length=100)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    subject = models.CharField(_("tiêu đề"), max_length=200)
    message = models.TextField(_("nội dung thư"))
    status = models.CharField(
        _("tình trạng"), max_length=20, choices=Status.choices, default=Status.NEW
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người xử lý"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="handled_letters",
        help_text=_("Cán bộ phụ trách trả lời thư này."),
    )
    staff_note = models.TextField(
        _("ghi chú xử lý"),
        blank=True,
        help_text=_("Chỉ cán bộ thấy: đã chuyển cho ai, đã trả lời thế nào, khi nào."),
    )
    ip_address = models.GenericIPAddressField(_("địa chỉ IP"), null=True, blank=True)
    created_at = models.DateTimeField(_("thời điểm nhận"), auto_now_add=True, db_index=True)
    handled_at = models.DateTimeField(_("bắt đầu xử lý lúc"), null=True, blank=True)
    answered_at = models.DateTimeField(_("trả lời lúc"), null=True, blank=True)
    notified_at = models.DateTimeField(
        _("đã báo cán bộ lúc"),
        null=True,
        blank=True,
        help_text=_("Trống nghĩa là chưa gửi được thư báo cho cán bộ (thư vẫn được lưu)."),
    )
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("thư góp ý")
        verbose_name_plural = _("thư góp ý")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["new", "in_progress", "answered"]),
                name="committee_letter_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(email="") | ~Q(phone=""),
                name="committee_letter_has_contact",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} – {self.full_name}"

    def save(self, *args, **kwargs):
        self.search_text = fold(
            f"{self.full_name} {self.email} {self.phone} {self.subject} {self.message}"
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_text"}
        super().save(*args, **kwargs)
