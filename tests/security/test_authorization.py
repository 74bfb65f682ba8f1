"""Authorization matrix, end to end over HTTP.

Roles: anonymous, writer ("Phóng viên"), editor ("Biên tập viên"), official ("Cán bộ": not
staff, signs in at /dang-nhap/, may only see internal conferences) and admin (superuser).
Actions: view a draft, preview, publish, edit another's article, see an internal conference,
export, upload, manage conference records. Each test states the expected outcome for every
role in one table, so a change in who-may-do-what shows up as a failing row.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from events.models import Conference
from events.services import conference_refresh_search_text
from news.models import Article
from tests.factories.events import make_conference
from tests.factories.files import image_bytes, upload
from tests.factories.news import make_article, make_category
from tests.factories.users import make_user
from tests.news.test_admin import data_from_form

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "writer", "editor", "official", "admin")
LOGIN = "/admin/login/"


def make_actor(role: str):
    return None if role == "anonymous" else make_user(role)


@pytest.fixture
def world(site_settings):
    """Another writer's draft and pending article, an internal and a public conference."""
    owner = make_user("writer", "tacgia")
    category = make_category("Tin tức – sự kiện")
    world = {
        "owner": owner,
        "draft": make_article(
            "Bản nháp của người khác", author=owner, category=category, status=Article.Status.DRAFT
        ),
        "pending": make_article(
            "Bài chờ duyệt", author=owner, category=category, status=Article.Status.PENDING
        ),
        "internal": make_conference(
            "Hội nghị nội bộ về công tác cán bộ", visibility=Conference.Visibility.INTERNAL
        ),
        "public": make_conference("Hội nghị công khai tiếp xúc cử tri"),
    }
    for item in ("internal", "public"):
        conference_refresh_search_text(conference=world[item])
    return world


@pytest.fixture
def client_for(client):
    """``client_for(role)`` → the test client logged in as a new user of that role."""

    def login_as(role: str) -> tuple[Client, object]:
        return _login(client, role)

    return login_as


def _login(client: Client, role: str) -> tuple[Client, object]:
    # one client per test: a new Client() costs a full middleware load
    client.logout()
    user = make_actor(role)
    if user is not None:
        client.force_login(user)
    return client, user


def outcome(response) -> str:
    """What the reader sees, in one word."""
    if response.status_code in (301, 302) and LOGIN in response.get("Location", ""):
        return "login"
    return str(response.status_code)


# --- news --------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_never_shows_on_the_public_site(client_for, world, role):
    client, _ = client_for(role)
    draft = world["draft"]
    response = client.get(reverse("news:article_detail", kwargs={"slug": draft.slug}))
    assert response.status_code == 404
    assert draft.title not in client.get("/tin-tuc/").content.decode()


PREVIEW = {
    "anonymous": "login",
    "writer": "404",
    "editor": "200",
    "official": "login",
    "admin": "200",
}


@pytest.mark.parametrize("role", ROLES)
def test_preview_of_another_writers_draft(client_for, world, role):
    client, _ = client_for(role)
    response = client.get(reverse("news:article_preview", kwargs={"pk": world["draft"].pk}))
    assert outcome(response) == PREVIEW[role]
    if response.status_code == 200:
        assert world["draft"].title in response.content.decode()
        assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_writer_previews_own_draft(client, world):
    client.force_login(world["owner"])
    response = client.get(reverse("news:article_preview", kwargs={"pk": world["draft"].pk}))
    assert response.status_code == 200


PUBLISH = {"anonymous": False, "writer": False, "editor": True, "official": False, "admin": True}


@pytest.mark.parametrize("role", ROLES)
def test_publish_with_the_admin_action(client_for, world, role):
    client, _ = client_for(role)
    pending = world["pending"]
    response = client.post(
        reverse("admin:news_article_changelist"),
        {"action": "publish_now", "_selected_action": [pending.pk]},
    )
    assert response.status_code in (200, 302, 403)
    pending.refresh_from_db()
    assert (pending.status == Article.Status.PUBLISHED) is PUBLISH[role]


@pytest.mark.parametrize("role", ["writer", "official"])
def test_publish_button_posted_by_hand_is_refused(client_for, world, role):
    """The form's _publish button, posted on the writer's own draft: still not published."""
    client, user = client_for(role)
    if role == "writer":
        own = make_article(
            "Bài của chính tôi",
            author=user,
            category=world["draft"].category,
            status=Article.Status.DRAFT,
        )
        page = client.get(reverse("admin:news_article_change", args=[own.pk]))
        data = data_from_form(page, _publish="1")
        client.post(reverse("admin:news_article_change", args=[own.pk]), data)
        own.refresh_from_db()
        assert own.status == Article.Status.DRAFT
    else:
        response = client.get(reverse("admin:news_article_change", args=[world["draft"].pk]))
        assert outcome(response) == "login"  # not staff: the admin is closed to officials


EDIT_OTHERS = {
    "anonymous": False,
    "writer": False,
    "editor": True,
    "official": False,
    "admin": True,
}


@pytest.mark.parametrize("role", ROLES)
def test_edit_another_writers_article(client_for, world, role):
    draft = world["draft"]
    change_url = reverse("admin:news_article_change", args=[draft.pk])
    # the form as an editor sees it, posted back by the role under test
    client, _ = client_for("editor")
    data = data_from_form(client.get(change_url), title="Tiêu đề bị sửa trái phép")
    client, _ = client_for(role)
    response = client.post(change_url, data)
    draft.refresh_from_db()
    assert (draft.title == "Tiêu đề bị sửa trái phép") is EDIT_OTHERS[role], response.status_code
    if role == "anonymous":
        assert outcome(response) == "login"


