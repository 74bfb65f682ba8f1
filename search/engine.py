"""Run a parsed query over published articles and the conferences a visitor may see.

Reads go through the one door of each model: ``Article.objects.published()`` and
``Conference.objects.visible_to(user)`` — never a draft, a scheduled or withdrawn article, or an
internal conference for someone without the permission.

Two back ends, same results on the same data:

- PostgreSQL: ``search_vector @@ to_tsquery('portal_vi', …)`` on the stored, GIN-indexed
  vectors (see ``search/migrations/0001_postgres_search.py``); the tier comes from the vector
  filtered to its weights (``ts_filter``).
- anything else (SQLite for ``make run``): a whole-word regular expression per term over the
  folded ``search_text``; tiers computed in Python. Fine for the demo data, not for 100,000
  rows.

Ranking (both): every term in the title (tier 3) above every term in the title or the sapo /
summary (tier 2) above a match anywhere else (tier 1); newer first within a tier.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db import connections, transaction
from django.db.models import BooleanField, FloatField, Prefetch, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import Conference, Participation
from news.models import Article, Category
from portal.text import fold
from search.highlight import highlight, plain_text, snippet
from search.query import ParsedQuery, Term, parse_query, tokenize

NEWS = "news"
CONFERENCE = "conference"
KINDS = (NEWS, CONFERENCE)
KIND_LABELS = {NEWS: _("Tin bài"), CONFERENCE: _("Hội nghị")}

TS_CONFIG = "portal_vi"
SUGGEST_MIN_SIMILARITY = 0.3
SUGGEST_CANDIDATES = 20
FALLBACK_SUGGEST_TITLES = 2000
MAX_RESULTS = 1000  # per type: 100 pages of 10; counts above say "hơn 1.000"


@dataclass
class Filters:
    category: Category | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    def kinds(self) -> tuple[str, ...]:
        """A category narrows the search to news (conferences have no category)."""
        return (NEWS,) if self.category else KINDS


@dataclass(frozen=True)
class Source:
    kind: str
    title: str
    summary: str
    date: str

    @property
    def model(self):
        return Article if self.kind == NEWS else Conference


ARTICLES = Source(kind=NEWS, title="title", summary="sapo", date="publish_at")
CONFERENCES = Source(kind=CONFERENCE, title="title", summary="summary", date="starts_at")
SOURCES = {NEWS: ARTICLES, CONFERENCE: CONFERENCES}


def is_postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def base_queryset(kind: str, *, user, filters: Filters) -> QuerySet:
    """What ``user`` may find of ``kind``, with what a result shows, filtered."""
    source = SOURCES[kind]
    if kind == NEWS:
        qs = Article.objects.published().select_related("category").defer("search_text")
        if filters.category:
            qs = qs.filter(category=filters.category)
    else:
        qs = (
            Conference.objects.visible_to(user)
            .select_related("organizer")
            .prefetch_related(
                "kinds",
                Prefetch(
                    "participations",
                    queryset=Participation.objects.select_related("person").order_by("order", "id"),
                ),
                "criticism_subjects__opinions",
            )
            .defer("search_text")
        )
    if filters.date_from:
        qs = qs.filter(**{f"{source.date}__gte": _local_midnight(filters.date_from)})
    if filters.date_to:
        end = _local_midnight(filters.date_to + dt.timedelta(days=1))
        qs = qs.filter(**{f"{source.date}__lt": end})
    return qs


# --- matching and ranking ----------------------------------------------------------------------


def _vector(qs: QuerySet) -> str:
    return f"{qs.model._meta.db_table}.search_vector"


def _pg_match(qs: QuerySet, tsquery: str) -> RawSQL:
    return RawSQL(
        f"{_vector(qs)} @@ to_tsquery('{TS_CONFIG}', %s)", (tsquery,), output_field=BooleanField()
    )


def matching(qs: QuerySet, terms: list[Term]) -> QuerySet:
    """``qs`` narrowed to rows matching every term (unordered)."""
    if is_postgres(qs):
        return qs.filter(_pg_match(qs, " & ".join(t.tsquery() for t in terms)))
    for term in terms:
        qs = qs.filter(search_text__regex=term.pattern)
    return qs


def _tier(title: str, summary: str, terms: list[Term]) -> int:
    folded_title, folded_summary = fold(title), fold(summary)
    if all(re.search(t.pattern, folded_title) for t in terms):
        return 3
    if all(
        re.search(t.pattern, folded_title) or re.search(t.pattern, folded_summary) for t in terms
    ):
        return 2
    return 1


class _Results(Sequence):
    """Ranked results: ``count()`` (capped at MAX_RESULTS) and slices of model instances,
    each with ``search_tier`` — what Django's Paginator needs."""

    def __init__(self, qs: QuerySet, source: Source):
        self._qs = qs
        self._source = source
        self._count: int | None = None
        self.capped = False

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:  # pragma: no cover - abstract
        raise NotImplementedError

    def _total(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def count(self) -> int:
        if self._count is None:
            total = self._total()
            self.capped = total > MAX_RESULTS
            self._count = min(total, MAX_RESULTS)
        return self._count

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        stop = min(MAX_RESULTS, index.stop if index.stop is not None else MAX_RESULTS)
        if stop <= start:
            return []
        wanted = self._ranked_ids(stop)[start:stop]
        rows = self._qs.in_bulk([pk for pk, _tier in wanted])
        result = []
        for pk, tier in wanted:
            row = rows[pk]
            row.search_tier = tier
            result.append(row)
        return result


class RankedList(_Results):
    """Fallback (SQLite): matched in SQL over ``search_text``, ranked in Python."""

    def __init__(self, qs: QuerySet, source: Source, terms: list[Term]):
        super().__init__(qs, source)
        matched = matching(qs, terms).values_list("pk", source.title, source.summary, source.date)
        ranked = sorted(
            ((_tier(title, summary, terms), when, pk) for pk, title, summary, when in matched),
            reverse=True,
        )
        self._order = [(pk, tier) for tier, _when, pk in ranked]

    def _total(self) -> int:
        return len(self._order)

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        return self._order[:end]


class TieredResults(_Results):
    """PostgreSQL: each tier asked separately, newest first, with a LIMIT.

    Never sorts (or reads the vector of) every matching row: the first page of a query that
    matches 90,000 articles reads a few dozen rows. Tier 2 and 1 exclude the rows already
    found in the tiers above by primary key (the tiers are nested: title ⊂ title-or-sapo ⊂
    anywhere), so no row is listed twice.
    """

    def __init__(self, qs: QuerySet, source: Source, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._tsquery = parsed.tsquery()
        self._bare = qs.order_by()
        self._ids: list[tuple[int, int]] = []
        self._complete = False

    def _condition(self, weights: str) -> RawSQL:
        vector = _vector(self._qs)
        if weights:
            vector = f"ts_filter({vector}, '{{{weights}}}')"
        return RawSQL(
            f"{vector} @@ to_tsquery('{TS_CONFIG}', %s)",
            (self._tsquery,),
            output_field=BooleanField(),
        )

    def _total(self) -> int:
        return self._bare.filter(self._condition(""))[: MAX_RESULTS + 1].count()

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        if len(self._ids) >= end or self._complete:
            return self._ids
        ids: list[tuple[int, int]] = []
        for tier, weights in ((3, "a"), (2, "a,b"), (1, "")):
            need = end - len(ids)
            qs = self._bare.filter(self._condition(weights))
            if ids:
                qs = qs.exclude(pk__in=[pk for pk, _tier in ids])
            found = list(
                qs.order_by(f"-{self._source.date}", "-pk").values_list("pk", flat=True)[:need]
            )
            ids += [(pk, tier) for pk in found]
            if len(found) == need:
                break
        else:
            self._complete = True
        self._ids = ids
        return ids


def ranked(kind: str, parsed: ParsedQuery, *, user, filters: Filters) -> _Results:
    """Ranked results of ``kind`` (see ``_Results``) on either back end."""
    source = SOURCES[kind]
    qs = base_queryset(kind, user=user, filters=filters)
    if is_postgres(qs):
        return TieredResults(qs, source, parsed)
    return RankedList(qs, source, parsed.terms)


# --- what a result shows --------------------------------------------------------------------


@dataclass
class Result:
    kind: str
    url: str
    title: str  # escaped, with <mark>
    excerpt: str  # escaped, with <mark>
    when: dt.datetime | None
    tier: int
    labels: list[str] = field(default_factory=list)
    obj: object = None


def _conference_parts(conference: Conference) -> list[str]:
    people = "; ".join(
        f"{p.person.full_name} – {p.position}" if p.position else p.person.full_name
        for p in conference.participations.all()
    )
    parts = [conference.summary, conference.conclusion, conference.venue, people]
    for subject in conference.criticism_subjects.all():
        parts += [subject.document_title, subject.opinion_summary]
        parts += [f"{o.speaker_name}: {o.content}" for o in subject.opinions.all()]
    return parts


def to_result(obj, kind: str, terms: list[Term]) -> Result:
    if kind == NEWS:
        parts = [obj.sapo, plain_text(obj.body), obj.byline]
        when = obj.publish_at
        labels = [obj.category.name] if obj.category_id else []
    else:
        parts = _conference_parts(obj)
        when = obj.starts_at
        labels = [k.name for k in obj.kinds.all()]
    excerpt, _found = snippet(parts, terms)
    return Result(
        kind=kind,
        url=obj.get_absolute_url(),
        title=highlight(obj.title, terms),
        excerpt=excerpt,
        when=when,
        tier=getattr(obj, "search_tier", 1),
        labels=labels,
        obj=obj,
    )


# --- "did you mean" ----------------------------------------------------------------------------


def trigrams(word: str) -> set[str]:
    """pg_trgm's trigrams of one word: padded with two spaces in front and one behind."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def similarity(a: str, b: str) -> float:
    ta, tb = trigrams(a), trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance counting a swap of two neighbours as one edit ("giya"/"giay")."""
    rows = [list(range(len(b) + 1))]
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(row[j - 1] + 1, rows[-1][j] + 1, rows[-1][j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], rows[-2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def closeness(typed: str, word: str) -> float:
    """How close ``word`` is to what was typed: 0 (unrelated) … 1; trigram similarity, or
    one edit (two for longer words) counted as close, which trigrams miss in short words."""
    score = similarity(typed, word)
    allowed = 1 if len(typed) <= 5 else 2
    if abs(len(typed) - len(word)) <= allowed and edit_distance(typed, word) <= allowed:
        score = max(score, 0.5)
    return score


def _candidate_titles(qs: QuerySet, word: str) -> list[str]:
    """Titles that contain something close to ``word``: pg_trgm on PostgreSQL."""
    if not is_postgres(qs):
        return list(
            qs.order_by().values_list("title", flat=True)[:FALLBACK_SUGGEST_TITLES]
        )  # small demo data: compare in Python
    table = qs.model._meta.db_table
    expr = f"lower(portal_unaccent({table}.title))"
    with transaction.atomic(using=qs.db), connections[qs.db].cursor() as cursor:
        cursor.execute(
            "SELECT set_config('pg_trgm.word_similarity_threshold', %s, true)",
            [str(SUGGEST_MIN_SIMILARITY)],
        )
        return list(
            qs.filter(RawSQL(f"%s <%% {expr}", (word,), output_field=BooleanField()))
            .annotate(_similarity=RawSQL(f"word_similarity(%s, {expr})", (word,), FloatField()))
            .order_by("-_similarity")
            .values_list("title", flat=True)[:SUGGEST_CANDIDATES]
        )


def suggest(parsed: ParsedQuery, *, user, filters: Filters) -> str:
    """A close spelling that finds something, or "" (only asked when nothing matched)."""
    bases = [base_queryset(kind, user=user, filters=filters) for kind in filters.kinds()]
    bases = [qs.defer(None).only("pk", "title") for qs in bases]

    def found(terms: list[Term]) -> bool:
        return any(matching(qs, terms).exists() for qs in bases)

    unknown = [word for word in parsed.words if not found([Term((word,))])]
    if not unknown:
        return ""
    accented: dict[str, str] = {}  # folded word -> its accented spelling in a title
    replacements: dict[str, str] = {}
    for word in unknown[:3]:
        best, best_score = "", SUGGEST_MIN_SIMILARITY
        for qs in bases:
            for title in _candidate_titles(qs, word):
                for original in tokenize(title.lower()):
                    folded = fold(original)
                    accented.setdefault(folded, original)
                    score = closeness(word, folded)
                    if folded != word and score > best_score:
                        best, best_score = folded, score
        if best:
            replacements[word] = best
    if not replacements:
        return ""
    spelled = {
        w: accented.get(replacements.get(w, w), replacements.get(w, w)) for w in parsed.words
    }
    text = parsed.replaced(spelled)
    candidate = parse_query(text)
    return text if candidate.ok and found(candidate.terms) else ""
