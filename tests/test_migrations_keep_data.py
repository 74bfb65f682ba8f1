"""Upgrading keeps the data: a database made before the kernel app migrates forward intact.

Issue 16 moved SiteSettings from ``portal`` to the new kernel app ``core`` (state only: the
table ``portal_sitesettings`` stays, the content type is renamed). This test rebuilds the
schema of the previous main with the old migrations (``MigrationExecutor``), writes content
through the *historical* models of that state (site settings, a group holding the site-settings
permission, admin history, categories, tags, articles with a revision, a cover image and read
counts, an organisation, a person, a conference with a participation and a photo, a committee
page, a leader and a citizen's letter), then migrates to the latest migrations the way
``manage.py migrate`` does (post_migrate included, which would add a second content type if the
rename were lost) and checks with the real models: the same number of rows in every table, the
same slugs and public URLs (which still answer), the same files in storage, and the site
settings, their permission and their history now under ``core``.

Later migrations need no change here: the old state is fixed by ``PREVIOUS_MAIN`` and the new
one is whatever the leaf migrations are. A later data migration that adds rows on purpose makes
the row-count comparison fail: name its table in ``ROWS_ADDED_BY_LATER_MIGRATIONS``.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from PIL import Image
from reversion.models import Version

from core.models import SiteSettings

pytestmark = pytest.mark.django_db(transaction=True)

#: The leaf migrations of the previous main (before issue 16). Apps not listed (the contrib
#: apps, axes, reversion) stay at their latest migration.
PREVIOUS_MAIN = {
    "portal": "0001_initial",
    "news": "0002_staff_groups",
    "events": "0006_conference_clerks_group",
    "committee": "0003_editors_maintain_pages_and_leaders",
    "readership": "0001_initial",
    "search": "0003_search_words",
}
#: Apps that did not exist at the previous main: migrated to zero.
NEW_APPS = ("core",)
#: Tables a later data migration fills on purpose: {table: rows it adds}.
ROWS_ADDED_BY_LATER_MIGRATIONS: dict[str, int] = {
    # events 0008 (issue 18): the participation's role becomes a row of its roles table
    "events_participationrole": 1,
    # news/history.py (issue 20, item 9): after migrate, an article without any revision (the
    # draft written here without save()) gets its first one
    "reversion_revision": 1,
    "reversion_version": 1,
}
#: Bookkeeping of the migrations themselves, not data.
NOT_DATA = {
    "django_migrations",
    # the search lexicon: derived from the content and rebuilt by search 0004 (issue 19)
    "search_word",
}

SITE_NAME = "Ủy ban MTTQ Việt Nam quận Cầu Giấy (dữ liệu cũ)"
GROUP_NAME = "Quản trị thông tin cơ quan"


def previous_main_targets() -> list[tuple[str, str | None]]:
    return [*PREVIOUS_MAIN.items(), *((label, None) for label in NEW_APPS)]


def migrate_to_previous_main():
    """Take the schema back to the previous main; return the models of that state."""
    MigrationExecutor(connection).migrate(previous_main_targets())
    # The state of exactly what is applied now (migrate()'s return value after unapplying
    # migrations of several apps is not the whole state).
    loader = MigrationLoader(connection)
    applied = [key for key in loader.applied_migrations if key in loader.graph.nodes]
    return loader.project_state(applied).apps


def migrate_to_latest(*, post_migrate: bool) -> None:
    """Apply every missing migration; with ``post_migrate``, finish as ``manage.py migrate``."""
    executor = MigrationExecutor(connection)
    leaves = executor.loader.graph.leaf_nodes()
    executor.migrate(leaves)
    if post_migrate:
        # migrate's last step: content types and permissions of every model are (re)created.
        emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)


def table_counts() -> dict[str, int]:
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor, include_views=False):
            if table in NOT_DATA:
                continue
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")
            counts[table] = cursor.fetchone()[0]
    return counts


def jpeg_bytes(size: tuple[int, int], colour: tuple[int, int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def store(name: str, content: bytes) -> dict:
    """Put a file in the media storage as an upload at the previous main left it."""
    stored = default_storage.save(name, ContentFile(content))
    return {"name": stored, "sha256": hashlib.sha256(content).hexdigest()}


def create_previous_main_content(old_apps) -> dict:
    """Content as the previous main stored it, written through that state's models.

    Every model below is the historical one (the names shadow the real models on purpose).
    """
    now = timezone.now()
    ContentType = old_apps.get_model("contenttypes", "ContentType")
    Permission = old_apps.get_model("auth", "Permission")
    Group = old_apps.get_model("auth", "Group")
    User = old_apps.get_model("auth", "User")
    LogEntry = old_apps.get_model("admin", "LogEntry")
    Revision = old_apps.get_model("reversion", "Revision")
    Version = old_apps.get_model("reversion", "Version")
    SiteSettings = old_apps.get_model("portal", "SiteSettings")
    Category = old_apps.get_model("news", "Category")
    Tag = old_apps.get_model("news", "Tag")
    Article = old_apps.get_model("news", "Article")
    ArticleDailyViews = old_apps.get_model("readership", "ArticleDailyViews")
    Organization = old_apps.get_model("events", "Organization")
    Person = old_apps.get_model("events", "Person")
    ConferenceKind = old_apps.get_model("events", "ConferenceKind")
    Conference = old_apps.get_model("events", "Conference")
    Participation = old_apps.get_model("events", "Participation")
    ConferencePhoto = old_apps.get_model("events", "ConferencePhoto")
    Page = old_apps.get_model("committee", "Page")
    Leader = old_apps.get_model("committee", "Leader")
    Letter = old_apps.get_model("committee", "Letter")

    # The kernel app did not exist: none of its content types either (post_migrate made them
    # for today's models before this test took the schema back).
    ContentType.objects.filter(app_label__in=NEW_APPS).delete()

    # --- the committee's identity, who may edit it, and its admin history ------------------
    SiteSettings.objects.create(
        pk=1, name=SITE_NAME, short_name="MTTQ quận Cầu Giấy", phone="024 1234 5678"
    )
    site_type, _created = ContentType.objects.get_or_create(
        app_label="portal", model="sitesettings"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=site_type,
        codename="change_sitesettings",
        defaults={"name": "Can change thông tin cơ quan"},
    )
    group = Group.objects.create(name=GROUP_NAME)
    group.permissions.add(permission)
    officer = User.objects.create(
        username="canbo-thongtin", password="!", is_staff=True, is_active=True
    )
    officer.groups.add(group)
    LogEntry.objects.create(
        action_time=now - timedelta(days=30),
        user=officer,
        content_type=site_type,
        object_id="1",
        object_repr=SITE_NAME,
        action_flag=2,  # CHANGE
        change_message='[{"changed": {"fields": ["Tên cơ quan"]}}]',
    )

    # --- news -------------------------------------------------------------------------------
    category = Category.objects.create(name="Hoạt động Mặt trận", slug="hoat-dong-mat-tran")
    other_category = Category.objects.create(
        name="Phản biện xã hội", slug="phan-bien-xa-hoi", order=2
    )
    tag = Tag.objects.create(name="đại đoàn kết", slug="dai-doan-ket")
    cover = store("news/covers/2024/05/hoi-nghi.jpg", jpeg_bytes((160, 90), (178, 34, 34)))
    published = Article.objects.create(
        title="Hội nghị ký kết chương trình phối hợp giai đoạn 2023–2027",
        slug="hoi-nghi-ky-ket-chuong-trinh-phoi-hop-giai-doan-2023-2027",
        sapo="Sáng ngày 09/6/2023, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị.",
        body="<p>Nội dung bài viết đã đăng.</p>",
        cover_image=cover["name"],
        cover_width=160,
        cover_height=90,
        cover_alt="Toàn cảnh hội nghị",
        category=category,
        author=officer,
        status="published",
        publish_at=now - timedelta(days=3),
        version=2,
    )
    published.tags.add(tag)
    draft = Article.objects.create(
        title="Bản nháp về công tác giám sát",
        slug="ban-nhap-ve-cong-tac-giam-sat",
        body="<p>Chưa đăng.</p>",
        category=other_category,
        author=officer,
        status="draft",
        version=1,
    )
    revision = Revision.objects.create(
        date_created=now - timedelta(days=3), user=officer, comment="Đăng bài"
    )
    Version.objects.create(
        revision=revision,
        object_id=str(published.pk),
        content_type=ContentType.objects.get(app_label="news", model="article"),
        db="default",
        format="json",
        serialized_data=serializers.serialize("json", [published]),
        object_repr=published.title,
    )
    ArticleDailyViews.objects.create(
        article=published, day=(now - timedelta(days=1)).date(), views=42
    )

    # --- conference records -----------------------------------------------------------------
    organization = Organization.objects.create(
        name="Ủy ban MTTQ Việt Nam quận Cầu Giấy",
        short_name="MTTQ quận",
        slug="uy-ban-mttq-viet-nam-quan-cau-giay",
        name_folded="uy ban mttq viet nam quan cau giay mttq quan",
    )
    person = Person.objects.create(
        full_name="Nguyễn Thị Thanh",
        slug="nguyen-thi-thanh",
        sort_key="Thanh Nguyễn Thị",
        sort_key_folded="thanh nguyen thi",
        name_folded="nguyen thi thanh",
    )
    kind, _created = ConferenceKind.objects.get_or_create(
        code="ky-ket", defaults={"name": "Ký kết chương trình phối hợp", "order": 1}
    )
    conference = Conference.objects.create(
        title="Hội nghị ký kết chương trình phối hợp",
        slug="hoi-nghi-ky-ket-chuong-trinh-phoi-hop-09-06-2023",
        starts_at=now - timedelta(days=4),
        venue="Hội trường UBND quận",
        organizer=organization,
        summary="Các bên ký kết chương trình phối hợp.",
        status="published",
        visibility="public",
        created_by=officer,
    )
    conference.kinds.add(kind)
    conference.articles.add(published)
    Participation.objects.create(
        conference=conference,
        person=person,
        position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
        organization=organization,
        role="presiding",
    )
    photo = store("events/photos/2023/06/anh-hoi-nghi.jpg", jpeg_bytes((120, 80), (30, 90, 160)))
    ConferencePhoto.objects.create(
        conference=conference, image=photo["name"], caption="Các đại biểu ký kết"
    )

    # --- the committee's own pages, leaders and letters --------------------------------------
    page = Page.objects.create(
        title="Giới thiệu",
        slug="gioi-thieu",
        body="<p>Ủy ban MTTQ Việt Nam quận.</p>",
        is_published=True,
    )
    Leader.objects.create(
        full_name=person.full_name,
        position="Chủ tịch Ủy ban MTTQ Việt Nam quận",
        person=person,
    )
    Letter.objects.create(
        full_name="Trần Văn An",
        email="an@example.vn",
        subject="Góp ý về đường Cầu Giấy",
        message="Đề nghị sửa vỉa hè.",
        ip_address="203.0.113.7",
    )

    return {
        "site_type_pk": site_type.pk,
        "permission_pk": permission.pk,
        "officer_pk": officer.pk,
        "published_pk": published.pk,
        "files": [cover, photo],
        # The addresses the previous main published them at: {key: (model, slug, path)}.
        "pages": {
            "published": ("news.Article", published.slug, f"/tin-tuc/{published.slug}/"),
            "draft": ("news.Article", draft.slug, f"/tin-tuc/{draft.slug}/"),
            "category": ("news.Category", category.slug, f"/chuyen-muc/{category.slug}/"),
            "tag": ("news.Tag", tag.slug, f"/the/{tag.slug}/"),
            "conference": (
                "events.Conference",
                conference.slug,
                f"/hoi-nghi/{conference.slug}/",
            ),
            "person": ("events.Person", person.slug, f"/dai-bieu/{person.slug}/"),
            "organization": (
                "events.Organization",
                organization.slug,
                f"/to-chuc/{organization.slug}/",
            ),
            "page": ("committee.Page", page.slug, f"/trang/{page.slug}/"),
        },
        "slugs": {
            "news.Article": sorted(Article.objects.values_list("slug", flat=True)),
            "news.Category": sorted(Category.objects.values_list("slug", flat=True)),
            "news.Tag": sorted(Tag.objects.values_list("slug", flat=True)),
            "events.Conference": sorted(Conference.objects.values_list("slug", flat=True)),
            "events.Person": sorted(Person.objects.values_list("slug", flat=True)),
            "events.Organization": sorted(Organization.objects.values_list("slug", flat=True)),
            "committee.Page": sorted(Page.objects.values_list("slug", flat=True)),
        },
    }


def test_a_database_from_the_previous_main_migrates_forward_with_its_data(client):
    try:
        old_apps = migrate_to_previous_main()
        assert old_apps.get_model("portal", "SiteSettings")._meta.db_table == "portal_sitesettings"
        assert not [m for m in old_apps.get_models() if m._meta.app_label in NEW_APPS]

        before = create_previous_main_content(old_apps)
        counts_before = table_counts()

        migrate_to_latest(post_migrate=True)
        counts_after = table_counts()
    finally:
        # Whatever happened above, the next tests get today's schema.
        migrate_to_latest(post_migrate=False)

    ContentType.objects.clear_cache()

    # --- every row is still there, nothing was added ------------------------------------------
    expected = {
        table: count + ROWS_ADDED_BY_LATER_MIGRATIONS.get(table, 0)
        for table, count in counts_before.items()
    }
    assert {t: counts_after.get(t) for t in expected} == expected
    assert counts_before["news_article"] == 2  # the content really was written

    # --- slugs and the addresses the previous main published --------------------------------
    for label, slugs in before["slugs"].items():
        model = apps.get_model(label)
        assert sorted(model.objects.values_list("slug", flat=True)) == slugs, label
    pages = before["pages"]
    for key, (label, slug, path) in pages.items():
        assert apps.get_model(label).objects.get(slug=slug).get_absolute_url() == path, key
        expected_status = 404 if key == "draft" else 200  # a draft stays private
        response = client.get(path)
        assert response.status_code == expected_status, (key, path, response.status_code)
    article_url = pages["published"][2]
    published = apps.get_model("news", "Article").objects.get(pk=before["published_pk"])

    # --- the site settings: same row and name, now the kernel's -----------------------------
    site = SiteSettings.objects.get()
    assert (site.pk, site.name) == (1, SITE_NAME)
    assert SiteSettings.load().name == SITE_NAME
    assert SITE_NAME in client.get(article_url).content.decode()

    site_type = ContentType.objects.get_for_model(SiteSettings)
    assert (site_type.pk, site_type.app_label) == (before["site_type_pk"], "core")
    assert not ContentType.objects.filter(app_label="portal", model="sitesettings").exists()
    group = Group.objects.get(name=GROUP_NAME)
    permission = group.permissions.get(codename="change_sitesettings")
    assert permission.pk == before["permission_pk"]
    assert permission.content_type.app_label == "core"
    assert set(
        Permission.objects.filter(content_type=site_type).values_list("codename", flat=True)
    ) == {
        "add_sitesettings",
        "change_sitesettings",
        "delete_sitesettings",
        "view_sitesettings",
    }
    officer = User.objects.get(pk=before["officer_pk"])
    assert officer.has_perm("core.change_sitesettings")
    entry = LogEntry.objects.get(content_type=site_type)
    assert entry.get_edited_object() == site

    client.force_login(officer)
    old_admin = client.get("/admin/portal/sitesettings/1/change/")
    assert (old_admin.status_code, old_admin["Location"]) == (
        301,
        "/admin/core/sitesettings/1/change/",
    )
    assert client.get("/admin/core/sitesettings/1/change/").status_code == 200
    client.logout()

    # --- the article's history is still readable --------------------------------------------
    version = Version.objects.get_for_object(published).get()
    assert version.field_dict["title"] == published.title
    assert json.loads(version.serialized_data)[0]["model"] == "news.article"

    # --- uploaded files: same names, same bytes ---------------------------------------------
    cover, photo = before["files"]
    assert published.cover_image.name == cover["name"]
    assert apps.get_model("events", "ConferencePhoto").objects.get().image.name == photo["name"]
    for stored in before["files"]:
        assert default_storage.exists(stored["name"]), stored["name"]
        with default_storage.open(stored["name"], "rb") as handle:
            assert hashlib.sha256(handle.read()).hexdigest() == stored["sha256"]
    assert published.cover_image.url in client.get(article_url).content.decode()
