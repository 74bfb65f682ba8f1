"""documents.search.search_documents: number and symbol first, then words (folded)."""

from datetime import date

import pytest

from documents.models import Document
from documents.search import search_documents
from tests.factories.documents import docx_with_text, make_document, pdf_with_text
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def library():
    return {
        # Newer documents that mention the number in their text or share some of its parts.
        "mention": make_document(
            "Báo cáo kết quả Ngày hội",
            number="60/BC-MTTQ-BTT",
            issued_on=date(2023, 12, 1),
            abstract="Thực hiện Kế hoạch số 45/KH-MTTQ-BTT",
        ),
        "other_plan": make_document(
            "Kế hoạch giám sát", number="145/KH-MTTQ-BTT", issued_on=date(2023, 11, 1)
        ),
        "target": make_document(
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
            number="45/KH-MTTQ-BTT",
            issued_on=date(2023, 8, 15),
        ),
        "prefix": make_document(
            "Kế hoạch năm 2022", number="45/KH-MTTQ", issued_on=date(2022, 8, 15)
        ),
        "text_only": make_document(
            "Công văn về việc vận động",
            type_code="cong-van",
            number="88/MTTQ-BTT",
            issued_on=date(2023, 10, 2),
            files=[("cv.pdf", pdf_with_text("Ung ho Quy Vi nguoi ngheo tai khu dan cu"))],
        ),
        "docx": make_document(
            "Chương trình phối hợp",
            type_code="chuong-trinh-phoi-hop",
            number="01/CTrPH-MTTQ-CTĐ",
            issued_on=date(2023, 6, 9),
            files=[("ct.docx", docx_with_text("Tổ chức các hoạt động nhân đạo, từ thiện"))],
        ),
    }


@pytest.mark.parametrize("query", ["45/KH-MTTQ-BTT", "45 KH MTTQ BTT", "45-kh-mttq-btt", "45/kh"])
def test_number_and_symbol_finds_the_document_first(library, query):
    results = list(search_documents(query, None))
    assert results[0] == library["target"], [d.number_symbol for d in results]


def test_exact_number_before_a_longer_number_with_the_same_start(library):
    results = list(search_documents("45/KH-MTTQ", None))
    assert results[0] == library["prefix"]
    assert library["target"] in results


def test_a_symbol_without_the_number_finds_numbers_containing_it(library):
    results = list(search_documents("KH-MTTQ-BTT", None))
    assert results[:2] == [library["other_plan"], library["target"]]  # newest first


def test_folded_words_in_title_and_abstract(library):
    assert list(search_documents("dai doan ket", None)) == [library["target"]]
    assert library["mention"] in search_documents("THỰC HIỆN kế hoạch", None)


def test_words_found_in_the_file_text_pdf_and_docx(library):
    assert list(search_documents("quỹ vì người nghèo", None)) == [library["text_only"]]
    assert list(search_documents("nhan dao tu thien", None)) == [library["docx"]]


def test_title_match_ranks_above_a_match_in_the_file_only(library):
    make_document(
        "Hướng dẫn vận động Quỹ Vì người nghèo",
        type_code="huong-dan",
        issued_on=date(2020, 1, 1),  # older: ranked first only by where the words are
    )
    results = list(search_documents("vi nguoi ngheo", None))
    assert [d.title for d in results] == [
        "Hướng dẫn vận động Quỹ Vì người nghèo",
        "Công văn về việc vận động",
    ]


def test_empty_or_punctuation_only_query_finds_nothing(library):
    assert not search_documents("", None).exists()
    assert not search_documents(" / - ", None).exists()


def test_internal_and_draft_documents_only_for_officials():
    make_document(
        "Báo cáo tình hình tư tưởng",
        number="95/BC-MTTQ-BTT",
        visibility=Document.Visibility.INTERNAL,
    )
    make_document("Báo cáo nháp tình hình", number="96/BC-MTTQ-BTT", status=Document.Status.DRAFT)
    assert not search_documents("95/BC-MTTQ-BTT", None).exists()
    assert not search_documents("tinh hinh", make_user("")).exists()
    official = make_user("official")
    assert [d.number_symbol for d in search_documents("tinh hinh", official)] == ["95/BC-MTTQ-BTT"]


def test_the_section_declares_the_provider():
    from documents import section

    assert section.SEARCH_PROVIDER is search_documents
