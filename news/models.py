"""News content: categories, tags and articles.

Every public read goes through ``Article.objects.published()`` (status published and
``publish_at`` <= now), so a scheduled article goes live at its time with no cron job.
Status changes (submit, publish, schedule, withdraw) live in ``news/services.py``; who may do
what lives in ``news/permissions.py``.
"""

from __future__ import annotations

import reversion
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.html import sanitize_news_html
from core.images import RENDITION_WIDTHS, RenditionsMixin
from core.models import NFCModel
from core.text import fold

SLUG_MAX_LENGTH = 220


class CategoryQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)


class Category(NFCModel):
    """A section of the news (chuyên mục), e.g. "Hoạt động Mặt trận"."""

    name = models.CharField(_("tên chuyên mục"), max_length=150)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ tên nếu để trống, ví dụ: hoat-dong-mat-tran."),
    )
    description = models.TextField(
        _("mô tả"),
        blank=True,
        help_text=_("Một hai câu giới thiệu, hiện ở đầu trang chuyên mục."),
    )
    order = models.PositiveSmallIntegerField(
        _("thứ tự"), default=0, help_text=_("Số nhỏ hiện trước.")
    )
    active = models.BooleanField(
        _("đang dùng"), default=True, help_text=_("Bỏ chọn để ẩn chuyên mục khỏi trang công khai.")
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        ordering = ("order", "name")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.fill_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:category_detail", kwargs={"slug": self.slug})


class Tag(NFCModel):
    """A free keyword (thẻ) shared by articles, e.g. "phản biện xã hội"."""

    name = models.CharField(_("tên thẻ"), max_length=100, unique=True)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ tên nếu để trống."),
    )

    class Meta:
        verbose_name = _("thẻ")
        verbose_name_plural = _("thẻ")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.fill_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("news:tag_detail", kwargs={"slug": self.slug})


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """What the public may read: published and due (``publish_at`` <= now)."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())

    def unpublished(self):
        """What the public may not read: the complement of ``published()`` (drafts, pending,
        withdrawn, and published but not yet due) — a few rows, found through the status
        index (a status listed, rather than "not published", which no index answers)."""
        others = [value for value in Article.Status.values if value != Article.Status.PUBLISHED]
        return self.filter(
            Q(status__in=others) | Q(status=Article.Status.PUBLISHED, publish_at__gt=timezone.now())
        )

    def scheduled(self):
        """Published with a ``publish_at`` still in the future (goes live by itself)."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__gt=timezone.now())

    def visible_to(self, user):
        """What ``user`` may read, including unpublished articles they may preview.

        Editors and superusers see every article; other staff who may view articles see the
        published ones plus their own; everybody else sees ``published()``.
        """
        from news.permissions import can_publish  # avoid an import cycle

        if user is None or not user.is_authenticated or not user.is_active:
            return self.published()
        if can_publish(user):
            return self.all()
        if user.is_staff and user.has_perm("news.view_article"):
            due = Q(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())
            return self.filter(due | Q(author=user))
        return self.published()


def cover_upload_to(instance: Article, filename: str) -> str:
    return timezone.now().strftime("news/covers/%Y/%m/") + filename


