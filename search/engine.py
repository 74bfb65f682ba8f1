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
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connections, transaction
from django.db.models import BooleanField, IntegerField, Prefetch, QuerySet
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.text import fold
from events.models import Conference, Participation
from news.models import Article, Category
from search.highlight import highlight, plain_text, snippet
from search.query import ParsedQuery, Term, parse_query, tokenize

NEWS = "news"
CONFERENCE = "conference"
KINDS = (NEWS, CONFERENCE)
KIND_LABELS = {NEWS: _("Tin bài"), CONFERENCE: _("Hội nghị")}

TS_CONFIG = "portal_vi"
SUGGEST_MIN_SIMILARITY = 0.3
SUGGEST_CANDIDATES = 500
SUGGEST_TRIGRAM_THRESHOLD = 0.2  # pg_trgm similarity for candidate words
FALLBACK_SUGGEST_TITLES = 2000
ONE_PASS_LIMIT = 5000  # conferences: above this many matches, rank tier by tier
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
            row = rows.get(pk)
            if row is None:  # withdrawn or deleted since it was ranked, a moment ago
                continue
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


@contextmanager
def bitmap_scans(using: str):
    """Within: PostgreSQL reads matches through the GIN indexes as bitmaps.

    A query with a LIMIT and a rare (or absent) word otherwise tempts the planner into a
    sequential or date-ordered scan that checks — and de-TOASTs — the vector of every row
    until it gives up (seconds at 100,000 articles). A bitmap scan builds the set of matching
    rows from the index first, then reads only those rows (and stops at the LIMIT).
    """
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
        yield


