"""The metadata rules of a document (Decree 30/2020/NĐ-CP fields)."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from documents.models import Document, DocumentFile, number_key
from tests.factories.documents import doc_type, make_document
from tests.factories.events import make_organization, make_person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written", ["45/KH-MTTQ-BTT", "45 KH MTTQ BTT", "45-kh-mttq-btt", " 45/kh - MTTQ-BTT "]
)
def test_number_key_ignores_slashes_hyphens_case_and_spaces(written):
    assert number_key(written) == "45khmttqbtt"


def test_number_key_folds_vietnamese_letters():
    assert number_key("01/CTrPH-MTTQ-CTĐ") == "01ctrphmttqctd"


def test_number_and_symbol_kept_as_written_and_address_made_from_title():
    document = make_document("Kế hoạch tổ chức Ngày hội Đại đoàn kết", number="45/KH-MTTQ-BTT")
    assert document.number_symbol == "45/KH-MTTQ-BTT"
    assert document.slug == "ke-hoach-to-chuc-ngay-hoi-dai-doan-ket-45-kh-mttq-btt"
    assert "/" not in document.get_absolute_url().removeprefix("/van-ban/").rstrip("/")
    assert str(document) == "45/KH-MTTQ-BTT — Kế hoạch tổ chức Ngày hội Đại đoàn kết"


def test_text_is_stored_nfc():
    document = make_document("Ke\u0302\u0301 hoa\u0323ch")  # NFD
    assert document.title == "Kế hoạch"


def test_effective_date_before_issue_is_refused_with_a_vietnamese_message():
    document = Document(
        title="Kế hoạch",
        document_type=doc_type(),
        issued_on=date(2023, 8, 15),
        effective_on=date(2023, 8, 1),
    )
    with pytest.raises(ValidationError) as caught:
        document.full_clean()
    assert "Ngày có hiệu lực không được trước ngày ban hành." in str(caught.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        document.save()
    assert not Document.objects.exists()


def test_replaced_needs_the_replacing_document_and_only_then():
    newer = make_document("Kế hoạch mới")
    older = Document(
        title="Kế hoạch cũ",
        document_type=doc_type(),
        issued_on=date(2023, 1, 1),
        legal_status=Document.LegalStatus.REPLACED,
    )
    with pytest.raises(ValidationError, match="phải chọn văn bản thay thế"):
        older.full_clean()
    older.replaced_by = newer
    older.full_clean()
    older.save()
    assert list(newer.replaces.all()) == [older]
    older.legal_status = Document.LegalStatus.IN_FORCE
    with pytest.raises(ValidationError):
        older.full_clean()


def test_a_document_cannot_replace_itself():
    document = make_document()
    document.legal_status = Document.LegalStatus.REPLACED
    document.replaced_by = document
    with pytest.raises(ValidationError, match="chính nó"):
        document.full_clean()


def test_issuer_and_signer_come_from_the_conference_records_and_are_protected():
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    document = make_document(issuing_body=mttq, signer=thanh, signer_position="Chủ tịch")
    assert list(thanh.signed_documents.all()) == [document]
    assert list(mttq.issued_documents.all()) == [document]
    with pytest.raises(IntegrityError), transaction.atomic():
        thanh.delete()


def test_search_text_holds_number_parts_title_abstract_issuer_and_signer():
    document = make_document(
        "Kế hoạch Ngày hội",
        number="45/KH-MTTQ-BTT",
        abstract="Tổ chức ở khu dân cư",
        issuing_body=make_organization("Ủy ban MTTQ Việt Nam quận"),
        signer=make_person("Nguyễn Thị Thanh"),
    )
    for words in ("45 kh mttq btt", "ke hoach ngay hoi", "khu dan cu", "uy ban mttq", "thanh"):
        assert words in document.search_text


def test_same_number_finds_the_duplicate_however_the_number_is_written():
    document = make_document(number="45/KH-MTTQ-BTT", issued_on=date(2023, 8, 15))
    assert list(Document.objects.same_number("45 kh-mttq/btt", date(2023, 8, 15))) == [document]
    assert not Document.objects.same_number("45/KH-MTTQ-BTT", date(2023, 8, 16)).exists()
    assert not Document.objects.same_number("", date(2023, 8, 15)).exists()


def test_visible_to_publication_and_visibility():
    from tests.factories.users import make_user

    public = make_document("Công khai")
    make_document("Nội bộ", visibility=Document.Visibility.INTERNAL)
    make_document("Bản nháp", status=Document.Status.DRAFT)
    assert list(Document.objects.published()) == [public]
    assert list(Document.objects.visible_to(None)) == [public]
    reader = make_user("")
    assert list(Document.objects.visible_to(reader)) == [public]
    official = make_user("official")
    assert {d.title for d in Document.objects.visible_to(official)} == {"Công khai", "Nội bộ"}


def test_file_download_name_is_number_and_title():
    from tests.factories.documents import add_file, pdf_with_text

    document = make_document("Kế hoạch Ngày hội", number="45/KH-MTTQ-BTT")
    document_file = add_file(document, "scan 01.pdf", pdf_with_text("Ke hoach"))
    assert document_file.download_name == "45-kh-mttq-btt-ke-hoach-ngay-hoi.pdf"
    assert document_file.content_type == "application/pdf"
    assert DocumentFile.objects.get().size > 0
