"""CKEditor image uploads (portal/editor_uploads.py): staff only, images only."""

import pytest
from django.urls import reverse
from PIL import Image

from tests.factories.files import SVG, image_bytes, jpeg_with_gps, polyglot_jpeg, upload
from tests.factories.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db
UPLOAD = reverse("ckeditor_upload")


def stored(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_anonymous_and_non_staff_are_sent_to_login(client, django_user_model, settings):
    response = client.post(UPLOAD, {"upload": upload(image_bytes())})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    django_user_model.objects.create_user("ban-doc", password=PASSWORD)
    client.login(username="ban-doc", password=PASSWORD)
    response = client.post(UPLOAD, {"upload": upload(image_bytes())})
    assert response.status_code == 302
    assert stored(settings) == []


def test_staff_without_news_rights_is_refused(client, django_user_model, settings):
    django_user_model.objects.create_user("nhan-vien", password=PASSWORD, is_staff=True)
    client.login(username="nhan-vien", password=PASSWORD)
    response = client.post(UPLOAD, {"upload": upload(image_bytes())})
    assert response.json()["uploaded"] == 0
    assert stored(settings) == []


def test_writer_uploads_a_photo_stored_clean(client, settings):
    writer = make_user("writer")
    client.login(username=writer.username, password=PASSWORD)
    response = client.post(
        UPLOAD + "?responseType=json", {"upload": upload(jpeg_with_gps(), "Ảnh hội nghị.jpg")}
    )
    payload = response.json()
    assert payload["uploaded"] == 1
    assert payload["url"].startswith("/media/news/uploads/")
    assert payload["fileName"] == "anh-hoi-nghi.jpg"
    # The original and its renditions (for srcset), all re-encoded without metadata.
    [path] = [p for p in stored(settings) if p.name == "anh-hoi-nghi.jpg"]
    for file in stored(settings):
        assert not Image.open(file).getexif().get_ifd(0x8825)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (SVG, "x.svg"),
        (polyglot_jpeg(), "x.jpg"),
        (b"<html>hi</html>", "x.html"),
        (b"%PDF-1.4", "x.pdf"),
    ],
)
def test_non_images_are_refused_with_a_vietnamese_message(client, settings, data, name):
    editor = make_user("editor")
    client.login(username=editor.username, password=PASSWORD)
    response = client.post(UPLOAD + "?responseType=json", {"upload": upload(data, name)})
    assert response.status_code == 400
    payload = response.json()
    assert payload["uploaded"] == 0
    assert "không" in payload["error"]["message"]
    assert stored(settings) == []


def test_legacy_dialog_upload_gets_an_escaped_callback(client):
    editor = make_user("editor")
    client.login(username=editor.username, password=PASSWORD)
    response = client.post(UPLOAD + "?CKEditorFuncNum=3", {"upload": upload(SVG, "a.svg")})
    body = response.content.decode()
    assert body.startswith("<script>window.parent.CKEDITOR.tools.callFunction(3, ''")
    assert "<svg" not in body


def test_get_is_not_allowed_and_browse_needs_staff(client):
    editor = make_user("editor")
    assert client.get(reverse("ckeditor_browse")).status_code == 302
    client.login(username=editor.username, password=PASSWORD)
    assert client.get(UPLOAD).status_code == 405
    assert client.get(reverse("ckeditor_browse")).status_code == 200


def test_browse_is_only_for_those_who_write_rich_text(client):
    from django.contrib.auth import get_user_model

    clerk = get_user_model().objects.create_user(
        username="nhanvien", password=PASSWORD, is_staff=True
    )  # staff, but no right on articles or pages
    client.login(username=clerk.username, password=PASSWORD)
    assert client.get(reverse("ckeditor_browse")).status_code == 403
    response = client.post(UPLOAD, {"upload": upload(SVG, "a.svg")})
    assert "không có quyền" in response.json()["error"]["message"]
