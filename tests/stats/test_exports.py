"""The exports read back: the XLSX (openpyxl) has one sheet per section holding the page's
tables, numbers as numbers; the DOCX (python-docx) has the committee's name and the period
in its heading, each section's sentences and tables."""

import io

import pytest
from docx import Document
from openpyxl import load_workbook

from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SECTIONS = [
    "Hội nghị",
    "Phản biện xã hội",
    "Chương trình phối hợp",
    "Người và tổ chức tham dự",
    "Bài viết",
]


def workbook(client, query="?year=2024"):
    response = client.get("/thong-ke/so-lieu.xlsx" + query)
    assert response.status_code == 200
    assert response["Content-Type"] == XLSX
    return response, load_workbook(io.BytesIO(response.content))


def rows_of(sheet):
    return [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]


def test_xlsx_one_sheet_per_section_with_the_page_tables(client, world):
    response, book = workbook(client)
    assert response["Content-Disposition"] == 'attachment; filename="thong-ke-2024.xlsx"'
    assert book.sheetnames == SECTIONS
    conferences = rows_of(book["Hội nghị"])
    assert conferences[0] == [world.site.name]
    assert ["Kỳ báo cáo: 01/01/2024 – 31/12/2024"] in conferences
    assert ["Số liệu từ hồ sơ hội nghị công khai."] in conferences
    header = next(r for r in conferences if r and r[0] == "Tháng")
    assert header[-2:] == ["Số hội nghị", "Năm 2023"]
    january = next(r for r in conferences if r and r[0] == "Tháng 1/2024")
    total = next(r for r in conferences if r and r[0] == "Cả kỳ")
    # Numbers stay numbers: January has 2 conferences, the year 4, the year before 2.
    assert january[header.index("Số hội nghị")] == 2
    assert total[-2:] == [4, 2]
    # The total links to the conference lookup with the same filters.
    sheet = book["Hội nghị"]
    total_cell = next(row[len(header) - 2] for row in sheet.iter_rows() if row[0].value == "Cả kỳ")
    assert total_cell.hyperlink.target == "http://testserver/hoi-nghi/?year=2024"

    criticism = rows_of(book["Phản biện xã hội"])
    hdnd = next(r for r in criticism if r and r[0] == "Hội đồng nhân dân quận Cầu Giấy")
    assert hdnd[1:5] == [1, 3, 2, pytest.approx(0.6667, abs=1e-4)]
    people = rows_of(book["Người và tổ chức tham dự"])
    assert next(r for r in people if r and r[0] == "Nguyễn Thị Thanh")[1] == 3
    news = rows_of(book["Bài viết"])
    assert ["Tin cuối năm", "Hoạt động Mặt trận", 1234] in news


def test_xlsx_of_an_official_counts_internal_records(client, world):
    client.force_login(make_user("official"))
    response, book = workbook(client)
    assert "no-store" in response["Cache-Control"]
    conferences = rows_of(book["Hội nghị"])
    assert ["Số liệu gồm cả hồ sơ hội nghị nội bộ (chỉ cán bộ có quyền mới xem được)."] in (
        conferences
    )
    assert next(r for r in conferences if r and r[0] == "Cả kỳ")[-2:] == [5, 2]


def test_docx_year_end_report(client, world):
    response = client.get("/thong-ke/bao-cao.docx?year=2024")
    assert response.status_code == 200
    assert response["Content-Type"] == DOCX
    assert response["Content-Disposition"] == 'attachment; filename="thong-ke-2024.docx"'
    document = Document(io.BytesIO(response.content))
    paragraphs = [p.text for p in document.paragraphs]
    headings = [
        p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))
    ]
    assert headings[0] == world.site.name.upper()
    assert headings[1] == "Báo cáo số liệu năm 2024"
    assert "Kỳ báo cáo: 01/01/2024 – 31/12/2024" in paragraphs
    assert [h for h in headings if h[:2] in {f"{n}." for n in range(1, 6)}] == [
        f"{n}. {title}" for n, title in enumerate(SECTIONS, start=1)
    ]
    assert (
        "Trong năm 2024, Ủy ban đã tổ chức và tham dự 4 hội nghị, tăng 2 so với năm 2023 (2)."
        in paragraphs
    )
    assert any(p.startswith("Trong năm 2024, Ủy ban đã phản biện 2 dự thảo") for p in paragraphs)
    assert document.core_properties.title == "Báo cáo số liệu năm 2024"
    # One table per figure with rows (the same tables as the page).
    assert len(document.tables) == 8
    monthly = document.tables[0]
    header = [c.text for c in monthly.rows[0].cells]
    assert header[0] == "Tháng" and header[-2:] == ["Số hội nghị", "Năm 2023"]
    assert [c.text for c in monthly.rows[-1].cells][-2:] == ["4", "2"]
    assert len(monthly.rows) == 1 + 12 + 1  # header, months, total


def test_docx_of_a_range(client, world):
    response = client.get("/thong-ke/bao-cao.docx?from=01/01/2024&to=30/06/2024")
    assert response["Content-Disposition"] == (
        'attachment; filename="thong-ke-20240101-20240630.docx"'
    )
    document = Document(io.BytesIO(response.content))
    texts = [p.text for p in document.paragraphs]
    assert "Báo cáo số liệu từ 01/01/2024 đến 30/06/2024" in texts
    assert any("so với cùng kỳ năm trước" in t for t in texts)
