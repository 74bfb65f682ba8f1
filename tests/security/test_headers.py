"""Security headers on public pages, the admin and uploaded media."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return {
        part.strip().split(" ", 1)[0]: part.strip().partition(" ")[2]
        for part in policy.split(";")
        if part.strip()
    }


def test_public_page_csp_forbids_inline_script_and_framing(client, site_settings):
    response = client.get("/")
    csp = directives(response)
    assert csp["script-src"] == "'self'"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    assert csp["frame-ancestors"] == "'none'"
    assert csp["object-src"] == "'none'"
    assert csp["base-uri"] == "'self'"
    assert csp["form-action"] == "'self'"


def test_public_page_other_headers(client, site_settings):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in permissions


def test_admin_gets_ckeditor_relaxations_only_under_admin(admin_client):
    response = admin_client.get(reverse("admin:index"))
    csp = directives(response)
    assert "'unsafe-inline'" in csp["script-src"]
    assert "'unsafe-inline'" in csp["style-src"]
    assert csp["frame-ancestors"] == "'none'"
    # the same logged-in user on a public page gets the strict policy
    public = directives(admin_client.get("/"))
    assert "unsafe-inline" not in public["script-src"] + public["style-src"]


def test_admin_login_page_has_admin_policy(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]


def test_error_pages_carry_the_policy(client, site_settings):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert directives(response)["script-src"] == "'self'"


@pytest.fixture
def media_served(settings):
    """Serve MEDIA_ROOT like `make run` (DEBUG) does, with the URLconf rebuilt for it."""
    from django.urls import clear_url_caches

    settings.ROOT_URLCONF = "tests.security.media_urls"
    clear_url_caches()
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    yield settings.MEDIA_ROOT
    clear_url_caches()


def test_uploaded_image_served_inline_with_nosniff(client, media_served):
    (media_served / "anh.jpg").write_bytes(b"\xff\xd8\xff\xe0fake jpeg")
    response = client.get("/media/anh.jpg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "name",
    ["bao-cao.pdf", "du-thao.docx", "ghi-chu.txt", "hinh.svg", "trang.html", "khong-duoi"],
)
def test_uploaded_documents_are_attachments(client, media_served, name):
    (media_served / name).write_bytes(b"<script>alert(1)</script>")
    response = client.get(f"/media/{name}")
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "sandbox" in response["Content-Security-Policy"]


@pytest.mark.parametrize("url", ["/tin-tuc/%00/", "/index.php%00.html", "/hoi-nghi/a%00b/"])
def test_nul_in_the_path_is_a_bad_request(client, site_settings, url):
    # PostgreSQL refuses NUL in text: caught before any code builds a query from the path
    response = client.get(url)
    assert response.status_code == 400
    assert "Yêu cầu không hợp lệ" in response.content.decode()


@pytest.mark.parametrize("url", ["/hoi-nghi/?q=a%00b", "/tim-kiem/?q=%00", "/tin-tuc/?page=%00"])
def test_nul_in_the_query_is_left_to_the_forms(client, site_settings, url):
    assert client.get(url).status_code < 500
