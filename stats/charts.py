"""Small SVG charts drawn on the server: no JavaScript, nothing the CSP forbids.

Why not a library: pygal (the usual choice) writes a ``<style>`` element and ``style``
attributes into its SVG and adds a script for tooltips; served inline in a page, those fall
under the site's ``style-src 'self'`` / ``script-src 'self'`` and would be blocked. These
helpers write only elements and presentation attributes (``fill``, ``font-size``,
``transform``), which the CSP does not govern, plus classes that ``static/css/stats.css``
colours from the site's variables (``--red``, ``--link``, …). The ``fill`` attributes carry
the same colours, so an SVG copied out of the page still looks right.

Every chart is ``role="img"`` with a ``<title>`` and a ``<desc>`` (what a screen reader
announces); each bar has its own ``<title>`` (the tooltip: "Tháng 3/2024 · Phản biện xã hội:
2"). The numbers are also in the data table the page shows beside each chart. Numbers use
the active language's grouping (``1.234`` in Vietnamese, ``portal/formats/vi``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.formats import get_format, number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# (class, colour): the site's colours first (static/css/site.css), then darker companions
# with at least 3:1 contrast on white so adjacent stacks stay apart.
PALETTE = (
    ("s1", "#b3001b"),  # --red
    ("s2", "#0b4f9c"),  # --link
    ("s3", "#9a7400"),  # --gold, darkened for contrast on white
    ("s4", "#00726b"),
    ("s5", "#4a4a4f"),  # --ink-soft
    ("s6", "#6a3d9a"),
    ("s7", "#b35900"),
    ("s8", "#7f0014"),  # --red-dark
)
PREVIOUS = ("prev", "#8a8a92")  # the year before: grey, beside this period's bar
INK, MUTED, LINE = "#1d1d1f", "#5f5f66", "#dcdce0"
FONT = 14


def vi_number(value, decimals: int = 0) -> str:
    """``1234`` → ``1.234`` (grouping of the active language, here Vietnamese)."""
    if decimals:
        # number_format cuts extra digits off; round first (92,857 → 92,9, not 92,8).
        return number_format(round(value, decimals), decimal_pos=decimals, force_grouping=True)
    # Counts: the language's separator every three digits (what number_format does, without
    # its per-call set-up: a page writes hundreds of them).
    return f"{int(value):,}".replace(",", get_format("THOUSAND_SEPARATOR"))


def vi_percent(share: float | None) -> str:
    """``0.818`` → ``81,8%``; ``None`` → ``—``."""
    if share is None:
        return "—"
    return f"{vi_number(share * 100, 1)}%"


def colour(index: int) -> tuple[str, str]:
    """(class, colour) of the ``index``-th series."""
    return PALETTE[index % len(PALETTE)]


@dataclass
class Series:
    """One series: its name (legend and tooltips), one value per label, its colour class."""

    name: str
    values: Sequence[int | float]
    css: str = "s1"

    @property
    def fill(self) -> str:
        return dict((*PALETTE, PREVIOUS)).get(self.css, PALETTE[0][1])


def _attrs(attrs: dict) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        elif not isinstance(value, int):
            value = html.escape(str(value), quote=True)
        parts.append(f' {_ATTRIBUTE_NAMES.get(key) or _attribute_name(key)}="{value}"')
    return "".join(parts)


_ATTRIBUTE_NAMES: dict[str, str] = {}


def _attribute_name(key: str) -> str:
    """``class_`` → ``class``, ``text_anchor`` → ``text-anchor`` (remembered)."""
    name = _ATTRIBUTE_NAMES[key] = key.rstrip("_").replace("_", "-")
    return name


def _el(tag: str, text: str | None = None, *, children: str = "", **attrs) -> str:
    """One SVG element; ``text`` is escaped, ``children`` is markup built here."""
    inner = html.escape(text, quote=False) if text is not None else children
    if not inner:
        return f"<{tag}{_attrs(attrs)}/>"
    return f"<{tag}{_attrs(attrs)}>{inner}</{tag}>"


def _svg(chart_id: str, title: str, desc: str, width: int, height: int, body: str) -> SafeString:
    return mark_safe(  # noqa: S308 - every text and attribute above went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart__svg" id="{escape(chart_id)}"'
        f' viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img"'
        f' aria-labelledby="{escape(chart_id)}-title {escape(chart_id)}-desc"'
        f' font-family="system-ui, sans-serif" font-size="{FONT}">'
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>'
        f'<desc id="{escape(chart_id)}-desc">{escape(desc)}</desc>'
        f"{body}</svg>"
    )


def nice_ticks(maximum: float, count: int = 5) -> list[int]:
    """Round tick values from 0 covering ``maximum``: 0, 2, 4 … or 0, 50, 100 … (at least
    0 and 1, never fractions: these are counts)."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw and m * magnitude >= 1)
    step = max(1, int(step))
    top = int(math.ceil(maximum / step) * step)
    return list(range(0, top + 1, step))


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- Columns by month (stacked), with the year before beside them ----------------------------


