"""The public pages: /van-ban/ (filters, counts), /van-ban/<slug>/ and its files."""

import json
import re
from datetime import date

import pytest
from django.urls import reverse

from documents.models import Document, DocumentConference
from tests.factories.documents import (
    docx_with_text,
    make_document,
    pdf_with_text,
    scanned_pdf,
)
from tests.factories.events import make_conference, make_organization, make_person

pytestmark = pytest.mark.django_db
LIST = "/van-ban/"


def titles(response) -> list[str]:
    return [d.title for d in response.context["documents"]]


@pytest.fixture
def library(site_settings):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy", short_name="MTTQ quận")
    hdnd = make_organization("Hội đồng nhân dân quận Cầu Giấy", short_name="HĐND quận")
    from documents.models import DocumentField

    relief = DocumentField.objects.create(name="Nhân đạo, từ thiện")
    return {
        "plan": make_document(
            "Kế hoạch tổ chức Ngày hội Đại đoàn kết",
            number="45/KH-MTTQ-BTT",
            issued_on=date(2023, 8, 15),
            issuing_body=mttq,
        ),
        "old_plan": make_document(
            "Kế hoạch giám sát năm 2022",
            number="12/KH-MTTQ-BTT",
            issued_on=date(2022, 2, 20),
            issuing_body=mttq,
            legal_status=Document.LegalStatus.EXPIRED,
        ),
        "draft": make_document(
            "Dự thảo Nghị quyết về nhiệm vụ trọng tâm",
            type_code="du-thao",
            issued_on=date(2023, 5, 30),
            issuing_body=hdnd,
            legal_status=Document.LegalStatus.NOT_YET,
        ),
        "letter": make_document(
            "Công văn vận động Quỹ Vì người nghèo",
            type_code="cong-van",
            number="88/MTTQ-BTT",
            issued_on=date(2023, 10, 2),
            issuing_body=mttq,
            field=relief,
        ),
        "internal": make_document(
            "Báo cáo tình hình tư tưởng Nhân dân",
            type_code="bao-cao",
            number="95/BC-MTTQ-BTT",
            issued_on=date(2023, 10, 5),
            visibility=Document.Visibility.INTERNAL,
        ),
        "unpublished": make_document("Kế hoạch chưa công bố", status=Document.Status.DRAFT),
        "mttq": mttq,
        "relief": relief,
    }


def test_list_newest_first_without_internal_or_draft_documents(client, library):
    response = client.get(LIST)
    assert response.status_code == 200
    assert titles(response) == [
        "Công văn vận động Quỹ Vì người nghèo",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết",
        "Dự thảo Nghị quyết về nhiệm vụ trọng tâm",
        "Kế hoạch giám sát năm 2022",
    ]
    html = response.content.decode()
    assert "4 văn bản" in html and "45/KH-MTTQ-BTT" in html
    assert "tư tưởng" not in html and "chưa công bố" not in html


def test_counts_per_type_follow_the_other_filters(client, library):
    counts = {c["type"].name: c["count"] for c in client.get(LIST).context["type_counts"]}
    assert counts == {"Kế hoạch": 2, "Công văn": 1, "Dự thảo": 1}
    response = client.get(LIST, {"year": "2023", "type": "ke-hoach"})
    counts = {c["type"].name: c["count"] for c in response.context["type_counts"]}
    assert counts == {"Kế hoạch": 1, "Công văn": 1, "Dự thảo": 1}
    assert titles(response) == ["Kế hoạch tổ chức Ngày hội Đại đoàn kết"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"type": "ke-hoach"},
            ["Kế hoạch tổ chức Ngày hội Đại đoàn kết", "Kế hoạch giám sát năm 2022"],
        ),
        (
            {"issuer": "hoi-dong-nhan-dan-quan-cau-giay"},
            ["Dự thảo Nghị quyết về nhiệm vụ trọng tâm"],
        ),
        ({"field": "nhan-dao-tu-thien"}, ["Công văn vận động Quỹ Vì người nghèo"]),
        ({"year": "2022"}, ["Kế hoạch giám sát năm 2022"]),
        ({"from": "01/06/2023", "to": "31/08/2023"}, ["Kế hoạch tổ chức Ngày hội Đại đoàn kết"]),
        ({"status": "expired"}, ["Kế hoạch giám sát năm 2022"]),
        ({"q": "45/KH"}, ["Kế hoạch tổ chức Ngày hội Đại đoàn kết"]),
        (
            {
                "q": "ke hoach",
                "type": "ke-hoach",
                "year": "2023",
                "issuer": "uy-ban-mttq-viet-nam-quan-cau-giay",
            },
            ["Kế hoạch tổ chức Ngày hội Đại đoàn kết"],
        ),
    ],
)
def test_filters_combine(client, library, params, expected):
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert titles(response) == expected


