"""The statistics as sections of figures: each figure's table, chart and sentences.

One structure feeds the page, the XLSX and the DOCX, so the three always agree, and each
chart is drawn from exactly the numbers of the table beside it. The numbers come from
``stats/figures.py`` (one selector per figure); this module only arranges them, writes the
Vietnamese sentences ("Trong năm 2024, Ủy ban đã tổ chức và tham dự 24 hội nghị, tăng 4 so
với năm 2023 …") and the links to the lists behind each number (the conference lookup with
the same filters, a category's news list).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from core.models import SiteSettings
from events.models import ConferenceKind, Participation
from stats import charts, figures
from stats.charts import Series, Span, vi_number, vi_percent
from stats.forms import Period

INTERNAL_PERMISSION = "events.view_internal_conference"
TOP = 10  # rows of the "most" tables
TIMELINE = 30  # programmes drawn on the timeline


def can_see_internal(user) -> bool:
    """Officials allowed to see internal conferences get them counted too."""
    return bool(user and user.is_authenticated and user.has_perm(INTERNAL_PERMISSION))


# --- Tables --------------------------------------------------------------------------------


@dataclass
class Cell:
    text: str
    href: str = ""
    value: int | float | str | None = None  # what a spreadsheet stores (numbers stay numbers)
    numeric: bool = False


def num(value: int, href: str = "") -> Cell:
    return Cell(vi_number(value), href if value else "", value, True)


def pct(share: float | None) -> Cell:
    return Cell(vi_percent(share), "", round(share, 4) if share is not None else None, True)


def txt(text: str, href: str = "") -> Cell:
    return Cell(text, href, text)


def row_html(cells: list[Cell]) -> SafeString:
    """One row's cells as markup: the first a row header, numbers right-aligned, a cell with
    a link wrapped in it. Written here, not in the template: the page has hundreds of cells,
    and a template loop with its conditions cost a tenth of the page (bench/stats_bench.py)."""
    out = []
    for index, cell in enumerate(cells):
        inner = conditional_escape(cell.text)
        if cell.href:
            inner = f'<a href="{conditional_escape(cell.href)}">{inner}</a>'
        if index == 0:
            out.append(f'<th scope="row">{inner}</th>')
        else:
            out.append(f'<td class="num">{inner}</td>' if cell.numeric else f"<td>{inner}</td>")
    return mark_safe("".join(out))  # noqa: S308 - every text and link went through escape


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]
    foot: list[Cell] | None = None

    @property
    def rows_html(self) -> list[SafeString]:
        return [row_html(row) for row in self.rows]

    @property
    def foot_html(self) -> SafeString:
        return row_html(self.foot or [])


@dataclass
class Figure:
    key: str  # the anchor on the page (#hoi-nghi-theo-thang)
    title: str
    sentences: list[str]
    table: Table
    chart: SafeString | None = None
    legend: list[tuple[str, str]] = field(default_factory=list)  # (css class, name)
    link: tuple[str, str] | None = None  # (label, url): the list behind the figure
    note: str = ""

    @property
    def wide_table(self) -> bool:
        """Too many columns to sit beside the chart: the page puts it under the chart."""
        return len(self.table.headers) > 4


@dataclass
class Section:
    key: str
    title: str
    figures: list[Figure]


@dataclass
class Report:
    period: Period
    internal: bool
    site_name: str
    sections: list[Section]

    @property
    def title(self) -> str:
        return _("Báo cáo số liệu %(period)s") % {"period": self.period.label}

    @property
    def scope(self) -> str:
        if self.internal:
            return _("Số liệu gồm cả hồ sơ hội nghị nội bộ (chỉ cán bộ có quyền mới xem được).")
        return _("Số liệu từ hồ sơ hội nghị công khai.")

    @property
    def period_text(self) -> str:
        return _("Kỳ báo cáo: %(start)s – %(end)s") % {
            "start": self.period.start.strftime("%d/%m/%Y"),
            "end": self.period.end.strftime("%d/%m/%Y"),
        }


# --- Links ---------------------------------------------------------------------------------


def _url(name: str, params: dict | None = None, *, slug: str = "") -> str:
    """A URL with a query string, "/" kept readable (from=01/06/2024). A page builds hundreds,
    mostly the same ones from one request to the next (the months of a year): each is
    remembered per script prefix and URLconf."""
    items = tuple(params.items()) if params else ()
    return _built_url(name, items, slug, get_script_prefix(), get_urlconf())


@functools.lru_cache(maxsize=8192)
def _built_url(name: str, items: tuple, slug: str, prefix: str, urlconf) -> str:
    """``prefix`` (the script prefix ``reverse`` reads) is part of the key only."""
    url = reverse(name, kwargs={"slug": slug} if slug else None, urlconf=urlconf)
    if items:
        url += "?" + urlencode(items, safe="/")
    return url


def _days(start: dt.date, end: dt.date) -> dict[str, str]:
    return {"from": start.strftime("%d/%m/%Y"), "to": end.strftime("%d/%m/%Y")}


def _month_days(period: Period, year: int, month: int) -> dict[str, str]:
    """The lookup's from/to for one month, clipped to the period."""
    first = max(period.start, dt.date(year, month, 1))
    last = min(period.end, dt.date(year, month, calendar.monthrange(year, month)[1]))
    return _days(first, last)