def column_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    tooltips: Sequence[str] | None = None,
    series: Sequence[Series],
    beside: Series | None = None,
    y_label: str,
    x_label: str,
) -> SafeString:
    """Vertical columns, one group per label: ``series`` stacked, ``beside`` (the year
    before) as a grey column to its left."""
    width, height = 640, 320
    left, right, top, bottom = 52, 12, 14, 58
    plot_w, plot_h = width - left - right, height - top - bottom
    n = max(len(labels), 1)
    stacks = [sum(s.values[i] for s in series) for i in range(len(labels))]
    highest = max([*stacks, *(beside.values if beside else [])] or [0])
    ticks = nice_ticks(highest)
    scale = plot_h / ticks[-1]
    tooltips = tooltips or labels
    parts = []
    # Grid and y ticks.
    grid = []
    for value in ticks:
        y = top + plot_h - value * scale
        grid.append(_el("line", x1=left, x2=width - right, y1=y, y2=y, stroke=LINE))
        grid.append(
            _el("text", vi_number(value), x=left - 6, y=y + 4, text_anchor="end", fill=MUTED)
        )
    parts.append(_el("g", children="".join(grid), class_="chart__grid"))
    # Columns.
    group_w = plot_w / n
    bar_w = group_w * (0.42 if beside else 0.64)
    gap = group_w * 0.06
    bars = []
    for i in range(len(labels)):
        centre = left + group_w * i + group_w / 2
        x = centre - bar_w / 2 + (bar_w / 2 + gap / 2 if beside else 0)
        if beside:
            value = beside.values[i]
            h = value * scale
            bars.append(
                _el(
                    "rect",
                    children=_el("title", f"{tooltips[i]} · {beside.name}: {vi_number(value)}"),
                    x=x - bar_w - gap,
                    y=top + plot_h - h,
                    width=bar_w,
                    height=h,
                    fill=beside.fill,
                    class_=f"chart__bar {beside.css}",
                )
            )
        y = top + plot_h
        for s in series:
            value = s.values[i]
            if not value:
                continue
            h = value * scale
            y -= h
            bars.append(
                _el(
                    "rect",
                    children=_el("title", f"{tooltips[i]} · {s.name}: {vi_number(value)}"),
                    x=x,
                    y=y,
                    width=bar_w,
                    height=h,
                    fill=s.fill,
                    stroke="#ffffff",
                    stroke_width=0.5,
                    class_=f"chart__bar {s.css}",
                )
            )
    parts.append(_el("g", children="".join(bars), class_="chart__bars"))
    # Axes, x labels (every label if they fit, else every second or third).
    every = 1 if n <= 12 else math.ceil(n / 12)
    axis = [_el("line", x1=left, x2=width - right, y1=top + plot_h, y2=top + plot_h, stroke=INK)]
    for i, label in enumerate(labels):
        if i % every:
            continue
        axis.append(
            _el(
                "text",
                label,
                x=left + group_w * i + group_w / 2,
                y=top + plot_h + 18,
                text_anchor="middle",
                fill=INK,
            )
        )
    axis.append(
        _el("text", x_label, x=left + plot_w / 2, y=height - 8, text_anchor="middle", fill=INK)
    )
    axis.append(
        _el(
            "text",
            y_label,
            x=-(top + plot_h / 2),
            y=14,
            transform="rotate(-90)",
            text_anchor="middle",
            fill=INK,
        )
    )
    parts.append(_el("g", children="".join(axis), class_="chart__axis"))
    return _svg(chart_id, title, desc, width, height, "".join(parts))


# --- Horizontal bars (rankings), one or more series per row ----------------------------------


