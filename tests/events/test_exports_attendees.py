"""Exports for officials (issue 18): the attendees CSV and the XLSX workbook, read back.

The CSV is read with ``csv`` the way Excel under Vietnamese regional settings splits it
(semicolons); the XLSX with openpyxl (real date cells, frozen header, autofilter) and, where
LibreOffice is installed, converted headless to CSV to show it opens with Vietnamese intact.
"""

import csv
import datetime as dt
import io
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from events.models import Conference, Participation
from tests.factories.events import at, make_conference, make_organization, make_person

pytestmark = pytest.mark.django_db

ROLE = Participation.Role
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def records(site_settings):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    ubnd = make_organization("Ủy ban nhân dân quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    ha = make_person("Trần Việt Hà")
    signing = make_conference(
        "Hội nghị ký kết và phản biện xã hội",
        starts_at=at(9, 6, 2023),
        time_known=False,
        kinds=("ky-ket", "phan-bien"),
        people=(
            (thanh, ROLE.PRESIDING, "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),
            (ha, ROLE.ATTENDING, "UVTVQuận ủy, Phó Chủ tịch UBND quận", ubnd),
            (ha, ROLE.RESPONDING, "UVTVQuận ủy, Phó Chủ tịch UBND quận", ubnd),
            ("=cmd|' /C calc'!A0", ROLE.SPEAKING, "Đại biểu"),
        ),
    )
    supervision = make_conference(
        "Giám sát thu ngân sách",
        starts_at=at(12, 10, 2024, 14, 30),
        kinds=("giam-sat",),
        people=((thanh, ROLE.PRESIDING, "Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),),
    )
    internal = make_conference(
        "Họp nội bộ Ban Thường trực",
        starts_at=at(1, 11, 2024),
        visibility=Conference.Visibility.INTERNAL,
        people=((ha, ROLE.ATTENDING, "Phó Chủ tịch UBND quận", ubnd),),
    )
    return {"signing": signing, "supervision": supervision, "internal": internal}


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def read_attendees(response) -> list[list[str]]:
    raw = body_of(response)
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_attendees_csv_one_row_per_person_per_conference(client, records):
    response = client.get("/hoi-nghi/export-dai-bieu.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="dai-bieu-hoi-nghi.csv"'
    rows = read_attendees(response)
    assert rows[0] == [
        "Hội nghị",
        "Ngày",
        "Họ và tên",
        "Chức vụ lúc đó",
        "Chức vụ (như nguồn ghi)",
        "Cơ quan lúc đó",
        "Vai trò",
        "Đường dẫn",
    ]
    assert all(len(row) == 8 for row in rows)  # semicolons split every row the same way
    ha = [row for row in rows if row[2] == "Trần Việt Hà"]
    assert len(ha) == 1  # attended and responded: one row; the internal meeting not shown
    assert ha[0][:7] == [
        "Hội nghị ký kết và phản biện xã hội",
        "09/06/2023",  # day first
        "Trần Việt Hà",
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận",
        "UVTVQuận ủy, Phó Chủ tịch UBND quận",
        "Ủy ban nhân dân quận Cầu Giấy",
        "Tiếp thu, giải trình, Dự hội nghị",
    ]
    # newest conference first
    assert [row[1] for row in rows[1:]] == ["12/10/2024", "09/06/2023", "09/06/2023", "09/06/2023"]
    # a name that looks like a formula is neutralised
    assert "'=cmd|' /C calc'!A0" in [row[2] for row in rows]


def test_attendees_csv_honours_filters_and_visibility(client, records):
    rows = read_attendees(client.get("/hoi-nghi/export-dai-bieu.csv?kind=giam-sat"))
    assert [row[0] for row in rows[1:]] == ["Giám sát thu ngân sách"]
    from tests.factories.users import make_user

    client.force_login(make_user("official", "canbo"))
    # the list's filters choose conferences; each is exported with all its attendees
    rows = read_attendees(client.get("/hoi-nghi/export-dai-bieu.csv?person=tran-viet-ha"))
    assert [row[0] for row in rows[1:]] == [
        "Họp nội bộ Ban Thường trực",
        "Hội nghị ký kết và phản biện xã hội",
        "Hội nghị ký kết và phản biện xã hội",
        "Hội nghị ký kết và phản biện xã hội",
    ]


def test_attendees_csv_with_bad_filters_is_refused_with_a_message(client, records):
    response = client.get("/hoi-nghi/export-dai-bieu.csv?from=31/02/2023")
    assert response.status_code == 400
    assert "Không xuất được danh sách" in response.content.decode()


def load(response):
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    return load_workbook(io.BytesIO(response.content))


def test_xlsx_has_conferences_and_attendees_with_real_dates(client, records):
    response = client.get("/hoi-nghi/export.xlsx")
    assert response["Content-Disposition"] == 'attachment; filename="hoi-nghi.xlsx"'
    workbook = load(response)
    assert workbook.sheetnames == ["Hội nghị", "Đại biểu"]
    conferences, attendees = workbook["Hội nghị"], workbook["Đại biểu"]
    for sheet in (conferences, attendees):
        assert sheet.freeze_panes == "A2"  # the header stays on screen
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet.column_dimensions["A"].width >= 12
    header = [c.value for c in conferences[1]]
    assert header[:2] == ["Ngày giờ", "Tên hội nghị"]
    first = list(conferences[2])  # newest first
    assert first[1].value == "Giám sát thu ngân sách"
    assert first[0].value == dt.datetime(2024, 10, 12, 14, 30)  # a date cell, Hà Nội time
    assert first[0].number_format == "dd/mm/yyyy hh:mm"
    signing = list(conferences[3])
    assert signing[0].value == dt.datetime(2023, 6, 9, 0, 0)  # day only: no hour shown
    assert signing[0].number_format == "dd/mm/yyyy"
    assert conferences.max_row == 3  # the internal meeting is not there

    rows = [[c.value for c in row] for row in attendees.iter_rows(min_row=2)]
    ha = next(row for row in rows if row[2] == "Trần Việt Hà")
    assert ha[1] == dt.datetime(2023, 6, 9, 0, 0)
    assert attendees.cell(2, 2).number_format == "dd/mm/yyyy"
    assert ha[3] == "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận"
    assert ha[4] == "UVTVQuận ủy, Phó Chủ tịch UBND quận"
    assert ha[6] == "Tiếp thu, giải trình, Dự hội nghị"
    # text that starts like a formula is stored as text, never as a formula
    cell = next(c for c in attendees["C"] if c.value and str(c.value).startswith("=cmd"))
    assert cell.data_type == "s"


def test_xlsx_honours_filters_and_refuses_bad_ones(client, records):
    workbook = load(client.get("/hoi-nghi/export.xlsx?year=2024"))
    assert workbook["Hội nghị"].max_row == 2
    assert {c.value for c in workbook["Đại biểu"]["A"][1:]} == {"Giám sát thu ngân sách"}
    assert client.get("/hoi-nghi/export.xlsx?year=abc").status_code == 400


def test_list_page_offers_the_exports(client, records):
    html = client.get("/hoi-nghi/?kind=giam-sat").content.decode()
    assert 'href="/hoi-nghi/export.xlsx?kind=giam-sat"' in html
    assert 'href="/hoi-nghi/export-dai-bieu.csv?kind=giam-sat"' in html


@pytest.mark.skipif(
    not (shutil.which("soffice") or shutil.which("libreoffice")),
    reason="LibreOffice (soffice) is not installed",
)
def test_xlsx_opens_in_libreoffice_with_vietnamese_and_dates(client, records, tmp_path):
    path = tmp_path / "hoi-nghi.xlsx"
    path.write_bytes(client.get("/hoi-nghi/export.xlsx").content)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            # every sheet to its own CSV: UTF-8 (76), semicolons (59), cells as shown
            "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    conferences = (tmp_path / "hoi-nghi-Hội nghị.csv").read_text(encoding="utf-8")
    attendees = (tmp_path / "hoi-nghi-Đại biểu.csv").read_text(encoding="utf-8")
    assert "12/10/2024 14:30;Giám sát thu ngân sách" in conferences  # a date, shown day first
    assert (
        "Hội nghị ký kết và phản biện xã hội;09/06/2023;Trần Việt Hà;"
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận" in attendees
    )
