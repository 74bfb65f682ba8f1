"""The filters next to the search box: type (the installed search tabs), category, date range
(core.forms: day first)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DateRangeForm
from core.sections import search_providers
from news.models import Category


class SearchFilterForm(DateRangeForm):
    """Only the filters; ``q`` is parsed by ``search.query.parse_query``. ``from`` and ``to``
    (with their order check) come from ``core.forms.DateRangeForm``."""

    type = forms.ChoiceField(
        label=_("Loại"),
        required=False,
        choices=[("", _("Tất cả"))],
        error_messages={"invalid_choice": _("Loại kết quả không hợp lệ.")},
    )
    category = forms.ModelChoiceField(
        label=_("Chuyên mục"),
        required=False,
        queryset=Category.objects.active(),
        to_field_name="slug",
        empty_label=_("Mọi chuyên mục"),
        help_text=_("Chỉ áp dụng cho bài viết."),
        error_messages={"invalid_choice": _("Chuyên mục không tồn tại.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("Tất cả"))] + [
            (provider.key, provider.label) for provider in search_providers()
        ]

    @property
    def has_filters(self) -> bool:
        return any(self.data.get(name) for name in ("type", "category", "from", "to"))
