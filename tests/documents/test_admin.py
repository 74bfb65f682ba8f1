"""Admin: editors and conference clerks record documents; bad input is refused with a message
and nothing stored; a duplicate is warned about; conference documents can be promoted."""

from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse

from documents.models import Document, DocumentConference, DocumentFile
from events.models import Conference, ConferenceDocument
from tests.factories.documents import doc_type, docx_with_text, make_document, pdf_with_text
from tests.factories.events import make_conference, make_organization, make_person
from tests.factories.files import upload
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
ADD = reverse("admin:documents_document_add")


@pytest.fixture
def clerk_client(client):
    clerk = make_user("staff", "thuky")
    clerk.groups.add(Group.objects.get(name="Thư ký hội nghị"))
    client.force_login(clerk)
    return client


def post_data(**extra):
    data = {
        "number_symbol": "45/KH-MTTQ-BTT",
        "document_type": str(doc_type("ke-hoach").pk),
        "title": "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
        "abstract": "",
        "issued_on": "15/08/2023",
        "effective_on": "",
        "legal_status": "in-force",
        "visibility": "public",
        "status": "published",
        "files-TOTAL_FORMS": "0",
        "files-INITIAL_FORMS": "0",
        "conference_links-TOTAL_FORMS": "0",
        "conference_links-INITIAL_FORMS": "0",
    }
    data.update(extra)
    return data


def test_groups_may_do_what_the_readme_says():
    perms = {
        name: set(
            Group.objects.get(name=name)
            .permissions.filter(content_type__app_label="documents")
            .values_list("codename", flat=True)
        )
        for name in ("Biên tập viên", "Thư ký hội nghị", "Cán bộ")
    }
    assert {"add_document", "change_document", "add_documenttype"} <= perms["Biên tập viên"]
    assert {"add_document", "change_document", "view_internal_document"} <= perms["Thư ký hội nghị"]
    assert "delete_document" not in perms["Thư ký hội nghị"] | perms["Biên tập viên"]
    assert perms["Cán bộ"] == {"view_internal_document"}