def _conferences_url(period: Period | None = None, **params) -> str:
    """The conference lookup with these filters (events/lookup.py FILTER_KEYS)."""
    query = dict(period.lookup_params()) if period else {}
    query.update({k: v for k, v in params.items() if v})
    return _url("events:conference_list", query)


# --- Words ---------------------------------------------------------------------------------


def opening(period: Period) -> str:
    """The start of a sentence: "Trong năm 2024" or "Từ 01/01/2024 đến 30/06/2024"."""
    if period.is_year:
        return _("Trong năm %(year)s") % {"year": period.year}
    label = period.label
    return label[:1].upper() + label[1:]


def change(now: int, before: int, period: Period) -> str:
    """ "tăng 4 so với năm 2023 (20)", "giảm 2 …", "bằng năm 2023"."""
    params = {
        "n": vi_number(abs(now - before)),
        "label": period.previous_label,
        "before": vi_number(before),
    }
    if now > before:
        return _("tăng %(n)s so với %(label)s (%(before)s)") % params
    if now < before:
        return _("giảm %(n)s so với %(label)s (%(before)s)") % params
    return _("bằng %(label)s") % params


def month_label(year: int, month: int, *, short: bool = False, years: int = 1) -> str:
    if short:
        return f"T{month}" if years == 1 else f"T{month}/{year % 100:02d}"
    return _("Tháng %(month)s/%(year)s") % {"month": month, "year": year}


def _joined(items: list[str]) -> str:
    return ", ".join(items)


# --- Monthly figures (conferences, news) ---------------------------------------------------


def _monthly_chart(
    figure: figures.MonthlyFigure, *, chart_id, title, desc, y_label
) -> tuple[SafeString, list]:
    period = figure.period
    years = len({row.year for row in figure.months})
    series = [
        Series(column.name, [row.counts[column.key] for row in figure.months], css)
        for column, (css, _fill) in zip(
            figure.columns, (charts.colour(i) for i in range(len(figure.columns))), strict=True
        )
    ]
    beside = Series(
        period.previous_label[:1].upper() + period.previous_label[1:],
        [row.previous_total for row in figure.months],
        charts.PREVIOUS[0],
    )
    svg = charts.column_chart(
        chart_id=chart_id,
        title=title,
        desc=desc,
        labels=[month_label(r.year, r.month, short=True, years=years) for r in figure.months],
        tooltips=[month_label(r.year, r.month) for r in figure.months],
        series=series,
        beside=beside,
        y_label=y_label,
        x_label=_("Tháng"),
    )
    legend = [(s.css, s.name) for s in series] + [(beside.css, beside.name)]
    return svg, legend