class TieredResults(_Results):
    """PostgreSQL: ranked without sorting (or reading the vector of) every matching row.

    First, bitmap "probes" fetch up to MAX_RESULTS + 1 (id, date) pairs of the title matches,
    then of the title-or-sapo matches, then of every match (GIN indexes on ``ts_filter(vector,
    …)`` and on the vector); once a set is too big the wider ones are not asked. A probe that
    comes back short holds the whole set: that tier is ordered in Python. A tier with more rows than that is dense, so it is read newest first
    along the date index with a LIMIT, which stops after a few dozen rows. Rows of the tiers
    above are excluded by primary key (the tiers are nested: title ⊂ title-or-sapo ⊂ anywhere).
    """

    def __init__(self, qs: QuerySet, source: Source, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._tsquery = parsed.tsquery()
        self._bare = qs.order_by()
        self._sets: dict[str, list | None] | None = None
        self._cache: tuple[int, list[tuple[int, int]]] = (0, [])

    def _condition(self, weights: str) -> RawSQL:
        vector = _vector(self._qs)
        if weights:
            vector = f"ts_filter({vector}, '{{{weights}}}')"
        return RawSQL(
            f"{vector} @@ to_tsquery('{TS_CONFIG}', %s)",
            (self._tsquery,),
            output_field=BooleanField(),
        )

    def _probes(self) -> dict[str, list | None]:
        """{weights: every (id, date) of that set, or None when it has more than MAX_RESULTS}.

        Narrowest first: once a set is too big, the wider ones are too, and are not asked.
        """
        if self._sets is None:
            date, sets = self._source.date, {}
            with bitmap_scans(self._bare.db):
                for weights in ("a", "a,b", ""):
                    qs = self._bare.filter(self._condition(weights))
                    rows = list(qs.values_list("pk", date)[: MAX_RESULTS + 1])
                    if len(rows) > MAX_RESULTS:
                        sets.update(dict.fromkeys(w for w in ("a", "a,b", "") if w not in sets))
                        break
                    sets[weights] = rows
            self._sets = sets
        return self._sets

    def _total(self) -> int:
        rows = self._probes()[""]
        return MAX_RESULTS + 1 if rows is None else len(rows)

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        if self._cache[0] >= end:
            return self._cache[1]
        probes = self._probes()
        ranked: list[tuple[int, int]] = []
        seen: set[int] = set()
        for tier, weights in ((3, "a"), (2, "a,b"), (1, "")):
            need = end - len(ranked)
            rows = probes[weights]
            if rows is not None:  # the whole set: order it here
                ordered = sorted(((when, pk) for pk, when in rows if pk not in seen), reverse=True)
                ranked += [(pk, tier) for _when, pk in ordered[:need]]
                seen.update(pk for pk, _when in rows)
                if len(ordered) >= need:
                    break
                continue
            qs = self._bare.filter(self._condition(weights))
            if seen:
                qs = qs.exclude(pk__in=seen)
            found = list(
                qs.order_by(f"-{self._source.date}", "-pk").values_list("pk", flat=True)[:need]
            )
            ranked += [(pk, tier) for pk in found]
            if len(found) == need:
                break
            seen.update(found)
        self._cache = (end, ranked)
        return ranked


class OnePassResults(_Results):
    """PostgreSQL, small tables (conferences): every match with its tier in one query.

    A district holds a few hundred conferences; reading each matching row once (tier by
    ``ts_filter``) and ordering in Python beats three probes. Above ONE_PASS_LIMIT matches it
    hands over to TieredResults.
    """

    def __init__(self, qs: QuerySet, source: Source, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._parsed = parsed
        self._order: list[tuple[int, int]] | None = None
        self._tiered: TieredResults | None = None

    def _ranked_all(self) -> list[tuple[int, int]] | None:
        if self._order is None and self._tiered is None:
            tsquery = self._parsed.tsquery()
            vector = _vector(self._qs)
            tier = RawSQL(
                f"CASE WHEN ts_filter({vector}, '{{a}}') @@ to_tsquery('{TS_CONFIG}', %s) THEN 3"
                f" WHEN ts_filter({vector}, '{{a,b}}') @@ to_tsquery('{TS_CONFIG}', %s) THEN 2"
                " ELSE 1 END",
                (tsquery, tsquery),
                output_field=IntegerField(),
            )
            rows = list(
                self._qs.order_by()
                .filter(_pg_match(self._qs, tsquery))
                .annotate(search_tier=tier)
                .values_list("search_tier", self._source.date, "pk")[: ONE_PASS_LIMIT + 1]
            )
            if len(rows) > ONE_PASS_LIMIT:
                self._tiered = TieredResults(self._qs, self._source, self._parsed)
            else:
                self._order = [(pk, tier) for tier, _when, pk in sorted(rows, reverse=True)]
        return self._order

    def count(self) -> int:
        if self._ranked_all() is None:
            count = self._tiered.count()
            self.capped = self._tiered.capped
            return count
        return super().count()

    def _total(self) -> int:
        return len(self._order)

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        if self._ranked_all() is None:
            return self._tiered._ranked_ids(end)
        return self._order[:end]


def ranked(kind: str, parsed: ParsedQuery, *, user, filters: Filters) -> _Results:
    """Ranked results of ``kind`` (see ``_Results``) on either back end."""
    source = SOURCES[kind]
    qs = base_queryset(kind, user=user, filters=filters)
    if is_postgres(qs):
        if kind == CONFERENCE:
            return OnePassResults(qs, source, parsed)
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
        if sorted(typed) == sorted(word):
            score += 0.1  # two letters swapped: the commonest slip on a phone keyboard
        elif len(typed) == len(word):
            score += 0.05
    return score


def _close_words(qs: QuerySet, word: str) -> dict[str, str]:
    """Words that may be what ``word`` meant: {folded: as shown}.

    PostgreSQL: the ``search_word`` vocabulary through its trigram index (words are folded).
    Elsewhere (the small demo data on SQLite): the words of the visible titles, accented.
    """
    if is_postgres(qs):
        with transaction.atomic(using=qs.db), connections[qs.db].cursor() as cursor:
            cursor.execute(
                "SELECT set_config('pg_trgm.similarity_threshold', %s, true)",
                [str(SUGGEST_TRIGRAM_THRESHOLD)],
            )
            # Trigram neighbours, plus same first letter and about the same length: trigrams
            # alone miss two swapped letters in a short word ("bein" / "bien").
            cursor.execute(
                "SELECT word FROM search_word WHERE word %% %s"
                " OR (left(word, 1) = left(%s, 1) AND length(word) BETWEEN %s AND %s)"
                " ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [word, word, len(word) - 1, len(word) + 1, word, SUGGEST_CANDIDATES],
            )
            return {row[0]: row[0] for row in cursor.fetchall()}
    words: dict[str, str] = {}
    for title in qs.order_by().values_list("title", flat=True)[:FALLBACK_SUGGEST_TITLES]:
        for original in tokenize(title.lower()):
            words.setdefault(fold(original), original)
    return words


def _accented(bases: list[QuerySet], words: list[str]) -> dict[str, str]:
    """How ``words`` (folded) are written in a title the visitor may see: {folded: accented}.

    Uses the trigram index on ``lower(portal_unaccent(title))`` (the IMMUTABLE wrapper is what
    makes that index possible). Words found in no title stay as they are.
    """
    for qs in bases:
        expr = f"lower(portal_unaccent({qs.model._meta.db_table}.title))"
        for word in words:
            qs = qs.filter(RawSQL(f"{expr} LIKE %s", (f"%{word}%",), output_field=BooleanField()))
        with bitmap_scans(qs.db):
            titles = list(qs.values_list("title", flat=True)[:5])
        shown = {}
        for title in titles:
            for original in tokenize(title.lower()):
                shown.setdefault(fold(original), original)
        if all(word in shown for word in words):
            return shown
    return {}


def suggest(parsed: ParsedQuery, *, user, filters: Filters) -> str:
    """A close spelling that finds something, or "" (only asked when nothing matched).

    Only words that find nothing on their own are replaced; the result is shown only if the
    corrected query finds something the visitor may see.
    """
    bases = [base_queryset(kind, user=user, filters=filters) for kind in filters.kinds()]
    bases = [qs.defer(None).only("pk", "title") for qs in bases]

    def found(terms: list[Term]) -> bool:
        for qs in bases:
            if not is_postgres(qs) or qs.model is Conference:  # small table: plain plan
                if matching(qs, terms).exists():
                    return True
                continue
            with bitmap_scans(qs.db):
                if matching(qs, terms).exists():
                    return True
        return False

    unknown = [word for word in parsed.words if not found([Term((word,))])]
    if not unknown:
        return ""
    shown: dict[str, str] = {}  # folded word -> how to write it
    replacements: dict[str, str] = {}
    for word in unknown[:3]:
        candidates: dict[str, str] = {}
        for qs in bases[:1] if is_postgres(bases[0]) else bases:  # one vocabulary on PG
            for folded, display in _close_words(qs, word).items():
                candidates.setdefault(folded, display)
        shown.update({k: v for k, v in candidates.items() if k not in shown})
        scored = [(closeness(word, c), c) for c in candidates if c != word]
        scored = [(score, c) for score, c in scored if score > SUGGEST_MIN_SIMILARITY]
        if scored:
            replacements[word] = max(scored)[1]
    if not replacements:
        return ""
    corrected = [replacements.get(w, w) for w in parsed.words]
    if is_postgres(bases[0]):
        shown = _accented(bases, corrected)
    spelled = {w: shown.get(replacements.get(w, w), replacements.get(w, w)) for w in parsed.words}
    text = parsed.replaced(spelled)
    candidate = parse_query(text)
    return text if candidate.ok and found(candidate.terms) else ""
