"""Benchmark of the Thống kê page (issue 23): its time and queries, uncached, at the bench's
two sizes — 1,000 articles and 100 conferences, then 100,000 articles, 10,000 conferences
and 20,000 people (about 200,000 participations) — on PostgreSQL.

    .venv/bin/python bench/stats_bench.py                  # both sizes (first run: minutes)
    .venv/bin/python bench/stats_bench.py --sizes small --runs 3
    .venv/bin/python bench/stats_bench.py --large-url postgres://postgres@127.0.0.1:5432/portal_bench

Data: the bench's own generator (``manage.py generate_bench_data``, bench/generate_data.py),
into databases of this script (``portal_statsbench_small``, ``portal_statsbench_large``,
created and filled once, reused afterwards). For the large size it uses the bench database
instead (``BENCH_DATABASE_URL``, default ``portal_bench``) when that exists and already holds
the large data (after ``make bench``); it only reads it. ``--large-url`` names another one.

Measured in-process with Django's test client (DEBUG off, the page cache middleware removed,
so every request renders the page), ``--runs`` times after a warm-up; printed: the median and
the slowest wall-clock time, the time waiting for SQL, the CPU time of this Python process
(on a busy shared machine the wall clock mostly measures the queue for a CPU) and the number
of queries, for: this year, the last full year, a
six-month range, the same year for an official (internal conferences counted; the account is
made inside a transaction that is rolled back), and the XLSX and DOCX exports. The goal is
under 300 ms for the page at the large size.

Not a test: run it by hand on a quiet machine. ``python bench/stats_bench.py measure`` is the
measuring step alone, inside Django, on ``DATABASE_URL``; it prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
GOAL_MS = 300
# (articles, conferences, people): the two sizes of bench/run.py.
SIZES = {
    "small": (1_000, 100, 200),
    "large": (100_000, 10_000, 20_000),
}
OWN_DB = "postgres://postgres@127.0.0.1:5432/portal_statsbench_{size}"
BENCH_DB = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench")


# --- Inside Django: the measurement ----------------------------------------------------------


def measure(runs: int) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    # Production-like (DEBUG off, cached templates), no collectstatic, and no page cache:
    # every request renders the page.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if "pagecache" not in m]

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.core.cache import cache
    from django.db import connection, transaction
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from events.models import Conference, Participation
    from news.models import Article

    this_year = timezone.localdate().year
    last_year = this_year - 1

    def timed(client, url):
        client.get(url)  # warm
        samples, cpu, sql, queries, status = [], [], [], 0, 0
        for _ in range(runs):
            cache.clear()
            with CaptureQueriesContext(connection) as ctx:
                started, started_cpu = time.perf_counter(), time.process_time()
                response = client.get(url)
                samples.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - started_cpu) * 1000)
            sql.append(sum(float(q["time"]) for q in ctx.captured_queries) * 1000)
            queries, status = len(ctx.captured_queries), response.status_code
        return {
            "url": url,
            "median_ms": round(statistics.median(samples), 1),
            "max_ms": round(max(samples), 1),
            "cpu_ms": round(statistics.median(cpu), 1),
            "sql_ms": round(statistics.median(sql), 1),
            "queries": queries,
            "status": status,
        }

    year_conferences = Conference.objects.filter(starts_at__year=last_year).count()
    result = {
        "conferences": Conference.objects.count(),
        "participations": Participation.objects.count(),
        "articles": Article.objects.count(),
        "conferences_last_year": year_conferences,
        "pages": [],
    }
    anonymous = Client()
    pages = [
        ("Năm nay", f"/thong-ke/?year={this_year}"),
        ("Năm trước (cả năm)", f"/thong-ke/?year={last_year}"),
        ("Sáu tháng", f"/thong-ke/?from=01/01/{last_year}&to=30/06/{last_year}"),
        ("Xuất XLSX", f"/thong-ke/so-lieu.xlsx?year={last_year}"),
        ("Xuất DOCX", f"/thong-ke/bao-cao.docx?year={last_year}"),
    ]
    for label, url in pages:
        result["pages"].append({"label": label, **timed(anonymous, url)})
    with transaction.atomic():
        official = get_user_model().objects.create_user("stats-bench-official")
        official.user_permissions.add(
            Permission.objects.get(
                content_type__app_label="events", codename="view_internal_conference"
            )
        )
        client = Client()
        client.force_login(official)
        result["pages"].append(
            {"label": "Năm trước, cán bộ", **timed(client, f"/thong-ke/?year={last_year}")}
        )
        transaction.set_rollback(True)
    return result


# --- Outside: databases, data, the table -----------------------------------------------------


def _database(url: str) -> tuple[str, str]:
    """(name, URL of the maintenance database "postgres" on the same server)."""
    parts = urlsplit(url)
    return parts.path.lstrip("/"), urlunsplit(parts._replace(path="/postgres"))


def database_exists(url: str) -> bool:
    import psycopg2

    name, admin = _database(url)
    with psycopg2.connect(admin) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return cursor.fetchone() is not None


def create_database(url: str) -> None:
    import psycopg2
    from psycopg2 import sql

    name, admin = _database(url)
    conn = psycopg2.connect(admin)
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    conn.close()


def count_conferences(url: str) -> int:
    import psycopg2

    try:
        with psycopg2.connect(url) as conn, conn.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM events_conference")
            return cursor.fetchone()[0]
    except psycopg2.Error:
        return 0


def django_env(url: str) -> dict:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or "bench-only-not-a-secret",
        # The generator's shared cover files, out of the real media folder.
        "MEDIA_ROOT": str(ROOT / "var" / "bench" / "statsbench-media"),
        "ALLOWED_HOSTS": "testserver",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_REPLICA_URLS", None)
    return env


def prepare(size: str, url: str) -> None:
    """Create, migrate and fill the database of ``size`` unless it already holds its data."""
    articles, conferences, people = SIZES[size]
    if not database_exists(url):
        print(f"Tạo cơ sở dữ liệu {_database(url)[0]} …")
        create_database(url)
    if count_conferences(url) == conferences:
        print(
            f"{size}: dữ liệu đã có ({conferences:,} hội nghị), bỏ qua bước nạp.".replace(",", ".")
        )
        return
    env = django_env(url)
    subprocess.run([PY, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True)
    print(f"{size}: nạp {articles} bài viết, {conferences} hội nghị, {people} đại biểu …")
    subprocess.run(
        [
            PY,
            "manage.py",
            "generate_bench_data",
            "--articles",
            str(articles),
            "--conferences",
            str(conferences),
            "--people",
            str(people),
            "--reset",
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )


def run_measure(url: str, runs: int) -> dict:
    out = subprocess.run(
        [PY, str(Path(__file__).resolve()), "measure", "--runs", str(runs)],
        cwd=ROOT,
        env=django_env(url),
        check=True,
        stdout=subprocess.PIPE,  # the JSON; errors go straight to the terminal
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def vi(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("step", nargs="?", choices=["all", "measure"], default="all")
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES))
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--small-url", default=OWN_DB.format(size="small"))
    parser.add_argument(
        "--large-url",
        default=None,
        help="PostgreSQL database holding the large data (default: the bench database if it "
        "already holds it, else portal_statsbench_large)",
    )
    args = parser.parse_args()
    if args.step == "measure":
        print(json.dumps(measure(args.runs)))
        return

    large_url = args.large_url
    if large_url is None:
        large = SIZES["large"][1]
        bench_ready = database_exists(BENCH_DB) and count_conferences(BENCH_DB) >= large
        large_url = BENCH_DB if bench_ready else OWN_DB.format(size="large")
    urls = {"small": args.small_url, "large": large_url}
    results = {}
    for size in args.sizes:
        url = urls[size]
        if url == BENCH_DB or args.large_url:
            print(f"{size}: đo trên {_database(url)[0]} (chỉ đọc).")
        else:
            prepare(size, url)
        results[size] = run_measure(url, args.runs)

    for size, result in results.items():
        print(
            f"\n{size}: {vi(result['conferences'])} hội nghị, "
            f"{vi(result['participations'])} lượt tham dự, {vi(result['articles'])} bài viết "
            f"({vi(result['conferences_last_year'])} hội nghị trong năm trước)"
        )
        print(
            f"{'trang':<24} {'trung vị ms':>11} {'chậm nhất':>10} {'SQL ms':>7} "
            f"{'CPU Python ms':>13} {'truy vấn':>9} {'mã':>4}"
        )
        for page in result["pages"]:
            flag = ""
            if not page["label"].startswith("Xuất") and page["median_ms"] > GOAL_MS:
                flag = f"  > {GOAL_MS} ms"
            print(
                f"{page['label']:<24} {page['median_ms']:>11.1f} {page['max_ms']:>10.1f} "
                f"{page['sql_ms']:>7.1f} {page['cpu_ms']:>13.1f} "
                f"{page['queries']:>9} {page['status']:>4}{flag}"
            )
    if len(results) == 2:
        same = {page["label"]: page["queries"] for page in results["small"]["pages"]} == {
            page["label"]: page["queries"] for page in results["large"]["pages"]
        }
        print(
            "\nSố truy vấn như nhau ở hai cỡ dữ liệu."
            if same
            else "\nSố truy vấn KHÁC nhau giữa hai cỡ dữ liệu!"
        )


if __name__ == "__main__":
    main()
