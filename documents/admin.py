"""Admin for the document library (in Vietnamese), for editors and conference clerks.

- A document's files and conferences are inlines; issuer, signer, replacing and related
  documents are autocompletes.
- Saving a document whose number and symbol and issue date match another one is stopped with
  a warning naming it, until "Vẫn lưu" is ticked (the same number may legitimately recur).
- History and recovery of deleted documents come from django-reversion (``VersionAdmin``).
- The conference list gets the action "Đưa tài liệu hội nghị vào thư viện Văn bản"
  (``core.admin_utils.contribute_action``: events does not import documents).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from core.admin_utils import FoldedSearchMixin, contribute_action
from documents import services
from documents.models import (
    Document,
    DocumentConference,
    DocumentField,
    DocumentFile,
    DocumentType,
)
from events.models import ConferenceDocument


@admin.register(DocumentType)
class DocumentTypeAdmin(admin.ModelAdmin):
    list_display = ("name", "abbreviation", "code", "order")
    list_editable = ("order",)
    search_fields = ("name", "abbreviation")
    fields = ("name", "abbreviation", "code", "order")

    def get_readonly_fields(self, request, obj=None):
        # The code is used in addresses (?type=…) and by the promotion rules.
        return ("code",) if obj is not None else ()


@admin.register(DocumentField)
class DocumentFieldAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "order")
    list_editable = ("order",)
    search_fields = ("name",)
    fields = ("name", "slug", "order")


class DocumentFileInline(admin.TabularInline):
    model = DocumentFile
    fields = ("file", "label", "order", "text_state")
    readonly_fields = ("text_state",)
    extra = 0

    @admin.display(description=_("nội dung chữ"))
    def text_state(self, obj):
        if obj is None or not obj.pk:
            return "—"
        if obj.is_scanned:
            return format_html("<strong>{}</strong>", obj.get_text_status_display())
        return obj.get_text_status_display()


class DocumentConferenceInline(admin.TabularInline):
    model = DocumentConference
    fields = ("conference", "role")
    autocomplete_fields = ("conference",)
    extra = 0


class DocumentAdminForm(forms.ModelForm):
    allow_duplicate = forms.BooleanField(
        label=_("Vẫn lưu dù trùng số, ký hiệu và ngày ban hành"),
        required=False,
        help_text=_("Chỉ đánh dấu khi chắc chắn đây là văn bản khác (ví dụ: bản đính chính)."),
    )

    class Meta:
        model = Document
        fields = (
            "number_symbol",
            "document_type",
            "title",
            "abstract",
            "issued_on",
            "effective_on",
            "issuing_body",
            "signer",
            "signer_position",
            "field",
            "legal_status",
            "replaced_by",
            "related",
            "visibility",
            "status",
            "slug",
        )

    def clean(self):
        cleaned = super().clean()
        duplicates = list(
            Document.objects.same_number(
                cleaned.get("number_symbol") or "", cleaned.get("issued_on")
            ).exclude(pk=self.instance.pk)[:5]
        )
        if duplicates and not cleaned.get("allow_duplicate"):
            links = format_html_join(
                ", ",
                '<a href="{}">{}</a>',
                (
                    (reverse("admin:documents_document_change", args=[d.pk]), str(d))
                    for d in duplicates
                ),
            )
            raise forms.ValidationError(
                format_html(
                    "{} {}",
                    _(
                        "Đã có văn bản cùng số, ký hiệu và ngày ban hành: có thể văn bản này đang được nhập "
                        "trùng. Kiểm tra lại; nếu đúng là văn bản khác, đánh dấu “Vẫn lưu…” ở "
                        "cuối trang rồi lưu lại."
                    ),
                    links,
                ),
                code="duplicate",
            )
        return cleaned


class ScannedFilter(admin.SimpleListFilter):
    title = _("tệp")
    parameter_name = "tep"

    def lookups(self, request, model_admin):
        return (
            ("quet", _("Có bản quét (không tìm được theo nội dung)")),
            ("khong", _("Chưa có tệp")),
        )

    def queryset(self, request, queryset):
        if self.value() == "quet":
            return queryset.filter(files__text_status=DocumentFile.TextStatus.SCANNED).distinct()
        if self.value() == "khong":
            return queryset.filter(files__isnull=True)
        return queryset


@admin.register(Document)
class DocumentAdmin(FoldedSearchMixin, VersionAdmin):
    form = DocumentAdminForm
    list_display = (
        "number_symbol",
        "title",
        "document_type",
        "issued_on",
        "legal_status",
        "visibility",
        "status",
    )
    list_display_links = ("number_symbol", "title")
    list_filter = ("document_type", "status", "visibility", "legal_status", "field", ScannedFilter)
    list_select_related = ("document_type",)
    search_fields = ("number_symbol", "title")
    folded_search_fields = ("search_text",)
    date_hierarchy = "issued_on"
    autocomplete_fields = ("issuing_body", "signer", "replaced_by", "related", "field")
    inlines = (DocumentFileInline, DocumentConferenceInline)
    history_latest_first = True
    empty_value_display = _("(không có)")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    ("number_symbol", "document_type"),
                    "title",
                    "abstract",
                    ("issued_on", "effective_on"),
                    "issuing_body",
                    ("signer", "signer_position"),
                    "field",
                )
            },
        ),
        (_("Hiệu lực"), {"fields": (("legal_status", "replaced_by"), "related")}),
        (_("Công bố"), {"fields": (("visibility", "status"),)}),
        (_("Nâng cao"), {"classes": ("collapse",), "fields": ("slug",)}),
        (None, {"fields": ("allow_duplicate",)}),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "title" and field is not None:
            field.widget.attrs["class"] = "vLargeTextField"
        return field

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.document_refresh_search_text(document=form.instance)


# --- Promotion of conference documents, offered on the conference list -----------------------


def may_promote(request) -> bool:
    return request.user.has_perm("documents.add_document")


@admin.action(description=_("Đưa tài liệu của các hội nghị đã chọn vào thư viện Văn bản"))
def promote_conference_documents(modeladmin, request, queryset):
    if not may_promote(request):
        modeladmin.message_user(
            request, _("Tài khoản này không có quyền thêm văn bản vào thư viện."), messages.ERROR
        )
        return
    sources = ConferenceDocument.objects.filter(conference__in=queryset).select_related(
        "conference", "conference__organizer"
    )
    result = services.conference_documents_promote(conference_documents=sources, by=request.user)
    if result.created:
        modeladmin.message_user(
            request,
            ngettext(
                "Đã đưa %(count)d tài liệu vào thư viện Văn bản dưới dạng bản nháp. Vui lòng bổ "
                "sung số, ký hiệu, ngày ban hành, người ký rồi công bố.",
                "Đã đưa %(count)d tài liệu vào thư viện Văn bản dưới dạng bản nháp. Vui lòng bổ "
                "sung số, ký hiệu, ngày ban hành, người ký rồi công bố.",
                len(result.created),
            )
            % {"count": len(result.created)},
            messages.SUCCESS,
        )
    if result.already:
        modeladmin.message_user(
            request,
            ngettext(
                "%(count)d tài liệu đã có trong thư viện từ trước, không đưa lại.",
                "%(count)d tài liệu đã có trong thư viện từ trước, không đưa lại.",
                len(result.already),
            )
            % {"count": len(result.already)},
            messages.INFO,
        )
    if result.missing:
        modeladmin.message_user(
            request,
            _("Không tìm thấy tệp của: %(titles)s. Các tài liệu này chưa được đưa vào.")
            % {"titles": "; ".join(d.title for d in result.missing)},
            messages.WARNING,
        )
    if not (result.created or result.already or result.missing):
        modeladmin.message_user(
            request, _("Các hội nghị đã chọn không có tài liệu đính kèm."), messages.WARNING
        )


contribute_action("events.Conference", promote_conference_documents, allowed=may_promote)
