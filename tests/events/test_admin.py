import pytest
from django.urls import reverse

from events.admin import draft_conference_from_article
from events.models import Conference, ConferenceDocument, Person
from tests.factories.events import (
    at,
    make_conference,
    make_organization,
    make_participation,
    make_person,
    sample_text,
)
from tests.factories.files import image_bytes, pdf_bytes, upload
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(make_user("admin", "quantri"))
    return client


INLINE_PREFIXES = [
    "participations",
    "programmes",
    "criticism_subjects",
    "photos",
    "documents",
]


def test_add_page_renders_every_inline(admin_client):
    response = admin_client.get(reverse("admin:events_conference_add"))
    assert response.status_code == 200
    html = response.content.decode()
    for prefix in INLINE_PREFIXES:
        assert f'name="{prefix}-TOTAL_FORMS"' in html, prefix
    assert "Ký kết chương trình phối hợp" in html  # kinds as checkboxes
    # a new person can be added from the participant row ("+" popup)
    assert reverse("admin:events_person_add") in html


def test_change_page_renders_every_inline_with_data(admin_client):
    conference = make_conference("Hội nghị phản biện")
    make_participation(conference=conference, person=make_person("Trần Việt Hà"))
    conference.programmes.create(title="Chương trình phối hợp")
    conference.criticism_subjects.create(document_title="Dự thảo Nghị quyết")
    response = admin_client.get(reverse("admin:events_conference_change", args=[conference.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    for prefix in INLINE_PREFIXES:
        assert f'name="{prefix}-TOTAL_FORMS"' in html, prefix
    assert "Trần Việt Hà" in html
    # nested data is edited on its own page, linked from the conference
    subject = conference.criticism_subjects.get()
    assert reverse("admin:events_criticismsubject_change", args=[subject.pk]) in html


def test_programme_and_criticism_pages_render_their_inlines(admin_client):
    conference = make_conference()
    programme = conference.programmes.create(title="CT")
    subject = conference.criticism_subjects.create(document_title="DT")
    make_participation(conference=conference, person=make_person("Lương Mậu Hùng"))
    html = admin_client.get(
        reverse("admin:events_coordinationprogramme_change", args=[programme.pk])
    ).content.decode()
    assert 'name="parties-TOTAL_FORMS"' in html and 'name="points-TOTAL_FORMS"' in html
    html = admin_client.get(
        reverse("admin:events_criticismsubject_change", args=[subject.pk])
    ).content.decode()
    assert 'name="opinions-TOTAL_FORMS"' in html and 'name="responses-TOTAL_FORMS"' in html
    assert "Lương Mậu Hùng" in html  # speakers limited to this conference's participants
    for url in (
        reverse("admin:events_coordinationprogramme_add"),
        reverse("admin:events_criticismsubject_add"),
    ):
        assert admin_client.get(url).status_code == 200


def post_data(**extra):
    data = {
        "title": "Hội nghị phản biện xã hội",
        "kinds": [],
        "starts_at_0": "09/06/2023",
        "starts_at_1": "08:00",
        "visibility": "public",
        "status": "draft",
    }
    for prefix in INLINE_PREFIXES:
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(extra)
    return data


def test_adding_a_conference_with_a_participant_and_photo(admin_client):
    person = make_person("Nguyễn Thị Thanh")
    data = post_data(
        **{
            "participations-TOTAL_FORMS": "1",
            "participations-0-person": str(person.pk),
            "participations-0-position": "Chủ tịch Ủy ban MTTQ Việt Nam quận",
            "participations-0-roles": ["attending", "concluding"],
            "participations-0-order": "1",
            "photos-TOTAL_FORMS": "1",
            "photos-0-image": upload(image_bytes("PNG", size=(40, 30)), "anh.png", "image/png"),
            "photos-0-caption": "Toàn cảnh hội nghị",
            "photos-0-order": "0",
        }
    )
    response = admin_client.post(reverse("admin:events_conference_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    conference = Conference.objects.get()
    assert conference.starts_at.day == 9 and conference.starts_at.month == 6  # day first
    participation = conference.participations.get()
    assert participation.position == "Chủ tịch Ủy ban MTTQ Việt Nam quận"
    assert participation.role_codes == ["concluding", "attending"]  # one row, both roles
    assert "nguyen thi thanh" in conference.search_text  # save_related refreshed it
    assert conference.photos.get().caption == "Toàn cảnh hội nghị"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bien-ban.pdf", b"MZ\x90\x00\x03" + b"\x00" * 64),  # a renamed executable
        ("bien-ban.html", b"<html><body>x</body></html>"),
    ],
)
def test_document_upload_refuses_disguised_files(admin_client, name, data):
    payload = post_data(
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-title": "Biên bản",
            "documents-0-file": upload(data, name, "application/octet-stream"),
            "documents-0-order": "0",
        }
    )
    response = admin_client.post(reverse("admin:events_conference_add"), payload)
    assert response.status_code == 200
    assert "Chỉ nhận tệp PDF, DOCX hoặc XLSX" in response.content.decode()
    assert not Conference.objects.exists()
    assert not ConferenceDocument.objects.exists()


def test_document_upload_refuses_oversize_file(admin_client, settings):
    settings.EVENTS_DOCUMENT_MAX_BYTES = 1000
    payload = post_data(
        **{
            "documents-TOTAL_FORMS": "1",
            "documents-0-title": "Biên bản",
            "documents-0-file": upload(
                pdf_bytes() + b"0" * 5000, "lon.pdf", "application/octet-stream"
            ),
            "documents-0-order": "0",
        }
    )
    response = admin_client.post(reverse("admin:events_conference_add"), payload)
    assert "Tệp quá lớn" in response.content.decode()
    assert not Conference.objects.exists()


def test_changelist_filters_and_accent_insensitive_search(admin_client):
    hit = make_conference("Hội nghị phản biện xã hội", kinds=["phan-bien"])
    make_participation(conference=hit, person=make_person("Trần Việt Hà"))
    from events.services import conference_refresh_search_text

    conference_refresh_search_text(conference=hit)
    make_conference("Hội nghị ký kết", kinds=["ky-ket"])
    url = reverse("admin:events_conference_changelist")
    for query in (
        {"q": "tran viet ha"},
        {"q": "PHAN BIEN"},
        {"kinds__id__exact": hit.kinds.get().pk},
    ):
        html = admin_client.get(url, query).content.decode()
        assert "Hội nghị phản biện xã hội" in html
        assert "Hội nghị ký kết" not in html
    html = admin_client.get(url, {"year": "2023", "visibility__exact": "public"}).content.decode()
    assert "Hội nghị ký kết" in html
    assert admin_client.get(url, {"year": "2019"}).status_code == 200


def test_person_search_is_accent_insensitive(admin_client):
    make_person("Ngô Đức Cường")
    html = admin_client.get(reverse("admin:events_person_changelist"), {"q": "ngo duc cuong"})
    assert "Ngô Đức Cường" in html.content.decode()


def test_deleting_a_person_with_history_is_refused_with_a_message(admin_client):
    participation = make_participation(
        conference=make_conference("Hội nghị 09/6"), person=make_person("Ngô Đức Cường")
    )
    url = reverse("admin:events_person_delete", args=[participation.person.pk])
    response = admin_client.get(url, follow=True)
    html = response.content.decode()
    assert "Không thể xóa “Ngô Đức Cường”" in html
    assert "Hội nghị 09/6" in html
    response = admin_client.post(url, {"post": "yes"}, follow=True)
    assert Person.objects.filter(pk=participation.person.pk).exists()


def test_bulk_delete_keeps_referenced_organisation(admin_client):
    used = make_organization("Hội Chữ thập đỏ quận")
    make_conference(organizer=used)
    unused = make_organization("Tổ chức không dùng")
    response = admin_client.post(
        reverse("admin:events_organization_changelist"),
        {"action": "delete_unreferenced", "_selected_action": [used.pk, unused.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "Không thể xóa “Hội Chữ thập đỏ quận”" in html
    assert "Đã xóa 1 mục" in html
    assert [o.name for o in type(used).objects.all()] == ["Hội Chữ thập đỏ quận"]


# --- Draft from an article -------------------------------------------------------------------


@pytest.fixture
def sample_article():
    title, body = sample_text()
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return make_article(title, sapo="", body=paragraphs, publish_at=at(10, 6, 2023, 15, 37))


def test_draft_page_shows_the_proposal_and_saves_nothing(admin_client, sample_article):
    make_person("Tran Viet Ha")  # existing person, written without accents
    url = reverse("admin:events_conference_draft_from_article", args=[sample_article.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "09/06/2023" in html
    for name in ("Trần Việt Hà", "Lương Mậu Hùng", "Nguyễn Thị Thanh", "Ngô Đức Cường"):
        assert name in html
    assert "UVTVQuận ủy, Phó Chủ tịch UBND quận" in html
    assert 'value="11"' in html
    assert 'value="2023"' in html and 'value="2027"' in html
    assert "<script>" not in html.replace("<script src", "")  # no inline script (CSP)
    assert Conference.objects.count() == 0
    assert Person.objects.count() == 1


def _form_from_page(html_response):
    """Submit the page as the browser would: every field with its proposed value."""
    form = html_response.context["form"]
    formset = html_response.context["formset"]
    data = {}
    for field in form:
        value = field.value()
        if value is None:
            continue
        if field.name == "starts_at":
            value = field.field.widget.decompress(value)
            data["starts_at_0"] = value[0].strftime("%d/%m/%Y")
            data["starts_at_1"] = value[1].strftime("%H:%M")
            continue
        if field.name == "kinds":
            data["kinds"] = [k.pk if hasattr(k, "pk") else k for k in value]
            continue
        if isinstance(value, bool):
            if value:
                data[field.html_name] = "on"
            continue
        data[field.html_name] = value.pk if hasattr(value, "pk") else value
    data.update(
        {
            "p-TOTAL_FORMS": str(formset.total_form_count()),
            "p-INITIAL_FORMS": "0",
            "p-MIN_NUM_FORMS": "0",
            "p-MAX_NUM_FORMS": "1000",
        }
    )
    for row in formset:
        for field in row:
            value = field.value()
            if value in (None, ""):
                continue
            if isinstance(value, bool):
                if value and row.initial:
                    data[field.html_name] = "on"
                continue
            data[field.html_name] = value.pk if hasattr(value, "pk") else value
    return data


def test_confirming_the_draft_saves_a_linked_draft_conference(admin_client, sample_article):
    ha = make_person("Tran Viet Ha")
    url = reverse("admin:events_conference_draft_from_article", args=[sample_article.pk])
    data = _form_from_page(admin_client.get(url))
    data["venue"] = "Hội trường UBND quận"  # the editor's correction
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    conference = Conference.objects.get()
    assert response["Location"] == reverse("admin:events_conference_change", args=[conference.pk])
    assert conference.status == Conference.Status.DRAFT
    assert conference.venue == "Hội trường UBND quận"
    assert conference.starts_at.date().isoformat() == "2023-06-09"
    assert list(conference.articles.all()) == [sample_article]
    assert sorted(conference.kinds.values_list("code", flat=True)) == ["ky-ket", "phan-bien"]
    assert conference.participations.filter(person=ha).exists()  # matched, not duplicated
    assert Person.objects.filter(name_folded="tran viet ha").count() == 1
    presenter = conference.participations.with_role("presenting").get()
    assert presenter.person.full_name == "Ngô Đức Cường"
    assert conference.criticism_subjects.get().opinion_count == 11
    programme = conference.programmes.get()
    assert (programme.period_start_year, programme.period_end_year) == (2023, 2027)
    assert programme.points.count() == 5


def test_draft_with_errors_is_shown_again_and_saves_nothing(admin_client, sample_article):
    url = reverse("admin:events_conference_draft_from_article", args=[sample_article.pk])
    data = _form_from_page(admin_client.get(url))
    data["period_start_year"], data["period_end_year"] = "2027", "2023"
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Năm kết thúc giai đoạn" in response.content.decode()
    assert not Conference.objects.exists()


def test_draft_page_needs_permission(client, sample_article):
    client.force_login(make_user("staff", "phongvien"))
    url = reverse("admin:events_conference_draft_from_article", args=[sample_article.pk])
    assert client.get(url).status_code == 403


def test_article_action_opens_the_draft_page(rf, sample_article):
    from django.contrib import admin as django_admin
    from django.contrib.messages.storage.fallback import FallbackStorage

    from news.models import Article

    request = rf.post("/")
    request.user = make_user("admin", "bientap")
    request.session = {}
    request._messages = FallbackStorage(request)
    modeladmin = django_admin.ModelAdmin(Article, django_admin.site)
    response = draft_conference_from_article(
        modeladmin, request, Article.objects.filter(pk=sample_article.pk)
    )
    assert response["Location"] == reverse(
        "admin:events_conference_draft_from_article", args=[sample_article.pk]
    )
    make_article("Bài khác")
    assert draft_conference_from_article(modeladmin, request, Article.objects.all()) is None


def test_article_changelist_offers_the_drafting_action(admin_client, sample_article):
    html = admin_client.get(reverse("admin:news_article_changelist")).content.decode()
    assert "Lập hồ sơ hội nghị từ bài viết" in html
    response = admin_client.post(
        reverse("admin:news_article_changelist"),
        {"action": "draft_conference_from_article", "_selected_action": [sample_article.pk]},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:events_conference_draft_from_article", args=[sample_article.pk]
    )


def test_drafting_action_is_offered_only_to_conference_clerks(client, sample_article):
    from django.contrib.auth.models import Group

    editor = make_user("staff", "bientap")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    client.force_login(editor)
    url = reverse("admin:news_article_changelist")
    assert "Lập hồ sơ hội nghị từ bài viết" not in client.get(url).content.decode()

    editor.groups.add(Group.objects.get(name="Thư ký hội nghị"))
    assert "Lập hồ sơ hội nghị từ bài viết" in client.get(url).content.decode()
