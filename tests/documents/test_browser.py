"""The library's pages in a real Chromium with the demo content, on a 390 px phone and a
1280 px desktop: axe-core finds no serious or critical violation, nothing scrolls sideways,
and a reader can find a document by its number and open it; an official sees the internal one."""

import pytest

from documents.models import Document
from tests.browser.conftest import DESKTOP, PHONE, axe_violations, describe, shoot, sign_in
from tests.factories.users import make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INTERNAL = "Báo cáo tình hình tư tưởng Nhân dân quý III năm 2023"


def pages() -> list[tuple[str, str]]:
    programme = Document.objects.get(number_symbol="01/CTrPH-MTTQ-CTĐ")
    replaced = Document.objects.get(legal_status="replaced")
    return [
        ("documents", "/van-ban/"),
        ("documents-filtered", "/van-ban/?type=ke-hoach&year=2023"),
        ("documents-bad-filters", "/van-ban/?type=xyz&from=31/02/2023&q=45"),
        ("document", programme.get_absolute_url()),
        ("document-replaced", replaced.get_absolute_url()),
    ]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_library_pages_have_no_serious_accessibility_violations(new_page, demo_site, viewport):
    page = new_page(viewport)
    problems = []
    for name, url in pages():
        response = page.goto(url)
        assert response.status == 200, url
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"{name} ({url}): scrolls sideways, {width}px wide")
        shoot(page, f"a11y-{name}-{viewport['width']}")
        violations = axe_violations(page)
        if violations:
            problems.append(f"{name} ({url}):\n{describe(violations)}")
    assert not problems, "\n".join(problems)


def test_a_reader_finds_a_plan_by_its_number_and_downloads_it(new_page, demo_site):
    page = new_page(PHONE)
    page.goto("/")
    page.locator("summary", has_text="Danh mục").click()
    page.get_by_role("link", name="Văn bản", exact=True).first.click()
    page.get_by_label("Từ khóa hoặc số hiệu").fill("45 KH MTTQ BTT")
    page.get_by_role("button", name="Tìm kiếm").click()
    first = page.locator(".doc-item").first
    assert "45/KH-MTTQ-BTT" in first.inner_text()
    first.get_by_role("link").click()
    assert page.locator("h1").inner_text().startswith("Kế hoạch tổ chức Ngày hội Đại đoàn kết")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải về").first.click()
    assert download.value.suggested_filename.startswith("45-kh-mttq-btt")
    # Internal documents are not there for the public.
    page.goto("/van-ban/?q=tu+tuong")
    assert INTERNAL not in page.content()


def test_an_official_sees_the_internal_report(new_page, demo_site):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    create_permissions(apps.get_app_config("documents"), verbosity=0)  # a flush may lose them
    make_user("official", "canbo", perms=["documents.view_internal_document"])
    page = new_page(DESKTOP)
    page.goto("/dang-nhap/?next=/van-ban/")
    sign_in(page, "canbo")
    page.goto("/van-ban/?q=tu+tuong")
    page.get_by_role("link", name=INTERNAL).click()
    assert "Nội bộ" in page.locator(".document__header").inner_text()