def test_a_clerk_adds_a_document_with_a_file_and_a_conference(clerk_client):
    conference = make_conference("Hội nghị phản biện xã hội")
    signer = make_person("Nguyễn Thị Thanh")
    issuer = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    response = clerk_client.post(
        ADD,
        post_data(
            issuing_body=str(issuer.pk),
            signer=str(signer.pk),
            signer_position="Chủ tịch",
            **{
                "files-TOTAL_FORMS": "1",
                "files-0-file": upload(
                    pdf_with_text("Ke hoach to chuc Ngay hoi"), "kh.pdf", "application/pdf"
                ),
                "files-0-label": "Bản ký",
                "files-0-order": "0",
                "conference_links-TOTAL_FORMS": "1",
                "conference_links-0-conference": str(conference.pk),
                "conference_links-0-role": "related",
            },
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get()
    assert document.issued_on == date(2023, 8, 15)  # day first
    assert document.signer == signer and document.issuing_body == issuer
    assert document.created_by.username == "thuky"
    assert document.files.get().text_status == DocumentFile.TextStatus.FOUND
    assert "ngay hoi" in document.search_text  # refreshed after the files were saved
    assert list(document.conferences.all()) == [conference]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("ke-hoach.pdf", b"MZ\x90\x00\x03" + b"\x00" * 64, "Nội dung tệp không phải PDF"),
        ("ke-hoach.docx", pdf_with_text("x"), "Nội dung tệp không phải Word"),
        ("ke-hoach.html", b"<html><body>x</body></html>", "Chỉ nhận tệp PDF, DOCX hoặc XLSX"),
    ],
)
def test_a_file_that_is_not_what_its_name_says_is_refused(clerk_client, name, data, message):
    response = clerk_client.post(
        ADD,
        post_data(
            **{
                "files-TOTAL_FORMS": "1",
                "files-0-file": upload(data, name, "application/octet-stream"),
                "files-0-order": "0",
            }
        ),
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists() and not DocumentFile.objects.exists()


def test_an_oversize_file_is_refused(clerk_client, settings):
    settings.EVENTS_DOCUMENT_MAX_BYTES = 1000
    response = clerk_client.post(
        ADD,
        post_data(
            **{
                "files-TOTAL_FORMS": "1",
                "files-0-file": upload(
                    docx_with_text("x" * 5000), "a.docx", "application/octet-stream"
                ),
                "files-0-order": "0",
            }
        ),
    )
    assert "Tệp quá lớn" in response.content.decode()
    assert not Document.objects.exists()


def test_effective_before_issue_is_refused_with_a_message(clerk_client):
    response = clerk_client.post(ADD, post_data(effective_on="01/08/2023"))
    assert response.status_code == 200
    assert "Ngày có hiệu lực không được trước ngày ban hành." in response.content.decode()
    assert not Document.objects.exists()


def test_replaced_without_the_replacement_is_refused(clerk_client):
    response = clerk_client.post(ADD, post_data(legal_status="replaced"))
    assert "phải chọn văn bản thay thế" in response.content.decode()
    assert not Document.objects.exists()


def test_duplicate_number_and_date_is_warned_until_confirmed(clerk_client):
    existing = make_document(
        "Kế hoạch đã nhập", number="45/KH-MTTQ-BTT", issued_on=date(2023, 8, 15)
    )
    response = clerk_client.post(ADD, post_data(number_symbol="45 / kh-mttq-btt"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đã có văn bản cùng số, ký hiệu và ngày ban hành" in html
    assert reverse("admin:documents_document_change", args=[existing.pk]) in html
    assert Document.objects.count() == 1
    response = clerk_client.post(ADD, post_data(allow_duplicate="on"))
    assert response.status_code == 302
    assert Document.objects.count() == 2


def test_same_number_another_day_is_no_duplicate(clerk_client):
    make_document("Kế hoạch năm trước", number="45/KH-MTTQ-BTT", issued_on=date(2022, 8, 15))
    assert clerk_client.post(ADD, post_data()).status_code == 302


def test_changes_are_kept_as_revisions(clerk_client):
    from reversion.models import Version

    clerk_client.post(ADD, post_data())
    document = Document.objects.get()
    data = post_data(title="Kế hoạch (đã sửa)")
    clerk_client.post(reverse("admin:documents_document_change", args=[document.pk]), data)
    assert Version.objects.get_for_object(document).count() == 2
    history = clerk_client.get(reverse("admin:documents_document_history", args=[document.pk]))
    assert history.status_code == 200


def test_changelist_search_by_number_without_slashes_and_scan_filter(clerk_client):
    from tests.factories.documents import scanned_pdf

    make_document("Kế hoạch Ngày hội", number="45/KH-MTTQ-BTT")
    make_document("Báo cáo quét", number="60/BC-MTTQ-BTT", files=[("bc.pdf", scanned_pdf())])
    url = reverse("admin:documents_document_changelist")
    assert "Kế hoạch Ngày hội" in clerk_client.get(url, {"q": "45 kh mttq"}).content.decode()
    html = clerk_client.get(url, {"tep": "quet"}).content.decode()
    assert "Báo cáo quét" in html and "Kế hoạch Ngày hội" not in html


def test_autocompletes_for_issuer_and_signer(clerk_client):
    make_person("Nguyễn Thị Thanh")
    html = clerk_client.get(ADD).content.decode()
    for field in ("issuing_body", "signer", "replaced_by", "related"):
        assert f'data-field-name="{field}"' in html, field
    lookup = clerk_client.get(
        reverse("admin:autocomplete"),
        {
            "app_label": "documents",
            "model_name": "document",
            "field_name": "signer",
            "term": "thanh",
        },
    )
    assert [r["text"] for r in lookup.json()["results"]] == ["Nguyễn Thị Thanh"]  # folded search


# --- Promotion of conference documents ---------------------------------------------------------


def _conference_with_documents(**fields):
    conference = make_conference("Hội nghị ký kết và phản biện xã hội", **fields)
    for title, name, data in (
        ("Dự thảo Nghị quyết về nhiệm vụ trọng tâm", "du-thao.pdf", pdf_with_text("Du thao")),
        ("Chương trình phối hợp 2023-2027", "ct.docx", docx_with_text("Nội dung phối hợp")),
    ):
        document = ConferenceDocument(conference=conference, title=title)
        document.file.save(name, ContentFile(data), save=True)
    return conference


def _promote(client, conference):
    return client.post(
        reverse("admin:events_conference_changelist"),
        {"action": "promote_conference_documents", "_selected_action": [conference.pk]},
        follow=True,
    )


def test_the_conference_list_offers_promotion_to_who_may_add_documents(clerk_client, client):
    _conference_with_documents()
    html = clerk_client.get(reverse("admin:events_conference_changelist")).content.decode()
    assert "Đưa tài liệu của các hội nghị đã chọn vào thư viện Văn bản" in html


def test_promotion_keeps_the_files_and_links_the_conference(clerk_client):
    conference = _conference_with_documents()
    response = _promote(clerk_client, conference)
    assert "Đã đưa 2 tài liệu vào thư viện Văn bản" in response.content.decode()
    draft = Document.objects.get(title="Dự thảo Nghị quyết về nhiệm vụ trọng tâm")
    programme = Document.objects.get(title="Chương trình phối hợp 2023-2027")
    assert draft.document_type.code == "du-thao" and draft.status == Document.Status.DRAFT
    assert draft.issued_on == date(2023, 6, 9)
    assert programme.document_type.code == "chuong-trinh-phoi-hop"
    roles = dict(DocumentConference.objects.values_list("document__title", "role"))
    assert roles == {
        "Dự thảo Nghị quyết về nhiệm vụ trọng tâm": "criticised-draft",
        "Chương trình phối hợp 2023-2027": "signed-programme",
    }
    for source in ConferenceDocument.objects.all():
        copy = source.library_file
        assert copy.file.name != source.file.name
        with source.file.open("rb") as a, copy.file.open("rb") as b:
            assert a.read() == b.read()  # the original is still there, the copy identical
    assert "noi dung phoi hop" in programme.search_text


def test_promoting_twice_adds_nothing(clerk_client):
    conference = _conference_with_documents()
    _promote(clerk_client, conference)
    response = _promote(clerk_client, conference)
    assert "2 tài liệu đã có trong thư viện từ trước" in response.content.decode()
    assert Document.objects.count() == 2


def test_documents_of_an_internal_conference_stay_internal(clerk_client):
    conference = _conference_with_documents(visibility=Conference.Visibility.INTERNAL)
    _promote(clerk_client, conference)
    assert set(Document.objects.values_list("visibility", flat=True)) == {"internal"}


def test_a_missing_file_is_reported_not_a_500(clerk_client):
    conference = _conference_with_documents()
    source = conference.documents.first()
    source.file.storage.delete(source.file.name)
    response = _promote(clerk_client, conference)
    assert response.status_code == 200
    assert "Không tìm thấy tệp của" in response.content.decode()
    assert Document.objects.count() == 1


def test_an_editor_without_conference_rights_does_not_see_conference_admin(client):
    client.force_login(make_user("writer"))
    assert client.get(reverse("admin:events_conference_changelist")).status_code == 403