# --- conferences -------------------------------------------------------------------------------

INTERNAL = {"anonymous": "404", "writer": "404", "editor": "404", "official": "200", "admin": "200"}


@pytest.mark.parametrize("role", ROLES)
def test_see_an_internal_conference(client_for, world, role):
    client, _ = client_for(role)
    internal = world["internal"]
    assert outcome(client.get(internal.get_absolute_url())) == INTERNAL[role]
    listing = client.get(reverse("events:conference_list")).content.decode()
    assert (internal.title in listing) is (INTERNAL[role] == "200")
    assert world["public"].title in listing
    print_url = reverse("events:conference_print", kwargs={"slug": internal.slug})
    assert outcome(client.get(print_url)) == INTERNAL[role]


@pytest.mark.parametrize("role", ROLES)
def test_export_includes_internal_conferences_only_for_officials(client_for, world, role):
    client, _ = client_for(role)
    for name in ("events:conference_export_csv", "events:conference_list_ics"):
        response = client.get(reverse(name))
        assert response.status_code == 200
        body = b"".join(response.streaming_content) if response.streaming else response.content
        text = body.decode().replace("\r\n ", "")  # unfold iCalendar lines
        assert "tiếp xúc cử tri" in text
        assert ("công tác cán bộ" in text) is (INTERNAL[role] == "200"), name


MANAGE = {
    "anonymous": "login",
    "writer": "403",
    "editor": "403",
    "official": "login",
    "admin": "200",
}


@pytest.mark.parametrize("role", ROLES)
def test_manage_conference_records_in_the_admin(client_for, world, role):
    client, _ = client_for(role)
    response = client.get(reverse("admin:events_conference_change", args=[world["internal"].pk]))
    assert outcome(response) == MANAGE[role]


@pytest.mark.parametrize("role", ROLES)
def test_search_finds_an_internal_conference_only_for_officials(client_for, world, role):
    client, _ = client_for(role)
    html = client.get("/tim-kiem/", {"q": "công tác cán bộ"}).content.decode()
    # (titles come back with the matched words marked, so look for the link)
    assert (world["internal"].get_absolute_url() in html) is (INTERNAL[role] == "200")


@pytest.mark.parametrize("role", ROLES)
def test_download_a_document_of_an_internal_conference(client_for, world, role):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.models import ConferenceDocument

    document = ConferenceDocument.objects.create(
        conference=world["internal"],
        title="Báo cáo nội bộ",
        file=SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"),
    )
    client, _ = client_for(role)
    url = reverse(
        "events:conference_document", kwargs={"slug": world["internal"].slug, "pk": document.pk}
    )
    response = client.get(url)
    assert outcome(response) == INTERNAL[role]
    if response.status_code == 200:
        assert response["Content-Disposition"].startswith("attachment")


LETTERS = {
    "anonymous": "login",
    "writer": "403",
    "editor": "403",
    "official": "login",
    "admin": "200",
}


@pytest.mark.parametrize("role", ROLES)
def test_read_citizens_letters(client_for, world, role):
    """Letters carry citizens' names, addresses and phone numbers: only their handlers."""
    from tests.factories.committee import make_letter

    letter = make_letter()
    client, _ = client_for(role)
    for url in (
        reverse("admin:committee_letter_changelist"),
        reverse("admin:committee_letter_change", args=[letter.pk]),
    ):
        assert outcome(client.get(url)) == LETTERS[role], url


# --- uploads -----------------------------------------------------------------------------------

UPLOAD = {
    "anonymous": "login",
    "writer": "200",
    "editor": "200",
    "official": "login",
    "admin": "200",
}


@pytest.mark.parametrize("role", ROLES)
def test_upload_an_image_in_the_editor(client_for, world, role, settings):
    client, _ = client_for(role)
    response = client.post(
        reverse("ckeditor_upload") + "?responseType=json",
        {"upload": upload(image_bytes("JPEG", size=(800, 600)))},
    )
    assert outcome(response) == UPLOAD[role]
    stored = [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()]
    if UPLOAD[role] == "200":
        assert response.json()["uploaded"] == 1
        # the upload and its 400/800/1200 px renditions (WebP and JPEG), nothing else
        originals = [p for p in stored if not p.stem.endswith(("-400", "-800", "-1200"))]
        assert len(originals) == 1
        assert {p.name for p in stored} <= {
            originals[0].name,
            *(
                f"{originals[0].stem}-{w}.{ext}"
                for w in (400, 800, 1200)
                for ext in ("jpg", "webp")
            ),
        }
    else:
        assert stored == []


# --- logging in --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "form", "admitted"),
    [
        ("writer", LOGIN, True),
        ("editor", LOGIN, True),
        ("admin", LOGIN, True),
        ("official", LOGIN, False),  # the admin login admits staff only
        ("official", "/dang-nhap/", True),
        ("writer", "/dang-nhap/", True),
    ],
)
def test_who_signs_in_where(client, role, form, admitted):
    user = make_actor(role)
    user.set_password("mat-khau-dang-nhap-2024")
    user.save()
    response = client.post(
        form, {"username": user.username, "password": "mat-khau-dang-nhap-2024", "next": "/"}
    )
    assert (client.session.get("_auth_user_id") == str(user.pk)) is admitted
    assert response.status_code == (302 if admitted else 200)
