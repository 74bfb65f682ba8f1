"""Rank what each installed app lets readers find (its ``SearchProvider``, core/sections.py).

Matching and the order of results are ``core.keywords``'s levels: phrases with the tones the
reader typed first (title, then title or summary, then anywhere), then — under "Kết quả gần
đúng" — phrases that only match folded, then scattered syllables; newest first within a level.
Reads go through each provider's ``queryset(user)`` (its model's one door).

Back ends, same order on the same data:

- PostgreSQL, providers with a stored vector (articles, conferences;
  search/migrations/0004): each level is ``ts_filter(search_vector, weights) @@ tsquery``; a
  two-syllable phrase is one lexeme the GIN index answers exactly. ``TieredResults`` probes the
  levels through the indexes and stops at the first level with more than MAX_RESULTS rows
  (that one is read newest first along the date index); ``OnePassResults`` (small tables)
  computes every match's level in one query.
- everything else (SQLite for ``make run``; people and organisations everywhere): the rows
  whose folded column holds every syllable as a whole word, levelled in Python
  (``core.keywords.rank_fields``). Fine for thousands of rows, not for 100,000.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.db import connections, router, transaction
from django.db.models import BooleanField, IntegerField, QuerySet, prefetch_related_objects
from django.db.models.expressions import RawSQL
from django.utils import timezone

from core.keywords import (
    EXACT_LEVELS,
    LAST_LEVEL,
    PHRASE_LEVEL,
    TIER_OF_LEVEL,
    WEIGHTS_OF_LEVEL,
    ParsedQuery,
    Term,
    parse_query,
    rank_fields,
    syllables,
    words_q,
)
from core.sections import SearchProvider, search_providers
from core.text import fold
from search.highlight import highlight, snippet

SUGGEST_MIN_SIMILARITY = 0.3
SUGGEST_CANDIDATES = 500
SUGGEST_TRIGRAM_THRESHOLD = 0.2  # pg_trgm similarity for candidate words
FALLBACK_SUGGEST_TITLES = 2000
ONE_PASS_LIMIT = 5000  # conferences: above this many matches, rank level by level
MAX_RESULTS = 1000  # per tab: 100 pages of 10; counts above say "hơn 1.000"
EAGER_ROWS = 20  # ranked along the date index up to this many: read whole rows at once
NEWS, CONFERENCE = "news", "conference"  # the keys of the news and conference tabs


def providers() -> list[SearchProvider]:
    return search_providers()


def provider(key: str) -> SearchProvider | None:
    return next((p for p in providers() if p.key == key), None)


@dataclass
class Filters:
    category: object | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @property
    def used(self) -> set[str]:
        used = set()
        if self.category:
            used.add("category")
        if self.date_from or self.date_to:
            used.add("dates")
        return used

    def providers(self) -> list[SearchProvider]:
        """The tabs that understand every filter in use (a category: news only)."""
        return [p for p in providers() if self.used <= set(p.filters)]


def is_postgres(queryset: QuerySet) -> bool:
    return connections[queryset.db].vendor == "postgresql"


def _local_midnight(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def base_queryset(source: SearchProvider, *, user, filters: Filters) -> QuerySet:
    """What ``user`` may find of ``source``, with what a result shows, filtered."""
    qs = source.queryset(user)
    if source.narrow is not None:
        qs = source.narrow(qs, filters)
    if source.date_field and filters.date_from:
        qs = qs.filter(**{f"{source.date_field}__gte": _local_midnight(filters.date_from)})
    if source.date_field and filters.date_to:
        end = _local_midnight(filters.date_to + dt.timedelta(days=1))
        qs = qs.filter(**{f"{source.date_field}__lt": end})
    return qs


# --- PostgreSQL conditions ----------------------------------------------------------------


def _vector(qs: QuerySet, source: SearchProvider, weights: str = "") -> str:
    column = f"{qs.model._meta.db_table}.{source.vector}"
    return f"ts_filter({column}, '{{{weights}}}')" if weights else column


def level_sql(qs: QuerySet, source: SearchProvider, parsed: ParsedQuery, level: int):
    """(sql, params) true for the rows matching ``parsed`` at ``level`` or an earlier one of
    its kind (the levels are nested: title ⊂ title or summary ⊂ anywhere)."""
    sql = f"{_vector(qs, source, WEIGHTS_OF_LEVEL[level])} @@ %s::tsquery"
    params = [parsed.tsquery(level)]
    if level == 2 and parsed.toned and source.vector_untoned:
        # Text whose tones are unknown (weight D): a phrase found only there counts as exact.
        phrase = parsed.phrase_tsquery()
        sql = (
            f"({sql} OR ({_vector(qs, source, 'd')} @@ %s::tsquery"
            f" AND NOT {_vector(qs, source, 'a,b,c')} @@ %s::tsquery))"
        )
        params += [phrase, phrase]
    return sql, params


def _condition(qs, source, parsed, level) -> RawSQL:
    sql, params = level_sql(qs, source, parsed, level)
    return RawSQL(sql, params, output_field=BooleanField())


def matching(qs: QuerySet, source: SearchProvider, parsed: ParsedQuery) -> QuerySet:
    """``qs`` narrowed to the rows ``parsed`` finds at some level."""
    if source.vector and is_postgres(qs):
        return qs.filter(_condition(qs, source, parsed, LAST_LEVEL))
    vendor = connections[qs.db].vendor
    return qs.filter(words_q(source.folded_field, parsed, vendor=vendor))


@contextmanager
def bitmap_scans(using: str):
    """Within: PostgreSQL reads matches through the GIN indexes as bitmaps.

    A query with a LIMIT and a rare (or absent) word otherwise tempts the planner into a
    sequential or date-ordered scan that checks — and de-TOASTs — the vector of every row
    until it gives up (seconds at 100,000 articles). A bitmap scan builds the set of matching
    rows from the index first, then reads only those rows (and stops at the LIMIT).
    """
    connection = connections[using]
    if getattr(connection, "portal_bitmap_scans", False):  # already within: one transaction
        yield
        return
    with transaction.atomic(using=using), connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
        connection.portal_bitmap_scans = True
        try:
            yield
        finally:
            connection.portal_bitmap_scans = False


def count_all(results: dict) -> dict:
    """``{key: results.count()}`` for the tabs of one search; the tabs ranked through the
    indexes probe inside one ``bitmap_scans`` transaction instead of one each (three round
    trips fewer a tab)."""
    tiered = [r for r in results.values() if isinstance(r, TieredResults)]
    databases = {r._bare.db for r in tiered}
    if len(databases) == 1:
        with bitmap_scans(databases.pop()):
            for r in tiered:
                r._probes()
    return {key: r.count() for key, r in results.items()}


# --- ranked results --------------------------------------------------------------------------


class _Results(Sequence):
    """Ranked results: ``count()`` (capped at MAX_RESULTS) and slices of model instances, each
    with ``search_level`` (core.keywords), ``search_tier`` (3 title, 2 title or summary,
    1 anywhere) and ``search_approximate`` — what Django's Paginator needs."""

    def __init__(self, qs: QuerySet, source: SearchProvider):
        self._qs = qs
        self._source = source
        self._count: int | None = None
        self.capped = False
        self._fetched: dict = {}  # rows already read while ranking, by primary key

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
        rows = {pk: self._fetched[pk] for pk, _level in wanted if pk in self._fetched}
        missing = [pk for pk, _level in wanted if pk not in rows]
        if missing:
            rows.update(self._qs.in_bulk(missing))
        result = []
        for pk, level in wanted:
            row = rows.get(pk)
            if row is None:  # withdrawn or deleted since it was ranked, a moment ago
                continue
            _mark(row, level)
            result.append(row)
        _prefetch_for_excerpts(result, self._source)
        return result


