"""The document library (Văn bản): the committee's resolutions, plans, programmes, notices,
reports, guidance and the drafts it reviewed, with the metadata an administrative document
carries (docs/domain.md#administrative-documents, Decree 30/2020/NĐ-CP).

- The number and symbol (``45/KH-MTTQ-BTT``) is kept as written; ``number_key`` holds it
  folded with every non-letter removed (``45khmttqbtt``) so "45 KH MTTQ BTT" or "45/KH" find it.
- The issuing body and the signer are the conference records' organisations and people
  (events); the signer's position is stored as printed, like a participation's.
- A document links to conferences through ``DocumentConference`` with a role (the draft under
  social criticism, the programme signed there, the conclusion issued after it).
- Files are private (``core.storage.PrivateStorage``, the "documents" storage conference
  documents use), checked like conference documents, served by a view that checks visibility;
  text is extracted from PDF and DOCX for search (``documents.extraction``).
- What a reader may see: ``Document.objects.visible_to(user)``; internal documents only with
  ``documents.view_internal_document``.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import NFCModel
from core.text import fold, vi_slugify
from events.models import (
    DOCUMENT_TYPES,
    Conference,
    ConferenceDocument,
    Organization,
    Person,
    document_storage,
    validate_document,
)

INTERNAL_PERMISSION = "documents.view_internal_document"
# Longest extracted text kept per file (a long report is ~300,000 characters; search needs
# the words, not every page of annexed tables).
EXTRACTED_TEXT_MAX_CHARS = 400_000

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def number_key(value: str | None) -> str:
    """Number and symbol folded, letters and digits only: "45/KH-MTTQ-BTT" -> "45khmttqbtt"."""
    return _NOT_ALNUM.sub("", fold(value))


class DocumentType(NFCModel):
    """A kind of document (nghị quyết, kế hoạch, …): an editable list."""

    code = models.SlugField(
        _("mã"),
        max_length=50,
        unique=True,
        help_text=_("Dùng trong đường dẫn lọc, ví dụ ?type=ke-hoach. Không đổi sau khi tạo."),
    )
    name = models.CharField(_("tên loại"), max_length=100, help_text=_("Ví dụ: Kế hoạch."))
    abbreviation = models.CharField(
        _("viết tắt"),
        max_length=20,
        blank=True,
        help_text=_("Theo Nghị định số 30/2020/NĐ-CP, ví dụ: KH, NQ, TB. Công văn không có."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")
        ordering = ("order", "name")

    def __str__(self) -> str:
        return self.name


class DocumentField(NFCModel):
    """A field of work (lĩnh vực): an editable list."""

    name = models.CharField(_("tên lĩnh vực"), max_length=200)
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=100,
        unique=True,
        blank=True,
        help_text=_("Dùng trong đường dẫn lọc. Tự tạo từ tên nếu để trống."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        ordering = ("order", "name")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        self.fill_slug(self.name)
        super().save(*args, **kwargs)


class DocumentQuerySet(models.QuerySet):
    def published(self):
        """Published and public: what anonymous readers, feeds and the sitemap may show."""
        return self.filter(status=Document.Status.PUBLISHED, visibility=Document.Visibility.PUBLIC)

    def visible_to(self, user):
        """Published documents; internal ones only for officials allowed to see them."""
        qs = self.filter(status=Document.Status.PUBLISHED)
        if may_see_internal(user):
            return qs
        return qs.filter(visibility=Document.Visibility.PUBLIC)

    def same_number(self, number_symbol: str, issued_on):
        """Documents with this number and symbol (however written) issued on that day: the
        duplicate the admin warns about."""
        key = number_key(number_symbol)
        if not key or issued_on is None:
            return self.none()
        return self.filter(number_key=key, issued_on=issued_on)


def may_see_internal(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.has_perm(INTERNAL_PERMISSION))


class Document(NFCModel):
    """An administrative document as issued: number and symbol, type, issuer, signer, dates."""

    class LegalStatus(models.TextChoices):
        NOT_YET = "not-yet", _("Chưa có hiệu lực")
        IN_FORCE = "in-force", _("Còn hiệu lực")
        REPLACED = "replaced", _("Đã bị thay thế")
        EXPIRED = "expired", _("Hết hiệu lực")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Công khai")
        INTERNAL = "internal", _("Nội bộ")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = "published", _("Đã công bố")

    number_symbol = models.CharField(
        _("số, ký hiệu"),
        max_length=100,
        blank=True,
        help_text=_(
            "Ghi đúng như trên văn bản, ví dụ: 45/KH-MTTQ-BTT. Để trống nếu văn bản không có "
            "số (dự thảo)."
        ),
    )
    document_type = models.ForeignKey(
        DocumentType,
        verbose_name=_("loại văn bản"),
        on_delete=models.PROTECT,
        related_name="documents",
    )
    title = models.CharField(
        _("tên văn bản"),
        max_length=500,
        help_text=_("Ví dụ: Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023."),
    )
    abstract = models.TextField(
        _("trích yếu"),
        blank=True,
        help_text=_("Trích yếu nội dung như in trên văn bản (công văn: “V/v …”)."),
    )
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ tên và số hiệu nếu để trống."),
    )
    issuing_body = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="issued_documents",
    )
    signer = models.ForeignKey(
        Person,
        verbose_name=_("người ký"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="signed_documents",
    )
    signer_position = models.CharField(
        _("chức vụ người ký"),
        max_length=300,
        blank=True,
        help_text=_("Ghi như trên văn bản lúc ký, ví dụ: TM. Ban Thường trực, Chủ tịch."),
    )
    issued_on = models.DateField(_("ngày ban hành"), help_text=_("Ví dụ 09/06/2023."))
    effective_on = models.DateField(
        _("ngày có hiệu lực"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu có hiệu lực từ ngày ban hành hoặc không áp dụng."),
    )
    field = models.ForeignKey(
        DocumentField,
        verbose_name=_("lĩnh vực"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documents",
    )
    legal_status = models.CharField(
        _("tình trạng hiệu lực"),
        max_length=20,
        choices=LegalStatus.choices,
        default=LegalStatus.IN_FORCE,
    )
    replaced_by = models.ForeignKey(
        "self",
        verbose_name=_("được thay thế bởi"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaces",
        help_text=_("Bắt buộc khi văn bản đã bị thay thế."),
    )
    related = models.ManyToManyField(
        "self",
        verbose_name=_("văn bản liên quan"),
        blank=True,
        symmetrical=True,
    )
    conferences = models.ManyToManyField(
        Conference,
        verbose_name=_("hội nghị"),
        through="DocumentConference",
        related_name="library_documents",
        blank=True,
    )
    visibility = models.CharField(
        _("phạm vi"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Văn bản nội bộ chỉ cán bộ có quyền mới xem được."),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Chỉ văn bản đã công bố mới hiện trên cổng thông tin."),
    )
    number_key = models.CharField(max_length=100, editable=False, default="", db_index=True)
    # Folded number, title and abstract (ranked above a match in the files' text only), and
    # the folded text of everything searched (documents/search.py).
    heading_folded = models.TextField(editable=False, default="")
    search_text = models.TextField(editable=False, default="")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ("-issued_on", "-id")
        permissions = [("view_internal_document", _("Xem văn bản nội bộ"))]
        indexes = [
            models.Index(fields=["-issued_on", "-id"], name="documents_issued_idx"),
            models.Index(
                fields=["status", "visibility", "-issued_on"], name="documents_public_idx"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(effective_on__isnull=True) | Q(effective_on__gte=F("issued_on")),
                name="documents_effective_after_issue",
                violation_error_message=_("Ngày có hiệu lực không được trước ngày ban hành."),
            ),
            models.CheckConstraint(
                condition=Q(legal_status="replaced", replaced_by__isnull=False)
                | (~Q(legal_status="replaced") & Q(replaced_by__isnull=True)),
                name="documents_replaced_needs_replacement",
                violation_error_message=_(
                    "Văn bản “đã bị thay thế” phải chọn văn bản thay thế; văn bản khác thì để "
                    "trống ô “được thay thế bởi”."
                ),
            ),
            models.CheckConstraint(
                condition=Q(legal_status__in=["not-yet", "in-force", "replaced", "expired"]),
                name="documents_legal_status_valid",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="documents_visibility_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]),
                name="documents_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number_symbol} — {self.title}" if self.number_symbol else self.title

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.replaced_by_id and self.pk and self.replaced_by_id == self.pk:
            raise ValidationError(
                {"replaced_by": _("Văn bản không thể được thay thế bởi chính nó.")}
            )

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        self.number_symbol = " ".join(self.number_symbol.split())
        self.number_key = number_key(self.number_symbol)[:100]
        # "45/KH-MTTQ-BTT" -> "45-kh-mttq-btt" (slugify would glue "45KH" together).
        self.fill_slug(f"{self.title[:140]} {self.number_symbol.replace('/', ' ')}".strip())
        self.heading_folded = fold(f"{self.number_symbol} {self.title} {self.abstract}")
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {
                *update_fields,
                "search_text",
                "heading_folded",
                "number_key",
            }
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("documents:document_detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.visibility == self.Visibility.PUBLIC

    @property
    def is_internal(self) -> bool:
        return self.visibility == self.Visibility.INTERNAL

    def build_search_text(self) -> str:
        """Folded text a keyword search looks in: number (and its parts), title, abstract,
        issuer, signer, and the text of its files once they exist
        (``documents.services.document_refresh_search_text`` after files change)."""
        parts = [
            self.number_symbol,
            _NOT_ALNUM.sub(" ", fold(self.number_symbol)),
            self.title,
            self.abstract,
            self.signer_position,
        ]
        if self.issuing_body_id:
            parts += [self.issuing_body.name, self.issuing_body.short_name]
        if self.signer_id:
            parts.append(self.signer.full_name)
        if self.pk:
            parts += list(self.files.values_list("extracted_text", flat=True))
        return fold(" ".join(p for p in parts if p))


def document_upload_to(instance, filename: str) -> str:
    """Unguessable names: an internal document's file must not be found by trying names."""
    extension = PurePosixPath(filename).suffix.lower()[:10]
    return f"documents/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


