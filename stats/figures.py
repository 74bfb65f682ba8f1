"""Every figure of the statistics page: one selector function per figure, nothing else.

All counting happens in the database (aggregate queries, ``Count``/``Sum`` with ``GROUP BY``);
each function runs a fixed number of queries whatever the number of records (pinned in
tests/stats/test_views.py). Functions return plain dataclasses; ``stats/report.py`` turns them
into tables, charts and sentences.

Visibility: every conference figure starts from ``events.lookup.visible_conferences(user)``,
the same door as the conference lookup: anonymous readers count published public records
only, officials with ``events.view_internal_conference`` count internal ones too. News counts
published articles only (``Article.objects.published()``), whoever asks.

Periods are local days (Asia/Ho_Chi_Minh): a conference at 23:30 on 31/12 belongs to that
year. "The year before" is the same days one year earlier (``Period.previous``).

A participation is one row per person per conference with one or more roles
(``Participation.roles``, issue 18); ``top_people`` and ``top_organizations`` count roles
through it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    DateField,
    Exists,
    F,
    IntegerField,
    Max,
    Min,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce, ExtractYear, Least, TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from events.lookup import visible_conferences
from events.models import (
    ConferenceKind,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Organization,
    Participation,
    Person,
    ProgrammeParty,
    Response,
)
from news.models import Article, Category
from readership.models import ArticleDailyViews
from stats.forms import Period

UNCLASSIFIED = ""  # the key of "no kind" / "no category" columns


def _between(prefix: str, period: Period) -> Q:
    """``prefix`` (a datetime field path) within the period's days."""
    lo, hi = period.bounds()
    return Q(**{f"{prefix}__gte": lo, f"{prefix}__lt": hi})


def _span(prefix: str, period: Period) -> Q:
    """From the start of the year before to the end of the period: one index range that holds
    both (an OR of the two ranges makes PostgreSQL read the whole index)."""
    lo, _hi = period.previous().bounds()
    _lo, hi = period.bounds()
    return Q(**{f"{prefix}__gte": lo, f"{prefix}__lt": hi})


def _conferences(period: Period, user):
    """Conferences ``user`` may see that took place in ``period``."""
    return visible_conferences(user).filter(_between("starts_at", period))


def _month_key(value) -> tuple[int, int]:
    """(year, month) of a TruncMonth result: a date (the month of the local day: TruncMonth
    with a DateField output truncates in the current time zone), or an aware datetime."""
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.year, value.month


# --- Conferences by kind and month ---------------------------------------------------------


@dataclass
class Column:
    """A series of a chart and a column of its table (a kind, a category)."""

    key: str
    name: str
    slug: str = ""  # for links (a kind's code, a category's slug); empty: nothing to link to


@dataclass
class MonthRow:
    year: int
    month: int
    counts: dict[str, int]  # by column key
    total: int  # distinct records this month
    previous_total: int  # the same month one year earlier


@dataclass
class MonthlyFigure:
    """Counts by month and by column, this period and the year before."""

    period: Period
    columns: list[Column]
    months: list[MonthRow]
    by_column: dict[str, int]
    previous_by_column: dict[str, int]
    total: int
    previous_total: int