def _prefetch_for_excerpts(rows: list, source: SearchProvider) -> None:
    """The provider's ``excerpt_prefetch`` for the results matched outside their title and
    summary (tier 1), whose excerpt may have to show it; in one query a lookup."""
    anywhere = [row for row in rows if row.search_tier == 1]
    if source.excerpt_prefetch and anywhere:
        prefetch_related_objects(anywhere, *source.excerpt_prefetch)


def _mark(row, level: int) -> None:
    row.search_level = level
    row.search_tier = TIER_OF_LEVEL[level]
    row.search_approximate = level not in EXACT_LEVELS


class PythonRanked(_Results):
    """Candidates narrowed in SQL over the folded column, levelled in Python."""

    def __init__(self, qs: QuerySet, source: SearchProvider, parsed: ParsedQuery):
        super().__init__(qs, source)
        ranked = []
        # Every field counts in the ranking here: the excerpt-only text is fetched too.
        for obj in matching(qs.prefetch_related(*source.excerpt_prefetch), source, parsed):
            level = rank_fields(parsed, source.fields(obj))
            if level is None:
                continue
            when = getattr(obj, source.date_field) if source.date_field else None
            ranked.append((level, when, obj))
        if source.date_field:  # newest first, undated last, then the later id
            ranked.sort(
                key=lambda r: (r[0], r[1] is None, -r[1].timestamp() if r[1] else 0, -r[2].pk)
            )
        else:  # by name
            ranked.sort(key=lambda r: (r[0], fold(str(r[2])), r[2].pk))
        self._order = [(obj.pk, level) for level, _when, obj in ranked]

    def _total(self) -> int:
        return len(self._order)

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        return self._order[:end]