def test_active_filters_can_be_removed_one_by_one(client, library):
    response = client.get(LIST, {"type": "ke-hoach", "year": "2023"})
    chips = {f.key: f.remove_url for f in response.context["active_filters"]}
    assert chips == {"type": "/van-ban/?year=2023", "year": "/van-ban/?type=ke-hoach"}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "xyz"}, "Không có loại văn bản “xyz”"),
        ({"status": "con-hieu-luc"}, "Không có tình trạng “con-hieu-luc”"),
        ({"issuer": "khong-co"}, "Không có cơ quan ban hành “khong-co”"),
        ({"year": "hai nghìn"}, "Năm phải là một số có 4 chữ số"),
        ({"from": "31/02/2023"}, "không có trên lịch"),
        ({"from": "01/09/2023", "to": "01/01/2023"}, "phải trước hoặc trùng"),
        ({"q": "x" * 300}, "Từ khóa quá dài"),
        ({"q": "a\x00b"}, "ký tự không hợp lệ"),
    ],
)
def test_bad_filters_give_a_vietnamese_message_and_are_left_out(client, library, params, message):
    response = client.get(LIST, params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert len(titles(response)) == 4  # the bad filter did not apply


def test_an_internal_issuer_is_not_offered_to_the_public(library, official_client):
    from django.test import Client

    secret_org = make_organization("Ban Chỉ đạo nội bộ")
    make_document("Báo cáo mật", issuing_body=secret_org, visibility=Document.Visibility.INTERNAL)
    assert "Ban Chỉ đạo nội bộ" not in Client().get(LIST).content.decode()
    assert "Ban Chỉ đạo nội bộ" in official_client.get(LIST).content.decode()


def test_officials_see_internal_documents_listed_and_never_cached(official_client, library):
    response = official_client.get(LIST)
    assert "Báo cáo tình hình tư tưởng Nhân dân" in titles(response)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    detail = official_client.get(library["internal"].get_absolute_url())
    assert detail.status_code == 200
    assert "noindex" in detail.content.decode()
    assert "no-store" in detail["Cache-Control"]


def test_internal_and_unpublished_documents_are_404_for_the_public(client, library):
    for key in ("internal", "unpublished"):
        assert client.get(library[key].get_absolute_url()).status_code == 404


def test_detail_shows_the_metadata_table(client, library):
    thanh = make_person("Nguyễn Thị Thanh")
    document = make_document(
        "Chương trình phối hợp giai đoạn 2023- 2027",
        type_code="chuong-trinh-phoi-hop",
        number="01/CTrPH-MTTQ-CTĐ",
        abstract="Phối hợp tổ chức các hoạt động nhân đạo",
        issuing_body=library["mttq"],
        signer=thanh,
        signer_position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
        issued_on=date(2023, 6, 9),
        effective_on=date(2023, 7, 1),
        field=library["relief"],
    )
    html = client.get(document.get_absolute_url()).content.decode()
    rows = dict(re.findall(r'<th scope="row">(.*?)</th><td>(.*?)</td>', html, re.S))
    assert rows["Số, ký hiệu"] == "01/CTrPH-MTTQ-CTĐ"
    assert rows["Loại văn bản"] == "Chương trình phối hợp"
    assert "Ủy ban MTTQ Việt Nam quận Cầu Giấy" in rows["Cơ quan ban hành"]
    assert "Nguyễn Thị Thanh" in rows["Người ký"]
    assert "Chủ tịch Ủy ban MTTQ Việt Nam quận" in rows["Người ký"]
    assert "09/06/2023" in rows["Ngày ban hành"] and "01/07/2023" in rows["Ngày có hiệu lực"]
    assert "Nhân đạo, từ thiện" in rows["Lĩnh vực"]
    assert rows["Tình trạng hiệu lực"] == "Còn hiệu lực"


def test_detail_open_graph_and_structured_data(client, library):
    html = client.get(library["plan"].get_absolute_url()).content.decode()
    assert (
        '<meta property="og:title" content="45/KH-MTTQ-BTT – Kế hoạch tổ chức Ngày hội Đại đoàn kết">'
        in html
    )
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "DigitalDocument"
    assert data["identifier"] == "45/KH-MTTQ-BTT"
    assert data["dateCreated"] == "2023-08-15"
    assert data["author"]["name"] == "Ủy ban MTTQ Việt Nam quận Cầu Giấy"


def test_a_resolution_is_described_as_legislation(client, site_settings):
    document = make_document("Nghị quyết năm 2024", type_code="nghi-quyet", number="03/NQ-MTTQ")
    html = client.get(document.get_absolute_url()).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    )
    assert data["@type"] == "Legislation"
    assert data["legislationIdentifier"] == "03/NQ-MTTQ"
    assert data["legislationLegalForce"] == "https://schema.org/InForce"


