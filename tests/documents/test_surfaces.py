"""Every surface a document reaches: the page cache, feed, sitemap, menu, and the blocks on
the conference and person pages — and internal documents on none of them for the public."""

from datetime import date

import feedparser
import pytest
from django.test import Client

from documents.models import Document, DocumentConference
from tests.factories.documents import make_document
from tests.factories.events import make_conference, make_person

pytestmark = pytest.mark.django_db
LIST = "/van-ban/"


def text(response) -> str:
    return response.content.decode()


@pytest.fixture
def sample(site_settings):
    thanh = make_person("Nguyễn Thị Thanh")
    conference = make_conference(
        "Hội nghị ký kết và phản biện xã hội", people=[(thanh, "concluding", "Chủ tịch")]
    )
    draft = make_document(
        "Dự thảo Nghị quyết về nhiệm vụ trọng tâm",
        type_code="du-thao",
        issued_on=date(2023, 5, 30),
        conferences=[(conference, DocumentConference.Role.CRITICISED_DRAFT)],
    )
    programme = make_document(
        "Chương trình phối hợp 2023-2027",
        type_code="chuong-trinh-phoi-hop",
        number="01/CTrPH-MTTQ-CTĐ",
        signer=thanh,
        signer_position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
        issued_on=date(2023, 6, 9),
        conferences=[(conference, DocumentConference.Role.SIGNED_PROGRAMME)],
    )
    internal = make_document(
        "Báo cáo nội bộ sau hội nghị",
        type_code="bao-cao",
        number="95/BC-MTTQ-BTT",
        signer=thanh,
        visibility=Document.Visibility.INTERNAL,
        conferences=[(conference, DocumentConference.Role.CONCLUSION)],
    )
    return {
        "thanh": thanh,
        "conference": conference,
        "draft": draft,
        "programme": programme,
        "internal": internal,
    }


def test_second_anonymous_visit_is_served_from_the_page_cache(
    client, sample, django_assert_num_queries
):
    for url in (LIST, f"{LIST}?type=du-thao", sample["draft"].get_absolute_url(), "/van-ban/rss/"):
        first = client.get(url)
        assert first.status_code == 200
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second.content == first.content


def test_the_conference_page_lists_its_documents_with_their_role(client, sample):
    html = text(client.get(sample["conference"].get_absolute_url()))
    assert "Dự thảo được phản biện tại hội nghị" in html
    assert sample["draft"].get_absolute_url() in html
    assert "Chương trình ký kết tại hội nghị" in html
    assert "01/CTrPH-MTTQ-CTĐ" in html
    assert html.index("Dự thảo Nghị quyết") < html.index("Chương trình phối hợp 2023-2027")
    assert "Báo cáo nội bộ sau hội nghị" not in html


def test_the_document_page_lists_the_conference_back(client, sample):
    html = text(client.get(sample["programme"].get_absolute_url()))
    assert sample["conference"].get_absolute_url() in html
    assert "Chương trình ký kết tại hội nghị" in html


def test_the_person_page_lists_documents_they_signed(client, sample):
    html = text(client.get(sample["thanh"].get_absolute_url()))
    assert "Văn bản đã ký" in html
    assert sample["programme"].get_absolute_url() in html
    assert "Báo cáo nội bộ sau hội nghị" not in html


def test_officials_see_internal_documents_on_the_conference_and_person_pages(client, sample):
    from tests.factories.users import make_user

    client.force_login(make_user("official"))
    assert "Báo cáo nội bộ sau hội nghị" in text(
        client.get(sample["conference"].get_absolute_url())
    )
    assert "Báo cáo nội bộ sau hội nghị" in text(client.get(sample["thanh"].get_absolute_url()))


def test_a_conference_without_documents_shows_no_empty_box(client, site_settings):
    conference = make_conference("Hội nghị không có văn bản")
    assert "s-library-documents" not in text(client.get(conference.get_absolute_url()))


