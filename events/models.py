"""Conference records: who met, when, in which position, what was signed and what was said.

Shaped by the sample article (docs/domain.md#the-sample-article): one conference may combine several kinds
(a signing and a social-criticism session); each attendee's position is recorded on the
participation, as printed at that time, because positions change and the record must not.
People and organisations that history refers to cannot be deleted (PROTECT).
"""

from __future__ import annotations

import contextlib
import uuid
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import Storage
from django.db import models
from django.db.models import F, Func, Q
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from core.images import RENDITION_WIDTHS, RenditionsMixin
from core.models import NFCModel
from core.storage import PrivateStorage
from core.text import fold, name_sort_key

VI_COLLATION = "vi-x-icu"


# --- Ordering people by given name -----------------------------------------------------------


@deconstructible(path="events.models.GivenNameOrder")
class GivenNameOrder(Func):
    """Order people by given name, then family and middle names.

    On PostgreSQL: ``sort_key COLLATE "vi-x-icu"`` (Vietnamese alphabetical order: a ă â …
    d đ …). Elsewhere (SQLite): the folded sort key, which gives the same order on ordinary
    data (it only differs between letters that fold together, such as "Dũng" and "Đức").
    Usable in ``Meta.ordering`` and across relations (``order_by("person")``).
    """

    def __init__(self, sort_key="sort_key", sort_key_folded="sort_key_folded", **extra):
        super().__init__(F(sort_key), F(sort_key_folded), output_field=models.CharField(), **extra)

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[1])

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f'{sql} COLLATE "{VI_COLLATION}"', params


# --- Organisations and people ----------------------------------------------------------------


