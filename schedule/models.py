"""The weekly working schedule (lịch công tác tuần) of the Standing Committee.

- ``ScheduleWeek``: one ISO week (Monday to Sunday), published as a whole by the office,
  usually on the Friday before. An unpublished week does not exist for the public.
- ``ScheduleEntry``: one item of the week — a day, a start time or a part of the day, what,
  where, who prepares it, the partner organisation, public or internal, and its status. After
  the week is published a change marks the entry "changed" with its time and bumps
  ``sequence`` (iCalendar SEQUENCE); a cancelled entry stays, struck through, so nobody goes
  to a cancelled meeting. ``uid`` is the calendar apps' stable identity of the entry.
- ``ScheduleLeader``: a person of the conference records (``events.Person``) concerned by an
  entry, with the part they take (chủ trì, dự, làm việc với, tiếp).

An entry that is a conference becomes a conference record (``schedule.services``); the entry
keeps the link (``conference``), so the record's page can say which entry it came from.
"""

from __future__ import annotations

import uuid
from datetime import datetime, time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import NFCModel
from events.models import Conference, Organization, Person
from schedule.weeks import BadWeek, IsoWeek

INTERNAL_PERMISSION = "schedule.view_internal_entry"
# Where morning ends and evening starts when an entry has a start time.
NOON = time(12, 0)
EVENING = time(18, 0)


def may_see_internal(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.has_perm(INTERNAL_PERMISSION))


class ScheduleWeekQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_at__isnull=False)


