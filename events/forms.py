"""Forms of the "draft a conference from an article" admin page.

The parser's proposal (``events.drafting``) fills these forms; the editor corrects them and
confirms; ``events.services.conference_create_from_draft`` saves. Nothing is saved before.
"""

from __future__ import annotations

from django import forms
from django.contrib.admin import widgets as admin_widgets
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import fold
from events import services
from events.drafting import ConferenceDraft, draft_conference, html_to_text
from events.models import (
    Conference,
    ConferenceKind,
    CriticismSubject,
    Organization,
    Participation,
    Person,
)
from events.positions import normalize_position

WIDE = "vLargeTextField"


def _area(rows: int = 4) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, "cols": 80, "class": WIDE})


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


class DraftConferenceForm(forms.Form):
    title = forms.CharField(
        label=_("Tên hội nghị"), max_length=500, widget=forms.TextInput(attrs={"class": WIDE})
    )
    starts_at = forms.SplitDateTimeField(
        label=_("Bắt đầu"),
        widget=admin_widgets.AdminSplitDateTime,
        help_text=_(
            "Ngày lấy từ bài viết; giờ là giờ thường lệ của buổi (sáng 08:00, chiều 14:00) "
            "khi bài không ghi — sửa lại nếu biết giờ đúng."
        ),
    )
    time_known = forms.BooleanField(
        label=_("Đã rõ giờ"),
        required=False,
        help_text=_(
            "Bỏ chọn nếu bài chỉ ghi ngày hoặc buổi: giờ chỉ dùng để sắp xếp, không hiển thị."
        ),
    )
    kinds = forms.ModelMultipleChoiceField(
        label=_("Loại hội nghị"),
        queryset=ConferenceKind.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    venue = forms.CharField(label=_("Địa điểm"), max_length=300, required=False)
    organizer = forms.ModelChoiceField(
        label=_("Cơ quan tổ chức"), queryset=Organization.objects.all(), required=False
    )
    summary = forms.CharField(label=_("Tóm tắt"), widget=_area(4), required=False)
    conclusion = forms.CharField(label=_("Kết luận"), widget=_area(4), required=False)
    attendee_count = forms.IntegerField(label=_("Tổng số đại biểu"), min_value=0, required=False)
    visibility = forms.ChoiceField(
        label=_("Phạm vi"),
        choices=Conference.Visibility.choices,
        initial=Conference.Visibility.PUBLIC,
    )

    include_programme = forms.BooleanField(
        label=_("Có ký kết chương trình phối hợp"), required=False
    )
    programme_title = forms.CharField(
        label=_("Tên chương trình"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"class": WIDE}),
    )
    programme_parties = forms.CharField(
        label=_("Các bên ký kết"),
        widget=_area(2),
        required=False,
        help_text=_("Mỗi dòng một tổ chức; tổ chức chưa có sẽ được tạo."),
    )
    period_start_year = forms.IntegerField(
        label=_("Giai đoạn từ năm"), min_value=1930, max_value=2200, required=False
    )
    period_end_year = forms.IntegerField(
        label=_("đến năm"), min_value=1930, max_value=2200, required=False
    )
    declared_point_count = forms.IntegerField(
        label=_("Số nội dung bài viết nêu"), min_value=0, required=False
    )
    programme_points = forms.CharField(
        label=_("Các nội dung"),
        widget=_area(6),
        required=False,
        help_text=_("Mỗi dòng một nội dung, theo thứ tự."),
    )

    photo_captions = forms.CharField(
        label=_("Chú thích ảnh"),
        widget=_area(3),
        required=False,
        help_text=_(
            "Các dòng chú thích ảnh tìm thấy trong bài, mỗi dòng một ảnh. Khi lưu, mỗi dòng "
            "thành một ảnh chờ tệp ở trang hội nghị: tải ảnh tương ứng vào đúng dòng đó."
        ),
    )
    include_criticism = forms.BooleanField(label=_("Có phản biện xã hội"), required=False)
    document_type = forms.ChoiceField(
        label=_("Loại văn bản"), choices=CriticismSubject.DocumentType.choices, required=False
    )
    document_title = forms.CharField(
        label=_("Tên dự thảo"),
        max_length=500,
        required=False,
        widget=forms.TextInput(attrs={"class": WIDE}),
    )
    issuing_body = forms.ModelChoiceField(
        label=_("Cơ quan ban hành"), queryset=Organization.objects.all(), required=False
    )
    opinion_count = forms.IntegerField(label=_("Tổng số ý kiến"), min_value=0, required=False)
    opinion_summary = forms.CharField(
        label=_("Tóm tắt các ý kiến"), widget=_area(4), required=False
    )
    responder_name = forms.CharField(label=_("Người tiếp thu"), max_length=300, required=False)
    response_text = forms.CharField(
        label=_("Nội dung tiếp thu, giải trình"),
        widget=_area(4),
        required=False,
    )

    CONFERENCE_FIELDS = (
        "title",
        "starts_at",
        "time_known",
        "kinds",
        "venue",
        "organizer",
        "summary",
        "conclusion",
        "attendee_count",
        "visibility",
        "photo_captions",
    )
    PROGRAMME_FIELDS = (
        "include_programme",
        "programme_title",
        "programme_parties",
        "period_start_year",
        "period_end_year",
        "declared_point_count",
        "programme_points",
    )
    CRITICISM_FIELDS = (
        "include_criticism",
        "document_type",
        "document_title",
        "issuing_body",
        "opinion_count",
        "opinion_summary",
        "responder_name",
        "response_text",
    )

    def conference_fields(self):
        return [self[name] for name in self.CONFERENCE_FIELDS]

    def programme_fields(self):
        return [self[name] for name in self.PROGRAMME_FIELDS]

    def criticism_fields(self):
        return [self[name] for name in self.CRITICISM_FIELDS]

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start_year"), data.get("period_end_year")
        if start and end and end < start:
            self.add_error(
                "period_end_year", _("Năm kết thúc giai đoạn phải từ năm bắt đầu trở đi.")
            )
        if data.get("include_programme") and not data.get("programme_title"):
            self.add_error("programme_title", _("Nhập tên chương trình phối hợp."))
        if data.get("include_criticism") and not data.get("document_title"):
            self.add_error("document_title", _("Nhập tên dự thảo được phản biện."))
        return data

    def to_input(self, *, participants) -> services.ConferenceInput:
        data = self.cleaned_data
        programme = criticism = None
        if data.get("include_programme"):
            programme = services.ProgrammeInput(
                title=data["programme_title"],
                parties=_lines(data.get("programme_parties", "")),
                period_start_year=data.get("period_start_year"),
                period_end_year=data.get("period_end_year"),
                declared_point_count=data.get("declared_point_count"),
                points=_lines(data.get("programme_points", "")),
            )
        if data.get("include_criticism"):
            criticism = services.CriticismInput(
                document_title=data["document_title"],
                document_type=data.get("document_type") or CriticismSubject.DocumentType.OTHER,
                issuing_body=data.get("issuing_body"),
                opinion_count=data.get("opinion_count"),
                opinion_summary=data.get("opinion_summary", ""),
                responder_name=data.get("responder_name", ""),
                response_text=data.get("response_text", ""),
            )
        return services.ConferenceInput(
            title=data["title"],
            starts_at=data["starts_at"],
            time_known=bool(data.get("time_known")),
            kinds=list(data.get("kinds") or []),
            venue=data.get("venue", ""),
            organizer=data.get("organizer"),
            summary=data.get("summary", ""),
            conclusion=data.get("conclusion", ""),
            attendee_count=data.get("attendee_count"),
            visibility=data["visibility"],
            participants=participants,
            programme=programme,
            criticism=criticism,
            photo_captions=_lines(data.get("photo_captions", "")),
        )