def _monthly(period, columns, column_rows, total_rows, *, unclassified: str) -> MonthlyFigure:
    """Assemble ``MonthlyFigure`` from grouped rows.

    ``column_rows``: (month, column key, count this period, count the year before);
    ``total_rows``: (month, distinct this period, distinct the year before, this period
    without a column, the year before without a column).
    """
    current: dict[tuple[int, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    previous_by_column: dict[str, int] = defaultdict(int)
    for month, key, cur, prev in column_rows:
        current[_month_key(month)][key] += cur
        previous_by_column[key] += prev
    totals: dict[tuple[int, int], int] = defaultdict(int)
    previous_totals: dict[tuple[int, int], int] = defaultdict(int)
    for month, cur, prev, cur_none, prev_none in total_rows:
        ym = _month_key(month)
        totals[ym] += cur
        previous_totals[ym] += prev
        current[ym][UNCLASSIFIED] += cur_none
        previous_by_column[UNCLASSIFIED] += prev_none
    used = {key for counts in current.values() for key, n in counts.items() if n}
    used |= {key for key, n in previous_by_column.items() if n}
    shown = [c for c in columns if c.key in used]
    if UNCLASSIFIED in used:
        shown.append(Column(UNCLASSIFIED, str(unclassified)))
    months = [
        MonthRow(
            year=year,
            month=month,
            counts={c.key: current[(year, month)].get(c.key, 0) for c in shown},
            total=totals[(year, month)],
            previous_total=previous_totals[(year - 1, month)],
        )
        for year, month in period.months()
    ]
    return MonthlyFigure(
        period=period,
        columns=shown,
        months=months,
        by_column={c.key: sum(row.counts[c.key] for row in months) for c in shown},
        previous_by_column={c.key: previous_by_column.get(c.key, 0) for c in shown},
        total=sum(totals.values()),
        previous_total=sum(previous_totals.values()),
    )


def conferences_by_month(period: Period, user) -> MonthlyFigure:
    """Conferences by kind and month, with the year before. Three queries.

    A conference of several kinds (a signing and a criticism session) counts once under each
    of its kinds, and once in the month's total; one without a kind counts as unclassified
    (its row of the kind join has no kind). Both grouped queries read the period's
    conferences once, through the index of visible conferences by date.
    """
    previous = period.previous()
    cur_q, prev_q = _between("starts_at", period), _between("starts_at", previous)
    conferences = visible_conferences(user).filter(_span("starts_at", period))
    month = TruncMonth("starts_at", output_field=DateField())
    kinds = list(ConferenceKind.objects.all())
    code_of = {k.pk: k.code for k in kinds}
    by_kind = list(
        conferences.values(month=month, kind=F("kinds"))
        .annotate(cur=Count("pk", filter=cur_q), prev=Count("pk", filter=prev_q))
        .order_by()
    )
    unclassified = {r["month"]: (r["cur"], r["prev"]) for r in by_kind if r["kind"] is None}
    totals = (
        conferences.values(month=month)
        .annotate(cur=Count("pk", filter=cur_q), prev=Count("pk", filter=prev_q))
        .order_by()
    )
    return _monthly(
        period,
        [Column(k.code, k.name, k.code) for k in kinds],
        [
            (r["month"], code_of[r["kind"]], r["cur"], r["prev"])
            for r in by_kind
            if r["kind"] is not None
        ],
        [(r["month"], r["cur"], r["prev"], *unclassified.get(r["month"], (0, 0))) for r in totals],
        unclassified=_("Chưa phân loại"),
    )


# --- Social criticism ----------------------------------------------------------------------


@dataclass
class CriticismRow:
    body: str  # the issuing body's name, "" when not recorded
    drafts: int
    raised: int  # opinions raised (the declared count, else the itemised opinions)
    answered: int  # opinions answered by "tiếp thu" or "giải trình"
    accepted: int  # responses "tiếp thu"
    explained: int  # responses "giải trình"
    noted: int  # responses "ghi nhận"

    @property
    def share(self) -> float | None:
        """Share of the raised opinions that were answered (0–1), None when none raised."""
        return self.answered / self.raised if self.raised else None


@dataclass
class CriticismFigure:
    rows: list[CriticismRow]
    total: CriticismRow
    previous_drafts: int


ANSWERING = (Response.Outcome.ACCEPTED, Response.Outcome.EXPLAINED)


def _count_of(queryset, ref: str = "subject"):
    """A correlated ``(SELECT COUNT(*) …)`` over ``queryset`` grouped by ``ref``; 0 if none."""
    return Coalesce(
        Subquery(
            # No ordering: the model's default one joined the subject and its conference
            # into every subquery, only to sort a single group.
            queryset.order_by().values(ref).annotate(n=Count("pk")).values("n")[:1],
            output_field=IntegerField(),
        ),
        Value(0),
    )


def criticism_by_body(period: Period, user) -> CriticismFigure:
    """Drafts reviewed, opinions raised and answered, by issuing body. Two queries.

    An opinion counts as answered when a response of "tiếp thu" or "giải trình" answers it,
    or answers the draft's opinions together (a response without an opinion); never more
    than were raised. Responses are also counted by outcome.
    """
    subject = OuterRef("pk")
    itemised = _count_of(Opinion.objects.filter(subject=subject))
    raised = Coalesce(F("opinion_count"), itemised)
    general_answer = Exists(
        Response.objects.filter(subject=subject, opinion__isnull=True, outcome__in=ANSWERING)
    )
    answered_itemised = _count_of(
        Opinion.objects.filter(subject=subject).filter(
            Exists(Response.objects.filter(opinion=OuterRef("pk"), outcome__in=ANSWERING))
        )
    )
    answered = Least(
        Case(When(general_answer, then=raised), default=answered_itemised),
        raised,
    )

    def outcome(value):
        return _count_of(Response.objects.filter(subject=subject, outcome=value))

    rows = (
        CriticismSubject.objects.filter(conference__in=_conferences(period, user))
        .values(body=Coalesce("issuing_body__name", Value("")))
        .annotate(
            drafts=Count("pk"),
            raised=Sum(raised),
            answered=Sum(answered),
            accepted=Sum(outcome(Response.Outcome.ACCEPTED)),
            explained=Sum(outcome(Response.Outcome.EXPLAINED)),
            noted=Sum(outcome(Response.Outcome.NOTED)),
        )
        .order_by("-drafts", "body")
    )
    counted = ("drafts", "raised", "answered", "accepted", "explained", "noted")
    found = [CriticismRow(body=r["body"], **{k: r[k] or 0 for k in counted}) for r in rows]
    # Named bodies first (most drafts first), "not recorded" last.
    found.sort(key=lambda r: (r.body == "", -r.drafts, r.body))
    total = CriticismRow(body="", **{k: sum(getattr(r, k) for r in found) for k in counted})
    previous_drafts = CriticismSubject.objects.filter(
        conference__in=_conferences(period.previous(), user)
    ).count()
    return CriticismFigure(rows=found, total=total, previous_drafts=previous_drafts)


# --- Coordination programmes ---------------------------------------------------------------


@dataclass
class PartnerRow:
    name: str
    slug: str
    signed: int  # programmes signed with it during the period
    in_force: int  # its programmes in force at some time during the period


@dataclass
class ProgrammeRow:
    title: str
    conference_url: str
    signed_on: dt.date | None
    start_year: int
    end_year: int
    parties: list[str]
    signed_in_period: bool


@dataclass
class ProgrammeFigure:
    signed: int
    in_force: int
    partners: list[PartnerRow]
    timeline: list[ProgrammeRow]  # the first ``limit`` programmes in force
    previous_signed: int


def _programme_years(prefix: str = ""):
    """(start, end) years of a programme: its declared period; without one, the year of
    its conference (a programme without an end year runs for its start year)."""
    held = ExtractYear(f"{prefix}conference__starts_at")
    start = Coalesce(f"{prefix}period_start_year", held)
    end = Coalesce(f"{prefix}period_end_year", f"{prefix}period_start_year", held)
    return start, end


def _in_force_q(period: Period, prefix: str = "") -> Q:
    """In force at some time in the period: its years meet the period's years, and it was
    signed before the period ended (uses the ``p_start``/``p_end`` annotations)."""
    _lo, hi = period.bounds()
    return Q(
        p_start__lte=period.end.year,
        p_end__gte=period.start.year,
        **{f"{prefix}conference__starts_at__lt": hi},
    )


def programmes(period: Period, user, *, exclude_name: str = "", limit: int = 30):
    """Programmes signed in the period and in force during it, by partner organisation,
    and the programmes in force on a timeline. Four queries.

    ``exclude_name``: the committee itself (a party to every programme) is not a partner.
    """
    visible = visible_conferences(user)
    start, end = _programme_years()
    base = CoordinationProgramme.objects.filter(conference__in=visible).annotate(
        p_start=start, p_end=end
    )
    signed_q = _between("conference__starts_at", period)
    in_force_q = _in_force_q(period)
    totals = base.aggregate(
        signed=Count("pk", filter=signed_q),
        in_force=Count("pk", filter=in_force_q),
        previous_signed=Count("pk", filter=_between("conference__starts_at", period.previous())),
    )
    p_start, p_end = _programme_years("programme__")
    parties = ProgrammeParty.objects.filter(programme__conference__in=visible)
    if exclude_name:
        parties = parties.exclude(organization__name=exclude_name)
    partners = (
        parties.annotate(p_start=p_start, p_end=p_end)
        .values("organization", "organization__name", "organization__slug")
        .annotate(
            signed=Count(
                "programme",
                distinct=True,
                filter=_between("programme__conference__starts_at", period),
            ),
            in_force=Count("programme", distinct=True, filter=_in_force_q(period, "programme__")),
        )
        .filter(Q(signed__gt=0) | Q(in_force__gt=0))
        .order_by("-signed", "-in_force", "organization__name")
    )
    # What the timeline shows, not the conference's folded search text (kilobytes a row).
    parties_shown = (
        ProgrammeParty.objects.select_related("organization")
        .only("programme_id", "order", "organization__name")
        .order_by("order", "pk")  # within one programme, what the default ordering gives
    )
    timeline = (
        base.filter(in_force_q)
        .select_related("conference")
        .only("title", "signed_on", "conference__slug", "conference__starts_at")
        .prefetch_related(Prefetch("parties", queryset=parties_shown))
        .order_by("p_start", "p_end", "conference__starts_at", "pk")[:limit]
    )
    lo, hi = period.bounds()
    return ProgrammeFigure(
        signed=totals["signed"],
        in_force=totals["in_force"],
        previous_signed=totals["previous_signed"],
        partners=[
            PartnerRow(
                name=r["organization__name"],
                slug=r["organization__slug"],
                signed=r["signed"],
                in_force=r["in_force"],
            )
            for r in partners
        ],
        timeline=[
            ProgrammeRow(
                title=p.title,
                conference_url=p.conference.get_absolute_url(),
                signed_on=p.signed_on,
                start_year=p.p_start,
                end_year=p.p_end,
                parties=[party.organization.name for party in p.parties.all()],
                signed_in_period=lo <= p.conference.starts_at < hi,
            )
            for p in timeline
        ],
    )


# --- Who took part most --------------------------------------------------------------------


@dataclass
class ParticipantRow:
    name: str
    slug: str
    conferences: int  # distinct conferences in the period
    roles: dict[str, int] = field(default_factory=dict)  # role -> conferences in that role


def _top(period: Period, user, key: str, *, limit: int) -> list[ParticipantRow]:
    """The ``limit`` people (``key="person"``) or organisations (``"organization"``) present
    at the most conferences of the period, with their roles. Three queries."""
    base = Participation.objects.filter(conference__in=_conferences(period, user))
    if key == "person":
        model, name, order = Person, "full_name", "sort_key_folded"
    else:
        base = base.filter(organization__isnull=False)
        model, name, order = Organization, "name", "name"
    # Grouped by the key alone, then the names of the few found: joining every person of
    # the year before grouping cost most of this query (bench/stats_bench.py). A person has
    # one participation per conference (events_participation_one_per_person), so counting
    # rows counts conferences, and the hash aggregate halves the time of DISTINCT's sort;
    # several people come on behalf of one organisation, so that count stays DISTINCT.
    conferences = Count("conference", distinct=key != "person")
    top = list(
        base.values(key).annotate(conferences=conferences).order_by("-conferences", key)[:limit]
    )
    found = (
        {
            pk: (label, slug_value, sort_value)
            for pk, label, slug_value, sort_value in model.objects.filter(
                pk__in=[r[key] for r in top]
            ).values_list("pk", name, "slug", order)
        }
        if top
        else {}
    )
    top.sort(key=lambda r: (-r["conferences"], found[r[key]][2], r[key]))
    rows = {
        r[key]: ParticipantRow(
            name=found[r[key]][0], slug=found[r[key]][1], conferences=r["conferences"]
        )
        for r in top
    }
    if rows:
        roles = (
            base.filter(**{f"{key}__in": list(rows)})
            .values(key, "roles__role")
            .annotate(n=conferences)
            .order_by()
        )
        for r in roles:
            if r["roles__role"]:
                rows[r[key]].roles[r["roles__role"]] = r["n"]
    return list(rows.values())


def top_people(period: Period, user, *, limit: int = 10) -> list[ParticipantRow]:
    """People who took part in the most conferences, and in which roles."""
    return _top(period, user, "person", limit=limit)


def top_organizations(period: Period, user, *, limit: int = 10) -> list[ParticipantRow]:
    """Organisations whose people took part in the most conferences, and in which roles."""
    return _top(period, user, "organization", limit=limit)


# --- News ----------------------------------------------------------------------------------


def news_by_category(period: Period) -> MonthlyFigure:
    """Published articles by category and month, with the year before. Two queries.

    An article has at most one category, so a month's total is the sum of its categories
    (and of the articles without one): one grouped query gives everything.
    """
    previous = period.previous()
    cur_q, prev_q = _between("publish_at", period), _between("publish_at", previous)
    categories = [
        Column(str(c.pk), c.name, c.slug if c.active else "") for c in Category.objects.all()
    ]
    rows = list(
        Article.objects.published()
        .filter(_span("publish_at", period))
        .values(month=TruncMonth("publish_at", output_field=DateField()), cat=F("category"))
        # Counting a column of news_article_live_month_idx keeps the scan index-only.
        .annotate(cur=Count("publish_at", filter=cur_q), prev=Count("publish_at", filter=prev_q))
        .order_by()
    )
    return _monthly(
        period,
        categories,
        [(r["month"], str(r["cat"]), r["cur"], r["prev"]) for r in rows if r["cat"] is not None],
        [
            (
                r["month"],
                r["cur"],
                r["prev"],
                *((r["cur"], r["prev"]) if r["cat"] is None else (0, 0)),
            )
            for r in rows
        ],
        unclassified=_("Chưa có chuyên mục"),
    )


@dataclass
class ReadRow:
    title: str
    url: str
    category: str
    views: int


@dataclass
class ReadershipFigure:
    rows: list[ReadRow]
    total_views: int


def most_read(period: Period, *, limit: int = 10) -> ReadershipFigure:
    """Published articles read most during the period (reads by local day), and all reads
    of published articles in the period. Three queries.

    Reads of the few articles the public may not read (``unpublished()``: drafts, withdrawn,
    scheduled) are left out, rather than reads kept of the many that are published: that
    set is small and found through an index, where "published" hashed every article of the
    site twice (bench/stats_bench.py). Reads are summed by article id alone, and only the top
    ``limit`` articles' titles are read afterwards."""
    hidden = Article.objects.unpublished().values("pk")
    views = ArticleDailyViews.objects.filter(day__gte=period.start, day__lte=period.end)
    shown = views.exclude(article__in=hidden)
    top = list(shown.values("article").annotate(n=Sum("views")).order_by("-n", "article")[:limit])
    articles = (
        Article.objects.select_related("category")
        .only("title", "slug", "category__name")
        .in_bulk([r["article"] for r in top])
        if top
        else {}
    )
    sums = views.aggregate(every=Sum("views"), hidden=Sum("views", filter=Q(article__in=hidden)))
    total = (sums["every"] or 0) - (sums["hidden"] or 0)
    return ReadershipFigure(
        rows=[
            ReadRow(
                title=article.title,
                url=article.get_absolute_url(),
                category=article.category.name if article.category_id else "",
                views=r["n"],
            )
            for r in top
            if (article := articles.get(r["article"])) is not None
        ],
        total_views=total,
    )


# --- The year selector ---------------------------------------------------------------------


@dataclass
class RecordYears:
    years: list[int]  # every year from the newest to the oldest record (and this year)
    latest: int | None  # the latest year, up to this one, with a record; None: no record


def record_years(user) -> RecordYears:
    """The years of the visible conferences and published articles. Four queries (index
    look-ups: an aggregate with FILTER cannot read the ends of an index, so "latest" is its
    own query). ``latest`` is the page's default year: this year is often still empty in
    January, and a planned conference of next year is not yet a figure."""
    this_year = timezone.localdate().year
    next_year = timezone.make_aware(dt.datetime(this_year + 1, 1, 1))
    first, last, latest = this_year, this_year, None
    for field_name, queryset in (
        ("starts_at", visible_conferences(user)),
        ("publish_at", Article.objects.published()),
    ):
        bounds = queryset.aggregate(first=Min(field_name), last=Max(field_name))
        bounds |= queryset.filter(**{f"{field_name}__lt": next_year}).aggregate(
            past=Max(field_name)
        )
        if bounds["first"] is not None:
            first = min(first, timezone.localtime(bounds["first"]).year)
            last = max(last, timezone.localtime(bounds["last"]).year)
        if bounds["past"] is not None:
            latest = max(latest or 0, timezone.localtime(bounds["past"]).year)
    return RecordYears(years=sorted(range(first, last + 1), reverse=True), latest=latest)


def years_with_records(user) -> list[int]:
    """Every year from the newest to the oldest visible conference or published article
    (and this year), newest first. Two queries (index look-ups)."""
    return record_years(user).years
