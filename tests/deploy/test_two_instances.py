"""Two app servers, one PostgreSQL, one Redis: nothing a reader or editor notices depends on
which server answers.

Starts two gunicorn instances (DEBUG off, like production) on free ports against the test
database and the Redis in ``REDIS_TEST_URL`` (default ``redis://127.0.0.1:6379/15``), then:

- logs in through one server and stays logged in through the other (and logs out everywhere);
- changes content through one server and reads it through the other at once (no stale page
  from the shared page cache).

The servers read the test database that pytest-django created, so the test uses
``transactional_db`` (data committed, visible to other processes; tables emptied afterwards).
Skipped without PostgreSQL, and without Redis unless ``CI=true``, where it fails instead.
"""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import psycopg2
import pytest
import redis
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.db import connection, connections

ROOT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/15")
PASSWORD = "mat-khau-thu-nghiem-" + secrets.token_hex(4)
START_TIMEOUT = 90

pytestmark = pytest.mark.postgres


# --- prerequisites -----------------------------------------------------------------------------


def redis_or_skip() -> redis.Redis:
    client = redis.Redis.from_url(REDIS_TEST_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        message = (
            f"cần Redis tại {REDIS_TEST_URL} ({error}); đặt REDIS_TEST_URL hoặc chạy redis-server"
        )
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI: {message}")
        pytest.skip(message)
    return client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_database_url() -> str:
    """URL of the database pytest-django created (test_<name>), for the servers."""
    s = connection.settings_dict
    user = quote(s.get("USER") or "", safe="")
    password = quote(s.get("PASSWORD") or "", safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = s.get("HOST") or "127.0.0.1"
    port = f":{s['PORT']}" if s.get("PORT") else ""
    return f"postgres://{auth}{host}{port}/{quote(s['NAME'], safe='')}"


test_database_url.__test__ = False  # a helper, not a test


def server_env(**overrides: str) -> dict[str, str]:
    """A production-like environment, not inherited from the developer's shell."""
    base = {name: os.environ[name] for name in ("PATH", "HOME", "TMPDIR") if name in os.environ}
    base.update({"LANG": "C.UTF-8", "DEBUG": "0", "PYTHONDONTWRITEBYTECODE": "1"})
    base.update(overrides)
    return base


@pytest.fixture(scope="session")
def static_root(shared_redis, tmp_path_factory) -> Path:
    """collectstatic once per run: DEBUG off serves hashed files from the manifest."""
    root = tmp_path_factory.mktemp("static")
    env = server_env(SECRET_KEY="collectstatic-only", STATIC_ROOT=str(root))
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return root


# --- the servers -------------------------------------------------------------------------------


@dataclass
class Server:
    name: str
    port: int
    process: subprocess.Popen
    log: Path

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"gunicorn {self.name} exited:\n{self.output()}")
            try:
                with urllib.request.urlopen(self.url("/healthz"), timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        pytest.fail(f"gunicorn {self.name} not ready after {START_TIMEOUT}s:\n{self.output()}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)  # gunicorn: quick shutdown
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


@pytest.fixture(scope="session")
def shared_redis() -> redis.Redis:
    # Session scope: checked before the (session-scoped) test database and collectstatic.
    return redis_or_skip()


@pytest.fixture
def launch(shared_redis, transactional_db, static_root, tmp_path):
    """Start two gunicorn servers with the same environment (plus ``extra_env``)."""
    cache_db = shared_redis
    prefix = f"scale-test-{secrets.token_hex(4)}"
    started: list[Server] = []

    def launch_servers(**extra_env: str) -> list[Server]:
        env = server_env(
            SECRET_KEY="two-servers-" + secrets.token_urlsafe(32),  # same on both, as in prod
            ALLOWED_HOSTS="127.0.0.1",
            DATABASE_URL=test_database_url(),
            CONN_MAX_AGE="0",  # no connection may outlive the test (its database is dropped)
            REDIS_URL=REDIS_TEST_URL,
            CACHE_KEY_PREFIX=prefix,
            STATIC_ROOT=str(static_root),
            MEDIA_ROOT=str(tmp_path / "media"),
            LOG_LEVEL="WARNING",
            **extra_env,
        )
        servers = []
        for name in ("A", "B"):
            port = free_port()
            log = tmp_path / f"gunicorn-{name}.log"
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "portal.wsgi:application",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--timeout",
                    "60",
                ],
                cwd=ROOT,
                env=env,
                stdout=log.open("wb"),
                stderr=subprocess.STDOUT,
            )
            servers.append(Server(name, port, process, log))
            started.append(servers[-1])
        for server in servers:
            server.wait_ready()
        return servers

    try:
        yield launch_servers
    finally:
        for server in started:
            server.stop()
        for key in cache_db.scan_iter(f"{prefix}:*"):
            cache_db.delete(key)


@pytest.fixture
def two_servers(launch):
    # Replica routing switched on, the "replica" being the same database: the whole middleware
    # and router path runs as in production, without lag (see the lagging-replica test).
    return launch(DATABASE_REPLICA_URLS=test_database_url())


@pytest.fixture
def snapshot_replica(transactional_db):
    """``snapshot()`` copies the test database now and returns its URL: a read replica that
    stopped replaying at that moment (unbounded lag). Dropped after the test."""
    settings_dict = connection.settings_dict
    names = []

    def maintenance():
        conn = psycopg2.connect(
            dbname="postgres",
            user=settings_dict.get("USER") or None,
            password=settings_dict.get("PASSWORD") or None,
            host=settings_dict.get("HOST") or None,
            port=settings_dict.get("PORT") or None,
        )
        conn.autocommit = True
        return conn

    def snapshot() -> str:
        name = f"{settings_dict['NAME']}_replica"
        connections.close_all()  # CREATE DATABASE … TEMPLATE needs the template unused
        with closing(maintenance()) as conn, conn.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            for attempt in range(20):
                # Other threads of this process (live server, read-counter flush) or servers
                # of an earlier test may still hold a connection to the template: end them
                # (they reconnect: CONN_HEALTH_CHECKS), then copy.
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    [settings_dict["NAME"]],
                )
                try:
                    cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{settings_dict["NAME"]}"')
                    break
                except psycopg2.errors.ObjectInUse:
                    if attempt == 19:
                        raise
                    time.sleep(0.25)
        names.append(name)
        return test_database_url().rsplit("/", 1)[0] + "/" + quote(name, safe="")

    yield snapshot
    for name in names:
        with closing(maintenance()) as conn, conn.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# --- a browser that keeps its cookies whichever server answers (as behind a load balancer) ------