def test_replaced_document_points_to_its_replacement_and_back(client, site_settings):
    newer = make_document("Kế hoạch thay thế", number="70/KH-MTTQ-BTT", issued_on=date(2023, 9, 25))
    older = make_document(
        "Kế hoạch ban đầu",
        number="10/KH-MTTQ-BTT",
        issued_on=date(2023, 9, 5),
        legal_status=Document.LegalStatus.REPLACED,
        replaced_by=newer,
    )
    html = client.get(older.get_absolute_url()).content.decode()
    assert "văn bản này đã được thay thế bởi" in html and newer.get_absolute_url() in html
    html = client.get(newer.get_absolute_url()).content.decode()
    assert "Văn bản bị văn bản này thay thế" in html and older.get_absolute_url() in html


def test_replacement_that_is_internal_is_not_revealed(client, site_settings):
    newer = make_document("Kế hoạch nội bộ", visibility=Document.Visibility.INTERNAL)
    older = make_document(
        "Kế hoạch cũ", legal_status=Document.LegalStatus.REPLACED, replaced_by=newer
    )
    html = client.get(older.get_absolute_url()).content.decode()
    assert "Kế hoạch nội bộ" not in html and newer.get_absolute_url() not in html


def test_files_can_be_viewed_and_downloaded_with_their_checks(client, site_settings):
    document = make_document(
        "Kế hoạch Ngày hội",
        number="45/KH-MTTQ-BTT",
        files=[
            ("ban-ky.pdf", pdf_with_text("Ke hoach Ngay hoi")),
            ("phu-luc.docx", docx_with_text("Phụ lục")),
        ],
    )
    pdf, docx = document.files.all()
    html = client.get(document.get_absolute_url()).content.decode()
    view_url = reverse("documents:document_file_view", args=[document.slug, pdf.pk])
    assert view_url in html
    assert reverse("documents:document_file_view", args=[document.slug, docx.pk]) not in html

    shown = client.get(view_url)
    assert shown.status_code == 200 and shown["Content-Type"] == "application/pdf"
    assert shown["Content-Disposition"].startswith("inline")
    assert shown["X-Content-Type-Options"] == "nosniff"
    assert b"".join(shown.streaming_content).startswith(b"%PDF")

    download = client.get(reverse("documents:document_file", args=[document.slug, docx.pk]))
    assert download["Content-Disposition"].startswith("attachment")
    assert 'filename="45-kh-mttq-btt-ke-hoach-ngay-hoi.docx"' in download["Content-Disposition"]
    # A DOCX is never rendered by the browser.
    assert (
        client.get(
            reverse("documents:document_file_view", args=[document.slug, docx.pk])
        ).status_code
        == 404
    )


