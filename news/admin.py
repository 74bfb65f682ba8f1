"""News admin: writers draft and submit, editors review, publish, schedule and withdraw.

Every rule is checked on the server (querysets, object permissions, read-only fields, form
validation and the services), so a hand-made POST cannot do what the buttons do not offer.
History with diff, restore and recovery of deleted articles come from django-reversion.
"""

from __future__ import annotations

import re

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion_compare.admin import CompareVersionAdmin
from reversion_compare.helpers import html_diff

from core.admin_utils import ContributedActionsMixin, FoldedSearchMixin
from news import services
from news.forms import (
    ACTION_PUBLISH,
    ACTION_RETURN,
    ACTION_SUBMIT,
    ACTION_WITHDRAW,
    ArticleAdminForm,
    ReturnForm,
    ScheduleForm,
    token_version,
)
from news.models import Article, Category, Tag
from news.permissions import can_edit, can_publish, can_submit


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "order", "active")
    list_editable = ("order", "active")
    search_fields = ("name",)
    fields = ("name", "slug", "description", "order", "active")


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    fields = ("name", "slug")


class VisibilityFilter(admin.SimpleListFilter):
    """What the public sees now, which ``status`` alone does not tell (scheduled articles)."""

    title = gettext_lazy("tình trạng trên cổng")
    parameter_name = "hien_thi"

    def lookups(self, request, model_admin):
        return (
            ("live", gettext_lazy("Đang hiện trên cổng")),
            ("scheduled", gettext_lazy("Đã lên lịch, chưa hiện")),
            ("hidden", gettext_lazy("Không hiện")),
        )

    def queryset(self, request, queryset):
        if self.value() == "live":
            return queryset.published()
        if self.value() == "scheduled":
            return queryset.scheduled()
        if self.value() == "hidden":
            return queryset.exclude(status=Article.Status.PUBLISHED)
        return queryset