class FormParser(HTMLParser):
    """Collects the fields of one <form> (by id, or the first) as a browser would submit them."""

    def __init__(self, form_id: str | None = None):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.done = False
        self.fields: list[tuple[str, str]] = []
        self.buttons: dict[str, str] = {}
        self._select: str | None = None
        self._option: str | None = None
        self._option_selected = False
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form" and not self.done and not self.inside:
            self.inside = self.form_id is None or a.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = a.get("name")
        if tag == "input" and name:
            kind = a.get("type", "text").lower()
            if kind in ("submit", "image", "button"):
                self.buttons[name] = a.get("value", "")
            elif kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.fields.append((name, a.get("value", "on")))
            elif kind != "file":
                self.fields.append((name, a.get("value", "")))
        elif tag == "button" and name and a.get("type", "submit") == "submit":
            self.buttons[name] = a.get("value", "")
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            self._option = a.get("value")
            self._option_selected = "selected" in a
            self._text = []
        elif tag == "textarea" and name:
            self._textarea = name
            self._text = []

    def handle_data(self, data):
        if self._textarea or self._option is not None or self._select:
            self._text.append(data)

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "form":
            self.inside, self.done = False, True
        elif tag == "textarea" and self._textarea:
            text = "".join(self._text)
            self.fields.append((self._textarea, text[1:] if text.startswith("\n") else text))
            self._textarea = None
        elif tag == "option" and self._select:
            if self._option_selected:
                value = self._option if self._option is not None else "".join(self._text).strip()
                self.fields.append((self._select, value))
            self._option = None
        elif tag == "select":
            self._select = None


