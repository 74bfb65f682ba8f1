"""The main menu (portal.navigation) with the committee's pages, and its cache."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from committee.models import Page
from portal.navigation import main_menu
from tests.factories.committee import make_page

pytestmark = pytest.mark.django_db


def labels() -> list[str]:
    return [item.label for item in main_menu()]


def test_menu_lists_published_pages_in_order_then_leaders_and_contact():
    make_page(title="Cơ cấu tổ chức", slug="co-cau-to-chuc", nav_order=20)
    make_page(title="Giới thiệu", slug="gioi-thieu", nav_order=10)
    make_page(title="Bản nháp", slug="ban-nhap", nav_order=1, is_published=False)
    menu = labels()
    assert menu[:3] == ["Trang chủ", "Giới thiệu", "Cơ cấu tổ chức"]
    assert "Bản nháp" not in menu
    assert "Lãnh đạo" in menu and "Liên hệ" in menu
    assert menu.index("Lãnh đạo") < menu.index("Liên hệ")


def test_existing_entries_are_kept():
    menu = labels()
    assert menu[0] == "Trang chủ"
    # Sections whose URLs are installed keep their entries (Tin tức / Hội nghị / Tìm kiếm
    # appear as soon as their apps add them).
    from django.urls import NoReverseMatch, reverse

    for label, name in (("Tin tức", "news:article_list"), ("Tìm kiếm", "search")):
        try:
            reverse(name)
        except NoReverseMatch:
            continue
        assert label in menu


def test_short_navigation_title_is_used():
    make_page(title="Chức năng, nhiệm vụ của Ủy ban", nav_title="Chức năng", slug="chuc-nang")
    assert "Chức năng" in labels()


def test_menu_is_cached_and_refreshed_on_save_and_delete():
    page = make_page(title="Giới thiệu", slug="gioi-thieu")
    main_menu()
    with CaptureQueriesContext(connection) as queries:
        main_menu()
    assert len(queries) == 0  # served from the cache

    page.title = "Giới thiệu chung"
    page.save()
    assert "Giới thiệu chung" in labels()

    page.is_published = False
    page.save()
    assert "Giới thiệu chung" not in labels()

    other = make_page(title="Cơ cấu tổ chức", slug="co-cau-to-chuc")
    assert "Cơ cấu tổ chức" in labels()
    Page.objects.filter(pk=other.pk).delete()  # bulk delete, as the admin does
    assert "Cơ cấu tổ chức" not in labels()


def test_header_and_footer_show_pages_from_the_database(client, site_settings):
    make_page(title="Giới thiệu", slug="gioi-thieu")
    html = client.get("/lanh-dao/").content.decode()
    header = html[html.index("<header") : html.index("</header>")]
    footer = html[html.index("<footer") : html.index("</footer>")]
    for part in (header, footer):
        assert 'href="/trang/gioi-thieu/"' in part
        assert 'href="/lien-he/"' in part
    assert 'href="/lanh-dao/" aria-current="page"' in header


def test_cached_public_pages_show_a_newly_published_page(client, site_settings):
    client.get("/")  # cached for anonymous readers by the news portal
    page = make_page(title="Giới thiệu", slug="gioi-thieu", is_published=False)
    assert 'href="/trang/gioi-thieu/"' not in client.get("/").content.decode()
    page.is_published = True
    page.save()
    assert 'href="/trang/gioi-thieu/"' in client.get("/").content.decode()
