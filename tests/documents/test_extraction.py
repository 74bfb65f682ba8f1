"""Text is read from PDF and DOCX files for search; a scan is accepted and flagged."""

import pytest
from django.conf import settings

from documents.models import DocumentFile
from tests.factories.documents import (
    add_file,
    docx_with_text,
    make_document,
    pdf_with_text,
    scanned_pdf,
)
from tests.factories.files import docx_bytes, xlsx_bytes

pytestmark = pytest.mark.django_db


def test_pdf_text_is_read_and_searchable():
    document = make_document()
    document_file = add_file(
        document, "ke-hoach.pdf", pdf_with_text("Phoi hop to chuc Ngay hoi dai doan ket")
    )
    assert document_file.text_status == DocumentFile.TextStatus.FOUND
    assert "Ngay hoi dai doan ket" in document_file.extracted_text
    assert "ngay hoi dai doan ket" in document.search_text


def test_docx_text_is_read_with_its_vietnamese():
    document = make_document()
    document_file = add_file(
        document, "ct.docx", docx_with_text("Tuyên truyền các giá trị nhân đạo, tươgn thân")
    )
    assert document_file.text_status == DocumentFile.TextStatus.FOUND
    assert "tươgn thân" in document_file.extracted_text  # kept as written
    assert "tuyen truyen cac gia tri nhan dao" in document.search_text  # … and folded


def test_a_scanned_pdf_is_accepted_and_flagged():
    document = make_document()
    document_file = add_file(document, "bao-cao.pdf", scanned_pdf())
    assert document_file.pk and document_file.file.size > 0
    assert document_file.text_status == DocumentFile.TextStatus.SCANNED
    assert document_file.is_scanned


def test_an_unreadable_docx_is_kept_and_flagged_not_refused():
    document = make_document()
    document_file = add_file(document, "hong.docx", docx_bytes())  # passes the upload checks
    assert document_file.text_status == DocumentFile.TextStatus.FAILED
    assert DocumentFile.objects.filter(pk=document_file.pk).exists()


def test_spreadsheets_are_stored_but_not_read():
    document = make_document()
    document_file = add_file(document, "so-lieu.xlsx", xlsx_bytes())
    assert document_file.text_status == DocumentFile.TextStatus.NOT_READ


def test_text_is_read_once_not_on_every_save():
    document = make_document()
    document_file = add_file(document, "kh.pdf", pdf_with_text("Mot lan"))
    DocumentFile.objects.filter(pk=document_file.pk).update(extracted_text="giu nguyen")
    document_file = DocumentFile.objects.get(pk=document_file.pk)
    document_file.label = "Bản ký"
    document_file.save()
    assert DocumentFile.objects.get(pk=document_file.pk).extracted_text == "giu nguyen"


def test_files_are_private_with_unguessable_names():
    document = make_document()
    document_file = add_file(document, "ke-hoach-45.pdf", pdf_with_text("x"))
    assert "ke-hoach-45" not in document_file.file.name
    assert list(settings.PRIVATE_MEDIA_ROOT.rglob("*.pdf"))
    assert not settings.MEDIA_ROOT.exists() or not list(settings.MEDIA_ROOT.rglob("*.pdf"))