def bar_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    labels: Sequence[str],
    series: Sequence[Series],
    x_label: str,
) -> SafeString:
    """Horizontal bars, one row per label (its name written above its bars), the series of
    a row side by side: readable on a phone whatever the length of the names."""
    width = 640
    left, right, top = 8, 56, 8
    bar_h, label_h, row_gap = 14, 18, 10
    row_h = label_h + bar_h * len(series) + row_gap
    plot_w = width - left - right
    height = top + row_h * max(len(labels), 1) + 40
    highest = max([v for s in series for v in s.values] or [0])
    ticks = nice_ticks(highest)
    scale = plot_w / ticks[-1]
    plot_bottom = top + row_h * max(len(labels), 1)
    grid = []
    for value in ticks:
        x = left + value * scale
        grid.append(_el("line", x1=x, x2=x, y1=top, y2=plot_bottom, stroke=LINE))
        grid.append(
            _el("text", vi_number(value), x=x, y=plot_bottom + 16, text_anchor="middle", fill=MUTED)
        )
    rows = []
    for i, label in enumerate(labels):
        y = top + row_h * i
        rows.append(_el("text", _truncate(label, 80), x=left, y=y + 13, fill=INK))
        for j, s in enumerate(series):
            value = s.values[i]
            by = y + label_h + bar_h * j
            w = value * scale
            rows.append(
                _el(
                    "rect",
                    children=_el("title", f"{label} · {s.name}: {vi_number(value)}"),
                    x=left,
                    y=by,
                    width=max(w, 0),
                    height=bar_h - 2,
                    fill=s.fill,
                    class_=f"chart__bar {s.css}",
                )
            )
            rows.append(_el("text", vi_number(value), x=left + w + 4, y=by + 11, fill=INK))
    body = (
        _el("g", children="".join(grid), class_="chart__grid")
        + _el("g", children="".join(rows), class_="chart__bars")
        + _el("text", x_label, x=left + plot_w / 2, y=height - 6, text_anchor="middle", fill=INK)
    )
    return _svg(chart_id, title, desc, width, height, body)


# --- Timeline of periods (programmes in force) -----------------------------------------------


@dataclass
class Span:
    label: str
    start: int  # first year
    end: int  # last year (included)
    emphasis: bool = False  # signed during the period: drawn in the main colour


def timeline_chart(
    *,
    chart_id: str,
    title: str,
    desc: str,
    spans: Sequence[Span],
    highlight: tuple[int, int],
    x_label: str,
    legend: tuple[str, str],
) -> SafeString:
    """One bar per span from its first to its last year; the years of the chosen period
    shaded. ``legend``: the names of an emphasised and a plain bar (for the tooltips)."""
    width = 640
    left, right, top = 8, 12, 26
    bar_h, label_h, row_gap = 14, 18, 8
    row_h = label_h + bar_h + row_gap
    first = min([s.start for s in spans] + [highlight[0]])
    last = max([s.end for s in spans] + [highlight[1]])
    years = last - first + 1
    plot_w = width - left - right
    year_w = plot_w / years
    plot_bottom = top + row_h * max(len(spans), 1)
    height = plot_bottom + 40
    parts = [
        _el(
            "rect",
            x=left + (highlight[0] - first) * year_w,
            y=top - 6,
            width=(highlight[1] - highlight[0] + 1) * year_w,
            height=plot_bottom - top + 6,
            fill="#fdf3d0",
            class_="chart__band",
        )
    ]
    every = 1 if years <= 12 else math.ceil(years / 12)
    for k in range(years):
        x = left + k * year_w
        parts.append(_el("line", x1=x, x2=x, y1=top - 6, y2=plot_bottom, stroke=LINE))
        if k % every == 0:
            parts.append(
                _el(
                    "text",
                    str(first + k),
                    x=x + year_w / 2,
                    y=top - 10,
                    text_anchor="middle",
                    fill=MUTED,
                )
            )
    for i, span in enumerate(spans):
        y = top + row_h * i
        css, fill = PALETTE[0] if span.emphasis else PALETTE[1]
        period = f"{span.start}–{span.end}" if span.end != span.start else str(span.start)
        parts.append(_el("text", _truncate(span.label, 80), x=left + 2, y=y + 13, fill=INK))
        parts.append(
            _el(
                "rect",
                children=_el(
                    "title",
                    f"{span.label} ({period}) · {legend[0] if span.emphasis else legend[1]}",
                ),
                x=left + (span.start - first) * year_w + 1,
                y=y + label_h,
                width=(span.end - span.start + 1) * year_w - 2,
                height=bar_h - 2,
                fill=fill,
                class_=f"chart__bar {css}",
            )
        )
    parts.append(
        _el("text", x_label, x=left + plot_w / 2, y=height - 8, text_anchor="middle", fill=INK)
    )
    return _svg(chart_id, title, desc, width, height, "".join(parts))