class ScheduleWeek(models.Model):
    """One ISO week of the schedule, published as a whole."""

    year = models.PositiveSmallIntegerField(
        _("năm"), help_text=_("Năm theo tuần ISO: tuần 1 là tuần có ngày Thứ Năm đầu tiên của năm.")
    )
    week = models.PositiveSmallIntegerField(_("tuần"), help_text=_("Số tuần ISO, từ 1 đến 53."))
    note = models.TextField(
        _("ghi chú của tuần"),
        blank=True,
        help_text=_("Hiện đầu trang lịch, ví dụ: lịch có thể thay đổi, liên hệ Văn phòng."),
    )
    published_at = models.DateTimeField(_("công bố lúc"), null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người công bố"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = ScheduleWeekQuerySet.as_manager()

    class Meta:
        verbose_name = _("lịch tuần")
        verbose_name_plural = _("lịch tuần")
        ordering = ("-year", "-week")
        permissions = [("publish_scheduleweek", _("Công bố lịch tuần"))]
        constraints = [
            models.UniqueConstraint(
                fields=["year", "week"],
                name="schedule_week_unique",
                violation_error_message=_("Tuần này đã có lịch."),
            ),
            models.CheckConstraint(
                condition=Q(week__gte=1, week__lte=53), name="schedule_week_number_valid"
            ),
        ]

    def __str__(self) -> str:
        try:
            return str(self.iso)
        except BadWeek:
            return f"{self.year}-W{self.week:02d}"

    def get_absolute_url(self) -> str:
        return f"{reverse('schedule:week')}?tuan={self.iso.code}"

    @property
    def iso(self) -> IsoWeek:
        return IsoWeek(self.year, self.week)

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def clean(self):
        if self.year and self.week:
            try:
                IsoWeek(self.year, self.week)
            except BadWeek as exc:
                raise ValidationError({"week": str(exc)}) from exc


class ScheduleEntryQuerySet(models.QuerySet):
    def published(self):
        """Public entries of published weeks: what anonymous readers and feeds may see."""
        return self.filter(
            week__published_at__isnull=False, visibility=ScheduleEntry.Visibility.PUBLIC
        )

    def visible_to(self, user):
        """Entries of published weeks; internal ones only for officials allowed to see them."""
        qs = self.filter(week__published_at__isnull=False)
        if may_see_internal(user):
            return qs
        return qs.filter(visibility=ScheduleEntry.Visibility.PUBLIC)

    def of_leader(self, person):
        return self.filter(leader_rows__person=person).distinct()

    def awaiting_record(self, *, today=None):
        """Conferences of the schedule that took place (before today) and have no record yet:
        the conference clerk's queue. Cancelled entries are left out."""
        today = today or timezone.localdate()
        return self.filter(is_conference=True, conference__isnull=True, date__lt=today).exclude(
            status=ScheduleEntry.Status.CANCELLED
        )

    def in_order(self):
        return self.order_by("date", "part_of_day", F("start_time").asc(nulls_first=True), "id")


class ScheduleEntry(NFCModel):
    """One item of the weekly schedule."""

    class PartOfDay(models.TextChoices):
        # Stored as 1-4 so that ordering by it gives the order of the day.
        ALL_DAY = "1", _("Cả ngày")
        MORNING = "2", _("Sáng")
        AFTERNOON = "3", _("Chiều")
        EVENING = "4", _("Tối")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Công khai")
        INTERNAL = "internal", _("Nội bộ")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Theo kế hoạch")
        CHANGED = "changed", _("Có thay đổi")
        CANCELLED = "cancelled", _("Hoãn, hủy")

    week = models.ForeignKey(
        ScheduleWeek, verbose_name=_("lịch tuần"), on_delete=models.CASCADE, related_name="entries"
    )
    date = models.DateField(
        _("ngày"), help_text=_("Ví dụ 09/06/2023; một ngày trong tuần của lịch.")
    )
    part_of_day = models.CharField(
        _("buổi"),
        max_length=1,
        choices=PartOfDay.choices,
        default=PartOfDay.MORNING,
        help_text=_("Khi có giờ bắt đầu, buổi được tính theo giờ (trước 12:00 là sáng)."),
    )
    start_time = models.TimeField(
        _("giờ bắt đầu"), null=True, blank=True, help_text=_("HH:mm; để trống khi chỉ biết buổi.")
    )
    end_time = models.TimeField(_("giờ kết thúc"), null=True, blank=True)
    content = models.TextField(
        _("nội dung"), help_text=_("Ví dụ: Dự Hội nghị giao ban công tác Mặt trận quý IV.")
    )
    venue = models.CharField(_("địa điểm"), max_length=300, blank=True)
    preparing_unit = models.CharField(
        _("đơn vị chuẩn bị"),
        max_length=300,
        blank=True,
        help_text=_("Ví dụ: Văn phòng, Ban Phong trào."),
    )
    partner = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan phối hợp"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="schedule_entries",
        help_text=_("Cơ quan, tổ chức làm việc cùng, nếu có."),
    )
    people = models.ManyToManyField(
        Person,
        through="ScheduleLeader",
        verbose_name=_("lãnh đạo"),
        related_name="schedule_entries",
        blank=True,
    )
    visibility = models.CharField(
        _("phạm vi"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Mục nội bộ chỉ cán bộ đã đăng nhập mới xem được."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    change_note = models.CharField(
        _("nội dung thay đổi"),
        max_length=300,
        blank=True,
        help_text=_("Hiện cạnh mục đã đổi hoặc hủy, ví dụ: Chuyển sang 14:00 cùng ngày."),
    )
    changed_at = models.DateTimeField(_("thay đổi lúc"), null=True, blank=True, editable=False)
    sequence = models.PositiveIntegerField(
        _("lần sửa"), default=0, editable=False, help_text=_("SEQUENCE trong lịch iCalendar.")
    )
    recurring = models.BooleanField(
        _("định kỳ hằng tuần"),
        default=False,
        help_text=_("Mục lặp lại mỗi tuần (giao ban, tiếp công dân): được chép sang tuần sau."),
    )
    is_conference = models.BooleanField(
        _("là hội nghị"),
        default=False,
        help_text=_("Sau khi diễn ra cần lập hồ sơ hội nghị (Thư ký hội nghị theo dõi)."),
    )
    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hồ sơ hội nghị"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="schedule_entries",
        help_text=_("Hồ sơ lập từ mục lịch này."),
    )
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = ScheduleEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("mục lịch")
        verbose_name_plural = _("mục lịch")
        ordering = ("date", "part_of_day", "start_time", "id")
        permissions = [("view_internal_entry", _("Xem mục lịch nội bộ"))]
        indexes = [models.Index(fields=["week", "date"], name="schedule_entry_week_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__isnull=True)
                | Q(start_time__isnull=True)
                | Q(end_time__gte=F("start_time")),
                name="schedule_entry_end_after_start",
                violation_error_message=_("Giờ kết thúc phải sau giờ bắt đầu."),
            ),
            models.CheckConstraint(
                condition=Q(part_of_day__in=["1", "2", "3", "4"]),
                name="schedule_entry_part_of_day_valid",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="schedule_entry_visibility_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["planned", "changed", "cancelled"]),
                name="schedule_entry_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.when_label} – {self.content[:80]}"

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        self.content = self.content.strip()
        if self.start_time is not None:
            self.part_of_day = part_of_day_at(self.start_time)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "start_time" in update_fields:
            kwargs["update_fields"] = {*update_fields, "part_of_day"}
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Nhập giờ bắt đầu trước khi nhập giờ kết thúc.")
        if self.week_id and self.date:
            week = self.week
            try:
                in_week = IsoWeek.of(self.date) == week.iso
            except BadWeek:
                in_week = False
            if not in_week:
                errors["date"] = _("Ngày %(date)s không thuộc %(week)s.") % {
                    "date": self.date.strftime("%d/%m/%Y"),
                    "week": week,
                }
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return f"{reverse('schedule:week')}?tuan={IsoWeek.of(self.date).code}#muc-{self.pk}"

    @property
    def is_cancelled(self) -> bool:
        return self.status == self.Status.CANCELLED

    @property
    def is_changed(self) -> bool:
        return self.status == self.Status.CHANGED

    @property
    def is_internal(self) -> bool:
        return self.visibility == self.Visibility.INTERNAL

    def leader_groups(self) -> list[tuple[str, list]]:
        """(role label, [people]) in the order of ``ScheduleLeader.Role``, from the rows
        already loaded (``leader_rows`` prefetched by the pages)."""
        groups: dict[str, list] = {}
        for row in self.leader_rows.all():
            groups.setdefault(row.role, []).append(row.person)
        labels = dict(ScheduleLeader.Role.choices)
        return [
            (labels[role], groups[role]) for role in ScheduleLeader.Role.values if role in groups
        ]

    @property
    def when_label(self) -> str:
        """What the schedule prints before the content: "08:00–11:30", "Sáng", "Cả ngày"."""
        if self.start_time is None:
            return str(self.get_part_of_day_display())
        text = self.start_time.strftime("%H:%M")
        if self.end_time:
            text += "–" + self.end_time.strftime("%H:%M")
        return text

    @property
    def column(self) -> str:
        """The grid column: "morning", "afternoon" (afternoon and evening) or "all-day"."""
        return {
            self.PartOfDay.ALL_DAY: "all-day",
            self.PartOfDay.MORNING: "morning",
        }.get(self.part_of_day, "afternoon")

    def starts(self) -> datetime:
        """Local start for a calendar: the time given, else 08:00 / 13:30 / 18:00 by part."""
        default = {
            self.PartOfDay.ALL_DAY: time(8, 0),
            self.PartOfDay.MORNING: time(8, 0),
            self.PartOfDay.AFTERNOON: time(13, 30),
            self.PartOfDay.EVENING: time(18, 0),
        }
        clock = self.start_time or default.get(self.part_of_day, time(8, 0))
        return timezone.make_aware(datetime.combine(self.date, clock))


def part_of_day_at(clock: time) -> str:
    if clock < NOON:
        return ScheduleEntry.PartOfDay.MORNING
    if clock < EVENING:
        return ScheduleEntry.PartOfDay.AFTERNOON
    return ScheduleEntry.PartOfDay.EVENING


class ScheduleLeader(models.Model):
    """A leader concerned by an entry, and the part they take in it."""

    class Role(models.TextChoices):
        PRESIDING = "presiding", _("Chủ trì")
        ATTENDING = "attending", _("Dự")
        WORKING_WITH = "working_with", _("Làm việc với")
        RECEIVING = "receiving", _("Tiếp")

    entry = models.ForeignKey(
        ScheduleEntry,
        verbose_name=_("mục lịch"),
        on_delete=models.CASCADE,
        related_name="leader_rows",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("người"), on_delete=models.PROTECT, related_name="schedule_rows"
    )
    role = models.CharField(
        _("vai trò"), max_length=20, choices=Role.choices, default=Role.PRESIDING
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo")
        ordering = ("entry", "order", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "person"],
                name="schedule_leader_one_per_person",
                violation_error_message=_("Người này đã có trong mục lịch."),
            ),
            models.CheckConstraint(
                condition=Q(role__in=["presiding", "attending", "working_with", "receiving"]),
                name="schedule_leader_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.person}"