def conference_section(period: Period, user) -> Section:
    figure = figures.conferences_by_month(period, user)
    previous = period.previous()
    prev_name = period.previous_label[:1].upper() + period.previous_label[1:]
    headers = [_("Tháng"), *(c.name for c in figure.columns), _("Số hội nghị"), prev_name]
    rows = []
    for row in figure.months:
        days = _month_days(period, row.year, row.month)
        before = _month_days(previous, row.year - 1, row.month)
        rows.append(
            [
                txt(month_label(row.year, row.month)),
                *(
                    num(row.counts[c.key], _conferences_url(kind=c.slug, **days) if c.slug else "")
                    for c in figure.columns
                ),
                num(row.total, _conferences_url(**days)),
                num(row.previous_total, _conferences_url(**before)),
            ]
        )
    foot = [
        txt(_("Cả kỳ")),
        *(
            num(figure.by_column[c.key], _conferences_url(period, kind=c.slug) if c.slug else "")
            for c in figure.columns
        ),
        num(figure.total, _conferences_url(period)),
        num(figure.previous_total, _conferences_url(previous)),
    ]
    title = _("Hội nghị theo loại và theo tháng, %(period)s") % {"period": period.label}
    sentences = []
    if figure.total or figure.previous_total:
        sentences.append(
            _("%(opening)s, Ủy ban đã tổ chức và tham dự %(n)s hội nghị, %(change)s.")
            % {
                "opening": opening(period),
                "n": vi_number(figure.total),
                "change": change(figure.total, figure.previous_total, period),
            }
        )
    else:
        sentences.append(
            _("%(opening)s chưa có hội nghị nào được ghi nhận.") % {"opening": opening(period)}
        )
    by_kind = [(figure.by_column[c.key], c.name) for c in figure.columns if figure.by_column[c.key]]
    if by_kind:
        sentences.append(
            _("Theo loại: %(list)s.")
            % {
                "list": _joined(
                    [
                        f"{name} {vi_number(n)}"
                        for n, name in sorted(by_kind, key=lambda x: (-x[0], x[1]))
                    ]
                )
            }
        )
        busiest = max(figure.months, key=lambda r: (r.total, -r.year, -r.month))
        sentences.append(
            _("Tháng có nhiều hội nghị nhất là %(month)s (%(n)s hội nghị).")
            % {"month": month_label(busiest.year, busiest.month).lower(), "n": busiest.total}
        )
    svg, legend = _monthly_chart(
        figure,
        chart_id="bieu-do-hoi-nghi",
        title=title,
        desc=sentences[0],
        y_label=_("Số hội nghị"),
    )
    return Section(
        key="hoi-nghi",
        title=_("Hội nghị"),
        figures=[
            Figure(
                key="hoi-nghi-theo-thang",
                title=title,
                sentences=sentences,
                table=Table(headers, rows, foot),
                chart=svg,
                legend=legend,
                link=(_("Xem danh sách hội nghị trong kỳ"), _conferences_url(period)),
                note=_(
                    "Một hội nghị có nhiều nội dung (ví dụ vừa ký kết vừa phản biện) được tính ở "
                    "mỗi loại của nó, và một lần ở cột “Số hội nghị”."
                ),
            )
        ],
    )


