"""Looking up past conferences: the list's filters, parsed from the query string.

The filters live in the query string so a result can be bookmarked and shared:
``q`` (keyword), ``kind``, ``year``, ``from``, ``to`` (day first or ISO: core.forms), ``person``
and ``organization`` (slugs). Every value is checked; a bad one is reported in Vietnamese and
left out of the query (never a 500). The list page, the CSV and the iCalendar export all read
through ``ConferenceLookup`` so they always agree.

Everything starts from ``Conference.objects.visible_to(user)``: internal conferences only
exist for users with ``events.view_internal_conference``. Other surfaces (sitemap, search)
should use the same door: ``visible_conferences(user)`` below, or for anonymous readers
``Conference.objects.visible_to(None)``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django import forms
from django.db import connections
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.forms import MAX_YEAR, MIN_YEAR, DateRangeForm, show_date
from core.keywords import Term, parse_query, term_q
from core.text import fold
from events.models import (
    Conference,
    ConferenceKind,
    Organization,
    Participation,
    Person,
    ProgrammeParty,
)
from events.positions import folded_abbreviation

# The page-cache tag of every page that lists conferences (the list, its exports, the home
# block, search): a saved conference drops them (events/section.py).
LIST_TAG = "events:list"
PAGE_SIZE = 20
FILTER_KEYS = ("q", "kind", "year", "from", "to", "person", "organization")


def visible_conferences(user) -> QuerySet[Conference]:
    """The one door to conferences for any page, feed, export, sitemap or search."""
    return Conference.objects.visible_to(user)


NUL_MESSAGE = _("Giá trị có ký tự không hợp lệ.")


class ConferenceFilterForm(DateRangeForm):
    """The list's filters. Built from ``request.GET``; an empty value means "any".

    ``from`` and ``to`` (and the check that one is not after the other) come from
    ``core.forms.DateRangeForm``: day first, as officials write it, or ISO."""

    q = forms.CharField(
        label=_("Từ khóa"),
        required=False,
        max_length=200,
        help_text=_(
            "Tên hội nghị, nội dung, ý kiến, tên đại biểu… Gõ có dấu hay không dấu đều được."
        ),
        error_messages={"max_length": _("Từ khóa quá dài (tối đa %(limit_value)d ký tự).")},
    )
    kind = forms.ChoiceField(label=_("Loại hội nghị"), required=False)
    year = forms.IntegerField(
        label=_("Năm"),
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "invalid": _("Năm phải là một số có 4 chữ số, ví dụ 2023."),
            "min_value": _("Năm phải từ %(limit_value)s trở đi."),
            "max_value": _("Năm phải trước %(limit_value)s."),
        },
    )
    person = forms.CharField(label=_("Đại biểu"), required=False, max_length=200)
    organization = forms.CharField(label=_("Tổ chức"), required=False, max_length=200)

    def __init__(self, data=None, *, user=None, kinds=None, **kwargs):
        super().__init__(data, **kwargs)
        self.user = user
        self.order_fields(FILTER_KEYS)
        self.kinds = list(kinds if kinds is not None else ConferenceKind.objects.all())
        self.fields["kind"].choices = [("", _("Tất cả các loại"))] + [
            (kind.code, kind.name) for kind in self.kinds
        ]
        self.fields["kind"].error_messages["invalid_choice"] = _(
            "Không có loại hội nghị “%(value)s”. Vui lòng chọn một loại trong danh sách."
        )
        for name in ("q", "person", "organization"):
            self.fields[name].error_messages["null_characters_not_allowed"] = NUL_MESSAGE
        self.person_obj: Person | None = None
        self.organization_obj: Organization | None = None

    def clean_person(self):
        slug = self.cleaned_data.get("person", "").strip()
        if not slug:
            return ""
        # Only people who appear in a conference this user may see: the name shown in the
        # active filter must not reveal someone known only from an internal meeting.
        person = visible_people(self.user).filter(slug=slug).first()
        if person is None:
            raise forms.ValidationError(
                _("Không tìm thấy đại biểu “%(value)s”."),
                code="unknown_person",
                params={"value": slug},
            )
        self.person_obj = person
        return slug

    def clean_organization(self):
        slug = self.cleaned_data.get("organization", "").strip()
        if not slug:
            return ""
        organization = visible_organizations(self.user).filter(slug=slug).first()
        if organization is None:
            raise forms.ValidationError(
                _("Không tìm thấy tổ chức “%(value)s”."),
                code="unknown_organization",
                params={"value": slug},
            )
        self.organization_obj = organization
        return slug


def visible_people(user) -> QuerySet[Person]:
    """People who took part in, or signed a programme at, a conference ``user`` may see."""
    conferences = visible_conferences(user)
    return Person.objects.filter(
        Exists(Participation.objects.filter(person=OuterRef("pk"), conference__in=conferences))
        | Exists(
            ProgrammeParty.objects.filter(
                signatory=OuterRef("pk"), programme__conference__in=conferences
            )
        )
    )


def visible_organizations(user) -> QuerySet[Organization]:
    """Organisations that organised, attended or signed at a conference ``user`` may see."""
    conferences = visible_conferences(user)
    return Organization.objects.filter(
        Exists(conferences.filter(organizer=OuterRef("pk")))
        | Exists(
            Participation.objects.filter(organization=OuterRef("pk"), conference__in=conferences)
        )
        | Exists(
            ProgrammeParty.objects.filter(
                organization=OuterRef("pk"), programme__conference__in=conferences
            )
        )
    )


def organization_conferences_q(organization: Organization) -> Q:
    """Conferences an organisation organised, attended (someone came on its behalf) or signed."""
    return (
        Q(organizer=organization)
        | Q(pk__in=Participation.objects.filter(organization=organization).values("conference_id"))
        | Q(
            pk__in=ProgrammeParty.objects.filter(organization=organization).values(
                "programme__conference_id"
            )
        )
    )


@dataclass
class ActiveFilter:
    key: str
    label: str
    value: str
    remove_url: str


@dataclass
class ConferenceLookup:
    """The filtered conferences for one request, plus what the page needs to explain them."""

    user: object
    params: QueryDict
    form: ConferenceFilterForm = field(init=False)

    def __post_init__(self):
        self.form = ConferenceFilterForm(self.params, user=self.user)
        self.form.is_valid()  # errors are shown; valid filters still apply

    # -- what was asked, and what could not be understood ---------------------------------

    @property
    def values(self) -> dict:
        """The filters that are valid and set (value after cleaning)."""
        cleaned = getattr(self.form, "cleaned_data", {})
        errors = self.form.errors
        return {
            key: cleaned[key]
            for key in FILTER_KEYS
            if key not in errors and cleaned.get(key) not in (None, "")
        }

    @property
    def error_messages(self) -> list[str]:
        messages = []
        for key in FILTER_KEYS:
            for error in self.form.errors.get(key, []):
                if error:
                    messages.append(str(error))
        return messages

    @property
    def has_errors(self) -> bool:
        return bool(self.form.errors)

    def query_string(self, *, without: str | None = None, **extra) -> str:
        """The valid filters as a query string (optionally minus one), for links and exports."""
        query = QueryDict(mutable=True)
        for key, value in self.values.items():
            if key == without:
                continue
            if isinstance(value, dt.date):
                value = show_date(value)
            query[key] = str(value)
        for key, value in extra.items():
            query[key] = str(value)
        return query.urlencode(safe="/")

    def active_filters(self, base_url: str) -> list[ActiveFilter]:
        values = self.values
        active = []
        for key, value in values.items():
            if key == "kind":
                label, shown = _("Loại"), dict(self.form.fields["kind"].choices).get(value, value)
            elif key == "year":
                label, shown = _("Năm"), str(value)
            elif key == "from":
                label, shown = _("Từ ngày"), show_date(value)
            elif key == "to":
                label, shown = _("Đến ngày"), show_date(value)
            elif key == "person":
                label, shown = _("Đại biểu"), self.form.person_obj.full_name
            elif key == "organization":
                label, shown = _("Tổ chức"), self.form.organization_obj.name
            else:
                label, shown = _("Từ khóa"), f"“{value}”"
            rest = self.query_string(without=key)
            active.append(
                ActiveFilter(
                    key=key,
                    label=str(label),
                    value=str(shown),
                    remove_url=f"{base_url}?{rest}" if rest else base_url,
                )
            )
        return active

    # -- the query ---------------------------------------------------------------------------

    def queryset(self) -> QuerySet[Conference]:
        """Visible conferences matching every valid filter, newest first."""
        qs = visible_conferences(self.user)
        values = self.values
        if "q" in values:
            # The site search's matcher (core.keywords): whole syllables, quoted phrases, so
            # "ha" finds "Hà", "Hạ" but not "thành" or "khác"; the conferences listed are the
            # ones the site search finds. "ubnd" also finds "Ủy ban nhân dân" and the other way
            # round (the search text holds positions both as written and spelled out:
            # events.positions).
            vendor = connections[qs.db].vendor
            for term in parse_query(values["q"]).loose_terms:
                match = term_q("search_text", term, vendor=vendor)
                expansion = "" if term.is_phrase else folded_abbreviation(term.words[0])
                if expansion:
                    match |= term_q("search_text", Term(tuple(expansion.split())), vendor=vendor)
                qs = qs.filter(match)
        if "kind" in values:
            qs = qs.filter(
                pk__in=Conference.kinds.through.objects.filter(
                    conferencekind__code=values["kind"]
                ).values("conference_id")
            )
        if "year" in values:
            qs = qs.filter(starts_at__year=values["year"])
        if "from" in values:
            qs = qs.filter(starts_at__gte=start_of_day(values["from"]))
        if "to" in values:
            qs = qs.filter(starts_at__lt=start_of_day(values["to"] + dt.timedelta(days=1)))
        if "person" in values:
            qs = qs.filter(
                pk__in=Participation.objects.filter(person=self.form.person_obj).values(
                    "conference_id"
                )
            )
        if "organization" in values:
            qs = qs.filter(organization_conferences_q(self.form.organization_obj))
        return qs.order_by("-starts_at", "-pk")


_WORD = re.compile(r"\w+")


def keywords(query: str) -> list[str]:
    """Folded words of a query, punctuation dropped: "Chữ thập đỏ," → ["chu", "thap", "do"].

    The lookup's ``q`` no longer uses this (core.keywords); documents/search.py still does."""
    return _WORD.findall(fold(query))


def start_of_day(day: dt.date) -> dt.datetime:
    """Midnight at the start of ``day`` in the site's time zone (Asia/Ho_Chi_Minh)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))
