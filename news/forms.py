"""Admin forms for articles: CKEditor widget, image checks, role rules and stale-edit refusal."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime

from ckeditor_uploader.widgets import CKEditorUploadingWidget
from django import forms
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.images import ACCEPT_ATTRIBUTE, clean_uploaded_image
from news.models import Article
from news.permissions import can_edit, can_publish, can_submit

# Names of the extra submit buttons on the change form (see submit_line.html override).
ACTION_SUBMIT = "_submit_review"
ACTION_PUBLISH = "_publish"
ACTION_WITHDRAW = "_withdraw"
ACTION_RETURN = "_return_draft"
RETURN_REASON = "return_reason"  # the textarea beside the "Trả lại bản nháp" button
EDITOR_ACTIONS = (ACTION_PUBLISH, ACTION_WITHDRAW)

# Fields compared when telling an editor what somebody else changed meanwhile.
TRACKED_FIELDS = (
    "title",
    "slug",
    "sapo",
    "body",
    "cover_image",
    "cover_caption",
    "cover_alt",
    "category",
    "tags",
    "byline",
    "status",
    "publish_at",
    "featured",
    "legacy_url",
)


def edit_token(article: Article) -> str:
    """What the form was based on: the version counter and the last save time."""
    if article.pk is None:
        return ""
    stamp = article.updated_at.isoformat() if article.updated_at else ""
    return f"{article.version}|{stamp}"


@dataclass
class StaleEdit:
    fields: list[str]
    user: str
    when: datetime | None


def describe_changes_since(article: Article, token: str) -> StaleEdit:
    """Which fields changed, who saved last and when, since the form's ``token``."""
    from reversion.models import Version

    version_number = None
    with contextlib.suppress(ValueError, AttributeError):
        version_number = int(token.split("|", 1)[0])
    versions = list(Version.objects.get_for_object(article).select_related("revision__user"))
    base = None
    for version in versions:  # newest first
        if version.field_dict.get("version") == version_number:
            base = version
            break
    current = Article.objects.get(pk=article.pk)
    changed: list[str] = []
    if base is not None:
        old = base.field_dict
        for name in TRACKED_FIELDS:
            field = Article._meta.get_field(name)
            if name == "tags":
                now_value = sorted(current.tags.values_list("pk", flat=True))
                old_value = sorted(old.get("tags") or [])
            else:
                now_value = getattr(current, field.attname)
                old_value = old.get(field.attname, old.get(name))
                now_value = getattr(now_value, "name", now_value)
                old_value = getattr(old_value, "name", old_value)
            if (now_value or None) != (old_value or None):
                changed.append(str(field.verbose_name))
    who = _("một người khác")
    when = current.updated_at
    latest = versions[0] if versions else None
    if latest is not None and (base is None or latest.pk != base.pk):
        user = latest.revision.user
        if user is not None:
            who = user.get_full_name() or user.get_username()
        when = latest.revision.date_created
    return StaleEdit(fields=changed, user=who, when=when)


class CheckedImageField(forms.FileField):
    """An image upload checked and re-encoded by ``core.images`` (size and pixel limits,
    bombs, polyglots, SVG refused; EXIF dropped) before anything is written to MEDIA_ROOT.

    Replaces Django's ImageField form field, whose single generic message would hide why a
    file was refused (and which decodes the whole file before any size check).
    """

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return clean_uploaded_image(upload).content


