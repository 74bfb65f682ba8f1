"""Thống kê: the period's figures as charts and tables, and the same as XLSX and DOCX.

The page is the same for every anonymous reader of a period, so the page cache may store it
(``?year``, ``?from``, ``?to`` are its key); it carries the conference and news list tags, so
a conference or article saved, published or withdrawn drops it. Edits inside a record
(an opinion, a participant) drop the record's pages only: the figures may then lag by at most
``PAGE_CACHE_SECONDS``. Officials who may see internal conferences get them counted too, on
a page that is never stored (``private_for_signed_in``).
"""

from __future__ import annotations

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.http import private_for_signed_in
from core.pagecache import public_page, tag
from events.section import LIST_TAG as CONFERENCES_TAG
from news.views import LIST_TAG as NEWS_TAG
from stats import exports, figures
from stats.forms import PERIOD_KEYS, PeriodForm, default_period
from stats.report import build_report


def _form(request) -> PeriodForm:
    data = {key: request.GET[key] for key in PERIOD_KEYS if request.GET.get(key, "").strip()}
    return PeriodForm(data or None)


def _period(form: PeriodForm, record_years: figures.RecordYears):
    """The period asked for, else the latest year with records (this year may have none)."""
    return form.period(default_period(record_years.latest))


@require_safe
@public_page(params=PERIOD_KEYS)
def overview(request):
    form = _form(request)
    record_years = figures.record_years(request.user)
    period = _period(form, record_years)
    report = build_report(period, request.user)
    years = record_years.years
    this_year = timezone.localdate().year
    if not form.asked() and period.year != this_year:
        # Say why the page does not show this year.
        default_note = _(
            "Năm %(this_year)s chưa có hội nghị hay bài viết nào; trang đang hiện năm "
            "%(year)s, năm gần nhất có số liệu."
        ) % {"this_year": this_year, "year": period.year}
    else:
        default_note = ""
    if period.start.year not in years:
        years = sorted({*years, period.start.year}, reverse=True)
    query = period.query_string()
    context = {
        "form": form,
        "period": period,
        "report": report,
        "years": years,
        "period_errors": form.error_messages,
        "default_note": default_note,
        "range_mode": not period.is_year,
        "xlsx_url": f"{reverse('stats:export_xlsx')}?{query}",
        "docx_url": f"{reverse('stats:export_docx')}?{query}",
        "nav_section": "stats",
    }
    response = render(request, "stats/overview.html", context)
    return private_for_signed_in(request, tag(response, CONFERENCES_TAG, NEWS_TAG))


def _bad_period(form: PeriodForm) -> HttpResponse:
    lines = [_("Không xuất được số liệu vì kỳ báo cáo chưa đúng:")]
    lines += [f"- {message}" for message in form.error_messages]
    return HttpResponse(
        "\n".join(lines) + "\n", status=400, content_type="text/plain; charset=utf-8"
    )


def _download(request, body: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return private_for_signed_in(request, response)


def _file_name(period, extension: str) -> str:
    if period.is_year:
        return f"thong-ke-{period.year}.{extension}"
    return f"thong-ke-{period.start:%Y%m%d}-{period.end:%Y%m%d}.{extension}"


@require_safe
def export_xlsx(request):
    """The period's tables, one sheet per section (openpyxl)."""
    form = _form(request)
    if form.is_bound and not form.is_valid():
        return _bad_period(form)
    report = build_report(_period(form, figures.record_years(request.user)), request.user)
    body = exports.xlsx(report, base_url=request.build_absolute_uri("/")[:-1])
    return _download(
        request,
        body,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _file_name(report.period, "xlsx"),
    )


@require_safe
def export_docx(request):
    """The year-end report for the office to edit in Word (python-docx)."""
    form = _form(request)
    if form.is_bound and not form.is_valid():
        return _bad_period(form)
    report = build_report(_period(form, figures.record_years(request.user)), request.user)
    body = exports.docx(report, made_on=timezone.localdate())
    return _download(
        request,
        body,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        _file_name(report.period, "docx"),
    )
