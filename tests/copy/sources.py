"""The product's own text as written in the source: templates, Python strings, catalogues.

Read by the glossary and tone-mark guards. Comments, docstrings and raw strings (regular
expressions) are not copy; migrations repeat the models' labels and are history.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = (
    "core",
    "portal",
    "news",
    "events",
    "committee",
    "documents",
    "search",
    "stats",
    "readership",
    "demo",
)
# New apps (another engineer's schedule/, backoffice/) are read as soon as they exist.
EXTRA_APPS = ("schedule", "backoffice")
#: They quote the variants on purpose (docs/glossary.md, end of section 7).
NOT_COPY = {"events/positions.py", "events/drafting.py"}


@dataclass(frozen=True)
class Piece:
    where: str  # path:line
    text: str


def _app_dirs():
    for name in (*APPS, *EXTRA_APPS):
        if (ROOT / name).is_dir():
            yield ROOT / name


def python_files():
    for app in _app_dirs():
        for path in sorted(app.rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if "/migrations/" in rel or rel in NOT_COPY:
                continue
            yield path, rel


def _docstring_lines(tree) -> set[int]:
    lines = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            value = getattr(first, "value", None) if isinstance(first, ast.Expr) else None
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                lines.update(range(first.lineno, first.end_lineno + 1))
    return lines


def python_strings():
    """Every string literal a person may read: not docstrings, not raw strings."""
    for path, rel in python_files():
        source = path.read_text(encoding="utf-8")
        docstrings = _docstring_lines(ast.parse(source))
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type != tokenize.STRING or tok.start[0] in docstrings:
                continue
            if tok.line.rstrip().endswith("# copy: not text"):
                continue  # a format code (Excel's "dd/mm/yyyy"), an old value to replace
            prefix = re.match(r"[A-Za-z]*", tok.string).group(0).lower()
            if "r" in prefix or "b" in prefix:
                continue
            body = tok.string[len(prefix) :]
            quote = body[:3] if body[:3] in ('"""', "'''") else body[0]
            yield Piece(f"{rel}:{tok.start[0]}", body[len(quote) : -len(quote)])


_TEMPLATE_COMMENT = re.compile(r"\{#.*?#\}|\{% comment %\}.*?\{% endcomment %\}|<!--.*?-->", re.S)


def template_texts():
    dirs = [ROOT / "templates", *(app / "templates" for app in _app_dirs())]
    for base in dirs:
        for path in sorted(base.rglob("*.html")) if base.is_dir() else ():
            rel = path.relative_to(ROOT).as_posix()
            source = path.read_text(encoding="utf-8")
            kept = _TEMPLATE_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), source)
            for number, line in enumerate(kept.splitlines(), 1):
                yield Piece(f"{rel}:{number}", line)


def catalogue_texts():
    """msgstr of our .po overrides and the CKEditor language files we ship."""
    for path in sorted((ROOT / "locale").rglob("*.po")):
        rel = path.relative_to(ROOT).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith("msgstr") or (line.startswith('"') and number > 16):
                yield Piece(f"{rel}:{number}", line)
    for path in sorted((ROOT / "static" / "ckeditor").rglob("vi.js")):
        rel = path.relative_to(ROOT).as_posix()
        yield Piece(rel, path.read_text(encoding="utf-8"))


def all_copy():
    yield from python_strings()
    yield from template_texts()
    yield from catalogue_texts()
