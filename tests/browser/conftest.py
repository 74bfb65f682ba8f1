"""Real-browser harness: Playwright driving Debian's Chromium against pytest-django's live server.

- No browser download: Chromium comes from the `chromium` Debian package (`.ci/run` installs it).
- Without chromium these tests are skipped with a clear message; with CI=true a missing
  chromium is a failure.
- Screenshots go to test-artifacts/screenshots/ (git-ignored); the run prints the path.
- ``axe_violations(page)`` runs axe-core in the page and returns serious/critical violations.
- Browser tests run with ``django_db(transaction=True)``: the live server only sees committed
  rows, and every such test ends with a flush that also empties what the data migrations made
  (staff groups, conference kinds). ``staff_groups`` puts them back, from the migrations' own
  lists, so each journey starts from what a fresh installation has; ``demo_site`` and
  ``conferences`` add the data the journeys walk through. Accounts, articles and conferences
  come from ``tests.factories``.
"""

import importlib
import os
import shutil
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from tests.factories.events import at, make_conference
from tests.factories.users import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = ROOT / "test-artifacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-dev-shm-usage",
]

# Playwright's sync API keeps an event loop running in this thread; the ORM calls the tests make
# to prepare data are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


_RUNNING: list = []  # the one browser of this test run, shared by every "chromium" fixture


@pytest.fixture(scope="session")
def chromium():
    path = chromium_path()
    if not path:
        message = (
            "Chromium không có trên máy: cài bằng `apt-get install -y chromium` để chạy "
            "các kiểm thử trình duyệt."
        )
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - dev dependency
        pytest.skip("Thiếu gói playwright (cài bằng `make venv`).")
    if _RUNNING:
        # Another conftest imported this fixture (tests/committee/conftest.py does), which makes
        # it a second session fixture; Playwright's sync API allows one instance per thread.
        yield _RUNNING[0]
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        _RUNNING.append(browser)
        try:
            yield browser
        finally:
            _RUNNING.clear()
            browser.close()


@pytest.fixture
def new_page(chromium, live_server):
    """Factory: ``new_page(viewport=PHONE)`` → a Page on a fresh context, closed afterwards."""
    contexts = []

    def make(viewport=DESKTOP, **context_options):
        context = chromium.new_context(
            viewport=viewport, base_url=live_server.url, locale="vi-VN", **context_options
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page(DESKTOP)


@pytest.fixture
def phone_page(new_page):
    return new_page(PHONE)


LOAD_LAZY_IMAGES = """async () => {
    const images = [...document.images];
    images.forEach((img) => { img.loading = "eager"; });
    await Promise.all(images.map((img) => img.complete ? null : new Promise((done) => {
        img.addEventListener("load", done, { once: true });
        img.addEventListener("error", done, { once: true });
        setTimeout(done, 3000);
    })));
}"""


def load_images(page) -> list[str]:
    """Load every image now, lazy ones included; return the addresses of those that failed."""
    page.evaluate(LOAD_LAZY_IMAGES)
    return page.evaluate(
        "() => [...document.images].filter((img) => !img.naturalWidth)"
        ".map((img) => img.currentSrc || img.src)"
    )


def wait_until(page, predicate: str, *, seconds: float = 20, what: str = "") -> None:
    """Poll a JavaScript predicate from Python. Playwright's wait_for_function evaluates its
    string inside the page, which the site's CSP (no 'unsafe-eval') refuses now and then."""
    for _ in range(int(seconds * 10)):
        if page.evaluate(predicate):
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"{what or predicate} did not happen within {seconds} s")


def shoot(page, name: str) -> Path:
    """Save a full-page screenshot as test-artifacts/screenshots/<name>.png (lazy images are
    loaded first, so the picture shows what a reader scrolling down would see)."""
    load_images(page)
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page, impacts=("serious", "critical")) -> list[dict]:
    """Run axe-core (bundled with axe-playwright-python, no download) on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
        lines.append(f"{violation['impact']}: {violation['id']} – {violation['help']} @ {targets}")
    return "\n".join(lines)


# --- data: what a fresh installation has, the demo, conferences around it ----------------------


def _ensure_permissions(*labels: str) -> None:
    """Create the apps' permissions if a flush left none (as post_migrate would)."""
    for label in labels:
        create_permissions(django_apps.get_app_config(label), verbosity=0)