def test_files_of_internal_documents_are_404_for_the_public(official_client, site_settings):
    from django.test import Client

    document = make_document(
        "Báo cáo nội bộ",
        visibility=Document.Visibility.INTERNAL,
        files=[("bc.pdf", pdf_with_text("Noi bo"))],
    )
    url = reverse("documents:document_file", args=[document.slug, document.files.get().pk])
    assert Client().get(url).status_code == 404
    assert official_client.get(url).status_code == 200


def test_a_file_of_another_document_is_404(client, site_settings):
    one = make_document(files=[("a.pdf", pdf_with_text("a"))])
    other = make_document()
    url = reverse("documents:document_file", args=[other.slug, one.files.get().pk])
    assert client.get(url).status_code == 404


def test_a_missing_file_is_404_not_500(client, site_settings):
    document = make_document(files=[("a.pdf", pdf_with_text("a"))])
    document_file = document.files.get()
    document_file.file.storage.delete(document_file.file.name)
    url = reverse("documents:document_file", args=[document.slug, document_file.pk])
    assert client.get(url).status_code == 404


def test_a_scanned_file_is_flagged_on_the_page(client, site_settings):
    document = make_document(files=[("scan.pdf", scanned_pdf())])
    assert "Bản quét" in client.get(document.get_absolute_url()).content.decode()


def test_conferences_of_a_document_listed_with_their_role(client, site_settings):
    conference = make_conference("Hội nghị phản biện xã hội")
    hidden = make_conference("Hội nghị nội bộ", visibility="internal")
    document = make_document(
        "Dự thảo Nghị quyết",
        type_code="du-thao",
        conferences=[
            (conference, DocumentConference.Role.CRITICISED_DRAFT),
            (hidden, DocumentConference.Role.RELATED),
        ],
    )
    html = client.get(document.get_absolute_url()).content.decode()
    assert "Dự thảo được phản biện tại hội nghị" in html
    assert conference.get_absolute_url() in html
    assert "Hội nghị nội bộ" not in html


def test_unknown_document_and_bad_page_are_404(client, library):
    assert client.get("/van-ban/khong-co/").status_code == 404
    assert client.get(LIST, {"page": "abc"}).status_code == 404
    assert client.get(LIST, {"page": "9"}).status_code == 404


def test_head_and_post(client, library):
    assert client.head(LIST).status_code == 200
    assert client.post(LIST).status_code == 405


# --- Queries per page: fixed, whatever the number of documents --------------------------------


def _many(n: int):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận")
    conference = make_conference("Hội nghị")
    docs = []
    for i in range(n):
        docs.append(
            make_document(
                f"Kế hoạch số {i}",
                number=f"{i}/KH-MTTQ-BTT",
                issuing_body=mttq,
                signer=make_person(f"Người ký {i}"),
                files=[(f"{i}.pdf", pdf_with_text(f"So {i}"))] if i < 3 else (),
                conferences=[(conference, DocumentConference.Role.RELATED)],
            )
        )
    for i, document in enumerate(docs[1:], start=1):
        document.related.add(docs[i - 1])
    return docs


@pytest.mark.parametrize("n", [3, 30])
def test_list_queries_pinned(client, site_settings, django_assert_num_queries, n):
    _many(n)
    client.get(LIST)  # warm the site settings cache
    # types, fields, issuers, count, page, counts per type, years
    with django_assert_num_queries(7):
        assert (
            client.get(LIST, {"type": "ke-hoach", "year": "2023", "q": "ke hoach"}).status_code
            == 200
        )


@pytest.mark.parametrize("n", [3, 30])
def test_detail_queries_pinned(client, site_settings, django_assert_num_queries, n):
    docs = _many(n)
    client.get(LIST)
    document = docs[1]
    # the document, its files, its conferences, the related documents
    with django_assert_num_queries(4):
        assert client.get(document.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("n", [3, 30])
def test_queries_for_an_official_do_not_grow(official_client, site_settings, n):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    docs = _many(n)
    docs[0].visibility = Document.Visibility.INTERNAL
    docs[0].save()
    official_client.get(LIST)
    counts = []
    for url in (LIST, docs[1].get_absolute_url()):
        with CaptureQueriesContext(connection) as queries:
            assert official_client.get(url).status_code == 200
        counts.append(len(queries))
    # session, user, the user's and the groups' permissions on top of the anonymous 7 and 4
    assert counts == [11, 8]
