"""The office prepares and publishes the weekly schedule here.

- "Lịch tuần": one row per ISO week; actions "Công bố tuần" (needs
  ``schedule.publish_scheduleweek``) and "Sao chép các mục định kỳ của tuần trước".
- "Mục lịch": the entries, filtered by week, status, scope; leaders inline (people of the
  records, by autocomplete). Saving an entry of a published week marks it changed
  (``services.entry_record_change``). Actions "Hoãn, hủy mục lịch" and "Lập hồ sơ hội nghị
  từ mục lịch" (needs ``events.add_conference``: the conference clerk).
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from schedule import services
from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import IsoWeek


class EntryInline(admin.TabularInline):
    """The week's entries at a glance; each is edited on its own page (leaders inline)."""

    model = ScheduleEntry
    fields = ("date", "part_of_day", "start_time", "content", "status", "visibility")
    readonly_fields = fields
    show_change_link = True
    extra = 0
    can_delete = False
    ordering = ("date", "part_of_day", "start_time", "id")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(ScheduleWeek)
class ScheduleWeekAdmin(admin.ModelAdmin):
    list_display = ("__str__", "entry_count", "published_at", "published_by")
    list_select_related = ("published_by",)
    list_filter = ("year",)
    fields = ("year", "week", "note", "published_at", "published_by", "add_entry")
    readonly_fields = ("published_at", "published_by", "add_entry")
    inlines = (EntryInline,)
    actions = ("publish", "copy_recurring")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_entry_count=Count("entries"))

    def get_changeform_initial_data(self, request):
        """A new week defaults to next week: the office prepares it on Friday."""
        upcoming = IsoWeek.current().next
        return {
            "year": upcoming.year,
            "week": upcoming.week,
            **super().get_changeform_initial_data(request),
        }

    @admin.display(description=_("số mục"), ordering="_entry_count")
    def entry_count(self, obj):
        return obj._entry_count

    @admin.display(description=_("thêm mục lịch"))
    def add_entry(self, obj):
        if obj is None or not obj.pk:
            return "–"
        url = (
            reverse("admin:schedule_scheduleentry_add")
            + f"?week={obj.pk}&date={obj.iso.monday:%d/%m/%Y}"
        )
        return format_html('<a class="addlink" href="{}">{}</a>', url, _("Thêm mục vào tuần này"))

    @admin.action(description=_("Công bố tuần"), permissions=["publish"])
    def publish(self, request, queryset):
        published = sum(services.week_publish(week=week, user=request.user) for week in queryset)
        self.message_user(
            request,
            ngettext("Đã công bố %(count)d tuần.", "Đã công bố %(count)d tuần.", published)
            % {"count": published},
            messages.SUCCESS if published else messages.WARNING,
        )

    def has_publish_permission(self, request):
        return request.user.has_perm("schedule.publish_scheduleweek")

    @admin.action(description=_("Sao chép các mục định kỳ của tuần trước"), permissions=["change"])
    def copy_recurring(self, request, queryset):
        for week in queryset:
            try:
                copied = services.week_copy_recurring(week=week)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                continue
            self.message_user(
                request,
                _("%(week)s: đã chép %(count)d mục định kỳ của tuần trước.")
                % {"week": week, "count": copied},
                messages.SUCCESS,
            )


class LeaderInline(admin.TabularInline):
    model = ScheduleLeader
    fields = ("person", "role", "order")
    autocomplete_fields = ("person",)
    extra = 1


class StatusFilter(admin.SimpleListFilter):
    title = _("hồ sơ hội nghị")
    parameter_name = "ho-so"

    def lookups(self, request, model_admin):
        return [("cho", _("Đã diễn ra, chưa có hồ sơ")), ("co", _("Đã có hồ sơ"))]

    def queryset(self, request, queryset):
        if self.value() == "cho":
            return queryset.awaiting_record()
        if self.value() == "co":
            return queryset.filter(conference__isnull=False)
        return queryset


@admin.register(ScheduleEntry)
class ScheduleEntryAdmin(admin.ModelAdmin):
    list_display = ("date", "when", "content_short", "status", "visibility", "week", "record")
    list_display_links = ("date", "when", "content_short")
    list_select_related = ("week", "conference")
    list_filter = ("week", "status", "visibility", "is_conference", StatusFilter)
    search_fields = ("content", "venue", "leader_rows__person__full_name")
    date_hierarchy = "date"
    autocomplete_fields = ("partner",)
    inlines = (LeaderInline,)
    actions = ("cancel", "create_conference")
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "week",
                    "date",
                    ("part_of_day", "start_time", "end_time"),
                    "content",
                    "venue",
                )
            },
        ),
        (
            _("Chuẩn bị, phối hợp"),
            {"fields": ("preparing_unit", "partner", "visibility", "recurring", "is_conference")},
        ),
        (
            _("Thay đổi"),
            {"fields": ("status", "change_note", "changed_at", "sequence")},
        ),
        (
            _("Hồ sơ hội nghị"),
            {"classes": ("collapse",), "fields": ("conference",)},
        ),
    )
    readonly_fields = ("changed_at", "sequence", "conference")

    def get_search_results(self, request, queryset, search_term):
        queryset, _duplicates = super().get_search_results(request, queryset, search_term)
        return queryset, True

    @admin.display(description=_("giờ, buổi"), ordering="start_time")
    def when(self, obj):
        return obj.when_label

    @admin.display(description=_("nội dung"))
    def content_short(self, obj):
        return obj.content[:120]

    @admin.display(description=_("hồ sơ"))
    def record(self, obj):
        if obj.conference_id is None:
            return "–"
        url = reverse("admin:events_conference_change", args=[obj.conference_id])
        return format_html('<a href="{}">{}</a>', url, obj.conference.get_status_display())

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        request._schedule_entry_changes = (set(form.changed_data), not change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        changed, created = getattr(request, "_schedule_entry_changes", (set(), False))
        leaders_changed = any(formset.has_changed() for formset in formsets) and change
        if services.entry_record_change(
            entry=form.instance, changed=changed, leaders_changed=leaders_changed, created=created
        ):
            self.message_user(
                request,
                _("Tuần đã công bố: mục được đánh dấu “có thay đổi” lúc %(time)s.")
                % {"time": form.instance.changed_at.astimezone().strftime("%H:%M %d/%m/%Y")},
                messages.INFO,
            )

    @admin.action(description=_("Hoãn, hủy mục lịch đã chọn"), permissions=["change"])
    def cancel(self, request, queryset):
        count = services.entry_cancel(entries=queryset.select_related("week"))
        self.message_user(
            request,
            _("Đã hủy %(count)d mục; mục đã hủy vẫn hiện trên lịch, gạch ngang.")
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Lập hồ sơ hội nghị từ mục lịch"), permissions=["record"])
    def create_conference(self, request, queryset):
        for entry in queryset.select_related("week", "conference"):
            try:
                conference = services.entry_create_conference(entry=entry, user=request.user)
            except ValidationError as exc:
                self.message_user(request, " ".join(exc.messages), messages.ERROR)
                continue
            url = reverse("admin:events_conference_change", args=[conference.pk])
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Đã lập bản nháp hồ sơ hội nghị:"),
                    url,
                    conference.title[:120],
                ),
                messages.SUCCESS,
            )

    def has_record_permission(self, request):
        return request.user.has_perm("events.add_conference") and request.user.has_perm(
            "schedule.change_scheduleentry"
        )