def _restore_migration_data() -> None:
    _ensure_permissions("news", "events")
    news_groups = importlib.import_module("news.migrations.0002_staff_groups")
    events_data = importlib.import_module("events.migrations.0002_kinds_group_collation")
    from events.models import ConferenceKind

    wanted = {
        news_groups.WRITERS: news_groups.WRITER_PERMS,
        news_groups.EDITORS: news_groups.EDITOR_PERMS,
        events_data.OFFICIALS_GROUP: [("events", "view_internal_conference")],
    }
    for name, perms in wanted.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    for code, name, order in events_data.KINDS:
        ConferenceKind.objects.update_or_create(code=code, defaults={"name": name, "order": order})


@pytest.fixture
def staff_groups(transactional_db):
    """The groups "Phóng viên", "Biên tập viên", "Cán bộ" and the conference kinds."""
    _restore_migration_data()


@pytest.fixture
def demo_site(staff_groups, site_settings):
    """What `make run` shows: ``seed_demo`` (demo articles, the sample article and its
    conference, recorded completely, with photos)."""
    call_command("seed_demo", verbosity=0)


THANH = "Nguyễn Thị Thanh"  # in the sample conference (opening, concluding)
INTERNAL_TITLE = "Hội nghị Ban Thường trực bàn phương án nhân sự khóa mới (nội bộ)"
DRAFT_CONFERENCE_TITLE = "Hội nghị giám sát an toàn thực phẩm bếp ăn tập thể (chưa công bố)"
INTERNAL_ONLY_PERSON = "Đào Minh Khuê"  # known only from the internal conference


@pytest.fixture
def conferences(demo_site):
    """The demo's sample conference (09/06/2023) and, around it, conferences that filters
    must tell apart: the same person in another year, another person in the same year, an
    internal one and an unpublished one with the same person and year."""
    from events.models import Conference, Participation
    from events.services import person_find_or_create

    thanh = person_find_or_create(full_name=THANH)[0]
    other = person_find_or_create(full_name="Phạm Quang Hưng")[0]
    rows = [
        ("Hội nghị giám sát việc thực hiện quy chế dân chủ ở cơ sở năm 2024", at(14, 3, 2024),
         Conference.Visibility.PUBLIC, Conference.Status.PUBLISHED, thanh, "giam-sat"),
        ("Hội nghị tiếp xúc cử tri trước kỳ họp thứ mười HĐND quận", at(5, 7, 2023),
         Conference.Visibility.PUBLIC, Conference.Status.PUBLISHED, other, "tiep-xuc-cu-tri"),
        (INTERNAL_TITLE, at(22, 8, 2023), Conference.Visibility.INTERNAL,
         Conference.Status.PUBLISHED, thanh, "hoi-nghi"),
        (DRAFT_CONFERENCE_TITLE, at(3, 10, 2023), Conference.Visibility.PUBLIC,
         Conference.Status.DRAFT, thanh, "giam-sat"),
    ]  # fmt: skip
    made = {}
    for title, starts_at, visibility, status, person, kind in rows:
        people = [(person, Participation.Role.PRESIDING, "Chủ tịch Ủy ban MTTQ Việt Nam quận")]
        if visibility == Conference.Visibility.INTERNAL:
            insider = person_find_or_create(full_name=INTERNAL_ONLY_PERSON)[0]
            people.append((insider, Participation.Role.PRESENTING, "Trưởng ban Tổ chức"))
        made[title] = make_conference(
            title,
            starts_at=starts_at,
            visibility=visibility,
            status=status,
            kinds=(kind,),
            people=people,
        )
    return made


# --- signing in -------------------------------------------------------------------------------


def log_in(page, username: str, *, next_url: str = "/admin/") -> None:
    """Log in through the admin's login form (writers, editors), as a person would."""
    page.goto(f"/admin/login/?{urlencode({'next': next_url})}")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(lambda url: urlsplit(url).path == urlsplit(next_url).path)


def sign_in(page, username: str) -> None:
    """Fill the officials' sign-in page (/dang-nhap/) the page is on, and send it."""
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/dang-nhap/" not in url)


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOT_DIR.exists() and any(SCREENSHOT_DIR.glob("*.png")):
        terminalreporter.write_line(f"Ảnh chụp màn hình kiểm thử trình duyệt: {SCREENSHOT_DIR}")