class TieredResults(_Results):
    """PostgreSQL: ranked without sorting (or reading the vector of) every matching row.

    Bitmap "probes" fetch up to MAX_RESULTS + 1 (id, date) pairs of each level in turn
    (GIN indexes on the vector and on ``ts_filter(vector, '{a}')`` / ``'{a,b}'``); the first
    level with more rows than that is dense, the levels after it are not asked. A probed level
    is ordered in Python; a dense one is read newest first along the date index with a LIMIT,
    which stops after a few dozen rows. Rows of earlier levels are excluded by primary key.
    """

    def __init__(self, qs: QuerySet, source: SearchProvider, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._parsed = parsed
        self._levels = parsed.levels()
        self._bare = qs.order_by()
        self._sets: dict[int, list | None] | None = None
        self._cache: tuple[int, list[tuple[int, int]]] = (0, [])

    def _probes(self) -> dict[int, list | None]:
        """{level: every (id, date) of that level's set, or None when it is not known}."""
        if self._sets is None:
            date, sets = self._source.date_field, {}
            with bitmap_scans(self._bare.db):
                for level in self._levels:
                    qs = self._bare.filter(
                        _condition(self._bare, self._source, self._parsed, level)
                    )
                    rows = list(qs.values_list("pk", date)[: MAX_RESULTS + 1])
                    if len(rows) > MAX_RESULTS:
                        sets.update(dict.fromkeys(lv for lv in self._levels if lv not in sets))
                        break
                    sets[level] = rows
                    if not rows and level == self._levels[0] and not self._any():
                        # An empty tab: nothing at the widest level either (levels are
                        # nested), so one look instead of a probe per level.
                        sets.update({lv: [] for lv in self._levels})
                        break
            self._sets = sets
        return self._sets

    def _any(self) -> bool:
        """Whether anything matches at the widest level (inside ``bitmap_scans``)."""
        last = self._levels[-1]
        return self._bare.filter(_condition(self._bare, self._source, self._parsed, last)).exists()

    def _total(self) -> int:
        sets = self._probes()
        if any(rows is None for rows in sets.values()):
            return MAX_RESULTS + 1
        return len({pk for rows in sets.values() for pk, _when in rows})

    def _ranked_ids(self, end: int) -> list[tuple[int, int]]:
        if self._cache[0] >= end:
            return self._cache[1]
        probes = self._probes()
        ranked: list[tuple[int, int]] = []
        seen: set[int] = set()
        for level in self._levels:
            need = end - len(ranked)
            if need <= 0:
                break
            rows = probes[level]
            if rows is not None:  # the whole set: order it here
                fresh = [(when, pk) for pk, when in rows if pk not in seen]
                ordered = sorted(fresh, reverse=True)
                ranked += [(pk, level) for _when, pk in ordered[:need]]
                seen.update(pk for pk, _when in rows)
                continue
            qs = self._bare.filter(_condition(self._bare, self._source, self._parsed, level))
            if seen:
                qs = qs.exclude(pk__in=seen)
            qs = qs.order_by(f"-{self._source.date_field}", "-pk")
            if end <= EAGER_ROWS:  # a first page: the rows themselves, not their ids, in one go
                rows = list(qs[:need])
                self._fetched.update((row.pk, row) for row in rows)
                found = [row.pk for row in rows]
            else:
                found = list(qs.values_list("pk", flat=True)[:need])
            ranked += [(pk, level) for pk in found]
            if len(found) == need:
                break
            seen.update(found)
        self._cache = (end, ranked)
        return ranked


class OnePassResults(_Results):
    """PostgreSQL, small tables (conferences): every match with its level in one query.

    A district holds a few hundred conferences; reading each matching row once and ordering in
    Python beats a probe per level. Above ONE_PASS_LIMIT matches it hands over to
    TieredResults.
    """

    def __init__(self, qs: QuerySet, source: SearchProvider, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._parsed = parsed
        self._order: list[tuple[int, int]] | None = None
        self._tiered: TieredResults | None = None

    def _ranked_all(self) -> list[tuple[int, int]] | None:
        if self._order is None and self._tiered is None:
            qs, source, parsed = self._qs, self._source, self._parsed
            whens, params = [], []
            for level in parsed.levels()[:-1]:
                sql, level_params = level_sql(qs, source, parsed, level)
                whens.append(f"WHEN {sql} THEN {level}")
                params += level_params
            last = parsed.levels()[-1]
            case = RawSQL(
                f"CASE {' '.join(whens)} ELSE {last} END", params, output_field=IntegerField()
            )
            rows = list(
                qs.order_by()
                .filter(_condition(qs, source, parsed, last))
                .annotate(search_rank=case)
                .values_list("search_rank", source.date_field, "pk")[: ONE_PASS_LIMIT + 1]
            )
            if len(rows) > ONE_PASS_LIMIT:
                self._tiered = TieredResults(qs, source, parsed)
            else:
                rows.sort(key=lambda r: (-r[0], r[1], r[2]), reverse=True)
                self._order = [(pk, level) for level, _when, pk in rows]
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


class FoundResults(_Results):
    """A provider's own ranking (``find``): its QuerySet, best first, narrowed to what the
    portal's matcher finds in its folded column (whole syllables, as every other tab); the
    levels only choose what to highlight."""

    def __init__(self, qs: QuerySet, source: SearchProvider, parsed: ParsedQuery):
        super().__init__(qs, source)
        self._parsed = parsed

    def _total(self) -> int:
        return self._qs[: MAX_RESULTS + 1].count()

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        start = index.start or 0
        stop = min(MAX_RESULTS, index.stop if index.stop is not None else MAX_RESULTS)
        rows = list(self._qs[start:stop]) if stop > start else []
        for row in rows:
            level = rank_fields(self._parsed, self._source.fields(row))
            _mark(row, LAST_LEVEL if level is None else level)
            row.search_approximate = False  # its own order: no "approximate" section
        return rows


def _may_match(source: SearchProvider, parsed: ParsedQuery) -> bool:
    """Whether any row of the provider's model, visible or not, holds the query's syllables in
    its folded column: one plain look (an index on people's and organisations' names) before
    building ``queryset(user)``, whose visibility conditions (Exists over the conferences)
    cost more to build than that look costs to run — and most queries match no name."""
    model = source.model
    vendor = connections[router.db_for_read(model)].vendor
    return model._base_manager.filter(words_q(source.folded_field, parsed, vendor=vendor)).exists()


def ranked(
    source: SearchProvider | str, parsed: ParsedQuery, *, user, filters: Filters
) -> _Results:
    """Ranked results of ``source`` (a provider or its key; see ``_Results``)."""
    if isinstance(source, str):
        source = provider(source)
    if source.find is not None:
        qs = source.find(parsed.text, user)
        if source.folded_field:  # the app's order, the portal's meaning of a keyword
            qs = qs.filter(words_q(source.folded_field, parsed, vendor=connections[qs.db].vendor))
        return FoundResults(qs, source, parsed)
    if source.model is not None and not _may_match(source, parsed):
        return PythonRanked(source.model._base_manager.none(), source, parsed)
    qs = base_queryset(source, user=user, filters=filters)
    if source.vector and is_postgres(qs):
        if source.one_pass:
            return OnePassResults(qs, source, parsed)
        return TieredResults(qs, source, parsed)
    return PythonRanked(qs, source, parsed)


# --- what a result shows --------------------------------------------------------------------


@dataclass
class Result:
    kind: str
    kind_label: str
    url: str
    title: str  # escaped, with <mark>
    excerpt: str  # escaped, with <mark>
    when: dt.datetime | None
    tier: int
    approximate: bool = False
    labels: list[str] = field(default_factory=list)
    obj: object = None
    template: str = "search/includes/result.html"


def to_result(obj, source: SearchProvider | str, parsed: ParsedQuery) -> Result:
    if isinstance(source, str):
        source = provider(source)
    fields = list(source.fields(obj))
    title_field = next((f for f in fields if f.weight == "a"), None)
    title = title_field.text if title_field else str(obj)
    parts = [f.text for f in fields if f is not title_field]
    level = getattr(obj, "search_level", LAST_LEVEL)
    excerpt, _found = snippet(parts, parsed, level)
    return Result(
        kind=source.key,
        kind_label=source.label,
        url=obj.get_absolute_url(),
        title=highlight(title, parsed, level),
        excerpt=excerpt,
        when=getattr(obj, source.date_field) if source.date_field else None,
        tier=getattr(obj, "search_tier", 1),
        approximate=getattr(obj, "search_approximate", False),
        labels=list(source.labels(obj)) if source.labels else [],
        obj=obj,
        template=source.template,
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


def _title_words(titles) -> dict[str, str]:
    words: dict[str, str] = {}
    for title in titles:
        for original in syllables(title):
            words.setdefault(fold(original), original.lower())
    return words


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
    return _title_words(qs.order_by().values_list("title", flat=True)[:FALLBACK_SUGGEST_TITLES])


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
        shown = _title_words(titles)
        if all(word in shown for word in words):
            return shown
    return {}


def suggest(parsed: ParsedQuery, *, user, filters: Filters) -> str:
    """A close spelling that finds something, or "" (only asked when nothing matched).

    Only words that find nothing on their own are replaced; the result is shown only if the
    corrected query finds something the visitor may see. Looks at the tabs with a stored
    vector (news, conferences).
    """
    sources = [p for p in filters.providers() if p.vector and p.find is None]
    if not sources:
        return ""
    bases = [(p, base_queryset(p, user=user, filters=filters)) for p in sources]
    bases = [(p, qs.defer(None).only("pk", "title")) for p, qs in bases]

    def found(candidate: ParsedQuery) -> bool:
        for source, qs in bases:
            if not is_postgres(qs) or source.one_pass:  # small table: plain plan
                if matching(qs, source, candidate).exists():
                    return True
                continue
            with bitmap_scans(qs.db):
                if matching(qs, source, candidate).exists():
                    return True
        return False

    unknown = [w for w in parsed.words if not found(ParsedQuery(text=w, terms=[Term((w,))]))]
    if not unknown:
        return ""
    first = bases[0][1]
    shown: dict[str, str] = {}  # folded word -> how to write it
    replacements: dict[str, str] = {}
    for word in unknown[:3]:
        candidates: dict[str, str] = {}
        for _source, qs in bases[:1] if is_postgres(first) else bases:  # one vocabulary on PG
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
    if is_postgres(first):
        shown = _accented([qs for _source, qs in bases], corrected)
    spelled = {w: shown.get(replacements.get(w, w), replacements.get(w, w)) for w in parsed.words}
    text = parsed.replaced(spelled)
    candidate = parse_query(text)
    return text if candidate.ok and found(candidate) else ""


__all__ = [
    "PHRASE_LEVEL",
    "Filters",
    "Result",
    "count_all",
    "providers",
    "ranked",
    "suggest",
    "to_result",
]
