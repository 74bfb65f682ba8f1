"""bench/run.py: its figures go between the markers of docs/performance.md and nowhere else,
and the targets are judged from the numbers of one run."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench_run():
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def page(queries, cached=0, ms=10.0):
    return {"path": "/", "queries": queries, "queries_cached": cached, "ms_uncached_median": ms}


def figures(rps, p95=10.0, one_p95=5.0):
    return {
        "rps": rps,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 * 2,
        "errors": 0,
        "non_2xx_3xx": 0,
        "one_reader": {"rps": rps / 4, "p50_ms": one_p95 / 2, "p95_ms": one_p95, "p99_ms": 0},
    }


@pytest.fixture
def result(bench_run):
    keys = [t[0] for t in bench_run.TARGETS]
    pages = {k: page(5) for k in ("floor", "home", "article", "category", "category_deep")}
    pages.update(floor=page(0), search=page(13), conference_person=page(6), person=page(9))
    pages["floor"]["ms_uncached_min"] = 1.5
    pages["stats"] = {**page(14, ms=140.0), "path": "/thong-ke/", "ms_uncached_min": 120.0}
    counts = {
        "articles": 100000,
        "published": 97000,
        "conferences": 10000,
        "participations": 130000,
        "people": 20000,
        "category_articles": 12000,
        "category_pages": 600,
        "person_participations": 2500,
    }
    load = {k: figures(100.0) for k in keys}
    load.update(
        floor=figures(1000.0),
        floor_end=figures(900.0),
        floor_rps=1000.0,
        article_cached=figures(1050.0),
        article_nginx=figures(2500.0),
        article_uncached=figures(200.0),
        category_uncached=figures(60.0, p95=20.0, one_p95=10.0),
        category_deep=figures(40.0, p95=50.0, one_p95=25.0),
        search=figures(50.0, p95=400.0, one_p95=120.0),
        workers=[{"pid": 1, "rss_mb": 80.0, "pss_mb": 60.0}],
        page_weight={"html_bytes": 19000, "css_bytes": 25000, "js_bytes": 1000, "total_kb": 44.0},
    )
    small = {"counts": {**counts, "articles": 1000, "conferences": 100}, "pages": pages}
    full = {"counts": counts, "pages": {**pages, "person": page(10)}, "search": {}}
    full["search"] = {"articles_matching": 4000}
    full["deep_page"] = 500
    full["survival"] = {
        "pages": 2000,
        "not_200": 0,
        "cached_before": 2000,
        "still_cached": 1750,
        "published_category": "Tin tức",
        "same_category_pages": 250,
        "same_category_dropped": 250,
        "other_dropped": 0,
        "cache_entries": 4100,
    }
    data = {
        "started": "27/11/2026 00:00",
        "finished": "00:20",
        "machine": {"nproc": 2, "cpu": "AMD EPYC", "load_before": ["1"], "load_after": ["2"]},
        "workers": "2",
        "connections": 4,
        "duration": 20,
        "warmup": 5,
        "single": 10,
        "timings": {"total_s": 1200},
        "queries_small": small,
        "queries_full": full,
        "load": load,
    }
    return json.loads(json.dumps(data))


def test_targets_are_judged_from_one_run(bench_run, result):
    checks = {c["target"]: c for c in bench_run.evaluate(result)}

    def check(start):
        (found,) = [c for t, c in checks.items() if t.startswith(start)]
        return found

    cached = check("Article, cached ≥ 100%")
    assert cached["ok"] and cached["value"].startswith("105%")
    nginx = check("Article, cached, through nginx ≥ 3× the floor")
    assert not nginx["ok"] and nginx["value"].startswith("2.5×")
    assert check("Article, uncached ≥ 10%")["ok"]  # 200 / 1000 = 20 %
    assert not check("longer-term goal: Article, uncached ≥ 25%")["ok"]
    survival = check("After publishing one new article")
    assert not survival["ok"] and survival["value"].startswith("87.5% still cached (1750/2000")
    deep = check("Category page ≈500 p95 within 2×")
    assert not deep["ok"] and deep["value"].startswith("2.50×")  # 25 ms against 10 ms
    assert check("Queries per page unchanged or fewer")["ok"]
    same = checks["Queries per page identical at 1,000 and 100,000 articles"]
    assert not same["ok"] and "person (9 → 10)" in same["value"]
    search = check("Search")
    assert not search["ok"] and "400.0 ms" in search["value"]  # saturated figure shown too


def test_every_page_is_compared_and_more_queries_fail(bench_run, result):
    result["queries_full"]["pages"]["home"] = page(19)  # budget 18
    del result["queries_small"]["pages"]["search"]

    checks = {c["target"]: c for c in bench_run.evaluate(result)}

    budget = next(c for t, c in checks.items() if t.startswith("Queries per page unchanged"))
    assert not budget["ok"] and "home (19 > 18)" in budget["value"]
    same = checks["Queries per page identical at 1,000 and 100,000 articles"]
    assert "home (5 → 19)" in same["value"] and "search (– → 13)" in same["value"]


def test_a_row_without_nginx_is_reported_not_measured(bench_run, result, tmp_path):
    result["load"]["article_nginx"] = {"label": "x", "skipped": "nginx is not installed"}
    result["load"]["article_nginx_gzip"] = {"label": "x", "skipped": "nginx is not installed"}
    result["checks"] = bench_run.evaluate(result)

    nginx = next(c for c in result["checks"] if "through nginx" in c["target"])
    assert not nginx["ok"] and "nginx is not installed" in nginx["value"]
    doc = tmp_path / "performance.md"
    bench_run.write_doc(bench_run.markdown(result), doc)
    assert "| Article, cached, through nginx | nginx micro-cache hit" in doc.read_text()
    bench_run.print_table(result)


def test_rows_left_out_with_pages_are_reported_not_measured(bench_run, result, tmp_path):
    # --pages search: only the floor and the search are load-tested (a quick before/after).
    for key in ("home", "conference_person", "category_deep"):
        result["load"][key] = {"label": "x", "skipped": "left out (--pages)"}
    result["checks"] = bench_run.evaluate(result)

    person = next(c for c in result["checks"] if c["target"].startswith("Conferences filtered"))
    assert not person["ok"] and person["value"] == "not measured: left out (--pages)"
    search = next(c for c in result["checks"] if c["target"].startswith("Search"))
    assert "not measured" not in search["value"]
    doc = tmp_path / "performance.md"
    bench_run.write_doc(bench_run.markdown(result), doc)
    assert "| Home | hit | not measured: left out (--pages) |" in doc.read_text()
    bench_run.print_table(result)


def test_the_nginx_config_is_the_documented_sections(bench_run, tmp_path):
    conf = bench_run.nginx_config(tmp_path, 8081, 8000, bench_run.NGINX_CONF.read_text())

    assert f"proxy_cache_path {tmp_path / 'cache'} " in conf
    assert "/var/cache/nginx" not in conf
    assert "proxy_cache portal_pages;" in conf and "gzip on;" in conf
    assert "server 127.0.0.1:8000;" in conf and "listen 127.0.0.1:8081;" in conf


def test_figures_replace_only_the_marked_block(bench_run, result, tmp_path):
    doc = tmp_path / "performance.md"
    doc.write_text(
        "# Hiệu năng\n\nhand-written intro\n\n"
        f"{bench_run.MARK_START}\nold figures\n{bench_run.MARK_END}\n\n"
        "## Tìm kiếm\n\nthe search helper's section\n"
    )
    result["checks"] = bench_run.evaluate(result)

    bench_run.write_doc(bench_run.markdown(result), doc)

    text = doc.read_text()
    assert "hand-written intro" in text
    assert "## Tìm kiếm\n\nthe search helper's section" in text
    assert "old figures" not in text
    assert "| Article, uncached | miss" in text
    assert text.count(bench_run.MARK_START) == 1 and text.count(bench_run.MARK_END) == 1


def test_the_statistics_page_is_judged_at_both_stages(bench_run, result, tmp_path):
    result["queries_full"]["pages"]["stats"] = {
        **page(14, ms=340.0),
        "path": "/thong-ke/",
        "ms_uncached_min": 310.0,
    }
    checks = {c["target"]: c for c in bench_run.evaluate(result)}

    (stats,) = [c for t, c in checks.items() if t.startswith("Statistics page `/thong-ke/`")]
    assert "< 300 ms" in stats["target"]
    assert not stats["ok"]
    assert stats["value"] == (
        "1,000 articles: 120.0 ms (median 140.0), 14 queries; floor 1.5 ms; "
        "100,000 articles: 310.0 ms (median 340.0), 14 queries; floor 1.5 ms"
    )
    assert (
        "stats" not in checks["Queries per page identical at 1,000 and 100,000 articles"]["value"]
    )
    result["queries_full"]["pages"]["stats"]["ms_uncached_min"] = 250.0
    result["checks"] = bench_run.evaluate(result)
    assert next(c for c in result["checks"] if c["target"].startswith("Statistics"))["ok"]

    doc = tmp_path / "performance.md"
    bench_run.write_doc(bench_run.markdown(result), doc)
    text = doc.read_text()
    assert "Statistics page `/thong-ke/` (in-process" in text
    assert "100,000 articles: 250.0 ms (median 340.0), 14 queries; floor 1.5 ms" in text
    bench_run.print_table(result)


def test_the_statistics_page_missing_at_a_stage_fails(bench_run, result):
    del result["queries_small"]["pages"]["stats"]

    (stats,) = [c for c in bench_run.evaluate(result) if c["target"].startswith("Statistics")]
    assert not stats["ok"] and stats["value"] == "not measured at 1,000 articles"
