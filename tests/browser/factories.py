"""Data and helpers for the browser journeys (tests/browser/test_journey_*.py).

Browser tests run with ``django_db(transaction=True)``: the live server only sees committed
rows, and every such test ends with a flush that also empties what the data migrations made
(staff groups, conference kinds). ``staff_groups`` puts them back, from the migrations' own
lists, so each journey starts from what a fresh installation has.
"""

from __future__ import annotations

import importlib
import io
from datetime import datetime
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from PIL import Image, ImageDraw

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
PASSWORD = "mat-khau-kiem-thu-trinh-duyet-2024"
WRITER, EDITOR, OFFICIAL = "Phóng viên", "Biên tập viên", "Cán bộ"


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
    from events.models import Conference, ConferenceKind, Participation
    from events.services import conference_refresh_search_text, person_find_or_create

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
        conference = Conference.objects.create(
            title=title, starts_at=starts_at, visibility=visibility, status=status
        )
        conference.kinds.set(ConferenceKind.objects.filter(code=kind))
        Participation.objects.create(
            conference=conference,
            person=person,
            position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
            role=Participation.Role.PRESIDING,
        )
        if visibility == Conference.Visibility.INTERNAL:
            Participation.objects.create(
                conference=conference,
                person=person_find_or_create(full_name=INTERNAL_ONLY_PERSON)[0],
                position="Trưởng ban Tổ chức",
                role=Participation.Role.PRESENTING,
            )
        conference_refresh_search_text(conference=conference)
        made[title] = conference
    return made


def make_staff(group: str, username: str, *, staff: bool = True, **fields):
    """An active account in ``group``: writers and editors are staff (they work in the admin);
    officials are not (they sign in at /dang-nhap/ and only read)."""
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, is_staff=staff, **fields
    )
    user.groups.add(Group.objects.get(name=group))
    return user


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


def photo_png(path, *, size=(1200, 800), label: str = "Toan canh hoi nghi") -> str:
    """Write a photo-like PNG (sky, ground, a label) to ``path`` for an upload dialog."""
    image = Image.new("RGB", size, (120, 170, 220))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, size[1] * 2 // 3, size[0], size[1]), fill=(60, 120, 60))
    draw.rectangle((size[0] // 4, size[1] // 3, size[0] * 3 // 4, size[1] * 2 // 3), fill="red")
    draw.text((40, 40), label, fill=(0, 0, 0))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def at(day: int, month: int, year: int, hour: int = 8) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=HANOI)
