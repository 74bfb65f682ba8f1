"""One way to split a list into pages, for every list of the site (issue 16).

``paginate(request, items, per_page=…, path=…, query=…)`` reads ``?page=``, applies the one
policy for a bad value, and returns what ``templates/includes/pagination.html`` and the list
templates need (``Pagination.context()``):

- ``?page=`` must be the page number written plainly: "abc", "", "2.5", "01", "+2", " 2" are a
  404 ("Số trang không hợp lệ."), so one page never has two addresses; a number outside the
  list (0, -1, past the last page) is a 404 too ("Không có trang này."). An empty list still
  has its page 1.
- Page links come from Django's ``Paginator.get_elided_page_range``: the first and last page,
  two either side of the current one, "…" for the rest (never for a single page).
- Every URL is ``path?query&page=n`` built from the list's own query string (the filters, as
  the list encodes them); page 1 has no ``page`` parameter.

``ids_first(queryset)`` makes deep pages cost what page 1 costs: the page's ids come from a
narrow subquery that an index can answer alone (with an index matching the ordering), then only
those rows are read, instead of the database reading and discarding every row before the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

PAGE_PARAM = "page"
ON_EACH_SIDE = 2  # page links either side of the current page
ON_ENDS = 1  # page links at each end


def page_number(request, param: str = PAGE_PARAM) -> int:
    """The page asked for; anything but a plainly written whole number is a 404."""
    raw = request.GET.get(param, "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        raise Http404(_("Số trang không hợp lệ.")) from None
    if str(number) != raw:  # "01", "+2", " 2", "1_0" would give one page several addresses
        raise Http404(_("Số trang không hợp lệ."))
    return number


def page_url(path: str, number: int, query: str = "") -> str:
    """``path?query&page=number``; page 1 is the list's own address (no ``page``)."""
    parts = [part for part in (query, f"{PAGE_PARAM}={number}" if number > 1 else "") if part]
    return f"{path}?{'&'.join(parts)}" if parts else path


@dataclass(frozen=True)
class PageLink:
    """One item of the page links: a page (``number``, ``url``, ``current``) or a gap."""

    number: int | None = None
    url: str = ""
    current: bool = False

    @property
    def gap(self) -> bool:
        return self.number is None


@dataclass(frozen=True)
class Pagination:
    page: Page
    links: list[PageLink]
    prev_url: str
    next_url: str
    canonical_path: str

    @property
    def paginator(self) -> Paginator:
        return self.page.paginator

    def context(self) -> dict:
        """The names the list templates and ``includes/pagination.html`` use."""
        return {
            "page_obj": self.page,
            "paginator": self.paginator,
            "page_links": self.links,
            "prev_url": self.prev_url,
            "next_url": self.next_url,
            "canonical_path": self.canonical_path,
        }


def paginate(
    request, items, *, per_page: int, path: str | None = None, query: str = ""
) -> Pagination:
    """The requested page of ``items`` (a QuerySet, ``ids_first(...)`` or any sliceable with
    ``count()``), or Http404 by the one policy above.

    ``path`` is the list's address (default: the request's path); ``query`` the list's own
    query string without ``page`` (already encoded, e.g. ``QueryDict.urlencode()``).
    """
    paginator = Paginator(items, per_page, allow_empty_first_page=True)
    try:
        page = paginator.page(page_number(request))
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("Không có trang này.")) from None
    path = request.path if path is None else path

    def url(number: int) -> str:
        return page_url(path, number, query)

    links = []
    if paginator.num_pages > 1:
        for item in paginator.get_elided_page_range(
            page.number, on_each_side=ON_EACH_SIDE, on_ends=ON_ENDS
        ):
            if isinstance(item, int):
                links.append(PageLink(number=item, url=url(item), current=item == page.number))
            else:  # Paginator.ELLIPSIS
                links.append(PageLink())
    return Pagination(
        page=page,
        links=links,
        prev_url=url(page.previous_page_number()) if page.has_previous() else "",
        next_url=url(page.next_page_number()) if page.has_next() else "",
        canonical_path=url(page.number),
    )


class ids_first:  # noqa: N801 - used like a function: paginate(request, ids_first(qs), …)
    """A QuerySet whose pages are read in two steps, for lists that can be paged deep.

    ``OFFSET n`` makes the database read and throw away n whole rows (and their joins) before
    the page. Here the page's primary keys come from a subquery selecting only the ordering
    and filter columns (``ORDER BY … LIMIT … OFFSET …``), which an index covering them answers
    without touching the table; the outer query then reads just those rows:

        SELECT … FROM t JOIN … WHERE … AND t.id IN (SELECT id FROM t WHERE … ORDER BY … LIMIT k
        OFFSET n) ORDER BY …

    The count stays the queryset's own ``count()``. ``queryset`` must be ordered, with a unique
    last ordering key (e.g. ``-pk``) so pages neither repeat nor skip rows.
    """

    def __init__(self, queryset: QuerySet):
        if not queryset.ordered:
            raise ValueError("ids_first() needs an ordered queryset")
        self.queryset = queryset

    ordered = True  # Paginator warns about unordered lists otherwise

    def count(self) -> int:
        return self.queryset.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("ids_first() is only sliced (by Paginator)")
        ids = self.queryset.values("pk")[key]
        return self.queryset.filter(pk__in=ids)