def form_fields(html: str, form_id: str | None = None) -> FormParser:
    parser = FormParser(form_id)
    parser.feed(html)
    return parser


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@dataclass
class Page:
    status: int
    body: str
    headers: dict = field(default_factory=dict)


class Browser:
    """One browser: its cookies go to whichever server answers, like one site behind an LB."""

    def __init__(self):
        self.cookies: dict[str, str] = {}
        self.opener = urllib.request.build_opener(NoRedirect)

    def request(self, url: str, data: list[tuple[str, str]] | None = None) -> Page:
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(url, data=body)
        if self.cookies:
            request.add_header("Cookie", "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        try:
            response = self.opener.open(request, timeout=30)
        except urllib.error.HTTPError as error:  # 3xx (not followed), 4xx, 5xx
            response = error
        with response:
            for header in response.headers.get_all("Set-Cookie") or []:
                name, _, rest = header.partition("=")
                value = rest.split(";", 1)[0]
                if re.search(r"(?i)max-age=0|expires=thu, 01 jan 1970", header):
                    self.cookies.pop(name.strip(), None)
                else:
                    self.cookies[name.strip()] = value
            return Page(
                response.status, response.read().decode("utf-8", "replace"), response.headers
            )

    def get(self, url: str) -> Page:
        return self.request(url)

    def post_form(self, url: str, form_id: str | None = None, **changes: str) -> Page:
        """GET the page at ``url``, fill its form like a person would, submit it."""
        page = self.get(url)
        assert page.status == 200, (url, page.status, page.body[:500])
        form = form_fields(page.body, form_id)
        fields = [(k, v) for k, v in form.fields if k not in changes]
        fields += list(changes.items())
        return self.request(url, fields)

    def log_in(self, server: Server, username: str, password: str) -> Page:
        return self.post_form(
            server.url("/admin/login/?next=/admin/"),
            username=username,
            password=password,
        )


@pytest.fixture
def staff(django_user_model):
    """A superuser whose password the servers can check (the suite itself hashes with MD5)."""
    hasher = PBKDF2PasswordHasher()
    return django_user_model.objects.create(
        username="bientap_dahost",
        password=hasher.encode(PASSWORD, hasher.salt()),
        is_staff=True,
        is_superuser=True,
    )


# --- the tests ---------------------------------------------------------------------------------


def test_logged_in_through_one_server_logged_in_on_the_other(two_servers, staff):
    a, b = two_servers
    browser = Browser()

    page = browser.log_in(a, staff.username, PASSWORD)
    assert page.status == 302, page.body[:2000]
    assert page.headers["Location"] == "/admin/"

    page = browser.get(b.url("/admin/"))
    assert page.status == 200, page.body[:500]
    assert staff.username in page.body
    page = browser.get(a.url("/admin/"))
    assert page.status == 200

    # Logging out on B ends the session on A too.
    logout = form_fields(page.body, "logout-form")
    page = browser.request(b.url("/admin/logout/"), logout.fields)
    assert page.status == 200
    page = browser.get(a.url("/admin/"))
    assert page.status == 302
    assert page.headers["Location"].startswith("/admin/login/")


def test_change_through_one_server_shows_at_once_on_the_other(two_servers, staff):
    """The committee's name, edited through A, is in the footer of B's (cached) home page."""
    a, b = two_servers
    reader = Browser()
    page = reader.get(b.url("/"))
    assert page.status == 200
    assert reader.get(b.url("/")).body == page.body  # cached now, on B and in Redis
    assert "Ủy ban MTTQ Việt Nam quận Thử Nghiệm" not in page.body

    editor = Browser()
    assert editor.log_in(a, staff.username, PASSWORD).status == 302
    page = editor.post_form(
        a.url("/admin/core/sitesettings/1/change/"),
        "sitesettings_form",
        name="Ủy ban MTTQ Việt Nam quận Thử Nghiệm",
    )
    assert page.status == 302, page.body[:3000]

    page = reader.get(b.url("/"))
    assert page.status == 200
    assert "Ủy ban MTTQ Việt Nam quận Thử Nghiệm" in page.body


def test_published_through_one_server_readable_at_once_on_the_other(two_servers, staff):
    """An editor publishes on A; a reader on B gets the article and the fresh lists at once."""
    from news.models import Article
    from tests.factories.news import make_article, make_category

    a, b = two_servers
    category = make_category("Tin hoạt động")
    title = "Hội nghị hiệp thương lần thứ nhất thử hai máy chủ"
    article = make_article(title, status=Article.Status.DRAFT, category=category)
    reader = Browser()

    # Before: not public, and the lists are in the shared page cache without it.
    assert reader.get(b.url(article.get_absolute_url())).status == 404
    for server in (a, b):
        page = reader.get(server.url("/tin-tuc/"))
        assert page.status == 200
        assert title not in page.body
    assert title not in reader.get(b.url("/")).body

    editor = Browser()
    assert editor.log_in(a, staff.username, PASSWORD).status == 302
    change_url = a.url(f"/admin/news/article/{article.pk}/change/")
    page = editor.post_form(change_url, "article_form", _publish="Lưu và đăng")
    assert page.status == 302, page.body[:3000]

    # At once, through the other server: the article, the news list, the home page.
    page = reader.get(b.url(article.get_absolute_url()))
    assert page.status == 200, page.body[:500]
    assert title in page.body
    assert title in reader.get(b.url("/tin-tuc/")).body
    assert title in reader.get(b.url("/")).body

    # A correction through A replaces the cached article page on B too.
    corrected = title.replace("lần thứ nhất", "lần thứ hai")
    page = editor.post_form(change_url, "article_form", title=corrected, _save="Lưu")
    assert page.status == 302, page.body[:3000]
    page = reader.get(b.url(article.get_absolute_url()))
    assert corrected in page.body
    assert title not in page.body


def test_readers_never_see_the_past_from_a_lagging_replica(launch, snapshot_replica, staff):
    """Replica reads are real, and a publish is visible at once even though the replica lags.

    The replica is a copy of the database taken before the article was written and never
    updated: whatever a server reads from it is "the past".
    """
    from news.models import Article
    from tests.factories.news import make_article, make_category

    category = make_category("Tin hoạt động")
    replica_url = snapshot_replica()
    title = "Ra mắt Ban Thanh tra nhân dân phường thử bản sao chậm"
    draft = make_article(title, status=Article.Status.DRAFT, category=category)
    written_after = make_article("Bài chỉ có trên máy chủ chính", category=category)
    a, b = launch(DATABASE_REPLICA_URLS=replica_url, REPLICA_PIN_SECONDS="30")

    # Anonymous public reads come from the replica (it does not have the newer article)…
    reader = Browser()
    assert reader.get(b.url(written_after.get_absolute_url())).status == 404
    # …staff read the primary.
    editor = Browser()
    assert editor.log_in(a, staff.username, PASSWORD).status == 302
    page = editor.get(b.url(f"/admin/news/article/{draft.pk}/change/"))
    assert page.status == 200
    assert title in page.body

    # Published through A: readers on B see it at once, though the replica never will.
    page = editor.post_form(
        a.url(f"/admin/news/article/{draft.pk}/change/"), "article_form", _publish="Lưu và đăng"
    )
    assert page.status == 302, page.body[:3000]
    page = reader.get(b.url(draft.get_absolute_url()))
    assert page.status == 200, page.body[:500]
    assert title in page.body
    assert title in reader.get(b.url("/tin-tuc/")).body
