"""The library's filters, read from the query string so a result can be bookmarked:
``q`` (keyword, or a number and symbol), ``type`` (type code), ``issuer`` (organisation slug),
``field`` (field slug), ``year``, ``from``, ``to`` (issue date, dd/mm/yyyy or yyyy-mm-dd) and
``status`` (in force, replaced, …). They combine. Every value is checked; a bad one is reported
in Vietnamese and left out (never a 500). ``from``/``to`` come from the site's one date-range
form (``core.forms.DateRangeForm``), so every list reads and explains dates alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django import forms
from django.db.models import Count, Max, Min, QuerySet
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from core.forms import MAX_YEAR, MIN_YEAR, DateRangeForm, show_date
from documents.models import Document, DocumentField, DocumentType
from documents.search import search_documents
from events.models import Organization

LIST_TAG = "documents:list"  # pages listing documents; a saved document drops them

PAGE_SIZE = 20
FILTER_KEYS = ("q", "type", "issuer", "field", "year", "from", "to", "status")
NUL_MESSAGE = _("Giá trị có ký tự không hợp lệ.")


class DocumentFilterForm(DateRangeForm):
    q = forms.CharField(
        label=_("Từ khóa hoặc số hiệu"),
        required=False,
        max_length=200,
        help_text=_("Ví dụ: 45/KH-MTTQ-BTT, “phản biện”, “an sinh”. Gõ không dấu cũng được."),
        error_messages={"max_length": _("Từ khóa quá dài (tối đa %(limit_value)d ký tự).")},
    )
    type = forms.ChoiceField(label=_("Loại văn bản"), required=False)
    issuer = forms.ChoiceField(label=_("Cơ quan ban hành"), required=False)
    field = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    year = forms.IntegerField(
        label=_("Năm ban hành"),
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "invalid": _("Năm phải là một số có 4 chữ số, ví dụ 2023."),
            "min_value": _("Năm phải từ %(limit_value)s trở đi."),
            "max_value": _("Năm phải trước %(limit_value)s."),
        },
    )
    status = forms.ChoiceField(
        label=_("Tình trạng hiệu lực"),
        required=False,
        choices=[("", _("Mọi tình trạng")), *Document.LegalStatus.choices],
    )

    def __init__(self, data=None, *, types, issuers, fields, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["from"].label = _("Ban hành từ ngày")
        self.order_fields(FILTER_KEYS)
        self.fields["type"].choices = [("", _("Tất cả các loại"))] + [
            (t.code, t.name) for t in types
        ]
        self.fields["issuer"].choices = [("", _("Mọi cơ quan"))] + [
            (o.slug, o.name) for o in issuers
        ]
        self.fields["field"].choices = [("", _("Mọi lĩnh vực"))] + [
            (f.slug, f.name) for f in fields
        ]
        messages = {
            "type": _("Không có loại văn bản “%(value)s”. Vui lòng chọn một loại trong danh sách."),
            "issuer": _("Không có cơ quan ban hành “%(value)s” trong thư viện."),
            "field": _(
                "Không có lĩnh vực “%(value)s”. Vui lòng chọn một lĩnh vực trong danh sách."
            ),
            "status": _("Không có tình trạng “%(value)s”. Vui lòng chọn trong danh sách."),
        }
        for name, message in messages.items():
            self.fields[name].error_messages["invalid_choice"] = message
        self.fields["q"].error_messages["null_characters_not_allowed"] = NUL_MESSAGE


@dataclass
class ActiveFilter:
    key: str
    label: str
    value: str
    remove_url: str


@dataclass
class DocumentLookup:
    """The filtered documents for one request, and what the page needs to explain them."""

    user: object
    params: QueryDict
    form: DocumentFilterForm = field(init=False)

    def __post_init__(self):
        visible = Document.objects.visible_to(self.user)
        self.types = list(DocumentType.objects.all())
        self.fields = list(DocumentField.objects.all())
        self.issuers = list(
            Organization.objects.filter(pk__in=visible.values("issuing_body_id")).only(
                "name", "slug"
            )
        )
        self.form = DocumentFilterForm(
            self.params, types=self.types, issuers=self.issuers, fields=self.fields
        )
        self.form.is_valid()  # errors are shown; valid filters still apply

    @property
    def values(self) -> dict:
        cleaned = getattr(self.form, "cleaned_data", {})
        errors = self.form.errors
        return {
            key: cleaned[key]
            for key in FILTER_KEYS
            if key not in errors and cleaned.get(key) not in (None, "")
        }

    @property
    def error_messages(self) -> list[str]:
        return [str(e) for key in FILTER_KEYS for e in self.form.errors.get(key, []) if e]

    def query_string(self, *, without: str | None = None) -> str:
        query = QueryDict(mutable=True)
        for key, value in self.values.items():
            if key == without:
                continue
            if isinstance(value, dt.date):
                value = show_date(value)
            query[key] = str(value)
        return query.urlencode(safe="/")

    def active_filters(self, base_url: str) -> list[ActiveFilter]:
        labels = {
            "q": _("Từ khóa"),
            "type": _("Loại"),
            "issuer": _("Cơ quan ban hành"),
            "field": _("Lĩnh vực"),
            "year": _("Năm"),
            "from": _("Từ ngày"),
            "to": _("Đến ngày"),
            "status": _("Tình trạng"),
        }
        active = []
        for key, value in self.values.items():
            if key in ("type", "issuer", "field", "status"):
                shown = dict(self.form.fields[key].choices).get(value, value)
            elif isinstance(value, dt.date):
                shown = show_date(value)
            elif key == "q":
                shown = f"“{value}”"
            else:
                shown = value
            rest = self.query_string(without=key)
            active.append(
                ActiveFilter(
                    key=key,
                    label=str(labels[key]),
                    value=str(shown),
                    remove_url=f"{base_url}?{rest}" if rest else base_url,
                )
            )
        return active

    def queryset(self, *, without: str | None = None) -> QuerySet[Document]:
        """Visible documents matching every valid filter (but ``without``). With a keyword:
        best match first (a number and symbol before words); otherwise newest first."""
        values = self.values
        if "q" in values and without != "q":
            qs = search_documents(values["q"], self.user)
        else:
            qs = Document.objects.visible_to(self.user).order_by("-issued_on", "-pk")
        if "type" in values and without != "type":
            qs = qs.filter(document_type__code=values["type"])
        if "issuer" in values:
            qs = qs.filter(issuing_body__slug=values["issuer"])
        if "field" in values:
            qs = qs.filter(field__slug=values["field"])
        if "year" in values:
            qs = qs.filter(issued_on__year=values["year"])
        if "from" in values:
            qs = qs.filter(issued_on__gte=values["from"])
        if "to" in values:
            qs = qs.filter(issued_on__lte=values["to"])
        if "status" in values:
            qs = qs.filter(legal_status=values["status"])
        return qs

    def type_counts(self) -> list[dict]:
        """Each type with the number of documents the other filters leave (one query)."""
        counts = dict(
            self.queryset(without="type")
            .order_by()
            .values_list("document_type_id")
            .annotate(n=Count("pk"))
        )
        current = self.values.get("type")
        rest = self.query_string(without="type")
        return [
            {
                "type": t,
                "count": counts[t.pk],
                "current": t.code == current,
                "query": f"{rest}&type={t.code}" if rest else f"type={t.code}",
            }
            for t in self.types
            if counts.get(t.pk)
        ]

    def years(self) -> list[int]:
        bounds = Document.objects.visible_to(self.user).aggregate(
            first=Min("issued_on"), last=Max("issued_on")
        )
        if bounds["first"] is None:
            return []
        return list(range(bounds["last"].year, bounds["first"].year - 1, -1))
