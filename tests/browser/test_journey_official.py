"""Journey 3: an official opens past conferences, filters them by a person and a year, opens
the sample conference and downloads the filtered list as CSV."""

import csv
import io
from pathlib import Path

import pytest

from demo.events import SLUG as SAMPLE_SLUG
from demo.events import TITLE as SAMPLE_TITLE
from events.models import Conference
from tests.browser.conftest import (
    DESKTOP,
    DRAFT_CONFERENCE_TITLE,
    INTERNAL_TITLE,
    PHONE,
    THANH,
    shoot,
    sign_in,
)
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def result_titles(page) -> list[str]:
    return page.locator(".conf-list .conf-item__title").all_inner_texts()


def test_official_filters_by_person_and_year_and_downloads_csv(new_page, conferences):
    make_user("official", "canbo", first_name="Hòa", last_name="Đỗ Thị")
    published = Conference.objects.filter(status=Conference.Status.PUBLISHED)
    public = set(published.filter(visibility="public").values_list("title", flat=True))
    internal_ones = set(published.filter(visibility="internal").values_list("title", flat=True))
    hers = published.filter(participations__person__full_name=THANH).distinct()
    page = new_page(DESKTOP, accept_downloads=True)
    page.goto("/hoi-nghi/")
    assert set(result_titles(page)) == public  # what the public sees

    # She signs in from the link at the foot of every page, then opens "Hội nghị" again.
    page.locator("footer").get_by_role("link", name="Đăng nhập cán bộ").click()
    sign_in(page, "canbo")
    page.locator(".main-nav__list--wide").get_by_role("link", name="Hội nghị").click()
    page.wait_for_url("**/hoi-nghi/")

    # Every published conference, the internal ones included (marked), newest first.
    titles = result_titles(page)
    assert INTERNAL_TITLE in internal_ones
    assert set(titles) == public | internal_ones
    assert DRAFT_CONFERENCE_TITLE not in titles
    assert titles[0] == published.order_by("-starts_at").first().title
    internal = page.locator(".conf-item").filter(has_text=INTERNAL_TITLE)
    assert internal.locator(".badge--internal").inner_text() == "Nội bộ"
    shoot(page, "journey3-conferences-1280")

    # From a conference she presided to her page, then "filter the list by this person".
    page.get_by_role("link", name=hers.order_by("-starts_at").first().title).click()
    page.locator(".person-line__name", has_text=THANH).first.click()
    assert page.locator("h1").inner_text() == THANH
    page.get_by_role("link", name="Lọc danh sách hội nghị theo đại biểu này").click()
    assert set(result_titles(page)) == set(hers.values_list("title", flat=True))

    page.get_by_label("Năm").select_option("2023")
    page.get_by_role("button", name="Lọc", exact=True).click()
    page.wait_for_url("**year=2023**")
    chips = page.locator(".active-filters .chip").all_inner_texts()
    assert any(THANH in chip for chip in chips) and any("2023" in chip for chip in chips)
    in_2023 = set(hers.filter(starts_at__year=2023).values_list("title", flat=True))
    assert {SAMPLE_TITLE, INTERNAL_TITLE} <= in_2023
    assert f"{len(in_2023)} hội nghị" in page.locator(".lookup-count").inner_text()
    assert set(result_titles(page)) == in_2023
    shoot(page, "journey3-filtered-1280")
    filtered_url = page.url

    page.get_by_role("link", name=SAMPLE_TITLE).click()
    page.wait_for_url(f"**/hoi-nghi/{SAMPLE_SLUG}/")
    assert page.locator("h1").inner_text() == SAMPLE_TITLE
    people = page.locator(".person-line__name").all_inner_texts()
    assert {"Trần Việt Hà", "Lương Mậu Hùng", THANH, "Ngô Đức Cường"} <= set(people)
    opinions = page.locator("dt", has_text="Số ý kiến góp ý").locator("xpath=../dd")
    assert opinions.inner_text().startswith("11")
    shoot(page, "journey3-sample-conference-1280")

    page.go_back()
    assert page.url == filtered_url
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải CSV (Excel)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    # semicolons, as Excel under Vietnamese regional settings expects (issue 18)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    by_title = {row[header.index("Tên hội nghị")]: row for row in body}
    assert len(body) == len(in_2023) and set(by_title) == in_2023
    sample = by_title[SAMPLE_TITLE]
    assert sample[header.index("Ngày giờ")].startswith("09/06/2023")  # day first
    assert sample[header.index("Số ý kiến")] == "11"
    assert sample[header.index("Đường dẫn")].endswith(f"/hoi-nghi/{SAMPLE_SLUG}/")
    assert "Phạm vi" in header
    assert by_title[INTERNAL_TITLE][header.index("Phạm vi")] == "Nội bộ"

    # Leaving a shared office computer: after "Đăng xuất", neither Back nor the address shows
    # the internal conference any more.
    internal_url = conferences[INTERNAL_TITLE].get_absolute_url()
    page.goto(internal_url)
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url(lambda url: internal_url not in url)
    page.go_back()
    assert INTERNAL_TITLE not in page.locator("body").inner_text()
    assert page.goto(internal_url).status == 404


def test_sign_in_page_shows_whose_site_it_is(new_page, site_settings):
    """The sign-in page keeps the committee's name in the header and its address, phone and
    e-mail in the footer, like every page (Decree 42/2022), and styles both fields alike."""
    page = new_page(PHONE)
    page.goto("/dang-nhap/")
    shoot(page, "journey3-sign-in-390")
    assert page.locator(".brand__name").text_content().strip() == site_settings.name
    assert site_settings.name in page.title()
    footer = page.locator("footer").inner_text()
    assert site_settings.phone in footer and site_settings.email in footer
    username = page.get_by_label("Tên đăng nhập").bounding_box()
    password = page.get_by_label("Mật khẩu").bounding_box()
    assert password["width"] == username["width"]
