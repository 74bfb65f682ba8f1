"""Internal conferences exist only for officials with events.view_internal_conference.

For everyone else: 404, and absent from lists, counts, person and organisation pages, filters
and exports. Drafts exist for nobody on the public pages.
"""

import csv
import io
import re

import icalendar
import pytest
from django.urls import reverse

from events.lookup import visible_conferences
from events.models import Conference, Participation
from tests.factories.events import (
    at,
    make_conference,
    make_criticism,
    make_organization,
    make_person,
)
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

ROLE = Participation.Role
INTERNAL_TITLE = "Họp nội bộ Ban Thường trực về nhân sự"
DRAFT_TITLE = "Hồ sơ đang soạn dở"


@pytest.fixture
def records(site_settings):
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    secret_org = make_organization("Tổ công tác đặc biệt")
    thanh = make_person("Nguyễn Thị Thanh")
    guest = make_person("Khách Mời Kín")
    public = make_conference(
        "Hội nghị công khai",
        starts_at=at(9, 6, 2023),
        organizer=mttq,
        kinds=("hoi-nghi",),
        people=((thanh, ROLE.PRESIDING, "Chủ tịch", mttq),),
    )
    internal = make_conference(
        INTERNAL_TITLE,
        starts_at=at(10, 7, 2023),
        kinds=("hoi-nghi",),
        organizer=mttq,
        visibility=Conference.Visibility.INTERNAL,
        people=(
            (thanh, ROLE.PRESIDING, "Chủ tịch (chức vụ chỉ ghi trong họp kín)", mttq),
            (guest, ROLE.ATTENDING, "Khách", secret_org),
        ),
    )
    part = internal.participations.get(person=thanh)
    make_criticism(internal, title="Dự thảo kín", opinions=((part, "Ý kiến trong họp kín"),))
    draft = make_conference(
        DRAFT_TITLE, starts_at=at(11, 8, 2023), status=Conference.Status.DRAFT, organizer=mttq
    )
    return {
        "public": public,
        "internal": internal,
        "draft": draft,
        "thanh": thanh,
        "guest": guest,
        "mttq": mttq,
        "secret_org": secret_org,
    }


@pytest.fixture(params=["anonymous", "plain user", "staff without permission"])
def outsider(request, client):
    if request.param == "plain user":
        client.force_login(make_user())
    elif request.param == "staff without permission":
        user = make_user(username="bientap")
        user.is_staff = True
        user.save()
        client.force_login(user)
    return client


# --- Outsiders -----------------------------------------------------------------------------


def test_internal_detail_is_404(outsider, records):
    slug = records["internal"].slug
    assert outsider.get(f"/hoi-nghi/{slug}/").status_code == 404
    assert outsider.get(f"/hoi-nghi/{slug}/ban-in/").status_code == 404
    assert outsider.get(f"/hoi-nghi/{slug}/lich.ics").status_code == 404


def test_draft_is_404_for_everyone_on_public_pages(outsider, official_client, records):
    slug = records["draft"].slug
    assert outsider.get(f"/hoi-nghi/{slug}/").status_code == 404


def test_internal_absent_from_list_and_count(outsider, records):
    html = outsider.get("/hoi-nghi/").content.decode()
    assert INTERNAL_TITLE not in html and DRAFT_TITLE not in html
    assert "1 hội nghị" in html
    assert "Nội bộ" not in html


def test_internal_absent_from_search_and_filters(outsider, records):
    html = outsider.get("/hoi-nghi/?q=hop+noi+bo").content.decode()
    assert INTERNAL_TITLE not in html and "0 hội nghị" in html
    html = outsider.get("/hoi-nghi/?q=y+kien+trong+hop+kin").content.decode()
    assert "0 hội nghị" in html
    html = outsider.get("/hoi-nghi/?person=nguyen-thi-thanh").content.decode()
    assert "1 hội nghị" in html


def test_people_and_organisations_known_only_from_internal_meetings_do_not_exist(outsider, records):
    assert outsider.get(records["guest"].get_absolute_url()).status_code == 404
    assert outsider.get(records["secret_org"].get_absolute_url()).status_code == 404
    # nor does the filter reveal their names
    html = outsider.get("/hoi-nghi/?person=khach-moi-kin").content.decode()
    assert "Khách Mời Kín" not in html.replace("“khach-moi-kin”", "")
    assert "Không tìm thấy đại biểu" in html
    html = outsider.get(f"/hoi-nghi/?organization={records['secret_org'].slug}").content.decode()
    assert "Không tìm thấy tổ chức" in html


