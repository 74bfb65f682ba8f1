"""Mutation testing of one module against its own tests (``make mutate MODULE=…``).

    make mutate MODULE=news/services.py
    make mutate MODULE=news/models.py:ArticleQuerySet   # only that class's methods

mutmut (configured in pyproject.toml's ``[tool.mutmut]``) copies the packages into mutants/,
changes the module one small way at a time (``<`` for ``<=``, a dropped decorator, another
string…) and runs the module's own tests against each change: a change no test notices
"survived". The tests of ``<app>/<name>.py`` are ``tests/<app>/test_<name>*.py`` plus the
files listed in ``EXTRA_TESTS``. Runs on SQLite (DATABASE_URL is ignored) with one worker
(``MUTATE_CHILDREN`` to change it: the machine is shared). Scores: docs/testing.md.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Tests of a module that are not named after it (module → extra test files).
EXTRA_TESTS = {
    # The list page's filters were tested as "filters" before the module became lookup.py.
    "events/lookup.py": ["tests/events/test_filters.py"],
    "news/models.py": ["tests/news/test_querysets.py"],
}

CAUGHT = {"killed", "timeout", "caught by type check"}

# Each mutant runs its tests in a fresh pytest session, and migrating a new SQLite test database
# every time would take most of the run: the database is migrated once (``template``) and each
# session gets a copy of it (this module is loaded as a pytest plugin, ``-p tests.mutate``).
TEMPLATE_ENV = "MUTATE_DB_TEMPLATE"


def pytest_configure(config):
    template = os.environ.get(TEMPLATE_ENV)
    if not template:
        return
    from django.conf import settings

    copy = Path(template).with_name(f"test-{os.getpid()}.sqlite3")
    shutil.copyfile(template, copy)
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = str(copy)
    config._mutate_db_copy = copy


def pytest_unconfigure(config):
    copy = getattr(config, "_mutate_db_copy", None)
    if copy is not None:
        copy.unlink(missing_ok=True)


def migrated_template(folder: Path) -> Path:
    template = folder / "template.sqlite3"
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity", "0"],
        env={**os.environ, "DATABASE_URL": f"sqlite:///{template}"},
        check=True,
        cwd=ROOT,
    )
    return template


def tests_for(module: str) -> list[str]:
    path = Path(module)
    app, stem = path.parent.as_posix(), path.stem
    found = sorted(
        p.relative_to(ROOT).as_posix() for p in ROOT.glob(f"tests/{app}/test_{stem}*.py")
    )
    extra = [name for name in EXTRA_TESTS.get(module, []) if (ROOT / name).exists()]
    return sorted(set(found + extra))


def packages() -> list[str]:
    """The project's top-level packages (apps, core, portal…), whatever apps exist today."""
    return sorted(
        path.name
        for path in ROOT.iterdir()
        if (path / "__init__.py").is_file() and path.name not in ("tests", "mutants")
    )


def mutant_pattern(module: str, cls: str) -> str:
    dotted = module.removesuffix(".py").replace("/", ".")
    return f"{dotted}.xǁ{cls}ǁ*" if cls else f"{dotted}.*"


def summary(module: str, pattern: str) -> tuple[int, int, list[tuple[str, str]]]:
    """(caught, total, [(mutant, status) not caught]) for the mutants matching ``pattern``."""
    from mutmut.mutation.data import SourceFileMutationData
    from mutmut.stats import status_by_exit_code

    data = SourceFileMutationData(path=Path(module))
    data.load()
    caught, total, missed = 0, 0, []
    for key, exit_code in sorted(data.exit_code_by_key.items()):
        if not fnmatch.fnmatch(key, pattern):
            continue
        status = status_by_exit_code[exit_code]
        if status == "not checked":
            continue
        total += 1
        if status in CAUGHT:
            caught += 1
        else:
            missed.append((key, status))
    return caught, total, missed


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not argv[0]:
        print(
            "Dùng: make mutate MODULE=news/services.py  (hoặc MODULE=news/models.py:ArticleQuerySet)"
        )
        return 2
    module, _, cls = argv[0].partition(":")
    if not (ROOT / module).is_file():
        print(f"Không có tệp {module}.")
        return 2
    tests = tests_for(module)
    if not tests:
        print(f"Không tìm thấy kiểm thử cho {module} (tests/<app>/test_<tên>*.py).")
        return 2

    os.chdir(ROOT)
    # A fresh copy each run: mutmut keeps earlier results for unchanged code even when the
    # tests changed, and a score must be measured against the tests as they are now.
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    for name in ("DATABASE_URL", "DATABASE_REPLICA_URLS", "REDIS_URL"):
        os.environ.pop(name, None)  # SQLite, one process's cache
    os.environ.setdefault("SECRET_KEY", "test-only-not-a-secret")

    folder = Path(tempfile.mkdtemp(prefix="mutate-db-"))
    os.environ[TEMPLATE_ENV] = str(migrated_template(folder))

    from mutmut import configuration

    # mutmut removes the project folder from sys.path: every package must be in mutants/.
    configuration._guess_source_paths = packages
    base = configuration._load_config()
    configuration._config = dataclasses.replace(
        base,
        only_mutate=[module],
        pytest_add_cli_args=[*base.pytest_add_cli_args, "-p", "tests.mutate", "--reuse-db"],
        pytest_add_cli_args_test_selection=tests,
    )
    from mutmut.__main__ import cli

    children = os.environ.get("MUTATE_CHILDREN", "1")
    pattern = mutant_pattern(module, cls)
    print(f"Đột biến {module}{' (' + cls + ')' if cls else ''} với {', '.join(tests)}")
    args = ["run", "--max-children", children]
    if cls:
        args.append(pattern)
    try:
        cli.main(args, standalone_mode=False)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    caught, total, missed = summary(module, pattern)
    score = 100 * caught / total if total else 0.0
    print(f"\n{argv[0]}: {caught}/{total} đột biến bị bắt ({score:.1f} %)")
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    for key, status in missed:
        changed = [
            line
            for line in get_diff_for_mutant(key, path=Path(module)).splitlines()
            if line[:1] in "+-" and line[:3] not in ("+++", "---")
        ]
        print(f"  {status}: {key}")
        print("".join(f"      {line}\n" for line in changed), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