class ArticleAdminForm(forms.ModelForm):
    """The article form of the admin. ``request`` is set by ``ArticleAdmin.get_form``."""

    request = None

    edit_token = forms.CharField(label=_("mã phiên sửa"), widget=forms.HiddenInput, required=False)

    class Meta:
        model = Article
        fields = (
            "title",
            "slug",
            "sapo",
            "body",
            "cover_image",
            "cover_alt",
            "cover_caption",
            "category",
            "tags",
            "byline",
            "publish_at",
            "featured",
            "legacy_url",
        )
        field_classes = {"cover_image": CheckedImageField}
        widgets = {
            "body": CKEditorUploadingWidget(config_name="news"),
            "title": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "slug": forms.TextInput(attrs={"class": "vLargeTextField"}),
            "sapo": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
            "cover_image": forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["edit_token"].initial = edit_token(self.instance)
        if "publish_at" in self.fields:
            self.fields["publish_at"].help_text = gettext_lazy(
                "Ngày giờ dạng 10/06/2023 15:37. Đặt ở tương lai rồi bấm “Lưu và đăng” "
                "để lên lịch: bài tự hiện đúng giờ."
            )

    @property
    def user(self):
        return getattr(self.request, "user", None)

    def pressed(self) -> str:
        """Which transition button was pressed (empty for a plain save)."""
        data = self.data or {}
        for name in (ACTION_SUBMIT, ACTION_PUBLISH, ACTION_WITHDRAW, ACTION_RETURN):
            if name in data:
                return name
        return ""

    def return_reason(self) -> str:
        """The note typed beside "Trả lại bản nháp" (submit_line.html), trimmed."""
        return ((self.data or {}).get(RETURN_REASON) or "").strip()[:2000]

    def clean(self):
        cleaned = super().clean()
        instance = self.instance
        user = self.user

        if instance.pk and not can_edit(user, instance):
            raise forms.ValidationError(
                _("Tài khoản này không được sửa bài này."), code="forbidden"
            )

        # Stale form: somebody saved this article after the form was opened. The row is locked
        # for the check: the admin's change view runs in one transaction, so the lock holds
        # until this save commits, and a second save pressed at the same moment waits here
        # and then sees the first one's version (news.services.article_save checks it again).
        if instance.pk:
            posted = self.cleaned_data.get("edit_token") or ""
            stored = (
                Article.objects.select_for_update()
                .filter(pk=instance.pk)
                .values("version", "updated_at")
                .first()
            )
            if stored is not None:
                current = f"{stored['version']}|{stored['updated_at'].isoformat()}"
                if posted != current and not _same_moment(posted, current):
                    raise forms.ValidationError(self._stale_message(posted), code="stale")

        action = self.pressed()
        if action in EDITOR_ACTIONS and not can_publish(user):
            raise forms.ValidationError(
                _("Chỉ biên tập viên mới được đăng, lên lịch hoặc gỡ bài."), code="forbidden"
            )
        if (
            action == ACTION_RETURN
            and instance.pk
            and instance.author_id != getattr(user, "pk", None)
            and not self.return_reason()
        ):
            raise forms.ValidationError(
                _("Vui lòng ghi lý do trả lại để người viết biết cần sửa gì."), code="reason"
            )
        if action == ACTION_SUBMIT and instance.pk and not can_submit(user, instance):
            raise forms.ValidationError(
                _("Chỉ gửi duyệt được bài nháp của chính mình."), code="forbidden"
            )

        if (
            "publish_at" in self.fields
            and instance.status == Article.Status.PUBLISHED
            and not cleaned.get("publish_at")
        ):
            self.add_error("publish_at", _("Bài đã đăng cần có thời điểm đăng."))

        image = cleaned.get("cover_image", instance.cover_image)
        alt = (cleaned.get("cover_alt", instance.cover_alt) or "").strip()
        if image and not alt:
            self.add_error(
                "cover_alt", _("Cần mô tả ảnh (văn bản thay thế) khi bài có ảnh đại diện.")
            )
        return cleaned

    def _stale_message(self, posted: str) -> str:
        info = describe_changes_since(self.instance, posted)
        when = date_format(timezone.localtime(info.when), "DATETIME_FORMAT") if info.when else "?"
        if info.fields:
            what = _("Các mục đã đổi: %(fields)s.") % {"fields": ", ".join(info.fields)}
        else:
            what = _("Không xác định được mục nào đã đổi.")
        return _(
            "Bài này đã được %(user)s lưu lúc %(when)s, sau khi trang này được mở. %(what)s "
            "Những thay đổi vừa sửa CHƯA được lưu để không ghi đè lên bản mới: vui lòng sao "
            "chép phần đã sửa, tải lại trang rồi sửa lại."
        ) % {"user": info.user, "when": when, "what": what}


def token_version(token: str) -> int | None:
    """The version number an edit token (``edit_token``) was taken at."""
    try:
        return int((token or "").split("|", 1)[0])
    except ValueError:
        return None


def _same_moment(posted: str, current: str) -> bool:
    """Tokens equal once timestamps are compared as datetimes (database round-trip safe)."""
    try:
        p_version, p_stamp = posted.split("|", 1)
        c_version, c_stamp = current.split("|", 1)
    except ValueError:
        return False
    p_time, c_time = parse_datetime(p_stamp), parse_datetime(c_stamp)
    return p_version == c_version and p_time is not None and p_time == c_time


class ScheduleForm(forms.Form):
    """Intermediate page of the "schedule" admin action."""

    publish_at = forms.DateTimeField(
        label=gettext_lazy("Thời điểm đăng"),
        help_text=gettext_lazy("Ngày giờ ở tương lai, dạng 10/06/2023 15:37."),
    )

    def clean_publish_at(self):
        value = self.cleaned_data["publish_at"]
        if value <= timezone.now():
            raise forms.ValidationError(_("Thời điểm lên lịch phải ở tương lai."))
        return value


class ReturnForm(forms.Form):
    """Intermediate page of the "Trả lại bản nháp" admin action: the reason for the writer."""

    reason = forms.CharField(
        label=gettext_lazy("Lý do trả lại"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Người viết đọc ghi chú này trên trang chủ quản trị và trong thư báo."
        ),
    )

    def __init__(self, *args, required: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = required