@admin.register(Article)
class ArticleAdmin(ContributedActionsMixin, FoldedSearchMixin, CompareVersionAdmin):
    form = ArticleAdminForm
    list_display = ("title", "status_label", "category", "publish_at", "author", "featured")
    list_display_links = ("title",)
    list_filter = (
        "status",
        VisibilityFilter,
        "category",
        ("author", admin.RelatedOnlyFieldListFilter),
        "publish_at",
        "featured",
    )
    list_select_related = ("category", "author")
    date_hierarchy = "publish_at"
    search_fields = ("title", "sapo")
    folded_search_fields = ("search_text",)
    autocomplete_fields = ("tags",)
    actions = (
        "submit_for_review",
        "publish_now",
        "schedule",
        "withdraw",
        "return_to_draft",
    )  # other apps add theirs (core.admin_utils.contribute_action)
    history_latest_first = True
    list_per_page = 50
    # Was Django's "-": the category filter offered a bare "-" for articles without one.
    empty_value_display = gettext_lazy("(không có)")

    # Vietnamese versions of django-reversion(-compare)'s pages.
    change_list_template = "admin/news/article/change_list.html"
    object_history_template = "admin/news/article/object_history.html"
    compare_template = "admin/news/article/compare.html"
    revision_form_template = "admin/news/article/revision_form.html"
    recover_form_template = "admin/news/article/recover_form.html"
    recover_list_template = "admin/news/article/recover_list.html"
    # Derived or bookkeeping fields are left out of the diff.
    compare_exclude = (
        "search_text",
        "version",
        "cover_renditions",
        "cover_width",
        "cover_height",
        "created_at",
        "updated_at",
    )
    fieldsets = (
        (None, {"fields": ("title", "slug", "sapo", "body", "edit_token")}),
        (
            gettext_lazy("Ảnh đại diện"),
            {"fields": ("cover_image", "cover_preview", "cover_alt", "cover_caption")},
        ),
        (gettext_lazy("Phân loại"), {"fields": ("category", "tags", "byline")}),
        (gettext_lazy("Đăng bài"), {"fields": ("status", "publish_at", "featured", "author")}),
        (
            gettext_lazy("Nâng cao"),
            {"classes": ("collapse",), "fields": ("legacy_url", "created_at", "updated_at")},
        ),
    )

    class Media:
        css = {"all": ("css/news-admin.css",)}
        js = ("js/ckeditor-vi.js",)

    # --- who sees and edits what -------------------------------------------------------------

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if can_publish(request.user):
            return queryset
        return queryset.filter(author=request.user)  # writers see their own articles

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or can_edit(request.user, obj)

    def has_publish_permission(self, request):
        return can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        readonly = ["status", "author", "created_at", "updated_at", "cover_preview"]
        if not can_publish(request.user):
            readonly += ["publish_at", "featured", "legacy_url"]
        if obj is not None and obj.slug_locked:
            readonly.append("slug")
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.request = request
        return form

    def view_on_site(self, obj):
        if obj.is_live:
            return obj.get_absolute_url()
        return reverse("news:article_preview", kwargs={"pk": obj.pk})

    # --- saving ------------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        """One save per button press: the edits and the pressed button's transition together."""
        if not change:
            obj.author = request.user
        # Restoring a revision rewrote the row with the old version number first: the saved
        # state takes the next number after the one the article had (news/history.py).
        obj.version = max(obj.version or 0, getattr(request, "_version_before_restore", 0))
        transition, kwargs, done = self._pressed_transition(form, obj)
        refusal = services.article_save(
            article=obj,
            by=request.user,
            transition=transition,
            # checked by the form under the row lock this transaction still holds
            based_on_version=token_version(form.cleaned_data.get("edit_token")) if change else None,
            **kwargs,
        )
        if refusal is not None:
            self.message_user(request, _error_text(refusal), messages.WARNING)
        elif done:
            self.message_user(request, done, messages.SUCCESS)

    def _pressed_transition(self, form, obj) -> tuple[str, dict, str]:
        """The transition of the pressed button (already allowed by the form's clean), its
        arguments and its success message."""
        action = form.pressed()
        if action == ACTION_SUBMIT:
            return "submit", {}, _("Đã gửi duyệt bài viết.")
        if action == ACTION_PUBLISH:
            if obj.publish_at and obj.publish_at > timezone.now():
                when = date_format(timezone.localtime(obj.publish_at), "DATETIME_FORMAT")
                return (
                    "schedule",
                    {"publish_at": obj.publish_at},
                    _("Đã lên lịch: bài tự hiện lúc %(when)s.") % {"when": when},
                )
            return "publish", {}, _("Đã đăng bài viết.")
        if action == ACTION_WITHDRAW:
            return "withdraw", {}, _("Đã gỡ bài viết khỏi cổng.")
        if action == ACTION_RETURN:
            return (
                "return_to_draft",
                {"reason": form.return_reason()},
                _("Đã trả bài về bản nháp."),
            )
        return "", {}, ""

    # --- change form -------------------------------------------------------------------------

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        user = request.user
        editor = can_publish(user)
        status = obj.status if obj is not None else Article.Status.DRAFT
        editable = obj is None or can_edit(user, obj)
        context.update(
            {
                "news_show_submit": editable and (obj is None or can_submit(user, obj)),
                "news_show_publish": editable and editor and not (obj is not None and obj.is_live),
                "news_show_withdraw": editable and editor and status == Article.Status.PUBLISHED,
                "news_show_return": editable
                and obj is not None
                and status == Article.Status.PENDING
                and (editor or obj.author_id == user.pk),
                "news_return_needs_reason": obj is not None and obj.author_id != user.pk,
                "news_status": obj.get_status_display() if obj is not None else "",
            }
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description=gettext_lazy("trạng thái"), ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled:
            when = date_format(timezone.localtime(obj.publish_at), "DATETIME_FORMAT")
            return _("Đã lên lịch (%(when)s)") % {"when": when}
        return obj.get_status_display()

    @admin.display(description=gettext_lazy("ảnh hiện tại"))
    def cover_preview(self, obj):
        if not obj or not obj.cover_image:
            return "—"
        return format_html(
            '<img src="{}" alt="{}" width="200" loading="lazy">',
            obj.cover_rendition_url(400),
            obj.cover_alt,
        )

    # --- actions -----------------------------------------------------------------------------

    def _run(self, request, queryset, service, done: str, **kwargs) -> int:
        done_count, skipped = 0, []
        for article in queryset:
            try:
                service(article=article, by=request.user, **kwargs)
            except (ValidationError, PermissionDenied) as exc:
                skipped.append(f"“{article.title}”: {_error_text(exc)}")
            else:
                done_count += 1
        if done_count:
            self.message_user(request, done % {"count": done_count}, messages.SUCCESS)
        if skipped:
            self.message_user(
                request,
                _("Bỏ qua %(count)d bài: %(details)s")
                % {"count": len(skipped), "details": "; ".join(skipped)},
                messages.WARNING,
            )
        return done_count

    @admin.action(description=gettext_lazy("Gửi duyệt các bài đã chọn"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        self._run(request, queryset, services.article_submit, _("Đã gửi duyệt %(count)d bài viết."))

    @admin.action(description=gettext_lazy("Đăng ngay các bài đã chọn"), permissions=["publish"])
    def publish_now(self, request, queryset):
        self._run(request, queryset, services.article_publish, _("Đã đăng %(count)d bài viết."))

    @admin.action(
        description=gettext_lazy("Lên lịch đăng các bài đã chọn…"), permissions=["publish"]
    )
    def schedule(self, request, queryset):
        form = ScheduleForm(request.POST if "apply" in request.POST else None)
        if form.is_bound and form.is_valid():
            self._run(
                request,
                queryset,
                services.article_schedule,
                _("Đã lên lịch %(count)d bài viết."),
                publish_at=form.cleaned_data["publish_at"],
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Lên lịch đăng bài"),
            "opts": self.model._meta,
            "form": form,
            "articles": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/news/article/schedule.html", context)

    @admin.action(description=gettext_lazy("Gỡ các bài đã chọn khỏi cổng"), permissions=["publish"])
    def withdraw(self, request, queryset):
        self._run(request, queryset, services.article_withdraw, _("Đã gỡ %(count)d bài viết."))

    @admin.action(description=gettext_lazy("Trả lại bản nháp"), permissions=["change"])
    def return_to_draft(self, request, queryset):
        # A page asking for the reason first (kept on each article for its writer); a writer
        # taking back only their own articles needs none.
        own_only = not queryset.exclude(author=request.user).exists()
        form = ReturnForm(request.POST if "apply" in request.POST else None, required=not own_only)
        if form.is_bound and form.is_valid():
            self._run(
                request,
                queryset,
                services.article_return_to_draft,
                _("Đã trả lại %(count)d bài viết về bản nháp."),
                reason=form.cleaned_data["reason"],
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Trả lại bản nháp"),
            "opts": self.model._meta,
            "form": form,
            "articles": queryset,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            "media": self.media + form.media,
        }
        return TemplateResponse(request, "admin/news/article/return_to_draft.html", context)

    # --- history, restore, recover -----------------------------------------------------------

    def _visible_or_403(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj

    def changelist_view(self, request, extra_context=None):
        context = {"news_can_restore": can_publish(request.user), **(extra_context or {})}
        return super().changelist_view(request, context)

    def history_view(self, request, object_id, extra_context=None):
        self._visible_or_403(request, object_id)
        context = {"can_restore": can_publish(request.user), **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id, extra_context=None):
        obj = self._visible_or_403(request, object_id)
        context = {
            "can_restore": can_publish(request.user),
            "title": _("So sánh hai bản: %(title)s") % {"title": obj.title},
            **(extra_context or {}),
        }
        return super().compare_view(request, object_id, context)

    def compare_body(self, obj_compare):
        """Diff the body block by block (one line per paragraph) rather than as one line."""
        return html_diff(_blocks(obj_compare.value1), _blocks(obj_compare.value2))

    def compare_sapo(self, obj_compare):
        return html_diff(obj_compare.value1 or "", obj_compare.value2 or "")

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # Restoring could turn a published article back into a writer's draft: editors only.
        if not can_publish(request.user):
            raise PermissionDenied
        request._version_before_restore = (
            Article.objects.filter(pk=unquote(object_id)).values_list("version", flat=True).first()
            or 0
        )
        return super().revision_view(request, object_id, version_id, extra_context)

    def delete_model(self, request, obj):
        services.articles_delete(articles=[obj], by=request.user)

    def delete_queryset(self, request, queryset):
        services.articles_delete(articles=queryset, by=request.user)

    def recover_view(self, request, version_id, extra_context=None):
        if not can_publish(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not can_publish(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)


_BLOCK_END = re.compile(r"(</(?:p|h2|h3|h4|li|blockquote|figcaption|tr|caption)>|<br>|<hr>)")


def _blocks(html) -> str:
    """Body HTML with a line break after each block, for a readable line-by-line diff."""
    return _BLOCK_END.sub(r"\1\n", str(html or ""))


def _error_text(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc) or _("Không được phép.")
