"""The filters next to the search box: type, category, date range (core.forms: day first)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DateRangeForm
from news.models import Category
from search.engine import CONFERENCE, NEWS


class SearchFilterForm(DateRangeForm):
    """Only the filters; ``q`` is parsed by ``search.query.parse_query``. ``from`` and ``to``
    (with their order check) come from ``core.forms.DateRangeForm``."""

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

    @property
    def has_filters(self) -> bool:
        return any(self.data.get(name) for name in ("type", "category", "from", "to"))