def news_section(period: Period) -> Section:
    figure = figures.news_by_category(period)
    reads = figures.most_read(period, limit=TOP)
    prev_name = period.previous_label[:1].upper() + period.previous_label[1:]
    headers = [_("Tháng"), *(c.name for c in figure.columns), _("Số bài viết"), prev_name]
    previous = period.previous()

    def news_url(days: dict, slug: str = "") -> str:
        """The news list (a category's, with ``slug``) of the same days (news/views.py)."""
        return (
            _url("news:category_detail", days, slug=slug)
            if slug
            else _url("news:article_list", days)
        )

    rows = []
    for row in figure.months:
        days = _month_days(period, row.year, row.month)
        before = _month_days(previous, row.year - 1, row.month)
        rows.append(
            [
                txt(month_label(row.year, row.month)),
                *(
                    num(row.counts[c.key], news_url(days, c.slug) if c.slug else "")
                    for c in figure.columns
                ),
                num(row.total, news_url(days)),
                num(row.previous_total, news_url(before)),
            ]
        )
    whole, whole_before = _days(period.start, period.end), _days(previous.start, previous.end)
    foot = [
        txt(_("Cả kỳ")),
        *(
            num(figure.by_column[c.key], news_url(whole, c.slug) if c.slug else "")
            for c in figure.columns
        ),
        num(figure.total, news_url(whole)),
        num(figure.previous_total, news_url(whole_before)),
    ]
    title = _("Bài viết đã đăng theo chuyên mục và theo tháng, %(period)s") % {
        "period": period.label
    }
    sentences = [
        _("%(opening)s, cổng đã đăng %(n)s bài viết, %(change)s.")
        % {
            "opening": opening(period),
            "n": vi_number(figure.total),
            "change": change(figure.total, figure.previous_total, period),
        }
    ]
    named = [
        (figure.by_column[c.key], c.name)
        for c in figure.columns
        if c.key != figures.UNCLASSIFIED and figure.by_column[c.key]
    ]
    if named:
        n, name = min(named, key=lambda x: (-x[0], x[1]))
        sentences.append(
            _("Chuyên mục có nhiều bài nhất là “%(name)s” (%(n)s bài).")
            % {"name": name, "n": vi_number(n)}
        )
    svg, legend = _monthly_chart(
        figure, chart_id="bieu-do-tin-bai", title=title, desc=sentences[0], y_label=_("Số bài viết")
    )
    monthly = Figure(
        key="tin-bai-theo-thang",
        title=title,
        sentences=sentences,
        table=Table(headers, rows, foot),
        chart=svg,
        legend=legend,
        link=(_("Xem tin tức trong kỳ"), news_url(whole)),
        note=_(
            "Mỗi số dẫn đến danh sách bài viết của cùng chuyên mục và cùng khoảng ngày, để có "
            "thể kiểm lại."
        ),
    )

    read_title = _("Bài viết được đọc nhiều nhất, %(period)s") % {"period": period.label}
    read_sentences = []
    if reads.rows:
        top = reads.rows[0]
        read_sentences.append(
            _(
                "%(opening)s, các bài viết được đọc %(total)s lượt; bài được đọc nhiều nhất là "
                "“%(title)s” (%(n)s lượt)."
            )
            % {
                "opening": opening(period),
                "total": vi_number(reads.total_views),
                "title": top.title,
                "n": vi_number(top.views),
            }
        )
    else:
        read_sentences.append(
            _("%(opening)s chưa có lượt đọc nào được ghi nhận.") % {"opening": opening(period)}
        )
    read_table = Table(
        [_("Bài viết"), _("Chuyên mục"), _("Lượt đọc")],
        [[txt(r.title, r.url), txt(r.category), num(r.views)] for r in reads.rows],
    )
    read_chart = None
    if reads.rows:
        read_chart = charts.bar_chart(
            chart_id="bieu-do-luot-doc",
            title=read_title,
            desc=read_sentences[0],
            labels=[r.title for r in reads.rows],
            series=[Series(_("Lượt đọc"), [r.views for r in reads.rows], "s2")],
            x_label=_("Lượt đọc"),
        )
    most_read = Figure(
        key="doc-nhieu",
        title=read_title,
        sentences=read_sentences,
        table=read_table,
        chart=read_chart,
        note=_(
            "Lượt đọc của bạn đọc không đăng nhập, theo ngày (giờ Việt Nam); máy tìm kiếm và "
            "cán bộ đăng nhập không được tính."
        ),
    )
    return Section(key="tin-bai", title=_("Bài viết"), figures=[monthly, most_read])