def test_publishing_a_document_shows_at_once_everywhere(client, sample):
    conference, thanh = sample["conference"], sample["thanh"]
    pages = [
        LIST,
        "/van-ban/rss/",
        "/sitemap.xml",
        conference.get_absolute_url(),
        thanh.get_absolute_url(),
    ]
    document = make_document(
        "Thông báo kết luận hội nghị",
        type_code="ket-luan",
        number="52/TB-MTTQ-BTT",
        signer=thanh,
        status=Document.Status.DRAFT,
        conferences=[(conference, DocumentConference.Role.CONCLUSION)],
    )
    for url in pages:
        assert "Thông báo kết luận hội nghị" not in text(client.get(url)), url
    assert client.get(document.get_absolute_url()).status_code == 404
    document.status = Document.Status.PUBLISHED
    document.save()
    for url in pages:
        body = text(client.get(url))
        assert "Thông báo kết luận hội nghị" in body or document.get_absolute_url() in body, url
    assert client.get(document.get_absolute_url()).status_code == 200


def test_linking_a_document_to_a_conference_shows_at_once(client, sample):
    other = make_document("Hướng dẫn lấy ý kiến", type_code="huong-dan")
    url = sample["conference"].get_absolute_url()
    assert "Hướng dẫn lấy ý kiến" not in text(client.get(url))
    DocumentConference.objects.create(
        document=other, conference=sample["conference"], role=DocumentConference.Role.RELATED
    )
    assert "Hướng dẫn lấy ý kiến" in text(client.get(url))
    assert sample["conference"].get_absolute_url() in text(client.get(other.get_absolute_url()))


def test_editing_a_document_title_updates_the_pages_showing_it(client, sample):
    urls = [sample["conference"].get_absolute_url(), sample["thanh"].get_absolute_url(), LIST]
    for url in urls:
        client.get(url)
    programme = sample["programme"]
    programme.title = "Chương trình phối hợp (đã sửa tên)"
    programme.save()
    for url in urls:
        assert "Chương trình phối hợp (đã sửa tên)" in text(client.get(url)), url


def test_internal_documents_are_never_stored_for_anonymous_readers(sample):
    from tests.factories.users import make_user

    official = Client()
    official.force_login(make_user("official"))
    url = sample["internal"].get_absolute_url()
    assert official.get(url).status_code == 200
    assert "Báo cáo nội bộ" in text(official.get(LIST))
    anonymous = Client()
    assert anonymous.get(url).status_code == 404
    assert "Báo cáo nội bộ" not in text(anonymous.get(LIST))
    assert "Báo cáo nội bộ" not in text(anonymous.get(sample["conference"].get_absolute_url()))


def test_feed_has_the_newest_public_documents_only(client, sample):
    make_document("Kế hoạch chưa công bố", status=Document.Status.DRAFT)
    feed = feedparser.parse(client.get("/van-ban/rss/").content)
    assert [entry.title for entry in feed.entries] == [
        "01/CTrPH-MTTQ-CTĐ – Chương trình phối hợp 2023-2027",
        "Dự thảo Nghị quyết về nhiệm vụ trọng tâm",
    ]
    assert feed.entries[0].link.endswith(sample["programme"].get_absolute_url())


def test_sitemap_lists_the_library_and_public_documents_only(client, sample):
    xml = text(client.get("/sitemap.xml"))
    assert "/van-ban/</loc>" in xml
    assert sample["draft"].get_absolute_url() in xml
    assert sample["internal"].get_absolute_url() not in xml


def test_menu_has_the_library(client, site_settings):
    html = text(client.get("/"))
    assert 'href="/van-ban/"' in html and "Văn bản" in html
    assert '<a href="/van-ban/" aria-current="page">Văn bản</a>' in text(client.get(LIST))


def test_the_print_view_lists_the_documents_too(client, sample):
    from django.urls import reverse

    html = text(client.get(reverse("events:conference_print", args=[sample["conference"].slug])))
    assert "Dự thảo Nghị quyết về nhiệm vụ trọng tâm" in html
    assert "01/CTrPH-MTTQ-CTĐ" in html
    assert "Báo cáo nội bộ sau hội nghị" not in html