class Organization(NFCModel):
    """An agency, council, association or committee (Ủy ban MTTQ, HĐND, Hội Chữ thập đỏ, …)."""

    name = models.CharField(
        _("tên tổ chức"),
        max_length=300,
        help_text=_("Tên đầy đủ, ví dụ: Hội Chữ thập đỏ quận Cầu Giấy."),
    )
    short_name = models.CharField(
        _("tên gọi tắt"),
        max_length=100,
        blank=True,
        help_text=_("Ví dụ: MTTQ quận, HĐND quận."),
    )
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ tên nếu để trống."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("trực thuộc"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        help_text=_("Tổ chức cấp trên, nếu có."),
    )
    name_folded = models.CharField(max_length=400, editable=False, default="", db_index=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        verbose_name = _("tổ chức")
        verbose_name_plural = _("tổ chức")
        ordering = ("name", "id")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        self.name_folded = fold(f"{self.name} {self.short_name}")
        self.fill_slug(self.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("events:organization_detail", kwargs={"slug": self.slug})


class PersonQuerySet(models.QuerySet):
    def by_given_name(self):
        """People ordered by given name with Vietnamese collation where the database has it."""
        return self.order_by(GivenNameOrder(), "id")

    def matching_name(self, full_name: str):
        """People whose name equals ``full_name`` ignoring accents, case and spacing."""
        return self.filter(name_folded=fold(full_name))


class Person(NFCModel):
    """A person as named in conference records. Positions live on each participation."""

    full_name = models.CharField(
        _("họ và tên"),
        max_length=200,
        help_text=_("Họ, đệm, tên — ví dụ: Nguyễn Thị Thanh. Không ghi chức vụ ở đây."),
    )
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ họ tên nếu để trống."),
    )
    notes = models.TextField(
        _("ghi chú"),
        blank=True,
        help_text=_("Ghi chú nội bộ, ví dụ để phân biệt hai người trùng tên."),
    )
    sort_key = models.CharField(max_length=200, editable=False, default="")
    sort_key_folded = models.CharField(max_length=200, editable=False, default="")
    name_folded = models.CharField(max_length=200, editable=False, default="", db_index=True)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("đại biểu")
        verbose_name_plural = _("đại biểu")
        ordering = (GivenNameOrder(), "id")
        indexes = [models.Index(fields=["sort_key_folded", "id"], name="events_person_sort_idx")]

    def __str__(self) -> str:
        return self.full_name

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        self.full_name = " ".join(self.full_name.split())
        self.sort_key = name_sort_key(self.full_name)
        self.sort_key_folded = fold(self.sort_key)
        self.name_folded = fold(self.full_name)
        self.fill_slug(self.full_name)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("events:person_detail", kwargs={"slug": self.slug})


# --- Conferences -----------------------------------------------------------------------------


class ConferenceKind(NFCModel):
    """A kind of conference. One conference can combine several (signing + criticism)."""

    class Code(models.TextChoices):
        SIGNING = "ky-ket", _("Ký kết chương trình phối hợp")
        CRITICISM = "phan-bien", _("Phản biện xã hội")
        MEETING = "hoi-nghi", _("Hội nghị, cuộc họp")
        SUPERVISION = "giam-sat", _("Giám sát")
        VOTERS = "tiep-xuc-cu-tri", _("Tiếp xúc cử tri")
        OTHER = "khac", _("Khác")

    code = models.SlugField(
        _("mã"),
        max_length=50,
        unique=True,
        help_text=_("Dùng trong đường dẫn lọc, ví dụ ?kind=phan-bien. Không đổi sau khi tạo."),
    )
    name = models.CharField(_("tên loại"), max_length=200)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("loại hội nghị")
        verbose_name_plural = _("loại hội nghị")
        ordering = ("order", "name")

    def __str__(self) -> str:
        return self.name


class ConferenceQuerySet(models.QuerySet):
    def published(self):
        """Published and public: what anonymous visitors may see."""
        return self.filter(
            status=Conference.Status.PUBLISHED, visibility=Conference.Visibility.PUBLIC
        )

    def visible_to(self, user):
        """Published conferences; internal ones only for users allowed to see them."""
        qs = self.filter(status=Conference.Status.PUBLISHED)
        if (
            user is not None
            and user.is_authenticated
            and user.has_perm("events.view_internal_conference")
        ):
            return qs
        return qs.filter(visibility=Conference.Visibility.PUBLIC)

    def of_kind(self, code: str):
        return self.filter(kinds__code=code)

    def in_year(self, year: int):
        return self.filter(starts_at__year=year)


class Conference(NFCModel):
    """A conference (hội nghị) as it happened, recorded after the fact."""

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Công khai")
        INTERNAL = "internal", _("Nội bộ")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Bản nháp")
        PUBLISHED = "published", _("Đã công bố")

    title = models.CharField(
        _("tên hội nghị"),
        max_length=500,
        help_text=_("Ví dụ: Hội nghị ký kết chương trình phối hợp và phản biện xã hội…"),
    )
    slug = models.SlugField(
        _("đường dẫn"),
        max_length=200,
        unique=True,
        blank=True,
        help_text=_("Tự tạo từ tên nếu để trống."),
    )
    starts_at = models.DateTimeField(
        _("bắt đầu"),
        help_text=_("Ngày giờ diễn ra (ví dụ 09/06/2023 08:00), không phải ngày đăng bài."),
    )
    time_known = models.BooleanField(
        _("đã rõ giờ"),
        default=True,
        help_text=_(
            "Bỏ chọn khi nguồn chỉ ghi ngày hoặc buổi (ví dụ “Sáng ngày 09/6/2023”): giờ đã "
            "nhập chỉ dùng để sắp xếp, không hiển thị, và lịch xuất ra là sự kiện cả ngày."
        ),
    )
    ends_at = models.DateTimeField(
        _("kết thúc"), null=True, blank=True, help_text=_("Để trống nếu không rõ.")
    )
    venue = models.CharField(_("địa điểm"), max_length=300, blank=True)
    organizer = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan tổ chức"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organized_conferences",
    )
    kinds = models.ManyToManyField(
        ConferenceKind,
        verbose_name=_("loại hội nghị"),
        related_name="conferences",
        blank=True,
        help_text=_("Chọn tất cả nội dung của hội nghị, ví dụ vừa ký kết vừa phản biện."),
    )
    summary = models.TextField(_("tóm tắt"), blank=True)
    conclusion = models.TextField(
        _("kết luận"), blank=True, help_text=_("Nội dung kết luận hội nghị.")
    )
    attendee_count = models.PositiveIntegerField(
        _("tổng số đại biểu"),
        null=True,
        blank=True,
        help_text=_("Nếu có; tính cả đại biểu không có tên trong danh sách. Chỉ ghi số, ví dụ 50."),
    )
    speaker_count = models.PositiveIntegerField(
        _("số người phát biểu"), null=True, blank=True, help_text=_("Nếu có. Chỉ ghi số.")
    )
    visibility = models.CharField(
        _("phạm vi"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Hội nghị nội bộ chỉ cán bộ có quyền mới xem được."),
    )
    status = models.CharField(
        _("trạng thái"),
        max_length=20,
        choices=Status.choices,
        default=Status.DRAFT,
        help_text=_("Chỉ hồ sơ đã công bố mới hiện trên cổng thông tin."),
    )
    articles = models.ManyToManyField(
        "news.Article",
        verbose_name=_("bài viết liên quan"),
        related_name="conferences",
        blank=True,
        help_text=_("Các bài viết về hội nghị này."),
    )
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
    search_text = models.TextField(editable=False, default="")

    objects = ConferenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("hội nghị")
        verbose_name_plural = _("hội nghị")
        ordering = ("-starts_at", "-id")
        permissions = [("view_internal_conference", _("Xem hội nghị nội bộ"))]
        indexes = [
            models.Index(fields=["-starts_at", "-id"], name="events_conf_start_idx"),
            models.Index(
                fields=["status", "visibility", "-starts_at"], name="events_conf_public_idx"
            ),
            # Counting a person's visible conferences: index-only instead of a heap scan
            # (docs/performance.md: 35.5 ms -> 3.0 ms at 10,000 conferences).
            models.Index(fields=["status", "visibility", "id"], name="events_conf_visible_id_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gte=F("starts_at")),
                name="events_conference_end_after_start",
                violation_error_message=_("Thời gian kết thúc phải sau thời gian bắt đầu."),
            ),
            models.CheckConstraint(
                condition=Q(attendee_count__isnull=True) | Q(attendee_count__gte=0),
                name="events_conference_attendee_count_gte_0",
                violation_error_message=_("Số đại biểu không được âm."),
            ),
            models.CheckConstraint(
                condition=Q(speaker_count__isnull=True) | Q(speaker_count__gte=0),
                name="events_conference_speaker_count_gte_0",
                violation_error_message=_("Số người phát biểu không được âm."),
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=["public", "internal"]),
                name="events_conference_visibility_valid",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published"]),
                name="events_conference_status_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.normalize_text_fields()
        when = f" {self.starts_at:%d-%m-%Y}" if self.starts_at else ""
        self.fill_slug(f"{self.title[:150]}{when}")
        self.search_text = self.build_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = {*update_fields, "search_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("events:conference_detail", kwargs={"slug": self.slug})

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED and self.visibility == self.Visibility.PUBLIC

    def build_search_text(self) -> str:
        """Folded text of everything a keyword search should find for this conference.

        Own fields always; participants' names and positions, opinions, programmes and
        drafts once the conference exists (services and the admin call
        ``events.services.conference_refresh_search_text`` after changing those).
        """
        parts = [self.title, self.venue, self.summary, self.conclusion]
        if self.pk:
            for name, position, normalized in self.participations.values_list(
                "person__full_name", "position", "position_normalized"
            ):
                parts += [name, position, normalized]
            for subject in self.criticism_subjects.all():
                parts += [subject.document_title, subject.opinion_summary]
                for opinion in subject.opinions.all():
                    parts += [opinion.speaker_name, opinion.content]
                for response in subject.responses.all():
                    parts += [response.responder_name, response.text]
            for programme in self.programmes.all():
                parts.append(programme.title)
        return fold(" ".join(p for p in parts if p))


class ParticipationQuerySet(models.QuerySet):
    def with_role(self, role: str):
        """Participations in which the person took ``role`` (among others, perhaps)."""
        return self.filter(roles__role=role).distinct()


class Participation(NFCModel):
    """One person at one conference: the position and organisation they had then, and every
    part they took in it (``roles``: presiding, presenting, …, attending).

    One row per person per conference (a person who attended and then responded is one
    entry with two roles, not two entries with two positions). ``position`` keeps the text as
    written; ``position_normalized`` is the same post in one consistent wording
    (``events.positions``), which pages show and a person's history groups by.
    """

    class Role(models.TextChoices):
        PRESIDING = "presiding", _("Chủ trì")
        PRESENTING = "presenting", _("Trình bày")
        OPENING = "opening", _("Phát biểu khai mạc")
        SPEAKING = "speaking", _("Phát biểu")
        RESPONDING = "responding", _("Tiếp thu, giải trình")
        CONCLUDING = "concluding", _("Kết luận")
        WITNESSING = "witnessing", _("Chứng kiến")
        ATTENDING = "attending", _("Dự hội nghị")

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hội nghị"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    person = models.ForeignKey(
        Person,
        verbose_name=_("đại biểu"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    position = models.CharField(
        _("chức vụ lúc đó"),
        max_length=300,
        blank=True,
        help_text=_(
            "Ghi như nguồn ghi, ví dụ: UVTV Quận ủy, Phó Chủ tịch UBND quận. Chữ viết tắt "
            "được viết đầy đủ ở mục “Chức vụ (viết đầy đủ)” khi lưu; nội dung ghi ở đây giữ "
            "nguyên."
        ),
    )
    position_normalized = models.CharField(
        _("chức vụ (viết đầy đủ)"),
        max_length=500,
        blank=True,
        editable=False,
        default="",
        help_text=_("Tự tạo từ chức vụ: viết đầy đủ chữ viết tắt, thống nhất cách viết."),
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan lúc đó"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    note = models.TextField(
        _("ghi chú"),
        blank=True,
        help_text=_("Ví dụ: cách ghi chức vụ khác của cùng người trong nguồn, để đối chiếu."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        verbose_name = _("người tham dự")
        verbose_name_plural = _("người tham dự")
        ordering = ("conference", "order", "id")
        indexes = [
            models.Index(fields=["person", "conference"], name="events_part_person_idx"),
            # Thống kê's organisations that took part most (stats.figures): the period's
            # conferences' participations counted by organisation from the index alone.
            models.Index(fields=["conference", "organization"], name="events_part_conf_org_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["conference", "person"],
                name="events_participation_one_per_person",
                violation_error_message=_(
                    "Người này đã có trong danh sách hội nghị; thêm vai trò vào dòng đã có."
                ),
            ),
        ]

    def __str__(self) -> str:
        roles = ", ".join(str(label) for label in self.role_labels)
        label = f"{self.person} ({roles})" if roles else str(self.person)
        return f"{label} — {self.position_display}" if self.position_display else label

    def save(self, *args, **kwargs):
        from events.positions import normalize_position

        self.normalize_text_fields()
        self.position_normalized = normalize_position(self.position)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "position" in update_fields:
            kwargs["update_fields"] = {*update_fields, "position_normalized"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.conference.get_absolute_url()

    @property
    def position_display(self) -> str:
        """What pages show: the normalised wording (the text as written when none)."""
        return self.position_normalized or self.position

    @property
    def position_differs(self) -> bool:
        """True when the source wrote the position otherwise than it is shown."""
        return bool(self.position) and self.position != self.position_display

    @property
    def role_codes(self) -> list[str]:
        """The roles taken, in the order of ``Role`` (presiding first, attending last)."""
        order = {value: index for index, value in enumerate(self.Role.values)}
        codes = {r.role for r in self.roles.all()} if self.pk else set()
        return sorted(codes, key=lambda code: order.get(code, len(order)))

    @property
    def role_labels(self) -> list[str]:
        labels = dict(self.Role.choices)
        return [labels.get(code, code) for code in self.role_codes]

    @property
    def main_role(self) -> str:
        """The first role in ``Role`` order: the one the conference page lists the person under."""
        codes = self.role_codes
        return codes[0] if codes else self.Role.ATTENDING


class ParticipationRole(models.Model):
    """One part a person took in a conference (a participation has one or more)."""

    participation = models.ForeignKey(
        Participation,
        verbose_name=_("người tham dự"),
        on_delete=models.CASCADE,
        related_name="roles",
    )
    role = models.CharField(_("vai trò"), max_length=20, choices=Participation.Role.choices)

    class Meta:
        verbose_name = _("vai trò")
        verbose_name_plural = _("vai trò")
        ordering = ("participation", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["participation", "role"],
                name="events_participation_role_unique",
                violation_error_message=_("Người này đã có vai trò đó trong hội nghị."),
            ),
            models.CheckConstraint(
                condition=Q(
                    role__in=[
                        "presiding",
                        "presenting",
                        "opening",
                        "speaking",
                        "responding",
                        "concluding",
                        "witnessing",
                        "attending",
                    ]
                ),
                name="events_participationrole_role_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.get_role_display()


class ConferencePhotoQuerySet(models.QuerySet):
    def with_file(self):
        """Photos that have a picture (not captions still waiting for one)."""
        return self.exclude(image="")


def photo_upload_to(instance, filename: str) -> str:
    """Unguessable names: a photo of an internal conference must not be found by trying URLs.

    Under ``events/photos-internal/`` (the private storage, ``events.photos``) when the
    conference is internal, under ``events/photos/`` (the media storage) otherwise.
    """
    from events.photos import PRIVATE_PREFIX, PUBLIC_PREFIX

    extension = PurePosixPath(filename).suffix.lower()[:10]
    conference = getattr(instance, "conference", None) if instance.conference_id else None
    internal = conference is not None and conference.visibility == Conference.Visibility.INTERNAL
    prefix = PRIVATE_PREFIX if internal else PUBLIC_PREFIX
    return f"{prefix}{timezone.now():%Y/%m}/{uuid.uuid4().hex}{extension}"


def document_storage() -> Storage:
    return PrivateStorage("documents")


def photo_storage() -> Storage:
    from events.photos import get_photo_storage

    return get_photo_storage()


class ConferencePhoto(RenditionsMixin, NFCModel):
    """A photo of the conference. Its file goes through the image pipeline and lives in the
    private storage while the conference is internal (``events.photos``).

    A photo without a file is a caption waiting for its picture (the draft from an article
    saves the article's caption lines so); pages show only photos that have a file
    (``ConferencePhotoQuerySet.with_file``)."""

    conference = models.ForeignKey(
        Conference, verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="photos"
    )
    image = models.ImageField(
        _("ảnh"),
        upload_to=photo_upload_to,
        storage=photo_storage,
        max_length=200,
        blank=True,
        help_text=_(
            "JPEG, PNG hoặc WebP, tối đa 10 MB và 40 triệu điểm ảnh. Ảnh được xoay đúng chiều và "
            "bỏ thông tin vị trí (GPS), máy chụp khi lưu."
        ),
    )
    alt_text = models.CharField(
        _("mô tả ảnh cho người khiếm thị"),
        max_length=300,
        blank=True,
        help_text=_(
            "Tả ngắn những gì thấy trong ảnh (văn bản thay thế), khác với chú thích; để trống "
            "nếu chú thích đã tả đủ."
        ),
    )
    caption = models.CharField(
        _("chú thích"),
        max_length=500,
        help_text=_("Hiện dưới ảnh, ví dụ: Toàn cảnh hội nghị."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    width = models.PositiveIntegerField(_("chiều rộng"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("chiều cao"), null=True, blank=True, editable=False)
    renditions = models.JSONField(
        _("các cỡ ảnh"),
        default=list,
        blank=True,
        editable=False,
        help_text=_("Tạo một lần khi lưu ảnh: danh sách {width, height, webp, jpeg} cho srcset."),
    )
    processed_name = models.CharField(
        max_length=200,
        blank=True,
        default="",
        editable=False,
        help_text=_("Tệp ảnh đã qua bước kiểm tra và mã hóa lại (trống: chưa qua)."),
    )

    rendition_image_field = "image"
    renditions_field = "renditions"
    rendition_widths = RENDITION_WIDTHS

    objects = ConferencePhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("ảnh hội nghị")
        verbose_name_plural = _("ảnh hội nghị")
        ordering = ("conference", "order", "id")

    def __str__(self) -> str:
        return self.caption

    def get_absolute_url(self) -> str:
        return self.conference.get_absolute_url()

    def clean(self):
        alt = " ".join((self.alt_text or "").split())
        if alt and alt.casefold() == " ".join((self.caption or "").split()).casefold():
            raise ValidationError(
                {
                    "alt_text": _(
                        "Mô tả ảnh đang trùng chú thích: người dùng trình đọc màn hình sẽ nghe "
                        "hai lần. Vui lòng tả nội dung ảnh, hoặc để trống."
                    )
                }
            )

    def save(self, *args, **kwargs):
        """Checks and re-encodes a new file before the row is written (``ValidationError``,
        nothing stored, when the file is refused), then puts the file in the storage the
        conference's visibility asks for and makes the renditions."""
        from core.images import clean_uploaded_image
        from events.photos import photo_place, photo_process

        self.normalize_text_fields()
        image = self.image
        replaced = ""
        if image and not image._committed:
            # A file handed to create()/save(): checked and re-encoded before it is stored.
            if getattr(image.file, "portal_cleaned", False):
                with contextlib.suppress(OSError, ValueError, TypeError):
                    self.width, self.height = image.width, image.height
            else:
                cleaned = clean_uploaded_image(image.file)
                self.image = cleaned.content
                self.width, self.height = cleaned.width, cleaned.height
            self._cleaned_upload = True
        elif image and image.name != self.processed_name and kwargs.get("update_fields") is None:
            # A file already in storage (image="…" or image.save(..., save=False)).
            replaced = photo_process(self)
        super().save(*args, **kwargs)
        if getattr(self, "_cleaned_upload", False):
            self._cleaned_upload = False
            self.processed_name = self.image.name
            type(self)._base_manager.filter(pk=self.pk).update(processed_name=self.image.name)
        if replaced:
            with contextlib.suppress(OSError):
                self.image.storage.delete(replaced)
        if self.image and self.image.name == self.processed_name:
            photo_place(self)
            self._refresh_renditions()

    def _refresh_renditions(self) -> None:
        """The mixin's, and the renditions of a file that was replaced are deleted."""
        name = self.image.name if self.image else ""
        stale = [
            r[fmt]
            for r in self.renditions or []
            for fmt in ("webp", "jpeg")
            if r.get(fmt) and r.get("source") != name
        ]
        super()._refresh_renditions()
        for old in stale:
            with contextlib.suppress(OSError):
                self.image.storage.delete(old)

    # --- what pages link to --------------------------------------------------------------

    @property
    def served_privately(self) -> bool:
        """Streamed by the view after the visibility check (never from MEDIA_URL)."""
        from events.photos import is_private_name

        name = self.image.name if self.image else ""
        return is_private_name(name) or (
            self.conference.visibility == Conference.Visibility.INTERNAL
        )

    def _view_url(self, width: int | None = None, fmt: str = "") -> str:
        kwargs = {"slug": self.conference.slug, "pk": self.pk}
        if width:
            return reverse(
                "events:conference_photo_rendition",
                kwargs={**kwargs, "width": width, "ext": "webp" if fmt == "webp" else "jpg"},
            )
        return reverse("events:conference_photo", kwargs=kwargs)

    @property
    def url(self) -> str:
        """The full-size photo."""
        if not self.image:
            return ""
        return self._view_url() if self.served_privately else self.image.url

    def rendition_srcset(self, fmt: str = "webp") -> str:
        if not self.served_privately:
            return super().rendition_srcset(fmt)
        return ", ".join(
            f"{self._view_url(r['width'], fmt)} {r['width']}w" for r in self._renditions(fmt)
        )

    def rendition_url(self, width: int, fmt: str = "jpeg") -> str:
        renditions = self._renditions(fmt)
        if not self.served_privately or not renditions:
            return super().rendition_url(width, fmt) if not self.served_privately else self.url
        best = min(renditions, key=lambda r: abs(r["width"] - width))
        return self._view_url(best["width"], fmt)

    @property
    def jpeg_srcset(self) -> str:
        return self.rendition_srcset("jpeg")

    @property
    def display_url(self) -> str:
        """What the page shows before srcset picks: the 800 px JPEG (the original if none)."""
        return self.rendition_url(800, "jpeg")

    def rendition_name(self, width: int, fmt: str) -> str | None:
        """Storage name of the rendition ``width`` in ``fmt`` ("webp" or "jpeg"), if made."""
        for rendition in self._renditions(fmt):
            if rendition["width"] == width:
                return rendition[fmt]
        return None


# --- Documents: PDF, DOCX, XLSX only, checked by content ---------------------------------------

DOCUMENT_TYPES = {
    # extension: (content type, description)
    "pdf": ("application/pdf", "PDF"),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word (DOCX)",
    ),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
}
DOCUMENT_MAX_BYTES = 20 * 1024 * 1024


def detect_document_type(file) -> str | None:
    """Return "pdf", "docx" or "xlsx" from the file's content, or None if it is none of them."""
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(file) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        finally:
            file.seek(0)
        if "[Content_Types].xml" not in names:
            return None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
    return None


@deconstructible(path="events.models.DocumentValidator")
class DocumentValidator:
    """PDF, DOCX or XLSX by content signature (not just the name), at most ``max_bytes``."""

    def __init__(self, max_bytes: int | None = None):
        self.max_bytes = max_bytes

    def __call__(self, file) -> None:
        limit = self.max_bytes or settings.EVENTS_DOCUMENT_MAX_BYTES
        if file.size > limit:
            raise ValidationError(
                _("Tệp quá lớn (%(size)s). Giới hạn là %(limit)s."),
                code="file_too_large",
                params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            )
        extension = file.name.rsplit(".", 1)[-1].lower() if "." in file.name else ""
        if extension not in DOCUMENT_TYPES:
            raise ValidationError(_("Chỉ nhận tệp PDF, DOCX hoặc XLSX."), code="file_extension")
        detected = detect_document_type(file)
        if detected != extension:
            raise ValidationError(
                _(
                    "Nội dung tệp không phải %(expected)s như tên tệp cho biết. "
                    "Chỉ nhận tệp PDF, DOCX hoặc XLSX thật."
                ),
                code="file_content",
                params={"expected": DOCUMENT_TYPES[extension][1]},
            )

    def __eq__(self, other) -> bool:
        return isinstance(other, DocumentValidator) and self.max_bytes == other.max_bytes


validate_document = DocumentValidator()


class ConferenceDocument(NFCModel):
    """An attached document (programme text, report, resolution draft), served as a download."""

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hội nghị"),
        on_delete=models.CASCADE,
        related_name="documents",
    )
    title = models.CharField(_("tên tài liệu"), max_length=300)
    file = models.FileField(
        _("tệp"),
        upload_to="events/documents/%Y/%m/",
        storage=document_storage,
        validators=[validate_document],
        help_text=_("PDF, DOCX hoặc XLSX, tối đa 20 MB."),
    )
    content_type = models.CharField(max_length=120, editable=False, default="")
    size = models.PositiveBigIntegerField(editable=False, default=0)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("tài liệu hội nghị")
        verbose_name_plural = _("tài liệu hội nghị")
        ordering = ("conference", "order", "id")

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if self.file:
            extension = self.file.name.rsplit(".", 1)[-1].lower()
            self.content_type = DOCUMENT_TYPES.get(extension, ("application/octet-stream",))[0]
            with contextlib.suppress(OSError, ValueError):
                self.size = self.file.size
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.conference.get_absolute_url()

    @property
    def extension(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].lower() if self.file else ""

    @property
    def download_name(self) -> str:
        """File name offered to the browser: the title as a slug plus the real extension."""
        from core.text import vi_slugify

        return f"{vi_slugify(self.title, max_length=80) or 'tai-lieu'}.{self.extension}"


# --- Coordination programme (signing) --------------------------------------------------------


class CoordinationProgramme(NFCModel):
    """A coordination programme signed at a conference (chương trình phối hợp)."""

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hội nghị"),
        on_delete=models.CASCADE,
        related_name="programmes",
    )
    title = models.CharField(_("tên chương trình"), max_length=500)
    period_start_year = models.PositiveSmallIntegerField(
        _("giai đoạn từ năm"), null=True, blank=True
    )
    period_end_year = models.PositiveSmallIntegerField(
        _("đến năm"), null=True, blank=True, help_text=_("Ví dụ giai đoạn 2023–2027.")
    )
    signed_on = models.DateField(_("ngày ký"), null=True, blank=True)
    declared_point_count = models.PositiveSmallIntegerField(
        _("số nội dung công bố"),
        null=True,
        blank=True,
        help_text=_('Số nội dung như bài viết nêu ("05 nội dung cơ bản"), khi biết.'),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("chương trình phối hợp")
        verbose_name_plural = _("chương trình phối hợp")
        ordering = ("conference", "order", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(period_start_year__isnull=True)
                | Q(period_end_year__isnull=True)
                | Q(period_end_year__gte=F("period_start_year")),
                name="events_programme_period_ordered",
                violation_error_message=_("Năm kết thúc giai đoạn phải từ năm bắt đầu trở đi."),
            ),
            models.CheckConstraint(
                condition=Q(period_start_year__isnull=True)
                | Q(period_start_year__gte=1930, period_start_year__lte=2200),
                name="events_programme_start_year_range",
                violation_error_message=_("Năm bắt đầu không hợp lệ."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.conference.get_absolute_url()

    @property
    def period_display(self) -> str:
        if self.period_start_year and self.period_end_year:
            return f"{self.period_start_year}–{self.period_end_year}"
        return str(self.period_start_year or self.period_end_year or "")


class ProgrammeParty(NFCModel):
    """An organisation party to a programme, and who signed for it."""

    programme = models.ForeignKey(
        CoordinationProgramme,
        verbose_name=_("chương trình"),
        on_delete=models.CASCADE,
        related_name="parties",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("tổ chức"),
        on_delete=models.PROTECT,
        related_name="programme_parties",
    )
    signatory = models.ForeignKey(
        Person,
        verbose_name=_("người ký"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="signed_programmes",
    )
    signatory_position = models.CharField(_("chức vụ người ký"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("bên ký kết")
        verbose_name_plural = _("các bên ký kết")
        ordering = ("programme", "order", "id")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "organization"],
                name="events_programme_party_unique",
                violation_error_message=_("Tổ chức này đã có trong danh sách các bên."),
            )
        ]

    def __str__(self) -> str:
        return str(self.organization)


class ProgrammePoint(NFCModel):
    """A numbered content point of a programme."""

    programme = models.ForeignKey(
        CoordinationProgramme,
        verbose_name=_("chương trình"),
        on_delete=models.CASCADE,
        related_name="points",
    )
    number = models.PositiveSmallIntegerField(_("số thứ tự"))
    text = models.TextField(_("nội dung"))

    class Meta:
        verbose_name = _("nội dung chương trình")
        verbose_name_plural = _("nội dung chương trình")
        ordering = ("programme", "number")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "number"],
                name="events_programme_point_unique_number",
                violation_error_message=_("Số thứ tự nội dung đã dùng."),
            ),
            models.CheckConstraint(
                condition=Q(number__gte=1), name="events_programme_point_number_gte_1"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.text[:80]}"


# --- Social criticism ------------------------------------------------------------------------


class CriticismSubject(NFCModel):
    """The draft document a social-criticism session reviewed, with opinions and responses."""

    class DocumentType(models.TextChoices):
        RESOLUTION = "resolution", _("Nghị quyết")
        REPORT = "report", _("Báo cáo")
        PROJECT = "project", _("Đề án")
        PLAN = "plan", _("Kế hoạch")
        DECISION = "decision", _("Quyết định")
        PROGRAMME = "programme", _("Chương trình")
        POLICY = "policy", _("Chính sách")
        OTHER = "other", _("Khác")

    conference = models.ForeignKey(
        Conference,
        verbose_name=_("hội nghị"),
        on_delete=models.CASCADE,
        related_name="criticism_subjects",
    )
    document_type = models.CharField(
        _("loại văn bản"),
        max_length=20,
        choices=DocumentType.choices,
        default=DocumentType.RESOLUTION,
    )
    document_title = models.CharField(
        _("tên dự thảo"),
        max_length=500,
        help_text=_("Ví dụ: Dự thảo Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023."),
    )
    issuing_body = models.ForeignKey(
        Organization,
        verbose_name=_("cơ quan ban hành"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="criticised_drafts",
    )
    document_number = models.CharField(_("số hiệu"), max_length=100, blank=True)
    document_date = models.DateField(_("ngày văn bản"), null=True, blank=True)
    opinion_count = models.PositiveIntegerField(
        _("tổng số ý kiến"),
        null=True,
        blank=True,
        help_text=_('Số ý kiến như bài viết nêu ("11 ý kiến"), kể cả ý kiến không ghi chi tiết.'),
    )
    opinion_summary = models.TextField(
        _("tóm tắt các ý kiến"),
        blank=True,
        help_text=_("Khi bài viết chỉ nêu chung các ý kiến, không ghi từng người."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("dự thảo được phản biện")
        verbose_name_plural = _("dự thảo được phản biện")
        ordering = ("conference", "order", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(opinion_count__isnull=True) | Q(opinion_count__gte=0),
                name="events_criticism_opinion_count_gte_0",
                violation_error_message=_("Số ý kiến không được âm."),
            ),
            models.CheckConstraint(
                condition=Q(
                    document_type__in=[
                        "resolution",
                        "report",
                        "project",
                        "plan",
                        "decision",
                        "programme",
                        "policy",
                        "other",
                    ]
                ),
                name="events_criticism_document_type_valid",
            ),
        ]

    def __str__(self) -> str:
        return self.document_title

    def get_absolute_url(self) -> str:
        return self.conference.get_absolute_url()

    @property
    def total_opinions(self) -> int:
        """The declared count, or the itemised opinions when no count was given."""
        if self.opinion_count is not None:
            return self.opinion_count
        return self.opinions.count()


class Opinion(NFCModel):
    """An opinion (góp ý) on the draft, by a participant or a named person."""

    subject = models.ForeignKey(
        CriticismSubject,
        verbose_name=_("dự thảo"),
        on_delete=models.CASCADE,
        related_name="opinions",
    )
    speaker = models.ForeignKey(
        Participation,
        verbose_name=_("người góp ý (trong danh sách dự)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opinions",
    )
    speaker_name = models.CharField(
        _("người góp ý (ghi tên)"),
        max_length=300,
        blank=True,
        help_text=_("Khi người góp ý không có trong danh sách dự. Tự điền khi chọn người dự."),
    )
    content = models.TextField(_("nội dung góp ý"))
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")
        ordering = ("subject", "order", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(speaker__isnull=False) | ~Q(speaker_name=""),
                name="events_opinion_has_speaker",
                violation_error_message=_("Chọn người góp ý hoặc ghi tên người góp ý."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.speaker_label}: {self.content[:60]}"

    def save(self, *args, **kwargs):
        # Keep the name even if the participation is later removed (history stays readable).
        if self.speaker_id:
            self.speaker_name = self.speaker.person.full_name
        super().save(*args, **kwargs)

    @property
    def speaker_label(self) -> str:
        if self.speaker_id:
            return str(self.speaker.person)
        return self.speaker_name


class Response(NFCModel):
    """The official response (tiếp thu, giải trình) to the opinions or to one opinion."""

    class Outcome(models.TextChoices):
        ACCEPTED = "accepted", _("Tiếp thu")
        EXPLAINED = "explained", _("Giải trình")
        NOTED = "noted", _("Ghi nhận")

    subject = models.ForeignKey(
        CriticismSubject,
        verbose_name=_("dự thảo"),
        on_delete=models.CASCADE,
        related_name="responses",
    )
    opinion = models.ForeignKey(
        Opinion,
        verbose_name=_("trả lời ý kiến"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="responses",
        help_text=_("Để trống nếu trả lời chung cho các ý kiến."),
    )
    responder = models.ForeignKey(
        Participation,
        verbose_name=_("người tiếp thu (trong danh sách dự)"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="responses",
    )
    responder_name = models.CharField(_("người tiếp thu (ghi tên)"), max_length=300, blank=True)
    text = models.TextField(_("nội dung tiếp thu, giải trình"))
    outcome = models.CharField(
        _("kết quả"), max_length=20, choices=Outcome.choices, default=Outcome.ACCEPTED
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("ý kiến tiếp thu, giải trình")
        verbose_name_plural = _("ý kiến tiếp thu, giải trình")
        ordering = ("subject", "order", "id")
        constraints = [
            models.CheckConstraint(
                condition=Q(outcome__in=["accepted", "explained", "noted"]),
                name="events_response_outcome_valid",
            )
        ]

    def __str__(self) -> str:
        return f"{self.responder_label}: {self.get_outcome_display()}"

    def save(self, *args, **kwargs):
        if self.responder_id:
            self.responder_name = self.responder.person.full_name
        super().save(*args, **kwargs)

    @property
    def responder_label(self) -> str:
        if self.responder_id:
            return str(self.responder.person)
        return self.responder_name
