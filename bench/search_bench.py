"""Search benchmark (issue 7): p95 of two-word queries at 100,000 articles on PostgreSQL.

Usage (from the project root; takes a few minutes the first time, seconds afterwards)::

    .venv/bin/python bench/search_bench.py                       # 100,000 articles
    .venv/bin/python bench/search_bench.py --articles 20000 --runs 5
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/other .venv/bin/python bench/search_bench.py
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_judged \
        .venv/bin/python bench/search_bench.py --judged   # precision at 5, MRR (issue 19)

It uses its own database (default ``portal_searchbench``, created if missing, migrated), fills
it once with generated Vietnamese articles (bulk_create; the search vectors are filled by the
triggers exactly as for saved articles) plus some conferences, ANALYZEs, then times each query
``--runs`` times, in two ways:

- ``view``: the whole ``/tim-kiem/?q=…`` request through Django's test client (counts per type,
  ranked first results of each type, snippets, template) — what a reader waits for;
- ``tab``: the news tab, page 1 (``type=news``).

and prints p50 / p95 / max per query and over all: wall-clock time, the part spent waiting for
SQL, and the CPU the request used in this process plus in its PostgreSQL backend (read from
``/proc/<pid>/schedstat``): on shared, busy cores the wall clock mostly measures the queue for
a CPU, while the CPU time is what the request costs — the latency on an idle core. Not a test: run it by hand, on an otherwise
quiet machine, and copy the figures to docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portal_searchbench"

QUERIES = [
    "hoi nghi",  # in most articles
    "cau giay",
    "hội nghị",
    "Cầu Giấy",
    "phan bien",
    "chu thap",
    "qua tet",
    "via he",
    "phong chay",
    "khuyen hoc",
    "dich vong",
    "bao lu",
    "nguyen thanh",
    "yen hoa",
    "tuogn than",  # rare (the sample's typo)
    '"an sinh"',
    "cau giya",  # nothing found: the pg_trgm suggestion path
    "xyzzy plugh",  # nothing found, nothing close
]

SAMPLE = ROOT / "tests" / "fixtures" / "import" / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"

THEMES = [
    "Ủy ban MTTQ Việt Nam quận phát động ủng hộ đồng bào bị thiệt hại do bão lũ. Các tổ chức, "
    "cá nhân đã đóng góp tiền và hàng hóa để khắc phục hậu quả thiên tai.",
    "Trao quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách trên địa bàn. Quỹ Vì người "
    "nghèo được vận động từ các doanh nghiệp và nhà hảo tâm.",
    "Phản biện xã hội dự thảo Đề án chỉnh trang vỉa hè, tổ chức giao thông trên một số tuyến phố. "
    "Các đại biểu đề nghị bổ sung giải pháp bảo đảm trật tự đô thị.",
    "Giám sát việc thực hiện quy định về phòng cháy, chữa cháy tại nhà ở nhiều tầng, nhiều căn hộ. "
    "Đoàn giám sát kiến nghị tăng cường kiểm tra và tuyên truyền.",
    "Hội Khuyến học phường trao học bổng cho học sinh có hoàn cảnh khó khăn vượt khó học giỏi. "
    "Phong trào khuyến học, khuyến tài được các khu dân cư hưởng ứng.",
    "Đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp. Cử tri kiến nghị về môi trường, "
    "an ninh trật tự, hạ tầng giao thông và quản lý đất đai.",
    "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư với các hoạt động văn hóa, thể thao. "
    "Ban công tác Mặt trận biểu dương các gia đình văn hóa tiêu biểu.",
    "Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam được triển khai sâu rộng. "
    "Hội nghị sơ kết đánh giá kết quả và đề ra nhiệm vụ thời gian tới.",
]
WARDS = [
    "Dịch Vọng",
    "Dịch Vọng Hậu",
    "Mai Dịch",
    "Nghĩa Đô",
    "Nghĩa Tân",
    "Quan Hoa",
    "Trung Hòa",
    "Yên Hoà",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Việt", "Thanh", "Hữu", "Ngọc"]
GIVEN = ["Hà", "Thanh", "Cường", "Hùng", "Lan", "Hòa", "Dũng", "Hương", "Sơn", "Tâm", "Bình"]


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--conferences", type=int, default=2_000)
    parser.add_argument(
        "--runs", type=int, default=10, help="timed runs per query (after 1 warm-up)"
    )
    parser.add_argument("--explain", action="store_true", help="print EXPLAIN ANALYZE of one query")
    parser.add_argument("--fill-only", action="store_true", help="generate the data and stop")
    parser.add_argument(
        "--judged",
        action="store_true",
        help="precision at 5 and MRR over the judged set (an empty database of its own)",
    )
    return parser.parse_args()


def setup_django(url: str) -> None:
    import psycopg2

    name = url.rsplit("/", 1)[1]
    conn = psycopg2.connect(url.rsplit("/", 1)[0] + "/postgres")
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if not cursor.fetchone():
            cursor.execute(f'CREATE DATABASE "{name}"')
    conn.close()
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "localhost")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings

    # DEBUG stays off (no query log); plain static URLs so no collectstatic manifest is needed.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


class TextMaker:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        words = SAMPLE.read_text(encoding="utf-8").split()
        self.sample_words = words[: len(words) - 30]  # without the old site's chrome
        self.theme_words = [theme.split() for theme in THEMES]

    def window(self, words: list[str], n: int) -> str:
        start = self.rng.randrange(0, max(1, len(words) - n))
        return " ".join(words[start : start + n])

    def name(self) -> str:
        r = self.rng
        return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    def article(self) -> tuple[str, str, str]:
        r = self.rng
        theme = r.choice(self.theme_words)
        title = f"{self.window(theme, r.randint(6, 12))} tại phường {r.choice(WARDS)}"
        sapo = f"{self.window(theme, r.randint(15, 25))} {self.window(self.sample_words, 15)}"
        paragraphs = []
        for _ in range(r.randint(4, 7)):
            source = theme if r.random() < 0.4 else self.sample_words
            text = self.window(source, r.randint(40, 80))
            if r.random() < 0.5:
                text += f" Đồng chí {self.name()} phát biểu tại phường {r.choice(WARDS)}."
            paragraphs.append(f"<p>{text}</p>")
        return title[:300], sapo, "".join(paragraphs)


def fill(target_articles: int, target_conferences: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from core.text import fold
    from events.models import Conference
    from news.models import Article

    have = Article.objects.count()
    maker = TextMaker(seed=have)
    now = timezone.now()
    started = time.perf_counter()
    batch: list[Article] = []
    for i in range(have, target_articles):
        title, sapo, body = maker.article()
        roll = maker.rng.random()
        if roll < 0.9:
            status, when = Article.Status.PUBLISHED, now - timezone.timedelta(minutes=5 * i + 1)
        elif roll < 0.95:
            status, when = Article.Status.DRAFT, None
        else:
            status, when = Article.Status.PUBLISHED, now + timezone.timedelta(days=30)
        batch.append(
            Article(
                title=title,
                slug=f"bench-{i}",
                sapo=sapo,
                body=body,
                byline="Quận Cầu Giấy",
                status=status,
                publish_at=when,
                search_text=fold(f"{title} {sapo} Quận Cầu Giấy {body}"),
            )
        )
        if len(batch) == 2000:
            Article.objects.bulk_create(batch)
            batch.clear()
            done = i + 1 - have
            rate = done / (time.perf_counter() - started)
            print(f"  {i + 1} articles ({rate:.0f}/s)", flush=True)
    if batch:
        Article.objects.bulk_create(batch)
    have_conf = Conference.objects.count()
    conferences = []
    for i in range(have_conf, target_conferences):
        title, summary, body = maker.article()
        people = "; ".join(maker.name() for _ in range(8))
        conferences.append(
            Conference(
                title=f"Hội nghị {title}"[:500],
                slug=f"bench-hoi-nghi-{i}",
                summary=summary,
                starts_at=now - timezone.timedelta(days=i),
                status=Conference.Status.PUBLISHED,
                visibility=(
                    Conference.Visibility.INTERNAL if i % 10 == 0 else Conference.Visibility.PUBLIC
                ),
                search_text=fold(f"{title} {summary} {people} {body}"),
            )
        )
    Conference.objects.bulk_create(conferences, batch_size=1000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE news_article")
        cursor.execute("ANALYZE events_conference")
    if target_articles > have:
        print(f"  filled in {time.perf_counter() - started:.0f} s")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def found(q: str) -> int:
    from django.contrib.auth.models import AnonymousUser

    from search import engine
    from search.query import parse_query

    parsed, filters = parse_query(q), engine.Filters()
    return sum(
        engine.ranked(source, parsed, user=AnonymousUser(), filters=filters).count()
        for source in filters.providers()
        if source.key in (engine.NEWS, engine.CONFERENCE)
    )


def judged() -> None:
    """Precision at 5 and mean reciprocal rank over tests/search/judged.py's queries, on a
    small corpus created inside a transaction that is rolled back (use a database of its own:
    the bench's 100,000 articles would be found too)."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import transaction

    from news.models import Article
    from search import engine
    from search.query import parse_query
    from tests.factories.news import make_article
    from tests.search.judged import build_corpus, evaluate

    if Article.objects.exists():
        sys.exit("--judged needs a database without articles (BENCH_DATABASE_URL=…_judged).")

    def titles_for(q: str) -> list[str]:
        results = engine.ranked(
            engine.NEWS, parse_query(q), user=AnonymousUser(), filters=engine.Filters()
        )
        return [a.title for a in results[:100]]

    with transaction.atomic():
        figures = evaluate(titles_for, build_corpus(make_article))
        transaction.set_rollback(True)
    for query, p5, rr, top in figures["queries"]:
        if p5 < 1 or rr < 1:
            print(f"  {query!r}: P@5={p5:.2f} RR={rr:.2f} first: {', '.join(top)}")
    print(
        f"judged set: {len(figures['queries'])} queries, precision at 5 = {figures['p5']:.3f}, "
        f"mean reciprocal rank = {figures['mrr']:.3f}"
    )


def measure(runs: int) -> None:
    from django.db import connection
    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    sql_ms: list[float] = []

    def timed(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            sql_ms[-1] += (time.perf_counter() - start) * 1000

    connection.ensure_connection()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = Path(f"/proc/{cursor.fetchone()[0]}/schedstat")
    cpu_ms: list[float] = []

    def backend_ns() -> int:
        # CPU time of the PostgreSQL backend serving us (same host): nanoseconds on a CPU.
        try:
            return int(backend.read_text().split()[0])
        except OSError:  # PostgreSQL on another host: Python's CPU time only
            return 0

    from django.conf import settings

    # Every request a miss: what the page costs when the page cache does not hold it (a new
    # query, or the first reader after the lists changed). A session cookie (of no session)
    # keeps the site's page cache out of the way; the view does the same work.
    client.cookies[settings.SESSION_COOKIE_NAME] = "bench-no-session"

    def run(params) -> tuple[float, float]:
        sql_ms.append(0.0)
        with connection.execute_wrapper(timed):
            cpu0, pg0 = time.process_time(), backend_ns()
            start = time.perf_counter()
            response = client.get("/tim-kiem/", params)
            total = (time.perf_counter() - start) * 1000
            cpu_ms.append((time.process_time() - cpu0) * 1000 + (backend_ns() - pg0) / 1e6)
        assert response.status_code == 200
        return total, sql_ms[-1]

    # The same request without a query: what Django, the middleware and the page shell cost on
    # this machine right now (a yardstick for the load on shared cores).
    run({})
    baseline = [run({})[0] for _ in range(runs)]
    rows, every = [], {"view": [], "tab": [], "sql": [], "cpu": []}
    for q in QUERIES:
        timings = {"view": [], "tab": [], "sql": [], "cpu": []}
        for mode, params in (("view", {"q": q}), ("tab", {"q": q, "type": "news"})):
            run(params)  # warm-up
            for _ in range(runs):
                total, in_db = run(params)
                timings[mode].append(total)
                if mode == "view":
                    timings["sql"].append(in_db)
                    timings["cpu"].append(cpu_ms[-1])
        for mode in every:
            every[mode] += timings[mode]
        rows.append((q, found(q), timings))
    print(
        f"\n{'query':<16} {'found':>7} {'view p50':>9} {'view p95':>9} {'SQL p95':>8} "
        f"{'CPU p50':>8} {'CPU p95':>8} {'tab p50':>8} {'tab p95':>8}"
    )
    for q, count, t in rows:
        print(
            f"{q:<16} {count:>7} {statistics.median(t['view']):>9.1f} "
            f"{percentile(t['view'], 95):>9.1f} {percentile(t['sql'], 95):>8.1f} "
            f"{statistics.median(t['cpu']):>8.1f} {percentile(t['cpu'], 95):>8.1f} "
            f"{statistics.median(t['tab']):>8.1f} {percentile(t['tab'], 95):>8.1f}"
        )
    print(
        f"empty form (no query): p50={statistics.median(baseline):.1f} ms "
        f"p95={percentile(baseline, 95):.1f} ms"
    )
    labels = {
        "view": "whole page, all tab",
        "tab": "whole page, news tab",
        "sql": "SQL, all tab",
        "cpu": "CPU (Django+PG), all tab",
    }
    for mode, values in every.items():
        print(
            f"ALL {labels[mode]:<22} n={len(values)} p50={statistics.median(values):.1f} ms "
            f"p95={percentile(values, 95):.1f} ms max={max(values):.1f} ms"
        )
    print(f"load average: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def explain(q: str) -> None:
    """EXPLAIN ANALYZE the queries that rank the news tab's first page for ``q``."""
    from django.contrib.auth.models import AnonymousUser
    from django.db import connection, transaction

    from search import engine
    from search.query import parse_query

    parsed = parse_query(q)
    results = engine.ranked(engine.NEWS, parsed, user=AnonymousUser(), filters=engine.Filters())
    probes = results._probes()
    plans = []
    for level in parsed.levels():
        qs = results._bare.filter(engine._condition(results._bare, results._source, parsed, level))
        plans.append((f"probe level {level}", True, qs.values_list("pk", "publish_at")[:1001]))
        if probes[level] is None:  # dense: read newest first along the date index
            ordered = qs.order_by("-publish_at", "-pk").values_list("pk", flat=True)[:10]
            plans.append((f"newest first, level {level}", False, ordered))
            break
    for label, bitmap, qs in plans:
        sql, params = qs.query.sql_with_params()
        print(f"\n-- {label}")
        with transaction.atomic(), connection.cursor() as cursor:
            if bitmap:
                cursor.execute("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off")
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
            print("\n".join(row[0] for row in cursor.fetchall()))


def main() -> None:
    args = parse_args()
    setup_django(os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    from django.db import connection

    from news.models import Article

    print(
        f"PostgreSQL {connection.pg_version // 10000}, database {connection.settings_dict['NAME']}"
    )
    if args.judged:
        judged()
        return
    fill(args.articles, args.conferences)
    published = Article.objects.published().count()
    print(f"{Article.objects.count()} articles ({published} published)")
    if args.fill_only:
        return
    if args.explain:
        explain("hoi nghi")
    measure(args.runs)


if __name__ == "__main__":
    main()
