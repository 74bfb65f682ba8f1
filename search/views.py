"""``/tim-kiem/``: the site-wide search page."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_safe

from core.forms import show_date
from core.http import private_for_signed_in
from core.pagecache import public_page, tag
from core.pagination import paginate
from search import engine
from search.forms import SearchFilterForm
from search.query import MAX_QUERY_LENGTH, parse_query

PER_PAGE = 10
PER_GROUP = 5  # results of each kind on the "Tất cả" tab


def _query(params: dict) -> str:
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def _url(params: dict, **changes) -> str:
    query = _query({**params, **changes})
    return f"{reverse('search')}?{query}" if query else reverse("search")


def _valid_filters(form: SearchFilterForm) -> dict:
    """The filters that validated; a bad one is shown with its message and left out, as the
    conference lookup does, so one mistyped date does not hide every result."""
    valid = form.is_valid()
    data = dict(form.cleaned_data)
    if not valid:
        for name in form.errors:
            data.pop(name, None)
        if "from" in form.errors or "to" in form.errors:
            data.pop("from", None)  # never half a date range
            data.pop("to", None)
    return {
        "type": data.get("type") or "",
        "category": data.get("category"),
        "from": data.get("from"),
        "to": data.get("to"),
    }


# Anonymous results are stored by the site's page cache for a minute, one copy per normalised
# query ("Ký  Kết" and "ký kết" share it), and dropped when the news or conference lists change.
SEARCH_PAGE_SECONDS = 60


@require_safe
@public_page(
    params=("q", "type", "category", "from", "to", "page"),
    seconds=SEARCH_PAGE_SECONDS,
    loose=("q",),
)
def search(request):
    parsed = parse_query(request.GET.get("q", ""))
    form = SearchFilterForm(request.GET)
    context = {
        "nav_section": "search",
        "parsed": parsed,
        "query_text": parsed.text,
        "max_length": MAX_QUERY_LENGTH,
        "form": form,
        "filters_open": form.has_filters,
        "searched": False,
    }
    if parsed.is_empty or parsed.error:
        return _respond(request, context)

    data = _valid_filters(form)
    context["filters_ignored"] = bool(form.errors)
    filters = engine.Filters(category=data["category"], date_from=data["from"], date_to=data["to"])
    sources = filters.providers()
    kinds = [source.key for source in sources]
    chosen = data["type"] if data["type"] in kinds else ""
    params = {
        "q": parsed.text,
        "category": data["category"].slug if data["category"] else "",
        "from": show_date(data["from"]) if data["from"] else "",
        "to": show_date(data["to"]) if data["to"] else "",
    }
    results = {
        source.key: engine.ranked(source, parsed, user=request.user, filters=filters)
        for source in sources
    }
    counts = engine.count_all(results)
    capped = {kind: results[kind].capped for kind in kinds}
    total = sum(counts.values())
    tabs = [
        {
            "label": source.label if source else None,
            "count": counts[source.key] if source else total,
            "capped": capped[source.key] if source else any(capped.values()),
            "url": _url(params, type=source.key if source else ""),
            "current": (source.key if source else "") == chosen,
        }
        for source in (None, *sources)
    ]
    context.update(
        searched=True,
        total=total,
        capped=any(capped.values()),
        counts=counts,
        tabs=tabs,
        chosen=chosen,
    )

    if chosen:
        source = next(s for s in sources if s.key == chosen)
        pagination = paginate(
            request,
            results[chosen],
            per_page=PER_PAGE,
            path=reverse("search"),
            query=_query({**params, "type": chosen}),
        )
        context.update(pagination.context())
        context["results"] = [engine.to_result(o, source, parsed) for o in pagination.page]
        context["sections"] = _sections(context["results"], start=pagination.page.start_index())
    else:
        context["groups"] = [
            {
                "kind": source.key,
                "label": source.label,
                "count": counts[source.key],
                "capped": capped[source.key],
                "sections": _sections(
                    [engine.to_result(o, source, parsed) for o in results[source.key][:PER_GROUP]]
                ),
                "more_url": _url(params, type=source.key) if counts[source.key] > PER_GROUP else "",
            }
            for source in sources
            if counts[source.key]
        ]
    if total == 0:
        suggestion = engine.suggest(parsed, user=request.user, filters=filters)
        if suggestion:
            context["suggestion"] = {"text": suggestion, "url": _url(params, q=suggestion)}
    return _respond(request, context)


def _sections(results: list, *, start: int = 1) -> list[dict]:
    """The results split where the approximate ones begin ("Kết quả gần đúng" above them);
    ``start`` numbers each ordered list on from the one before."""
    exact = [r for r in results if not r.approximate]
    approximate = [r for r in results if r.approximate]
    sections = []
    if exact:
        sections.append({"approximate": False, "results": exact, "start": start})
    if approximate:
        sections.append({"approximate": True, "results": approximate, "start": start + len(exact)})
    return sections


def _respond(request, context):
    response = TemplateResponse(request, "search/search.html", context)
    tag(response, *dict.fromkeys(t for p in engine.providers() for t in p.tags))
    # What a signed-in official finds includes internal conferences: never shared.
    return private_for_signed_in(request, response)