@reversion.register()
class Article(RenditionsMixin, NFCModel):
    """A news article (tin bài), written by a writer and published by an editor."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PENDING = "pending", _("Chờ duyệt")
        PUBLISHED = "published", _("Đã đăng")
        WITHDRAWN = "withdrawn", _("Đã gỡ")

    title = models.CharField(_("tiêu đề"), max_length=300)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=SLUG_MAX_LENGTH,
        unique=True,
        blank=True,
        help_text=_(
            "Phần cuối địa chỉ bài viết, tự tạo từ tiêu đề nếu để trống "
            "(\u201cĐồng chí\u201d → \u201cdong-chi\u201d). Không đổi được sau khi bài đã đăng."
        ),
    )
    sapo = models.TextField(
        _("sapo"),
        blank=True,
        help_text=_("Đoạn mở đầu in đậm, hai ba câu tóm tắt bài; cũng dùng làm mô tả khi chia sẻ."),
    )
    body = models.TextField(
        _("nội dung"),
        blank=True,
        help_text=_(
            "Nội dung bài; mã HTML được làm sạch khi lưu (bỏ mã lệnh, kiểu trình bày riêng và khung nhúng)."
        ),
    )
    cover_image = models.ImageField(
        _("ảnh đại diện"),
        upload_to=cover_upload_to,
        max_length=255,
        blank=True,
        width_field="cover_width",
        height_field="cover_height",
        help_text=_("JPEG, PNG hoặc WebP, tối đa 10 MB và 40 triệu điểm ảnh."),
    )
    cover_width = models.PositiveIntegerField(
        _("chiều rộng ảnh"), null=True, blank=True, editable=False
    )
    cover_height = models.PositiveIntegerField(
        _("chiều cao ảnh"), null=True, blank=True, editable=False
    )
    cover_caption = models.CharField(
        _("chú thích ảnh"),
        max_length=300,
        blank=True,
        help_text=_("Hiện dưới ảnh, ví dụ: Toàn cảnh hội nghị."),
    )
    cover_alt = models.CharField(
        _("mô tả ảnh cho người khiếm thị"),
        max_length=300,
        blank=True,
        help_text=_("Bắt buộc khi có ảnh: tả ngắn nội dung ảnh (văn bản thay thế)."),
    )
    cover_renditions = models.JSONField(
        _("các cỡ ảnh"),
        default=list,
        blank=True,
        editable=False,
        help_text=_(
            "Tạo một lần khi tải ảnh lên: danh sách {width, height, webp, jpeg} "
            "(đường dẫn trong kho lưu trữ) cho srcset."
        ),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        on_delete=models.PROTECT,
        related_name="articles",
        null=True,
        blank=True,
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("thẻ"), related_name="articles", blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người viết"),
        on_delete=models.SET_NULL,
        related_name="news_articles",
        null=True,
        blank=True,
        help_text=_("Tài khoản đã tạo bài; bài nhập từ cổng cũ không có."),
    )
    byline = models.CharField(
        _("nguồn / tác giả"),
        max_length=200,
        blank=True,
        help_text=_("Hiện ở cuối bài, ví dụ: Quận Cầu Giấy."),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
    )
    publish_at = models.DateTimeField(
        _("thời điểm đăng"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Có thể đặt trong tương lai: bài tự hiện đúng giờ. Để trống là đăng ngay."),
    )
    featured = models.BooleanField(
        _("tin tiêu điểm"), default=False, help_text=_("Hiện lớn ở đầu trang chủ.")
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    submitted_at = models.DateTimeField(
        _("gửi duyệt lúc"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Lần gửi duyệt gần nhất: bài chờ duyệt lâu nhất hiện đầu danh sách."),
    )
    # NULL (not "") when absent, so the partial unique constraint allows many articles without
    # one; save() turns "" into None.
    legacy_url = models.CharField(  # noqa: DJ001
        _("địa chỉ trên cổng cũ"),
        max_length=500,
        null=True,
        blank=True,
        help_text=_("Chỉ với bài nhập về: địa chỉ cũ được chuyển hướng (301) tới bài này."),
    )
    version = models.PositiveIntegerField(
        _("phiên bản"),
        default=0,
        editable=False,
        help_text=_("Tăng sau mỗi lần lưu; dùng để phát hiện hai người cùng sửa một bài."),
    )
    search_text = models.TextField(editable=False, default="")

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = (models.F("publish_at").desc(nulls_last=True), "-created_at")
        permissions = [
            ("publish_article", _("Có thể duyệt, đăng, lên lịch và gỡ mọi bài viết")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending", "published", "withdrawn"]),
                name="news_article_status_valid",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(publish_at__isnull=False),
                name="news_article_published_has_publish_at",
            ),
            models.UniqueConstraint(
                fields=["legacy_url"],
                condition=Q(legacy_url__isnull=False),
                name="news_article_legacy_url_unique",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "publish_at"], name="news_article_status_pub_idx"),
            # The public lists (news.views.list_queryset: published, newest first): the page's
            # ids and the count are read from these alone, so page 500 costs what page 1 does.
            models.Index(
                fields=["-publish_at", "-id"],
                condition=Q(status="published"),
                name="news_article_live_idx",
            ),
            models.Index(
                fields=["category", "-publish_at", "-id"],
                condition=Q(status="published"),
                name="news_article_live_cat_idx",
            ),
            # Thống kê (stats.figures.news_by_category): articles by month and category of a
            # date range, counted from the index alone (an index-only scan).
            models.Index(
                fields=["publish_at", "category"],
                condition=Q(status="published"),
                name="news_article_live_month_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:article_detail", kwargs={"slug": self.slug})

    # --- state -------------------------------------------------------------------------------

    @property
    def is_live(self) -> bool:
        """True when the public can read it now (same rule as ``published()``)."""
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    @property
    def slug_locked(self) -> bool:
        """Once an article has been published its address must not change."""
        return self.status in (self.Status.PUBLISHED, self.Status.WITHDRAWN)

    # --- images (core.images.RenditionsMixin) -------------------------------------------------

    rendition_image_field = "cover_image"
    renditions_field = "cover_renditions"
    rendition_widths = RENDITION_WIDTHS

    def cover_srcset(self, fmt: str = "webp") -> str:
        """``srcset`` value for the cover renditions in ``fmt`` ("webp" or "jpeg")."""
        return self.rendition_srcset(fmt)

    def cover_rendition_url(self, width: int = 800, fmt: str = "jpeg") -> str:
        """URL of the rendition closest to ``width`` (falls back to the original)."""
        return self.rendition_url(width, fmt)

    # --- validation and saving ---------------------------------------------------------------

    def clean(self):
        errors = {}
        if self.cover_image and not (self.cover_alt or "").strip():
            errors["cover_alt"] = _("Cần mô tả ảnh (văn bản thay thế) khi bài có ảnh đại diện.")
        if self.pk and self.slug:
            stored = Article.objects.filter(pk=self.pk).values("slug", "status").first()
            if (
                stored
                and stored["status"] in (self.Status.PUBLISHED, self.Status.WITHDRAWN)
                and stored["slug"] != self.slug
            ):
                errors["slug"] = _("Bài đã đăng: không đổi được đường dẫn (liên kết cũ sẽ hỏng).")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        self.fill_slug(self.title)
        self._clean_new_cover()
        if self.legacy_url == "":
            self.legacy_url = None
        # Sanitized here, not only in the admin form, so imports and shell writes are covered.
        self.body = sanitize_news_html(self.body or "")
        self.normalize_text_fields()
        self.search_text = fold(
            " ".join([self.title or "", self.sapo or "", self.byline or "", strip_tags(self.body)])
        )
        current = None
        if self.pk is not None:
            current = Article.objects.filter(pk=self.pk).values_list("version", flat=True).first()
        # Counted from the stored row, or from the number the article carried in if higher:
        # restoring an old revision rewrites the row first (news/admin.py keeps the number it
        # had), so the restored state still gets a new number.
        self.version = max(current or 0, self.version or 0) + 1
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                "body",
                "search_text",
                "version",
                "updated_at",
            }
        if reversion.is_active():
            super().save(*args, **kwargs)
        else:
            # Saved outside the admin and the services (import, seed_demo, the shell): its own
            # revision, so the history has every state (news/history.py).
            with reversion.create_revision():
                super().save(*args, **kwargs)
                reversion.set_comment(_("Lưu ngoài trang quản trị"))
        self._refresh_renditions()

    def delete(self, *args, **kwargs):
        """Deleted with a revision saying so (who, when: news/history.py), so it can be
        recovered from "Khôi phục bài đã xóa"."""
        from news.history import record_deletion

        record_deletion([self], user=getattr(self, "_deleted_by", None))
        return super().delete(*args, **kwargs)

    def _clean_new_cover(self) -> None:
        """A cover assigned outside the admin (import, shell) is checked and re-encoded too.

        Raises ``ValidationError`` (nothing stored) when the image is refused.
        """
        cover = self.cover_image
        if not cover or cover._committed:
            return
        if getattr(cover.file, "portal_cleaned", False):
            return
        from core.images import clean_uploaded_image

        self.cover_image = clean_uploaded_image(cover.file).content


class ArticleNoteQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Notes of the articles ``user`` may open in the admin: an editor's every article,
        a writer's own (the same rule as ``ArticleAdmin.get_queryset``)."""
        from news.permissions import can_publish

        if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
            return self.none()
        if can_publish(user):
            return self.all()
        return self.filter(article__author=user)