# --- Social criticism ----------------------------------------------------------------------


def criticism_section(period: Period, user) -> Section:
    figure = figures.criticism_by_body(period, user)
    link = _conferences_url(period, kind=ConferenceKind.Code.CRITICISM.value)
    headers = [
        _("Cơ quan ban hành"),
        _("Số dự thảo"),
        _("Ý kiến nêu"),
        _("Ý kiến được trả lời"),
        _("Tỷ lệ trả lời"),
        _("Tiếp thu"),
        _("Giải trình"),
        _("Ghi nhận"),
    ]

    def cells(row: figures.CriticismRow, name: str, href: str = "") -> list[Cell]:
        return [
            txt(name),
            num(row.drafts, href),
            num(row.raised),
            num(row.answered),
            pct(row.share),
            num(row.accepted),
            num(row.explained),
            num(row.noted),
        ]

    rows = [cells(r, r.body or _("Chưa ghi cơ quan ban hành")) for r in figure.rows]
    total = figure.total
    title = _("Phản biện xã hội theo cơ quan ban hành, %(period)s") % {"period": period.label}
    if total.drafts:
        sentences = [
            _(
                "%(opening)s, Ủy ban đã phản biện %(drafts)s dự thảo (%(label)s: %(before)s), "
                "với %(raised)s ý kiến; %(answered)s ý kiến (%(share)s) đã được tiếp thu hoặc "
                "giải trình."
            )
            % {
                "opening": opening(period),
                "drafts": vi_number(total.drafts),
                "label": period.previous_label,
                "before": vi_number(figure.previous_drafts),
                "raised": vi_number(total.raised),
                "answered": vi_number(total.answered),
                "share": vi_percent(total.share),
            },
            _(
                "Cơ quan soạn thảo đã trả lời %(accepted)s lần tiếp thu, %(explained)s lần giải "
                "trình và %(noted)s lần ghi nhận."
            )
            % {
                "accepted": vi_number(total.accepted),
                "explained": vi_number(total.explained),
                "noted": vi_number(total.noted),
            },
        ]
    else:
        sentences = [
            _("%(opening)s chưa có dự thảo nào được phản biện (%(label)s: %(before)s).")
            % {
                "opening": opening(period),
                "label": period.previous_label,
                "before": vi_number(figure.previous_drafts),
            }
        ]
    chart = None
    if figure.rows:
        labels = [r[0].text for r in rows]
        chart = charts.bar_chart(
            chart_id="bieu-do-phan-bien",
            title=title,
            desc=sentences[0],
            labels=labels,
            series=[
                Series(_("Ý kiến nêu"), [r.raised for r in figure.rows], charts.PREVIOUS[0]),
                Series(_("Ý kiến được trả lời"), [r.answered for r in figure.rows], "s1"),
            ],
            x_label=_("Số ý kiến"),
        )
    return Section(
        key="phan-bien",
        title=_("Phản biện xã hội"),
        figures=[
            Figure(
                key="phan-bien-theo-co-quan",
                title=title,
                sentences=sentences,
                table=Table(headers, rows, cells(total, _("Tổng"), link)),
                chart=chart,
                legend=[(charts.PREVIOUS[0], _("Ý kiến nêu")), ("s1", _("Ý kiến được trả lời"))],
                link=(_("Xem các hội nghị phản biện xã hội trong kỳ"), link),
                note=_(
                    "Ý kiến nêu: số ý kiến hồ sơ ghi (hoặc số ý kiến được ghi từng người). Một ý "
                    "kiến được tính là đã trả lời khi có nội dung tiếp thu hoặc giải trình cho "
                    "riêng nó, hoặc cho chung các ý kiến về dự thảo."
                ),
            )
        ],
    )


