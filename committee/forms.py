"""The citizens' letter form (public) and the admin forms of pages and leaders."""

import re

from ckeditor_uploader.widgets import CKEditorUploadingWidget
from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from committee.models import Leader, Page
from core.images import ACCEPT_ATTRIBUTE, clean_uploaded_image
from core.text import collapse_spaces

NAME_MAX = 100
PHONE_MAX = 20
SUBJECT_MAX = 200
MESSAGE_MIN = 10
MESSAGE_MAX = 5000

_PHONE_CHARS = re.compile(r"^\+?[0-9 .()\-]+$")


class LetterForm(forms.Form):
    """What a citizen types. Everything is kept as plain text; nothing is interpreted as HTML."""

    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=NAME_MAX,
        error_messages={
            "required": _("Vui lòng cho biết họ và tên."),
            "max_length": _(
                "Họ và tên dài quá giới hạn: tối đa %(limit_value)d ký tự, đã nhập %(show_value)d."
            ),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        required=False,
        help_text=_("Để lại thư điện tử hoặc số điện thoại (ít nhất một) để nhận trả lời."),
        max_length=254,
        error_messages={
            "invalid": _("Địa chỉ thư điện tử chưa đúng, ví dụ đúng: ten@example.vn."),
            "max_length": _("Địa chỉ thư điện tử dài quá giới hạn (tối đa %(limit_value)d ký tự)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Số điện thoại"),
        required=False,
        max_length=PHONE_MAX,
        error_messages={
            "max_length": _("Số điện thoại dài quá giới hạn (tối đa %(limit_value)d ký tự)."),
        },
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    subject = forms.CharField(
        label=_("Tiêu đề"),
        max_length=SUBJECT_MAX,
        error_messages={
            "required": _("Vui lòng nhập tiêu đề thư."),
            "max_length": _(
                "Tiêu đề dài quá giới hạn: tối đa %(limit_value)d ký tự, đã nhập %(show_value)d."
            ),
        },
    )
    message = forms.CharField(
        label=_("Nội dung"),
        help_text=_("Tối đa 5.000 ký tự, chỉ cần văn bản thông thường (không cần định dạng)."),
        min_length=MESSAGE_MIN,
        max_length=MESSAGE_MAX,
        error_messages={
            "required": _("Vui lòng nhập nội dung thư."),
            "min_length": _("Nội dung quá ngắn: vui lòng viết ít nhất %(limit_value)d ký tự."),
            "max_length": _(
                "Nội dung dài quá giới hạn: tối đa %(limit_value)d ký tự, đã nhập "
                "%(show_value)d. Vui lòng rút gọn hoặc chia thành nhiều thư."
            ),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    # Honeypot: hidden from people by CSS (class "hp-field"), filled by bots. A filled value
    # silently discards the letter. The name is one browsers' autofill does not recognise.
    nickname_confirm = forms.CharField(
        label=_("Vui lòng để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}_helptext"

    def full_clean(self):
        super().full_clean()
        # Point assistive technology at each field's error message.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                described = " ".join(
                    part for part in (attrs.get("aria-describedby"), f"id_{name}_error") if part
                )
                attrs.update({"aria-invalid": "true", "aria-describedby": described})

    def clean_full_name(self) -> str:
        return collapse_spaces(self.cleaned_data["full_name"])

    def clean_subject(self) -> str:
        # One line: a subject also becomes the staff e-mail's subject.
        return collapse_spaces(self.cleaned_data["subject"])

    def clean_phone(self) -> str:
        phone = collapse_spaces(self.cleaned_data.get("phone", ""))
        if not phone:
            return ""
        digits = re.sub(r"\D", "", phone)
        if not _PHONE_CHARS.match(phone) or not 8 <= len(digits) <= 15:
            raise forms.ValidationError(
                _("Số điện thoại chưa đúng: chỉ gồm chữ số (8 đến 15 số), ví dụ 0912 345 678."),
                code="invalid",
            )
        return phone

    def clean_message(self) -> str:
        return self.cleaned_data["message"].strip()

    def clean(self):
        cleaned = super().clean()
        contact_errors = self.errors.get("email") or self.errors.get("phone")
        if not contact_errors and not cleaned.get("email") and not cleaned.get("phone"):
            # Both contact fields are marked, so "the fields marked below" points somewhere.
            for name in ("email", "phone"):
                self.add_error(
                    name,
                    forms.ValidationError(
                        _("Cần thư điện tử hoặc số điện thoại (một trong hai)."), code="no_contact"
                    ),
                )
            raise forms.ValidationError(
                _("Vui lòng để lại thư điện tử hoặc số điện thoại để cơ quan trả lời Ông/Bà."),
                code="no_contact",
            )
        return cleaned

    @property
    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("nickname_confirm"))


class LeaderAdminForm(forms.ModelForm):
    """Portrait uploads go through the same checks as article images before being stored."""

    class Meta:
        model = Leader
        fields = (
            "full_name",
            "position",
            "portrait",
            "duties",
            "phone",
            "email",
            "order",
            "is_current",
            "person",
        )
        widgets = {
            "portrait": forms.ClearableFileInput(attrs={"accept": ACCEPT_ATTRIBUTE}),
        }

    def clean_portrait(self):
        portrait = self.cleaned_data.get("portrait")
        if isinstance(portrait, UploadedFile):
            # Re-encoded copy: no EXIF/GPS, no trailing bytes, at most MAX_STORED_SIDE pixels.
            return clean_uploaded_image(portrait).content
        return portrait


class PageAdminForm(forms.ModelForm):
    """The page body is edited with the articles' CKEditor configuration (same allow-list);
    whatever arrives is cleaned again by ``Page.save()`` with the same sanitizer."""

    class Meta:
        model = Page
        fields = (
            "title",
            "slug",
            "description",
            "body",
            "is_published",
            "show_in_nav",
            "nav_order",
            "nav_title",
        )
        widgets = {"body": CKEditorUploadingWidget(config_name="news")}
