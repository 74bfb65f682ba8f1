"""The filters next to the search box: type, category, date range (dd/mm/yyyy or yyyy-mm-dd)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import Category
from search.engine import CONFERENCE, NEWS

DATE_INPUT_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d"]  # as the conference lookup
DATE_ERROR = _("Ngày không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, ví dụ 10/06/2023.")


class DateInput(forms.TextInput):
    input_type = "text"

    def __init__(self):
        super().__init__(
            attrs={"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off"},
        )

    def format_value(self, value):
        if hasattr(value, "strftime"):
            return value.strftime("%d/%m/%Y")
        return super().format_value(value)


class SearchFilterForm(forms.Form):
    """Only the filters; ``q`` is parsed by ``search.query.parse_query``."""

    type = forms.ChoiceField(
        label=_("Loại"),
        required=False,
        choices=[("", _("Tất cả")), (NEWS, _("Tin bài")), (CONFERENCE, _("Hội nghị"))],
        error_messages={"invalid_choice": _("Loại kết quả không hợp lệ.")},
    )
    category = forms.ModelChoiceField(
        label=_("Chuyên mục"),
        required=False,
        queryset=Category.objects.active(),
        to_field_name="slug",
        empty_label=_("Mọi chuyên mục"),
        help_text=_("Chỉ áp dụng cho tin bài."),
        error_messages={"invalid_choice": _("Chuyên mục không tồn tại.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "from" is a Python keyword: declared here so the URL can say ?from=…&to=…
        self.fields["from"] = forms.DateField(
            label=_("Từ ngày"),
            required=False,
            input_formats=DATE_INPUT_FORMATS,
            widget=DateInput(),
            error_messages={"invalid": DATE_ERROR},
        )
        self.fields["to"] = forms.DateField(
            label=_("Đến ngày"),
            required=False,
            input_formats=DATE_INPUT_FORMATS,
            widget=DateInput(),
            error_messages={"invalid": DATE_ERROR},
        )

    def clean(self):
        data = super().clean()
        start, end = data.get("from"), data.get("to")
        if start and end and start > end:
            self.add_error("to", _("\u201cĐến ngày\u201d phải sau hoặc bằng \u201cTừ ngày\u201d."))
        return data

    @property
    def has_filters(self) -> bool:
        return any(self.data.get(name) for name in ("type", "category", "from", "to"))