# --- Coordination programmes ---------------------------------------------------------------


def programme_section(period: Period, user, *, committee_name: str) -> Section:
    figure = figures.programmes(period, user, exclude_name=committee_name, limit=TIMELINE)
    signing = ConferenceKind.Code.SIGNING.value
    partners_title = _("Chương trình phối hợp theo tổ chức phối hợp, %(period)s") % {
        "period": period.label
    }
    sentences = [
        _(
            "%(opening)s, Ủy ban đã ký %(signed)s chương trình phối hợp (%(label)s: "
            "%(before)s); %(in_force)s chương trình có hiệu lực trong kỳ, với %(partners)s tổ "
            "chức phối hợp."
        )
        % {
            "opening": opening(period),
            "signed": vi_number(figure.signed),
            "label": period.previous_label,
            "before": vi_number(figure.previous_signed),
            "in_force": vi_number(figure.in_force),
            "partners": vi_number(len(figure.partners)),
        }
    ]
    partner_rows = [
        [
            txt(p.name),
            num(p.signed, _conferences_url(period, kind=signing, organization=p.slug)),
            num(p.in_force, _url("events:organization_detail", slug=p.slug)),
        ]
        for p in figure.partners
    ]
    partner_chart = None
    if figure.partners:
        partner_chart = charts.bar_chart(
            chart_id="bieu-do-doi-tac",
            title=partners_title,
            desc=sentences[0],
            labels=[p.name for p in figure.partners],
            series=[
                Series(_("Ký trong kỳ"), [p.signed for p in figure.partners], "s1"),
                Series(_("Có hiệu lực trong kỳ"), [p.in_force for p in figure.partners], "s2"),
            ],
            x_label=_("Số chương trình"),
        )
    partners = Figure(
        key="chuong-trinh-theo-to-chuc",
        title=partners_title,
        sentences=sentences,
        table=Table(
            [_("Tổ chức phối hợp"), _("Ký trong kỳ"), _("Có hiệu lực trong kỳ")],
            partner_rows,
            [
                txt(_("Tổng số chương trình")),
                num(figure.signed, _conferences_url(period, kind=signing)),
                num(figure.in_force),
            ],
        ),
        chart=partner_chart,
        legend=[("s1", _("Ký trong kỳ")), ("s2", _("Có hiệu lực trong kỳ"))],
        link=(_("Xem các hội nghị ký kết trong kỳ"), _conferences_url(period, kind=signing)),
        note=_(
            "Một chương trình có hiệu lực trong kỳ khi giai đoạn của nó (không ghi: năm ký) "
            "chạm vào kỳ. Ủy ban không được tính là tổ chức phối hợp của chính mình."
        ),
    )

    timeline_title = _("Giai đoạn của các chương trình có hiệu lực, %(period)s") % {
        "period": period.label
    }
    shown = len(figure.timeline)
    timeline_sentences = [
        _("%(n)s chương trình có hiệu lực trong kỳ, xếp theo năm bắt đầu.")
        % {"n": vi_number(figure.in_force)}
    ]
    if shown < figure.in_force:
        timeline_sentences.append(
            _("Biểu đồ và bảng hiện %(shown)s chương trình đầu tiên.") % {"shown": shown}
        )
    timeline_rows = [
        [
            txt(p.title, p.conference_url),
            txt(_joined(p.parties)),
            txt(
                f"{p.start_year}–{p.end_year}" if p.end_year != p.start_year else str(p.start_year)
            ),
            txt(p.signed_on.strftime("%d/%m/%Y") if p.signed_on else "—"),
        ]
        for p in figure.timeline
    ]
    timeline_chart = None
    if figure.timeline:
        timeline_chart = charts.timeline_chart(
            chart_id="bieu-do-giai-doan",
            title=timeline_title,
            desc=timeline_sentences[0],
            spans=[
                Span(p.title, p.start_year, p.end_year, p.signed_in_period) for p in figure.timeline
            ],
            highlight=(period.start.year, period.end.year),
            x_label=_("Năm"),
            legend=(_("Ký trong kỳ"), _("Ký trước kỳ")),
        )
    timeline = Figure(
        key="giai-doan-chuong-trinh",
        title=timeline_title,
        sentences=timeline_sentences,
        table=Table([_("Chương trình"), _("Các bên"), _("Giai đoạn"), _("Ngày ký")], timeline_rows),
        chart=timeline_chart,
        legend=[("s1", _("Ký trong kỳ")), ("s2", _("Ký trước kỳ")), ("band", _("Năm của kỳ"))],
    )
    return Section(
        key="chuong-trinh-phoi-hop", title=_("Chương trình phối hợp"), figures=[partners, timeline]
    )


