"""Admin for conference records (in Vietnamese).

The conference page has inlines for participants, photos, documents, programmes and drafts
under criticism; a programme's parties and points, and a draft's opinions and responses, are
edited on their own pages (linked from the conference page: "Sửa chi tiết"), because Django's
admin does not nest inlines.

``draft_conference_from_article`` is the article admin action "Lập hồ sơ hội nghị từ bài
viết"; it opens ``ConferenceAdmin.draft_from_article_view``. It is contributed to the article
admin from here (``core.admin_utils.contribute_action``): news does not import events.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin_utils import ContributedActionsMixin, FoldedSearchMixin, contribute_action
from core.images import ACCEPT_ATTRIBUTE
from events import services
from events.forms import (
    DraftConferenceForm,
    DraftParticipantFormSet,
    ParticipationAdminForm,
    draft_initial,
)
from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    ConferencePhoto,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Organization,
    Participation,
    Person,
    ProgrammeParty,
    ProgrammePoint,
    Response,
)
from news.forms import CheckedImageField

# --- Deletion that respects history ----------------------------------------------------------


class ProtectedDeleteMixin:
    """Refuse deleting people/organisations that history refers to, with a clear message."""

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None:
            refusal = services.deletion_refusal(obj)
            if refusal:
                self.message_user(request, refusal, messages.ERROR)
                opts = self.model._meta
                return HttpResponseRedirect(
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
                )
        return super().delete_view(request, object_id, extra_context)

    @admin.action(
        description=_("Xóa các mục đã chọn (nếu không còn trong hồ sơ)"),
        permissions=["delete"],
    )
    def delete_unreferenced(self, request, queryset):
        deleted = 0
        for obj in queryset:
            try:
                services._delete(obj)
            except services.DeletionRefused as exc:
                self.message_user(request, exc.message, messages.ERROR)
            else:
                deleted += 1
        if deleted:
            self.message_user(
                request, _("Đã xóa %(count)d mục.") % {"count": deleted}, messages.SUCCESS
            )

    def get_actions(self, request):
        actions = super().get_actions(request)
        # Django's bulk delete would show a generic "protected objects" page; ours explains.
        actions.pop("delete_selected", None)
        return actions


class ParticipationHistoryInline(admin.TabularInline):
    """Read-only: the conferences a person took part in, with the position then."""

    model = Participation
    fk_name = "person"
    fields = ("conference", "roles_display", "position", "position_normalized", "organization")
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False
    verbose_name = _("lần tham dự")
    verbose_name_plural = _("các lần tham dự hội nghị (chỉ xem; sửa ở trang hội nghị)")

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("conference", "organization")
            .prefetch_related("roles")
        )

    @admin.display(description=_("vai trò"))
    def roles_display(self, obj):
        return ", ".join(str(label) for label in obj.role_labels)


@admin.register(Person)
class PersonAdmin(ProtectedDeleteMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ("full_name", "participation_count", "updated_at")
    search_fields = ("full_name",)
    folded_search_fields = ("name_folded",)
    fields = ("full_name", "slug", "notes")
    inlines = (ParticipationHistoryInline,)
    actions = ("delete_unreferenced",)

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_participations=Count("participations"))

    @admin.display(description=_("số lần tham dự"), ordering="n_participations")
    def participation_count(self, obj):
        return obj.n_participations

    def save_model(self, request, obj, form, change):
        if change and "full_name" in form.changed_data:
            services.person_rename(person=obj, full_name=obj.full_name)
        else:
            super().save_model(request, obj, form, change)


@admin.register(Organization)
class OrganizationAdmin(ProtectedDeleteMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ("name", "short_name", "parent")
    list_select_related = ("parent",)
    search_fields = ("name", "short_name")
    folded_search_fields = ("name_folded",)
    autocomplete_fields = ("parent",)
    fields = ("name", "short_name", "slug", "parent")
    actions = ("delete_unreferenced",)


@admin.register(ConferenceKind)
class ConferenceKindAdmin(admin.ModelAdmin):
    list_display = ("name", "code", "order")
    list_editable = ("order",)
    fields = ("name", "code", "order")

    def get_readonly_fields(self, request, obj=None):
        # The code is used in addresses (?kind=…) and by the drafting rules.
        return ("code",) if obj is not None else ()

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.code in ConferenceKind.Code.values:
            return False
        return super().has_delete_permission(request, obj)


# --- Conference ------------------------------------------------------------------------------


class YearFilter(admin.SimpleListFilter):
    title = _("năm")
    parameter_name = "year"

    def lookups(self, request, model_admin):
        years = (
            Conference.objects.annotate(y=ExtractYear("starts_at"))
            .order_by("-y")
            .values_list("y", flat=True)
            .distinct()
        )
        return [(str(y), str(y)) for y in years if y]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(starts_at__year=int(self.value()))
        return queryset


class ParticipationInline(admin.StackedInline):
    """One block per person: the position and organisation then, and every role (checkboxes).

    Stacked, not tabular: with the spelled-out position, eight roles and a note, a table row
    would be far wider than the page (1,505 px in a 901 px box at 1280 px)."""

    model = Participation
    form = ParticipationAdminForm
    fk_name = "conference"
    fields = (
        ("person", "organization", "order"),
        ("position", "position_normalized"),
        "roles",
        "note",
    )
    readonly_fields = ("position_normalized",)
    autocomplete_fields = ("person", "organization")
    extra = 1
    verbose_name = _("người tham dự")
    verbose_name_plural = _(
        "người tham dự (mỗi người một dòng, chọn mọi vai trò; chức vụ ghi như lúc đó, chữ viết "
        "tắt được viết đầy đủ khi lưu; bấm + để thêm người mới ngay tại đây)"
    )

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("roles")

    class Media:
        css = {"all": ("css/events-admin.css",)}


class PhotoForm(forms.ModelForm):
    class Meta:
        model = ConferencePhoto
        fields = ("image", "alt_text", "caption", "order")
        field_classes = {"image": CheckedImageField}
        widgets = {
            "image": forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
            "alt_text": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "caption": forms.TextInput(attrs={"class": "vLargeTextField"}),
        }


class PhotoInline(admin.StackedInline):
    model = ConferencePhoto
    form = PhotoForm
    fields = ("image", "alt_text", "caption", "order")
    extra = 0
    verbose_name_plural = _(
        "ảnh hội nghị (mô tả ảnh cho người khiếm thị khác chú thích: chú thích hiện dưới ảnh, "
        "mô tả thay cho ảnh khi không xem được)"
    )


class DocumentInline(admin.TabularInline):
    model = ConferenceDocument
    fields = ("title", "file", "order")
    extra = 0


class ProgrammeInline(admin.StackedInline):
    model = CoordinationProgramme
    fields = (
        "title",
        ("period_start_year", "period_end_year", "signed_on"),
        "declared_point_count",
    )
    extra = 0
    show_change_link = True
    verbose_name_plural = _(
        "chương trình phối hợp (các bên ký và nội dung: bấm “Thay đổi” sau khi lưu)"
    )


class CriticismSubjectInline(admin.StackedInline):
    model = CriticismSubject
    fields = (
        ("document_type", "document_number", "document_date"),
        "document_title",
        "issuing_body",
        "opinion_count",
        "opinion_summary",
    )
    autocomplete_fields = ("issuing_body",)
    extra = 0
    show_change_link = True
    verbose_name_plural = _(
        "dự thảo được phản biện (từng ý kiến và phần tiếp thu: bấm “Thay đổi” sau khi lưu)"
    )


@admin.register(Conference)
class ConferenceAdmin(ContributedActionsMixin, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ("title", "starts_at", "kinds_display", "visibility", "status", "n_people")
    list_filter = ("kinds", YearFilter, "visibility", "status")
    list_select_related = ("organizer",)
    search_fields = ("title",)
    folded_search_fields = ("search_text",)
    date_hierarchy = "starts_at"
    autocomplete_fields = ("organizer", "articles")
    inlines = (
        ParticipationInline,
        ProgrammeInline,
        CriticismSubjectInline,
        PhotoInline,
        DocumentInline,
    )
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    "kinds",
                    ("starts_at", "ends_at"),
                    "time_known",
                    "venue",
                    "organizer",
                )
            },
        ),
        (_("Nội dung"), {"fields": ("summary", "conclusion", ("attendee_count", "speaker_count"))}),
        (_("Công bố"), {"fields": (("visibility", "status"),)}),
        (_("Nâng cao"), {"classes": ("collapse",), "fields": ("slug", "articles")}),
    )

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name == "title" and field is not None:
            field.widget.attrs["class"] = "vLargeTextField"
        return field

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "kinds":
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("kinds")
            .annotate(n_participants=Count("participations__person", distinct=True))
        )

    @admin.display(description=_("loại"))
    def kinds_display(self, obj):
        return ", ".join(kind.name for kind in obj.kinds.all())

    @admin.display(description=_("số đại biểu có tên trong hồ sơ"), ordering="n_participants")
    def n_people(self, obj):
        return obj.n_participants

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.conference_refresh_search_text(conference=form.instance)
        services.conference_photos_place(conference=form.instance)

    # --- Draft from an article -----------------------------------------------------------

    def get_urls(self):
        urls = [
            path(
                "tu-bai-viet/<int:article_id>/",
                self.admin_site.admin_view(self.draft_from_article_view),
                name="events_conference_draft_from_article",
            )
        ]
        return urls + super().get_urls()

    def draft_from_article_view(self, request, article_id: int):
        from news.models import Article

        if not self.has_add_permission(request):
            raise PermissionDenied
        article = get_object_or_404(Article.objects.visible_to(request.user), pk=article_id)
        if request.method == "POST":
            form = DraftConferenceForm(request.POST)
            formset = DraftParticipantFormSet(request.POST, prefix="p")
            if form.is_valid() and formset.is_valid():
                try:
                    conference = services.conference_create_from_draft(
                        data=form.to_input(participants=formset.to_inputs()),
                        article=article,
                        user=request.user,
                    )
                except ValidationError as exc:
                    for message in exc.messages:
                        form.add_error(None, message)
                else:
                    self.message_user(
                        request,
                        _(
                            "Đã lập hồ sơ hội nghị “%(title)s” (bản nháp), gắn với bài viết. "
                            "Kiểm tra, bổ sung ảnh, tài liệu, từng ý kiến rồi công bố."
                        )
                        % {"title": conference.title},
                        messages.SUCCESS,
                    )
                    return HttpResponseRedirect(
                        reverse("admin:events_conference_change", args=[conference.pk])
                    )
            draft = None
        else:
            initial, participants, draft = draft_initial(article)
            form = DraftConferenceForm(initial=initial)
            formset = DraftParticipantFormSet(initial=participants, prefix="p")
        existing = list(article.conferences.all())
        context = {
            **self.admin_site.each_context(request),
            "title": _("Lập hồ sơ hội nghị từ bài viết"),
            "subtitle": article.title,
            "opts": self.model._meta,
            "article": article,
            "form": form,
            "formset": formset,
            "draft": draft,
            "existing_conferences": existing,
            "media": self.media + form.media + formset.media,
            "has_view_permission": self.has_view_permission(request),
        }
        return TemplateResponse(request, "admin/events/conference/draft_from_article.html", context)


def may_draft_conference(request) -> bool:
    """The action "Lập hồ sơ hội nghị từ bài viết" is listed only for conference clerks."""
    return request.user.has_perm("events.add_conference")


@admin.action(description=_("Lập hồ sơ hội nghị từ bài viết"))
def draft_conference_from_article(modeladmin, request, queryset):
    """Article admin action: open the draft form for the one selected article."""
    if not request.user.has_perm("events.add_conference"):
        modeladmin.message_user(
            request, _("Tài khoản này không có quyền lập hồ sơ hội nghị."), messages.ERROR
        )
        return None
    articles = list(queryset[:2])
    if len(articles) != 1:
        modeladmin.message_user(
            request, _("Vui lòng chọn đúng một bài viết để lập hồ sơ hội nghị."), messages.WARNING
        )
        return None
    return HttpResponseRedirect(
        reverse("admin:events_conference_draft_from_article", args=[articles[0].pk])
    )


# Listed on the article change list, only for who may record conferences (may_draft_conference).
contribute_action("news.Article", draft_conference_from_article, allowed=may_draft_conference)


# --- Programme and criticism detail pages ----------------------------------------------------


def _conference_link(obj) -> str:
    if obj is None or obj.conference_id is None:
        return "—"
    url = reverse("admin:events_conference_change", args=[obj.conference_id])
    return format_html('<a href="{}">{}</a>', url, obj.conference)


class ProgrammePartyInline(admin.TabularInline):
    model = ProgrammeParty
    fields = ("organization", "signatory", "signatory_position", "order")
    autocomplete_fields = ("organization", "signatory")
    extra = 1


class ProgrammePointInline(admin.TabularInline):
    model = ProgrammePoint
    fields = ("number", "text")
    extra = 1
    formfield_overrides = {}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 2, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ConferenceChildAdmin(admin.ModelAdmin):
    """Pages reached from the conference page; saving refreshes its search text."""

    autocomplete_fields = ("conference",)
    list_select_related = ("conference",)
    readonly_fields = ("conference_link",)

    @admin.display(description=_("về trang hội nghị"))
    def conference_link(self, obj):
        return _conference_link(obj)

    def has_module_permission(self, request):
        # Reached from the conference page; kept out of the admin index to keep it short.
        return False

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if "conference" in request.GET:
            initial["conference"] = request.GET["conference"]
        return initial

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.conference_refresh_search_text(conference=form.instance.conference)


@admin.register(CoordinationProgramme)
class CoordinationProgrammeAdmin(ConferenceChildAdmin):
    list_display = ("title", "conference", "period_display", "signed_on")
    search_fields = ("title",)
    fields = (
        "conference",
        "conference_link",
        "title",
        ("period_start_year", "period_end_year", "signed_on"),
        "declared_point_count",
    )
    inlines = (ProgrammePartyInline, ProgrammePointInline)

    @admin.display(description=_("giai đoạn"))
    def period_display(self, obj):
        return obj.period_display


class ParentConferenceMixin:
    """Limit participant choices to the conference the criticism subject belongs to."""

    def _parent_subject(self, request) -> CriticismSubject | None:
        match = request.resolver_match
        object_id = match.kwargs.get("object_id") if match else None
        if object_id:
            return CriticismSubject.objects.filter(pk=unquote(object_id)).first()
        return None

    def _conference_id(self, request):
        subject = self._parent_subject(request)
        if subject is not None:
            return subject.conference_id
        value = request.GET.get("conference") or request.POST.get("conference")
        return int(value) if value and str(value).isdigit() else None

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.remote_field.model is Participation:
            conference_id = self._conference_id(request)
            kwargs["queryset"] = (
                Participation.objects.filter(conference_id=conference_id)
                .select_related("person")
                .prefetch_related("roles")
            )
        if db_field.name == "opinion":
            subject = self._parent_subject(request)
            kwargs["queryset"] = (
                subject.opinions.all() if subject is not None else Opinion.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class OpinionInline(ParentConferenceMixin, admin.StackedInline):
    model = Opinion
    fields = (("speaker", "speaker_name", "order"), "content")
    extra = 1

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "content":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class ResponseInline(ParentConferenceMixin, admin.StackedInline):
    model = Response
    fields = (("responder", "responder_name"), ("opinion", "outcome", "order"), "text")
    extra = 0

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name == "text":
            kwargs["widget"] = forms.Textarea(attrs={"rows": 3, "cols": 80})
        return super().formfield_for_dbfield(db_field, request, **kwargs)


@admin.register(CriticismSubject)
class CriticismSubjectAdmin(ConferenceChildAdmin):
    list_display = ("document_title", "conference", "opinion_count")
    search_fields = ("document_title",)
    autocomplete_fields = ("conference", "issuing_body")
    fields = (
        "conference",
        "conference_link",
        ("document_type", "document_number", "document_date"),
        "document_title",
        "issuing_body",
        "opinion_count",
        "opinion_summary",
    )
    inlines = (OpinionInline, ResponseInline)
