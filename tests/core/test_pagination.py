"""core.pagination: one policy for ``?page=``, elided page links, ids-first deep pages."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from core.pagination import ids_first, page_url, paginate

ITEMS = list(range(1, 201))  # 20 pages of 10


def get(page=None, path="/danh-sach/"):
    return RequestFactory().get(path, {} if page is None else {"page": page})


def numbers(pagination) -> list:
    return ["…" if link.gap else link.number for link in pagination.links]


# --- the one policy for a bad ?page= --------------------------------------------------------


@pytest.mark.parametrize("raw", ["abc", "", "2.5", "01", "+2", " 2", "2 ", "1e3", "١", "1_0"])
def test_a_page_not_written_plainly_is_404_invalid(raw):
    with pytest.raises(Http404, match="Số trang không hợp lệ."):
        paginate(get(raw), ITEMS, per_page=10)


@pytest.mark.parametrize("raw", ["0", "-1", "21", "99999999999999999999"])
def test_a_page_outside_the_list_is_404_missing(raw):
    with pytest.raises(Http404, match="Không có trang này."):
        paginate(get(raw), ITEMS, per_page=10)


def test_no_page_is_page_one_and_an_empty_list_has_it():
    assert paginate(get(), ITEMS, per_page=10).page.number == 1
    empty = paginate(get(), [], per_page=10)
    assert empty.page.number == 1 and list(empty.page) == []
    assert empty.links == [] and empty.prev_url == empty.next_url == ""
    with pytest.raises(Http404):
        paginate(get("2"), [], per_page=10)


# --- links ------------------------------------------------------------------------------------


def test_elided_range_shows_first_last_neighbours_and_gaps():
    assert numbers(paginate(get("10"), ITEMS, per_page=10)) == [
        1,
        "…",
        8,
        9,
        10,
        11,
        12,
        "…",
        20,
    ]
    assert numbers(paginate(get("1"), ITEMS, per_page=10)) == [1, 2, 3, "…", 20]
    assert numbers(paginate(get("20"), ITEMS, per_page=10)) == [1, "…", 18, 19, 20]
    # "…" never stands for a single page: page 5 shows 2 rather than "…".
    assert numbers(paginate(get("5"), ITEMS, per_page=10)) == [1, 2, 3, 4, 5, 6, 7, "…", 20]


def test_few_pages_are_all_shown_and_one_page_needs_no_links():
    assert numbers(paginate(get("3"), ITEMS[:60], per_page=10)) == [1, 2, 3, 4, 5, 6]
    assert paginate(get(), ITEMS[:10], per_page=10).links == []


def test_urls_keep_the_query_and_page_one_has_no_page_parameter():
    pagination = paginate(get("2"), ITEMS, per_page=10, path="/hoi-nghi/", query="kind=ky-ket")
    assert pagination.prev_url == "/hoi-nghi/?kind=ky-ket"
    assert pagination.next_url == "/hoi-nghi/?kind=ky-ket&page=3"
    assert pagination.canonical_path == "/hoi-nghi/?kind=ky-ket&page=2"
    current = [link for link in pagination.links if link.current]
    assert [(link.number, link.url) for link in current] == [(2, "/hoi-nghi/?kind=ky-ket&page=2")]
    assert page_url("/tin-tuc/", 1) == "/tin-tuc/"
    assert page_url("/tin-tuc/", 3) == "/tin-tuc/?page=3"
    # The request's path by default.
    assert paginate(get("2", path="/the/abc/"), ITEMS, per_page=10).prev_url == "/the/abc/"


def test_context_has_what_the_templates_use():
    context = paginate(get("2"), ITEMS, per_page=10).context()
    assert set(context) == {
        "page_obj",
        "paginator",
        "page_links",
        "prev_url",
        "next_url",
        "canonical_path",
    }
    assert context["paginator"].count == 200 and list(context["page_obj"]) == ITEMS[10:20]


# --- ids first ----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_ids_first_gives_the_same_pages_in_one_query_each():
    User = get_user_model()
    User.objects.bulk_create(User(username=f"u{i:03d}", first_name=f"{i % 7}") for i in range(45))
    queryset = User.objects.order_by("first_name", "-pk")
    expected = list(queryset.values_list("username", flat=True))
    seen = []
    for number in (1, 2, 3):
        with CaptureQueriesContext(connection) as ctx:
            page = paginate(get(str(number)), ids_first(queryset), per_page=20).page
            seen += [user.username for user in page.object_list]
        assert len(ctx) == 2  # count, then the page (its ids in a subquery)
        assert "LIMIT" in ctx[-1]["sql"] and " IN (SELECT" in ctx[-1]["sql"]
    assert seen == expected


def test_ids_first_needs_an_ordered_queryset(db):
    with pytest.raises(ValueError):
        ids_first(get_user_model().objects.all())