class DocumentFile(NFCModel):
    """One file of a document (the signed text, an annex): PDF, DOCX or XLSX, private."""

    class TextStatus(models.TextChoices):
        FOUND = "found", _("Đã lấy được chữ")
        SCANNED = "scanned", _("Bản quét, không có chữ")
        NOT_READ = "not-read", _("Không đọc chữ (bảng tính)")
        FAILED = "failed", _("Không đọc được chữ")

    document = models.ForeignKey(
        Document, verbose_name=_("văn bản"), on_delete=models.CASCADE, related_name="files"
    )
    label = models.CharField(
        _("tên tệp"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: Bản ký, Phụ lục 1. Để trống với tệp chính."),
    )
    file = models.FileField(
        _("tệp"),
        upload_to=document_upload_to,
        storage=document_storage,
        validators=[validate_document],
        max_length=200,
        help_text=_("PDF, DOCX hoặc XLSX, tối đa 20 MB."),
    )
    content_type = models.CharField(max_length=120, editable=False, default="")
    size = models.PositiveBigIntegerField(editable=False, default=0)
    extracted_text = models.TextField(editable=False, default="")
    text_status = models.CharField(
        _("nội dung chữ"),
        max_length=20,
        choices=TextStatus.choices,
        default=TextStatus.NOT_READ,
        editable=False,
    )
    source = models.OneToOneField(
        ConferenceDocument,
        verbose_name=_("lấy từ tài liệu hội nghị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="library_file",
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tệp văn bản")
        verbose_name_plural = _("tệp văn bản")
        ordering = ("document", "order", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(text_status__in=["found", "scanned", "not-read", "failed"]),
                name="documents_file_text_status_valid",
            )
        ]

    def __str__(self) -> str:
        return self.label or self.download_name

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_file_name = instance.__dict__.get("file")
        return instance

    def save(self, *args, **kwargs):
        from documents.extraction import extract_text

        if self.file:
            self.content_type = DOCUMENT_TYPES.get(self.extension, ("application/octet-stream",))[0]
            with contextlib.suppress(OSError, ValueError):
                self.size = self.file.size
            if self.file.name != getattr(self, "_loaded_file_name", None):
                # A new file: read its text once (own fields only, from its own content).
                result = extract_text(self.file, self.extension)
                self.extracted_text = result.text[:EXTRACTED_TEXT_MAX_CHARS]
                self.text_status = result.status
        super().save(*args, **kwargs)
        self._loaded_file_name = self.file.name if self.file else None

    def get_absolute_url(self) -> str:
        return reverse(
            "documents:document_file", kwargs={"slug": self.document.slug, "pk": self.pk}
        )

    @property
    def extension(self) -> str:
        name = self.file.name if self.file else ""
        return name.rsplit(".", 1)[-1].lower() if "." in name else ""

    @property
    def is_pdf(self) -> bool:
        return self.extension == "pdf"

    @property
    def is_scanned(self) -> bool:
        return self.text_status == self.TextStatus.SCANNED

    @property
    def download_name(self) -> str:
        """File name offered to the browser: number, title as a slug, the real extension."""
        base = vi_slugify(
            f"{self.document.number_symbol.replace('/', ' ')} {self.label or self.document.title}",
            max_length=90,
        )
        return f"{base or 'van-ban'}.{self.extension}"


class DocumentConference(models.Model):
    """A document's part in a conference (links both ways: document page and conference page)."""

    class Role(models.TextChoices):
        CRITICISED_DRAFT = "criticised-draft", _("Dự thảo được phản biện tại hội nghị")
        SIGNED_PROGRAMME = "signed-programme", _("Chương trình ký kết tại hội nghị")
        CONCLUSION = "conclusion", _("Kết luận sau hội nghị")
        RELATED = "related", _("Văn bản liên quan")

    document = models.ForeignKey(
        Document,
        verbose_name=_("văn bản"),
        on_delete=models.CASCADE,
        related_name="conference_links",
    )
    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hội nghị"),
        on_delete=models.CASCADE,
        related_name="document_links",
    )
    role = models.CharField(
        _("vai trò của văn bản"), max_length=30, choices=Role.choices, default=Role.RELATED
    )

    class Meta:
        verbose_name = _("hội nghị liên quan")
        verbose_name_plural = _("hội nghị liên quan")
        ordering = ("document", "conference__starts_at", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "conference", "role"],
                name="documents_conference_unique_role",
                violation_error_message=_("Văn bản đã gắn với hội nghị này theo vai trò đó."),
            ),
            models.CheckConstraint(
                condition=Q(
                    role__in=["criticised-draft", "signed-programme", "conclusion", "related"]
                ),
                name="documents_conference_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.conference} ({self.get_role_display()})"
