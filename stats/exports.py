"""The report as files: XLSX (one sheet per section) and DOCX (the year-end report).

Both are written from ``stats.report.Report``, the structure the page shows, so the files
hold exactly the page's tables and sentences. Numbers stay numbers in the spreadsheet (the
office sums and charts them there); links to the lists behind the figures become hyperlinks.
The Word file starts with the committee's name and the period, then each section's sentences
("Trong năm 2024, Ủy ban đã …", to be edited) and tables.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from django.utils.translation import gettext as _

from stats.report import Report, Table

_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    return _SHEET_FORBIDDEN.sub(" ", title)[:31].strip() or "Sheet"


def xlsx(report: Report, *, base_url: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for section in report.sections:
        sheet = workbook.create_sheet(sheet_title(section.title))
        sheet.append([report.site_name])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append([f"{section.title} — {report.title}"])
        sheet.append([report.period_text])
        sheet.append([report.scope])
        widths: dict[int, int] = {}
        for figure in section.figures:
            sheet.append([])
            sheet.append([figure.title])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=12)
            for sentence in figure.sentences:
                sheet.append([sentence])
            sheet.append(figure.table.headers)
            for cell in sheet[sheet.max_row]:
                cell.font = bold
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            for row in _rows(figure.table):
                sheet.append([cell.value for cell in row])
                for index, cell in enumerate(row, start=1):
                    target = sheet.cell(sheet.max_row, index)
                    if cell.href:
                        target.hyperlink = base_url + cell.href
                        target.style = "Hyperlink"
                    if isinstance(cell.value, float):
                        target.number_format = "0.0%"
                    widths[index] = max(widths.get(index, 8), min(len(cell.text) + 2, 60))
            if figure.table.foot:
                for cell in sheet[sheet.max_row]:
                    cell.font = bold
            if figure.note:
                sheet.append([figure.note])
        for index, width in widths.items():
            sheet.column_dimensions[get_column_letter(index)].width = width
    workbook.properties.title = report.title
    workbook.properties.creator = report.site_name
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _rows(table: Table):
    yield from table.rows
    if table.foot:
        yield table.foot


def docx(report: Report, *, made_on: dt.date) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = Document()
    document.core_properties.title = report.title
    document.core_properties.author = report.site_name
    document.core_properties.language = "vi-VN"
    document.styles["Normal"].font.size = Pt(12)

    document.add_heading(report.site_name.upper(), level=0)
    heading = document.add_heading(report.title[:1].upper() + report.title[1:], level=1)
    heading.alignment = WD_ALIGN_PARAGRAPH.LEFT
    document.add_paragraph(report.period_text)
    document.add_paragraph(report.scope)
    document.add_paragraph(
        _(
            "Số liệu lấy từ cổng thông tin ngày %(day)s; văn phòng kiểm tra và bổ sung trước khi ban hành."
        )
        % {"day": made_on.strftime("%d/%m/%Y")}
    ).runs[0].italic = True

    for number, section in enumerate(report.sections, start=1):
        document.add_heading(f"{number}. {section.title}", level=1)
        for figure in section.figures:
            document.add_heading(figure.title[:1].upper() + figure.title[1:], level=2)
            for sentence in figure.sentences:
                document.add_paragraph(sentence)
            rows = list(_rows(figure.table))
            if not rows:
                continue
            table = document.add_table(rows=1, cols=len(figure.table.headers))
            table.style = "Table Grid"
            for cell, header in zip(table.rows[0].cells, figure.table.headers, strict=True):
                cell.text = header
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for index, row in enumerate(rows):
                cells = table.add_row().cells
                is_foot = figure.table.foot is not None and index == len(rows) - 1
                for target, cell in zip(cells, row, strict=True):
                    target.text = cell.text
                    paragraph = target.paragraphs[0]
                    if cell.numeric:
                        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    if is_foot:
                        for run in paragraph.runs:
                            run.bold = True
            if figure.note:
                note = document.add_paragraph(figure.note)
                for run in note.runs:
                    run.italic = True
                    run.font.size = Pt(10)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