class DraftParticipantForm(forms.Form):
    include = forms.BooleanField(label=_("Đưa vào hồ sơ"), required=False, initial=True)
    full_name = forms.CharField(label=_("Họ và tên"), max_length=200, required=False)
    person = forms.ModelChoiceField(
        label=_("Người đã có trong hồ sơ"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("— tự động: người trùng tên nếu có, không thì tạo mới —"),
    )
    position = forms.CharField(
        label=_("Chức vụ lúc đó"),
        max_length=300,
        required=False,
        help_text=_("Như bài viết ghi; khi lưu, chữ viết tắt được viết đầy đủ ở cột bên."),
    )
    organization = forms.ModelChoiceField(
        label=_("Cơ quan lúc đó"), queryset=Organization.objects.all(), required=False
    )
    roles = forms.MultipleChoiceField(
        label=_("Vai trò"),
        choices=Participation.Role.choices,
        initial=[Participation.Role.ATTENDING],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Không chọn vai trò nào: ghi là “Dự”."),
    )
    note = forms.CharField(label=_("Ghi chú"), max_length=1000, required=False)

    @property
    def position_expanded(self) -> str:
        """The position as it will be shown (abbreviations spelled out), for the clerk."""
        value = self["position"].value() or ""
        return normalize_position(value)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        name = self.data.get(self.add_prefix("full_name")) if self.is_bound else None
        if name is None:
            name = self.initial.get("full_name", "")
        self.fields["person"].queryset = (
            Person.objects.matching_name(name) if name else Person.objects.none()
        )

    @property
    def matches(self):
        return self.fields["person"].queryset

    def clean(self):
        data = super().clean()
        missing_name = not (data.get("full_name") or data.get("person"))
        if data.get("include") and missing_name and self.has_changed():
            self.add_error("full_name", _("Nhập họ tên hoặc bỏ dấu ở ô “Lưu”."))
        return data


class BaseDraftParticipantFormSet(forms.BaseFormSet):
    def to_inputs(self) -> list[services.ParticipantInput]:
        rows = []
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("include") or not (data.get("full_name") or data.get("person")):
                continue
            rows.append(
                services.ParticipantInput(
                    full_name=data.get("full_name", ""),
                    person=data.get("person"),
                    position=data.get("position", ""),
                    organization=data.get("organization"),
                    roles=list(data.get("roles") or [Participation.Role.ATTENDING]),
                    note=data.get("note", ""),
                )
            )
        return rows

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            data = getattr(form, "cleaned_data", None) or {}
            if not data.get("include"):
                continue
            person = data.get("person")
            key = person.pk if person else fold(data.get("full_name", ""))
            if key in seen and key:
                raise ValidationError(
                    _(
                        "“%(name)s” có hai dòng; mỗi người một dòng — chọn thêm vai trò ở một "
                        "dòng và bỏ dấu “Lưu” ở dòng kia."
                    )
                    % {"name": person or data.get("full_name")}
                )
            seen.add(key)


DraftParticipantFormSet = forms.formset_factory(
    DraftParticipantForm, formset=BaseDraftParticipantFormSet, extra=3, max_num=200
)


def article_text(article) -> str:
    """The article's plain text: lead (sapo) then body, without repeating the lead."""
    body = html_to_text(getattr(article, "body", "") or "")
    sapo = html_to_text(getattr(article, "sapo", "") or "")
    if sapo and not body.startswith(sapo[:60]):
        return f"{sapo}\n{body}"
    return body


def draft_initial(article) -> tuple[dict, list[dict], ConferenceDraft]:
    """Run the parser on ``article`` and turn the draft into initial form data."""
    published = article.publish_at
    if published is not None:
        published = timezone.localtime(published).replace(tzinfo=None)
    draft = draft_conference(
        title=article.title, body=article_text(article), published_at=published
    )
    organizations = list(Organization.objects.only("id", "name", "short_name", "slug"))

    def match(name: str):
        return services.organization_match(name=name, candidates=organizations) if name else None

    starts_at = draft.starts_at
    if starts_at is not None:
        starts_at = timezone.make_aware(starts_at)
    initial = {
        "title": draft.title,
        "starts_at": starts_at,
        "time_known": not draft.time_is_estimated,
        "kinds": list(ConferenceKind.objects.filter(code__in=draft.kinds)),
        "summary": draft.summary,
        "conclusion": draft.conclusion,
        "attendee_count": draft.attendee_count,
        "organizer": match(draft.organizer_hint),
        "photo_captions": "\n".join(draft.photo_captions),
    }
    if draft.programme is not None:
        initial.update(
            include_programme=True,
            programme_title=draft.programme.title,
            programme_parties="\n".join(draft.programme.parties),
            period_start_year=draft.programme.period_start_year,
            period_end_year=draft.programme.period_end_year,
            declared_point_count=draft.programme.declared_point_count,
            programme_points="\n".join(draft.programme.points),
        )
    if draft.criticism is not None:
        c = draft.criticism
        initial.update(
            include_criticism=True,
            document_type=c.document_type,
            document_title=c.document_title,
            issuing_body=match(c.issuing_body_hint),
            opinion_count=c.opinion_count,
            opinion_summary=c.opinion_summary,
            responder_name=c.responder_name,
            response_text=c.response_text,
        )
    participants = []
    for proposed in draft.participants:
        matches = list(Person.objects.matching_name(proposed.full_name)[:2])
        participants.append(
            {
                "include": True,
                "full_name": proposed.full_name,
                "person": matches[0] if matches else None,
                "position": proposed.position,
                "organization": match(proposed.organization_hint),
                "roles": list(proposed.roles),
                "note": proposed.note,
            }
        )
    return initial, participants, draft


class ParticipationAdminForm(forms.ModelForm):
    """A participant row of the conference admin: every role of the person as checkboxes."""

    roles = forms.MultipleChoiceField(
        label=_("Vai trò"),
        choices=Participation.Role.choices,
        initial=[Participation.Role.ATTENDING],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Chọn ít nhất một vai trò.")},
    )

    class Meta:
        model = Participation
        fields = ("person", "position", "organization", "roles", "note", "order")
        widgets = {
            "position": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "note": forms.Textarea(attrs={"rows": 2, "cols": 60}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["roles"] = self.instance.role_codes

    def _save_m2m(self):
        super()._save_m2m()
        services.participation_set_roles(
            participation=self.instance, roles=self.cleaned_data.get("roles") or []
        )