class ArticleNote(NFCModel):
    """A note between writer and editor on an article (never in the published text): a
    comment, or the reason an editor gave when sending the article back to its writer."""

    class Kind(models.TextChoices):
        NOTE = "note", _("Ghi chú")
        RETURNED = "returned", _("Trả lại bản nháp")

    article = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người viết ghi chú"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.NOTE)
    text = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(_("lúc"), default=timezone.now, db_index=True)

    objects = ArticleNoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("ghi chú biên tập")
        verbose_name_plural = _("ghi chú biên tập")
        ordering = ("created_at", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=["note", "returned"]), name="news_articlenote_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("admin:news_article_change", args=[self.article_id])


class NotificationPreference(models.Model):
    """Whether a member of staff wants e-mails about their work (articles, letters).

    No row means yes: everybody is notified until they turn it off on the admin home.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        on_delete=models.CASCADE,
        related_name="notification_preference",
    )
    email = models.BooleanField(
        _("nhận thư báo qua email"),
        default=True,
        help_text=_("Bỏ chọn để không nhận thư báo về bài viết và thư góp ý."),
    )

    class Meta:
        verbose_name = _("cài đặt thư báo")
        verbose_name_plural = _("cài đặt thư báo")
        ordering = ("user_id",)

    def __str__(self) -> str:
        return str(self.user)


class Notification(models.Model):
    """One e-mail to one person about one event, recorded before it is sent.

    ``event`` names what happened ("news.article:12:submit:7"); the pair (event, recipient) is
    unique, so an event never mails anybody twice. ``sent_at`` empty: not sent yet (mail down),
    retried by the next notification and by ``manage.py send_notifications``.
    """

    event = models.CharField(_("sự kiện"), max_length=200)
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người nhận"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    email = models.EmailField(_("địa chỉ email"))
    subject = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung"))
    created_at = models.DateTimeField(_("tạo lúc"), default=timezone.now)
    sent_at = models.DateTimeField(_("gửi lúc"), null=True, blank=True, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("số lần gửi"), default=0)
    last_error = models.CharField(_("lỗi lần gửi cuối"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("thư báo")
        verbose_name_plural = _("thư báo")
        ordering = ("-created_at", "-id")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "recipient"], name="news_notification_once_per_event"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} → {self.email}"
