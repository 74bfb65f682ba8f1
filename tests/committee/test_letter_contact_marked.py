"""A letter without e-mail or phone (issue 20, item 23): the summary says to look at the
fields marked below, so the two contact fields are marked, for eyes and for screen readers."""

import pytest
from lxml import html as lxml_html

from committee.models import Letter
from tests.committee.test_views import CONTACT, letter_post

pytestmark = pytest.mark.django_db


def test_missing_contact_marks_both_contact_fields(client, site_settings):
    response = client.post(CONTACT, letter_post(email="", phone=""))
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.content.decode())
    summary = tree.xpath("//*[@id='letter-form-errors']")[0].text_content()
    assert "các ô có ghi lỗi ngay bên dưới" in summary
    assert "Vui lòng để lại thư điện tử hoặc số điện thoại" in summary
    for name in ("email", "phone"):
        field = tree.xpath(f"//input[@name='{name}']")[0]
        assert field.get("aria-invalid") == "true"
        assert f"id_{name}_error" in field.get("aria-describedby")
        box = field.getparent()
        assert "field--error" in box.get("class")
        assert box.xpath(f".//*[@id='id_{name}_error']")[0].text_content().strip()
    # Nothing else is marked.
    marked = {e.get("name") for e in tree.xpath("//*[@aria-invalid='true']")}
    assert marked == {"email", "phone"}
    assert not Letter.objects.exists()


def test_one_contact_is_enough(client, site_settings):
    response = client.post(CONTACT, letter_post(email="", phone="0912 345 678"))
    assert response.status_code == 302
