"""Benchmark tooling (issue 9); ``bench.generate_data`` backs ``manage.py generate_bench_data``."""