def test_person_page_leaves_out_internal_conferences(outsider, records):
    html = outsider.get(records["thanh"].get_absolute_url()).content.decode()
    assert "Đã tham dự 1 hội nghị" in html
    assert INTERNAL_TITLE not in html
    assert "chức vụ chỉ ghi trong họp kín" not in html  # nor the position held there
    assert "Ý kiến trong họp kín" not in html


def test_organization_page_leaves_out_internal_conferences(outsider, records):
    html = outsider.get(records["mttq"].get_absolute_url()).content.decode()
    assert "1 hội nghị đã tổ chức hoặc tham dự" in html
    assert INTERNAL_TITLE not in html and DRAFT_TITLE not in html


def test_exports_leave_out_internal_conferences(outsider, records):
    body = b"".join(outsider.get("/hoi-nghi/export.csv").streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert [r[1] for r in rows[1:]] == ["Hội nghị công khai"]
    assert "Phạm vi" not in rows[0]
    ics = b"".join(outsider.get("/hoi-nghi/lich.ics").streaming_content)
    titles = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")]
    assert titles == ["Hội nghị công khai"]


def test_internal_documents_are_not_served(outsider, records):
    from django.core.files.base import ContentFile

    from events.models import ConferenceDocument

    document = ConferenceDocument(conference=records["internal"], title="Biên bản")
    document.file.save("bb.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    url = reverse("events:conference_document", args=[records["internal"].slug, document.pk])
    assert outsider.get(url).status_code == 404


# --- Officials ("Cán bộ") ------------------------------------------------------------------


def test_official_sees_internal_everywhere(official_client, records):
    client = official_client
    internal = records["internal"]
    detail = client.get(internal.get_absolute_url())
    assert detail.status_code == 200
    assert "Nội bộ" in detail.content.decode()
    assert "private" in detail["Cache-Control"]
    html = client.get("/hoi-nghi/").content.decode()
    assert INTERNAL_TITLE in html and "2 hội nghị" in html
    assert DRAFT_TITLE not in html
    assert client.get(records["guest"].get_absolute_url()).status_code == 200
    assert INTERNAL_TITLE in client.get(records["thanh"].get_absolute_url()).content.decode()
    assert client.get(records["secret_org"].get_absolute_url()).status_code == 200
    body = b"".join(client.get("/hoi-nghi/export.csv").streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    assert rows[0][-1] == "Phạm vi"
    assert {r[1]: r[-1] for r in rows[1:]} == {
        INTERNAL_TITLE: "Nội bộ",
        "Hội nghị công khai": "Công khai",
    }
    ics = b"".join(client.get("/hoi-nghi/lich.ics").streaming_content)
    events = icalendar.Calendar.from_ical(ics).walk("VEVENT")
    classes = {str(e["SUMMARY"]): str(e["CLASS"]) for e in events}
    assert classes[INTERNAL_TITLE] == "CONFIDENTIAL"


def test_permission_given_directly_also_works(client, records):
    from django.contrib.auth.models import Permission

    user = make_user(username="truongban")
    user.user_permissions.add(Permission.objects.get(codename="view_internal_conference"))
    client.force_login(user)
    assert client.get(records["internal"].get_absolute_url()).status_code == 200


def test_pages_vary_by_reader(client, records):
    response = client.get("/hoi-nghi/")
    assert "Cookie" in response["Vary"]


def test_one_door_for_other_surfaces(records):
    """Sitemap and search (other issues) read through visible_conferences(user)."""
    from django.contrib.auth.models import AnonymousUser

    assert list(visible_conferences(AnonymousUser())) == [records["public"]]
    assert list(visible_conferences(None)) == [records["public"]]


# --- Other surfaces read through the same door ---------------------------------------------


def test_internal_absent_from_sitemap(client, records):
    xml = client.get("/sitemap.xml").content.decode()
    assert records["public"].get_absolute_url() in xml
    assert records["internal"].slug not in xml
    assert records["draft"].slug not in xml


def _text(response) -> str:
    """Visible text (the search page wraps matched words in <mark>)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", response.content.decode()))


def test_internal_absent_from_site_search_for_outsiders(outsider, records):
    text = _text(outsider.get("/tim-kiem/", {"q": "họp nội bộ nhân sự"}))
    assert INTERNAL_TITLE not in text


def test_site_search_finds_internal_for_officials(official_client, records):
    text = _text(official_client.get("/tim-kiem/", {"q": "họp nội bộ nhân sự"}))
    assert INTERNAL_TITLE in text