# --- Who took part most --------------------------------------------------------------------


def _participant_figure(period, rows, *, key, title, who, link_key, note="") -> Figure:
    roles = [
        (value, label)
        for value, label in Participation.Role.choices
        if any(r.roles.get(value) for r in rows)
    ]
    table_rows = [
        [
            txt(r.name),
            num(r.conferences, _conferences_url(period, **{link_key: r.slug})),
            *(num(r.roles.get(value, 0)) for value, _label in roles),
        ]
        for r in rows
    ]
    if rows:
        top = rows[0]
        main_roles = sorted(
            ((n, dict(Participation.Role.choices)[role]) for role, n in top.roles.items()),
            key=lambda x: (-x[0], x[1]),
        )
        sentences = [
            _("%(who)s tham dự nhiều hội nghị nhất là %(name)s (%(n)s hội nghị; %(roles)s).")
            % {
                "who": who,
                "name": top.name,
                "n": vi_number(top.conferences),
                "roles": _joined([f"{label.lower()} {vi_number(n)}" for n, label in main_roles]),
            }
        ]
        chart = charts.bar_chart(
            chart_id=f"bieu-do-{key}",
            title=title,
            desc=sentences[0],
            labels=[r.name for r in rows],
            series=[Series(_("Số hội nghị"), [r.conferences for r in rows], "s1")],
            x_label=_("Số hội nghị"),
        )
    else:
        sentences = [_("Chưa có ai được ghi tên tham dự trong kỳ.")]
        chart = None
    return Figure(
        key=key,
        title=title,
        sentences=sentences,
        table=Table([who, _("Số hội nghị"), *(str(label) for _value, label in roles)], table_rows),
        chart=chart,
        note=note,
    )


def participation_section(period: Period, user) -> Section:
    people = _participant_figure(
        period,
        figures.top_people(period, user, limit=TOP),
        key="dai-bieu",
        title=_("Đại biểu tham dự nhiều nhất, %(period)s") % {"period": period.label},
        who=_("Đại biểu"),
        link_key="person",
        note=_("Cột vai trò: số hội nghị người đó giữ vai trò ấy."),
    )
    organizations = _participant_figure(
        period,
        figures.top_organizations(period, user, limit=TOP),
        key="to-chuc",
        title=_("Tổ chức có người tham dự nhiều nhất, %(period)s") % {"period": period.label},
        who=_("Tổ chức"),
        link_key="organization",
        note=_(
            "Số hội nghị có người dự thay mặt tổ chức; danh sách liên kết gồm cả hội nghị tổ "
            "chức ấy tổ chức hoặc ký kết."
        ),
    )
    return Section(
        key="tham-du", title=_("Người và tổ chức tham dự"), figures=[people, organizations]
    )


# --- The whole report ----------------------------------------------------------------------


def build_report(period: Period, user) -> Report:
    site = SiteSettings.load()
    return Report(
        period=period,
        internal=can_see_internal(user),
        site_name=site.name,
        sections=[
            conference_section(period, user),
            criticism_section(period, user),
            programme_section(period, user, committee_name=site.name),
            participation_section(period, user),
            news_section(period),
        ],
    )
