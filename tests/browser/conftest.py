"""Real-browser harness: Playwright driving Debian's Chromium against pytest-django's live server.

- No browser download: Chromium comes from the `chromium` Debian package (`.ci/run` installs it).
- Without chromium these tests are skipped with a clear message; with CI=true a missing
  chromium is a failure.
- Screenshots go to test-artifacts/screenshots/ (git-ignored); the run prints the path.
- ``axe_violations(page)`` runs axe-core in the page and returns serious/critical violations.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.browser.factories import conferences, demo_site, staff_groups  # noqa: F401  (journeys)

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


def pytest_terminal_summary(terminalreporter):
    if SCREENSHOT_DIR.exists() and any(SCREENSHOT_DIR.glob("*.png")):
        terminalreporter.write_line(f"Ảnh chụp màn hình kiểm thử trình duyệt: {SCREENSHOT_DIR}")
