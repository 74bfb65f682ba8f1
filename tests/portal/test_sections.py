"""The site assembles the sections the apps declare (core/sections.py, <app>/section.py)."""

import importlib
import inspect
from importlib import util

import pytest
from django.apps import apps
from django.contrib.sitemaps import Sitemap
from django.test import override_settings
from django.urls import clear_url_caches

from portal.sitemaps import site_sitemaps
from tests.factories.committee import make_page
from tests.factories.events import make_conference, make_participation
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db


def test_every_sitemap_an_app_defines_is_in_the_site_sitemap():
    """committee/sitemaps.py was once written and never listed: /sitemap.xml missed it."""
    listed = set(site_sitemaps().values())
    for config in apps.get_app_configs():
        module_name = f"{config.name}.sitemaps"
        if not config.name.startswith(("django", "tests")) and util.find_spec(module_name):
            module = importlib.import_module(module_name)
            defined = {
                obj
                for obj in vars(module).values()
                if inspect.isclass(obj)
                and issubclass(obj, Sitemap)
                and obj is not Sitemap
                and obj.__module__ == module_name
            }
            assert defined <= listed, f"{module_name}: {defined - listed} not in /sitemap.xml"


def test_sitemap_lists_every_public_section(client, site_settings):
    page = make_page(title="Giới thiệu chung", slug="gioi-thieu-chung", is_published=True)
    article = make_article("Tin có trong sơ đồ")
    conference = make_conference(title="Hội nghị công khai")
    participation = make_participation(conference=conference)
    xml = client.get("/sitemap.xml").content.decode()
    for path in (
        "/",
        "/tin-tuc/",
        article.get_absolute_url(),
        page.get_absolute_url(),
        "/lanh-dao/",
        "/lien-he/",
        "/hoi-nghi/",
        conference.get_absolute_url(),
        participation.person.get_absolute_url(),
    ):
        assert f"{path}</loc>" in xml, path


@pytest.fixture
def with_noticeboard(settings):
    """A new section, installed the only way a new section is: listed in INSTALLED_APPS."""
    import portal.urls

    with override_settings(INSTALLED_APPS=[*settings.INSTALLED_APPS, "tests.portal.noticeboard"]):
        importlib.reload(portal.urls)
        clear_url_caches()
        yield
    importlib.reload(portal.urls)
    clear_url_caches()


def test_a_new_section_plugs_in_without_editing_another_app(
    client, site_settings, with_noticeboard
):
    page = client.get("/thong-bao/")
    assert page.status_code == 200
    assert "Thông báo lịch tiếp công dân tháng 12" in page.content.decode()
    home = client.get("/").content.decode()
    assert '<a href="/thong-bao/"' in home  # its menu entry, between conferences and contact
    assert home.index('href="/hoi-nghi/"') < home.index('href="/thong-bao/"')
    assert home.index('href="/thong-bao/"') < home.index('href="/lien-he/"')
    assert "Thông báo mới" in home  # its block in the home page's side column
    assert "/thong-bao/</loc>" in client.get("/sitemap.xml").content.decode()


def test_without_the_section_nothing_of_it_shows(client, site_settings):
    assert client.get("/thong-bao/").status_code == 404
    assert "Thông báo mới" not in client.get("/").content.decode()
