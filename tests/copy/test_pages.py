"""No English on the pages people read (issue 25): every admin page type as an admin (index,
app index, changelists, add and change forms, history, compare, users, groups, login
lockouts) and every public page as a signed-in official, reached by following the links the
pages themselves show. Years are never printed with a thousands dot ("2.026")."""

from __future__ import annotations

import re
from collections import Counter, deque
from urllib.parse import urldefrag, urlsplit

import pytest
import reversion
from django.core.management import call_command
from django.urls import Resolver404, resolve

from tests.copy.words import english_words, glossary_rules, visible_text
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

HREF = re.compile(r"""href=["']([^"'#]+)""")
#: Not pages: files, feeds, actions that change state when followed.
SKIP = re.compile(
    r"\.(csv|xlsx|ics|docx|pdf|xml|txt|json|png|jpg|jpeg|webp|svg|ico)$|/rss/|/lich\.ics|"
    r"^/(static|media)/|/dang-xuat/|/admin/logout/|/jsi18n/|/tep/\d+/|/ckeditor/"
)
PER_VIEW = 2  # pages of one kind (one URL name) read: the first two found
# A year printed with the thousands dot: "2.026" after "năm", in a date or a week "50/2.026", in
# a range "2023–2.027" (a count such as "2.045 lượt" is right as it is).
GROUPED_YEAR = re.compile(r"(?:\bnăm\s+|/|[–-]\s?)(?:1\.9|2\.0)\d{2}\b", re.IGNORECASE)
# A number written for readers (1.200) inside markup a browser reads as a number: an image's
# width or height, a list's start, a counter. The thousands dot makes the value invalid. (Not
# SVG coordinates: "4.477" there is a decimal.)
GROUPED_ATTRIBUTE = re.compile(r'\s([a-z-]+)="[^"]*\b\d{1,3}(?:\.\d{3})+\b[^"]*"')
NUMERIC_ATTRIBUTES = frozenset(
    [
        "width",
        "height",
        "start",
        "value",
        "colspan",
        "rowspan",
        "tabindex",
        "srcset",
        "data-count",
        "min",
        "max",
        "step",
    ]
)


def _crawl(client, starts, *, inside, limit=600):
    client.raise_request_exception = False
    seen, per_view, pages, broken = set(), Counter(), Pages(), []
    queue = deque(starts)
    while queue and len(pages) < limit:
        url = urldefrag(queue.popleft())[0]
        if url in seen or SKIP.search(urlsplit(url).path):
            continue
        seen.add(url)
        try:
            match = resolve(urlsplit(url).path)
        except Resolver404:
            continue
        view = match.view_name
        if per_view[view] >= PER_VIEW and url not in starts:
            continue
        response = client.get(url)
        if response.status_code >= 500:
            broken.append(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        per_view[view] += 1
        html = response.content.decode()
        pages[url] = html
        for href in HREF.findall(html):
            href = href.replace("&amp;", "&")
            if href.startswith("?"):
                href = urlsplit(url).path + href
            if href.startswith("/") and not href.startswith("//") and inside(href):
                queue.append(href)
    pages.broken = broken
    return pages


class Pages(dict):
    broken: list


def _report(pages):
    from django.contrib.auth import get_user_model

    # Account names are data (people choose them), shown in histories and headers; axes
    # records "<unknown>" as the browser of the test client's sign-in, which sends none.
    names = frozenset(
        [n.lower() for n in get_user_model().objects.values_list("username", flat=True)]
        + ["unknown"]
    )
    rules = [rule for rule in glossary_rules() if rule.on_pages]
    english, years = {}, {}
    for url, html in pages.items():
        text = visible_text(html)
        words = sorted({w for chunk in text for w in english_words(chunk, names)})
        words += sorted(
            {
                f"{m.group(0)} → {r.write}"
                for chunk in text
                for r in rules
                for m in r.pattern.finditer(chunk)
            }
        )
        if words:
            english[url] = words
        grouped = sorted({m.group(0) for chunk in text for m in GROUPED_YEAR.finditer(chunk)})
        grouped += sorted(
            {
                m.group(0).strip()
                for m in GROUPED_ATTRIBUTE.finditer(html)
                if m.group(1).lower() in NUMERIC_ATTRIBUTES
            }
        )
        if grouped:
            years[url] = grouped
    return english, years


@pytest.fixture
def demo(site_settings):
    call_command("seed_demo", verbosity=0)


def _history_for_compare():
    from news.models import Article

    article = Article.objects.order_by("pk").first()
    for title in ("Bản thứ nhất", "Bản thứ hai"):
        with reversion.create_revision():
            article.title = title
            article.save()
    versions = reversion.models.Version.objects.get_for_object(article).order_by("pk")
    first, last = versions.first(), versions.last()
    return (
        f"/admin/news/article/{article.pk}/history/compare/"
        f"?version_id1={first.pk}&version_id2={last.pk}"
    )


def _lockouts(client):
    """One failed login, so the lockout lists have a row to open."""
    from django.test import Client

    browser = Client(HTTP_USER_AGENT="Mozilla/5.0", HTTP_ACCEPT="text/html")
    browser.post("/admin/login/", {"username": "khong-co", "password": "sai"})


def test_admin_pages_have_no_english(client, demo):
    admin = make_user("admin", username="thanh")
    _lockouts(client)
    compare = _history_for_compare()
    client.force_login(admin)
    starts = [
        "/admin/",
        compare,
        "/admin/auth/user/add/",
        f"/admin/auth/user/{admin.pk}/change/",
        "/admin/auth/group/add/",
        "/admin/axes/accessattempt/",
        "/admin/axes/accesslog/",
        "/admin/axes/accessfailurelog/",
    ]
    pages = _crawl(client, starts, inside=lambda href: href.startswith("/admin/"))
    assert len(pages) > 60, sorted(pages)
    assert not pages.broken, f"Lỗi máy chủ khi mở: {pages.broken}"
    assert compare in pages
    english, years = _report(pages)
    assert not english, (
        "Chữ tiếng Anh, cách viết sai docs/glossary.md trên trang quản trị:\n"
        + "\n".join(f"{url}: {', '.join(words)}" for url, words in sorted(english.items()))
    )
    assert not years, years


def test_public_pages_have_no_english_for_a_signed_in_official(client, demo):
    client.force_login(make_user("official"))
    starts = ["/", "/tim-kiem/?q=hội+nghị", "/lien-he/", "/thong-ke/", "/van-ban/", "/hoi-nghi/"]
    pages = _crawl(client, starts, inside=lambda href: not href.startswith("/admin/"))
    assert len(pages) > 20, sorted(pages)
    assert not pages.broken, f"Lỗi máy chủ khi mở: {pages.broken}"
    english, years = _report(pages)
    assert not english, (
        "Chữ tiếng Anh, cách viết sai docs/glossary.md trên trang công khai:\n"
        + "\n".join(f"{url}: {', '.join(words)}" for url, words in sorted(english.items()))
    )
    assert not years, years


def test_the_detector_finds_english_and_passes_vietnamese():
    assert english_words("Can add lãnh đạo") == ["Can", "add"]
    assert english_words("Rich Text Editor, id_body") == ["Rich", "Text", "Editor"]
    assert english_words("True") == ["True"]
    assert english_words("add: None") == ["add", "None"]
    assert not english_words("Ủy ban MTTQ Việt Nam quận Cầu Giấy, UBND, tải tệp CSV")
    assert not english_words("gõ không dấu: cau giay, thanh nien, lienhe@mttq.example.vn")
