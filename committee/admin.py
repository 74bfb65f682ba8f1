from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from committee import services
from committee.forms import LeaderAdminForm, PageAdminForm
from committee.models import Leader, Letter, Page
from core.admin_utils import FoldedSearchMixin


@admin.register(Page)
class PageAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = PageAdminForm
    list_display = ("title", "slug", "nav_order", "show_in_nav", "is_published", "updated_at")
    list_editable = ("nav_order", "show_in_nav", "is_published")
    list_filter = ("is_published", "show_in_nav")
    search_fields = ("title",)
    folded_search_fields = ("search_text",)
    prepopulated_fields = {"slug": ("title",)}
    actions = ("publish", "unpublish")

    class Media:
        js = ("js/ckeditor-vi.js",)

    fieldsets = (
        (None, {"fields": ("title", "slug", "description", "body")}),
        (_("Đăng và điều hướng"), {"fields": ("is_published", "show_in_nav", "nav_order")}),
        (_("Nâng cao"), {"classes": ("collapse",), "fields": ("nav_title",)}),
    )

    @admin.action(description=_("Đăng các trang đã chọn"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, True)

    @admin.action(description=_("Gỡ các trang đã chọn"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, False)

    def _set_published(self, request, queryset, value: bool) -> None:
        # save() per page (there are few) so the body is re-sanitised and the menu refreshed.
        count = 0
        for page in queryset.exclude(is_published=value):
            page.is_published = value
            page.save()
            count += 1
        self.message_user(
            request,
            ngettext("Đã cập nhật %(count)d trang.", "Đã cập nhật %(count)d trang.", count)
            % {"count": count},
            messages.SUCCESS,
        )


@admin.register(Leader)
class LeaderAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = LeaderAdminForm
    list_display = ("full_name", "position", "order", "is_current", "phone", "email")
    list_editable = ("order", "is_current")
    list_filter = ("is_current",)
    search_fields = ("full_name", "position")
    folded_search_fields = ("search_text",)
    fieldsets = (
        (None, {"fields": ("full_name", "position", "portrait", "duties")}),
        (_("Liên hệ công vụ"), {"fields": ("phone", "email")}),
        (_("Hiển thị"), {"fields": ("order", "is_current", "person")}),
    )
    list_select_related = ("person",)
    # raw_id (not autocomplete) so this admin does not depend on how PersonAdmin is set up.
    raw_id_fields = ("person",)


@admin.register(Letter)
class LetterAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ("subject", "full_name", "created_at", "status", "handler", "was_notified")
    list_filter = ("status", ("handler", admin.RelatedOnlyFieldListFilter), "created_at")
    list_select_related = ("handler",)
    search_fields = ("subject", "full_name", "email", "phone")
    folded_search_fields = ("search_text",)
    date_hierarchy = "created_at"
    # Was Django's "-" for a letter nobody has taken yet (and an empty e-mail or phone).
    empty_value_display = _("(chưa có)")
    actions = ("take", "mark_answered")
    readonly_fields = (
        "full_name",
        "email",
        "phone",
        "subject",
        "message",
        "created_at",
        "handled_at",
        "answered_at",
        "notified_at",
        "ip_address",
    )
    fieldsets = (
        (_("Thư"), {"fields": ("subject", "message", "created_at")}),
        (_("Người gửi"), {"fields": ("full_name", "email", "phone")}),
        (
            _("Xử lý"),
            {"fields": ("status", "handler", "staff_note", "handled_at", "answered_at")},
        ),
        (_("Nâng cao"), {"classes": ("collapse",), "fields": ("notified_at", "ip_address")}),
    )

    def has_add_permission(self, request):
        return False  # letters only come from citizens, through the contact form

    @admin.display(boolean=True, description=_("đã báo cán bộ"))
    def was_notified(self, obj) -> bool:
        return obj.notified_at is not None

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "handler":
            from django.contrib.auth import get_user_model

            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True, is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data:
            services.letter_set_status(letter=obj, status=obj.status, user=request.user)
        if "handler" in form.changed_data:
            services.letter_assigned(letter=obj, by=request.user)

    @admin.action(description=_("Nhận xử lý các thư đã chọn"), permissions=["change"])
    def take(self, request, queryset):
        self._move(request, queryset, Letter.Status.IN_PROGRESS)

    @admin.action(description=_("Đánh dấu đã trả lời"), permissions=["change"])
    def mark_answered(self, request, queryset):
        self._move(request, queryset, Letter.Status.ANSWERED)

    def _move(self, request, queryset, status) -> None:
        count = 0
        for letter in queryset.exclude(status=status):
            services.letter_set_status(letter=letter, status=status, user=request.user)
            count += 1
        self.message_user(
            request,
            ngettext(
                "Đã chuyển %(count)d thư sang “%(status)s”.",
                "Đã chuyển %(count)d thư sang “%(status)s”.",
                count,
            )
            % {"count": count, "status": Letter.Status(status).label},
            messages.SUCCESS,
        )
