import pytest
from django.contrib.sitemaps.views import sitemap
from django.test import RequestFactory

from committee.sitemaps import CommitteeSitemap
from tests.factories.committee import make_page

pytestmark = pytest.mark.django_db


def test_sitemap_lists_published_pages_leadership_and_contact():
    make_page(slug="gioi-thieu")
    make_page(slug="ban-nhap", is_published=False)
    response = sitemap(RequestFactory().get("/sitemap.xml"), {"committee": CommitteeSitemap})
    xml = response.render().content.decode()
    assert "/trang/gioi-thieu/" in xml
    assert "/trang/ban-nhap/" not in xml
    assert "/lanh-dao/" in xml and "/lien-he/" in xml
