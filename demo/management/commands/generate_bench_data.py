"""``manage.py generate_bench_data``: the bench data generator lives in ``bench/generate_data.py``."""

from bench.generate_data import Command

__all__ = ["Command"]
