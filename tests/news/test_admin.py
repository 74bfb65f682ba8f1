"""The article admin as writers and editors use it, including hand-made POSTs."""

from datetime import timedelta

import pytest
from django import forms
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone
from PIL import Image
from reversion.models import Version

from news.models import Article
from tests.factories.files import (
    SVG,
    image_bytes,
    jpeg_with_gps,
    png_claiming_size,
    polyglot_jpeg,
    upload,
)
from tests.factories.news import make_article, make_category
from tests.factories.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db
S = Article.Status
CHANGELIST = "admin:news_article_changelist"


def url(name, *args):
    return reverse(f"admin:news_article_{name}", args=args)


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)
    return client


def messages_of(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


def data_from_form(response, **overrides):
    """What a browser would post back from the admin form in ``response``, plus overrides."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.SplitDateTimeField):
            date, time = field.widget.decompress(value)
            data[f"{name}_0"] = date.strftime("%d/%m/%Y") if date else ""
            data[f"{name}_1"] = time.strftime("%H:%M:%S") if time else ""
        elif isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(field, forms.FileField):
            continue
        elif isinstance(field, forms.ModelMultipleChoiceField):
            data[name] = [str(v) for v in value or []]
        else:
            data[name] = "" if value is None else value
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def change(client, article, **overrides):
    """GET the change form, then POST it back with ``overrides``."""
    page = client.get(url("change", article.pk))
    assert page.status_code == 200
    return client.post(url("change", article.pk), data_from_form(page, **overrides))


@pytest.fixture
def writer():
    return make_user("writer", first_name="Lan", last_name="Nguyễn")


@pytest.fixture
def editor():
    return make_user("editor", first_name="Hùng", last_name="Trần")


# --- writers ----------------------------------------------------------------------------------


def test_writer_changelist_shows_only_own_articles(client, writer):
    mine = make_article("Bài của tôi", author=writer, status=S.DRAFT)
    make_article("Bài của người khác", author=make_user("writer"), status=S.DRAFT)
    response = login(client, writer).get(reverse(CHANGELIST))
    assert response.status_code == 200
    assert list(response.context["cl"].queryset) == [mine]


def test_writer_adds_a_draft_and_is_its_author(client, writer):
    login(client, writer)
    page = client.get(url("add"))
    assert "Lưu và gửi duyệt" in page.content.decode()
    assert "Lưu và đăng" not in page.content.decode()
    data = data_from_form(page, title="Đồng chí Trần Việt Hà dự hội nghị", body="<p>Tin</p>")
    response = client.post(url("add"), {**data, "_save": "1"})
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.author == writer
    assert article.status == S.DRAFT
    assert article.slug == "dong-chi-tran-viet-ha-du-hoi-nghi"


def test_writer_submits_for_review_from_the_form(client, writer):
    article = make_article(author=writer, status=S.DRAFT)
    login(client, writer)
    response = change(client, article, _submit_review="1")
    assert response.status_code == 302
    assert Article.objects.get(pk=article.pk).status == S.PENDING
    assert "Đã gửi duyệt bài viết." in messages_of(response)


def test_writer_post_cannot_set_status_time_or_featured(client, writer):
    article = make_article(author=writer, status=S.DRAFT)
    login(client, writer)
    future = timezone.localtime() + timedelta(days=1)
    response = change(
        client,
        article,
        title="Tiêu đề mới",
        status="published",
        publish_at_0=future.strftime("%d/%m/%Y"),
        publish_at_1="08:00:00",
        featured="on",
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Tiêu đề mới"
    assert (article.status, article.publish_at, article.featured) == (S.DRAFT, None, False)


def test_writer_post_with_the_publish_button_is_refused(client, writer):
    article = make_article("Bản nháp", author=writer, status=S.DRAFT)
    login(client, writer)
    response = change(client, article, title="Đã sửa", _publish="1")
    assert response.status_code == 200
    assert "Chỉ biên tập viên mới được đăng" in response.content.decode()
    article.refresh_from_db()
    assert (article.title, article.status) == ("Bản nháp", S.DRAFT)


@pytest.mark.parametrize("status", [S.PENDING, S.PUBLISHED, S.WITHDRAWN])
def test_writer_cannot_edit_own_article_once_submitted_or_published(client, writer, status):
    article = make_article("Bài cũ", author=writer, status=status)
    login(client, writer)
    page = client.get(url("change", article.pk))
    assert page.status_code == 200  # read-only view
    assert 'name="_save"' not in page.content.decode()
    response = client.post(url("change", article.pk), {"title": "Sửa lén", "body": "x"})
    assert response.status_code == 403
    assert Article.objects.get(pk=article.pk).title == "Bài cũ"


def test_writer_cannot_touch_another_writers_draft(client, writer):
    article = make_article("Của người khác", author=make_user("writer"), status=S.DRAFT)
    login(client, writer)
    assert client.get(url("change", article.pk)).status_code == 302  # "does not exist"
    client.post(url("change", article.pk), {"title": "Sửa lén"})
    client.post(url("delete", article.pk), {"post": "yes"})
    assert Article.objects.get(pk=article.pk).title == "Của người khác"


def test_writer_cannot_run_editor_actions_by_hand(client, writer):
    article = make_article(author=writer, status=S.DRAFT)
    recorded = Version.objects.get_for_object(article).count()  # its creation
    login(client, writer)
    for action in ("publish_now", "withdraw", "schedule", "delete_selected"):
        client.post(
            reverse(CHANGELIST),
            {"action": action, "_selected_action": [article.pk], "apply": "1", "post": "yes"},
        )
    assert Article.objects.filter(pk=article.pk, status=S.DRAFT).exists()
    assert Version.objects.get_for_object(article).count() == recorded


def test_writer_cannot_restore_or_recover(client, writer):
    article = make_article(author=writer, status=S.DRAFT)
    login(client, writer)
    assert client.get(url("recoverlist")).status_code == 403
    assert client.get(url("history", article.pk)).status_code == 200


# --- editors --------------------------------------------------------------------------------------


def test_editor_publishes_three_with_the_action(client, editor):
    articles = [make_article(status=S.PENDING) for _ in range(3)]
    login(client, editor)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "publish_now", "_selected_action": [a.pk for a in articles]},
        follow=True,
    )
    assert "Đã đăng 3 bài viết." in messages_of(response)
    assert Article.objects.published().count() == 3


def test_writer_submits_two_with_the_action(client, writer):
    drafts = [make_article(author=writer, status=S.DRAFT) for _ in range(2)]
    login(client, writer)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "submit_for_review", "_selected_action": [a.pk for a in drafts]},
        follow=True,
    )
    assert "Đã gửi duyệt 2 bài viết." in messages_of(response)
    assert Article.objects.filter(status=S.PENDING).count() == 2


def test_action_reports_skipped_articles(client, editor):
    live = make_article("Đang hiện", status=S.PUBLISHED)
    pending = make_article(status=S.PENDING)
    login(client, editor)
    response = client.post(
        reverse(CHANGELIST),
        {"action": "withdraw", "_selected_action": [live.pk, pending.pk]},
        follow=True,
    )
    shown = messages_of(response)
    assert "Đã gỡ 1 bài viết." in shown
    assert any("Bỏ qua 1 bài" in m and "Chỉ gỡ được" in m for m in shown)


def test_editor_schedules_with_the_intermediate_page(client, editor):
    article = make_article(status=S.PENDING)
    login(client, editor)
    page = client.post(
        reverse(CHANGELIST), {"action": "schedule", "_selected_action": [article.pk]}
    )
    assert page.status_code == 200
    assert "Thời điểm đăng" in page.content.decode()
    past = client.post(
        reverse(CHANGELIST),
        {
            "action": "schedule",
            "_selected_action": [article.pk],
            "apply": "1",
            "publish_at": "01/01/2020 08:00",
        },
    )
    assert "phải ở tương lai" in past.content.decode()
    when = timezone.localtime() + timedelta(days=2)
    response = client.post(
        reverse(CHANGELIST),
        {
            "action": "schedule",
            "_selected_action": [article.pk],
            "apply": "1",
            "publish_at": when.strftime("%d/%m/%Y %H:%M"),
        },
        follow=True,
    )
    assert "Đã lên lịch 1 bài viết." in messages_of(response)
    article.refresh_from_db()
    assert article.is_scheduled
    assert timezone.localtime(article.publish_at).strftime("%d/%m/%Y %H:%M") == when.strftime(
        "%d/%m/%Y %H:%M"
    )


def test_editor_schedules_from_the_form_with_a_future_time(client, editor):
    article = make_article(status=S.PENDING)
    login(client, editor)
    when = timezone.localtime() + timedelta(days=1)
    response = change(
        client,
        article,
        publish_at_0=when.strftime("%d/%m/%Y"),
        publish_at_1="07:30:00",
        _publish="1",
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled
    assert any(m.startswith("Đã lên lịch: bài tự hiện lúc") for m in messages_of(response))


def test_editor_edits_any_article_but_slug_is_locked_once_published(client, editor):
    article = make_article("Đã đăng", status=S.PUBLISHED, author=make_user("writer"))
    login(client, editor)
    response = change(client, article, title="Đã đăng (sửa)", slug="duong-dan-khac")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "Đã đăng (sửa)"
    assert article.slug == "da-dang"


def test_editor_cannot_empty_the_publish_time_of_a_published_article(client, editor):
    article = make_article(status=S.PUBLISHED)
    login(client, editor)
    response = change(client, article, publish_at_0="", publish_at_1="")
    assert response.status_code == 200
    assert "cần có thời điểm đăng" in response.content.decode()


def test_changelist_columns_filters_and_scheduled_label(client, editor):
    make_article("Sắp đăng", status=S.PUBLISHED, publish_at=timezone.now() + timedelta(days=1))
    login(client, editor)
    response = client.get(reverse(CHANGELIST), {"hien_thi": "scheduled"})
    body = response.content.decode()
    assert "Sắp đăng" in body and "Đã lên lịch (" in body


@pytest.mark.parametrize("query", ["cau giay", "CẦU GIẤY", "Cầu Giấy", "hoa binh"])
def test_search_is_accent_insensitive_on_title_and_sapo(client, editor, query):
    make_article("Hội nghị tại quận Cầu Giấy", sapo="Phường Hoà Bình tham dự", status=S.DRAFT)
    make_article("Tin khác", sapo="không liên quan", status=S.DRAFT)
    login(client, editor)
    response = client.get(reverse(CHANGELIST), {"q": query})
    titles = [a.title for a in response.context["cl"].queryset]
    assert titles == ["Hội nghị tại quận Cầu Giấy"]


# --- stale edits ------------------------------------------------------------------------------------


def test_second_save_of_a_stale_form_is_refused_with_what_changed(client, editor):
    article = make_article("Tiêu đề gốc", status=S.PENDING)
    other = make_user("editor", first_name="Minh", last_name="Lê")
    login(client, editor)
    stale_page = client.get(url("change", article.pk))

    from django.test import Client

    other_client = login(Client(), other)
    assert change(other_client, article, title="Tiêu đề của Minh").status_code == 302

    response = client.post(
        url("change", article.pk), data_from_form(stale_page, title="Tiêu đề của tôi")
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "Lê Minh" in text or "Minh Lê" in text
    assert "tiêu đề" in text
    assert "CHƯA được lưu" in text
    assert Article.objects.get(pk=article.pk).title == "Tiêu đề của Minh"


def test_saving_twice_from_a_fresh_form_is_fine(client, editor):
    article = make_article("Một", status=S.PENDING)
    login(client, editor)
    assert change(client, article, title="Hai").status_code == 302
    assert change(client, article, title="Ba").status_code == 302
    assert Article.objects.get(pk=article.pk).title == "Ba"


# --- revisions --------------------------------------------------------------------------------------


def test_history_diff_and_restore_of_an_old_revision(client, editor):
    login(client, editor)
    add_page = client.get(url("add"))
    client.post(url("add"), data_from_form(add_page, title="Bản đầu", body="<p>Cũ</p>"))
    article = Article.objects.get()
    change(client, article, title="Bản sau", body="<p>Mới</p>")
    versions = list(Version.objects.get_for_object(article))
    assert len(versions) == 2
    assert versions[0].revision.user == editor

    history = client.get(url("history", article.pk))
    assert history.status_code == 200
    compare = client.get(
        url("compare", article.pk),
        {"version_id1": versions[1].pk, "version_id2": versions[0].pk},
    )
    assert compare.status_code == 200
    assert "Bản đầu" in compare.content.decode() and "Bản sau" in compare.content.decode()

    old = versions[1]
    restore_page = client.get(url("revision", article.pk, old.pk))
    assert restore_page.status_code == 200
    response = client.post(url("revision", article.pk, old.pk), data_from_form(restore_page))
    assert response.status_code == 302
    article.refresh_from_db()
    assert (article.title, article.body) == ("Bản đầu", "<p>Cũ</p>")
    assert Version.objects.get_for_object(article).count() == 3


def test_deleted_article_can_be_recovered(client, editor):
    login(client, editor)
    add_page = client.get(url("add"))
    client.post(url("add"), data_from_form(add_page, title="Sẽ bị xoá", body="<p>Nội dung</p>"))
    article = Article.objects.get()
    assert client.post(url("delete", article.pk), {"post": "yes"}).status_code == 302
    assert not Article.objects.exists()

    recover_list = client.get(url("recoverlist"))
    assert "Sẽ bị xoá" in recover_list.content.decode()
    version = Version.objects.get_deleted(Article).get()
    page = client.get(url("recover", version.pk))
    assert page.status_code == 200
    response = client.post(url("recover", version.pk), data_from_form(page))
    assert response.status_code == 302
    recovered = Article.objects.get()
    assert (recovered.pk, recovered.title, recovered.body) == (
        article.pk,
        "Sẽ bị xoá",
        "<p>Nội dung</p>",
    )


# --- cover images through the admin -------------------------------------------------------------


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_cover_with_gps_is_stored_without_it(client, editor, settings):
    login(client, editor)
    page = client.get(url("add"))
    data = data_from_form(page, title="Có ảnh", cover_alt="Toàn cảnh hội nghị")
    data["cover_image"] = upload(jpeg_with_gps(size=(1600, 1000), orientation=1), "IMG_0001.JPG")
    response = client.post(url("add"), data)
    assert response.status_code == 302
    article = Article.objects.get()
    with article.cover_image.open("rb") as fh:
        image = Image.open(fh)
        assert not image.getexif().get_ifd(0x8825)
        assert len(image.getexif()) == 0
    assert [r["width"] for r in article.cover_renditions] == [400, 800, 1200]
    assert article.cover_image.name.endswith("img_0001.jpg")


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (png_claiming_size(30000, 30000), "bom.png", "40 triệu điểm ảnh"),
        (polyglot_jpeg(), "anh.jpg", "mã lệnh"),
        (SVG, "logo.svg", "không phải ảnh"),
        (b"\xff\xd8" + b"\0" * (10 * 1024 * 1024), "to.jpg", "tối đa 10 MB"),
    ],
    ids=["bomb", "polyglot", "svg", "oversize"],
)
def test_bad_covers_are_refused_and_nothing_is_stored(
    client, editor, settings, data, name, message
):
    login(client, editor)
    page = client.get(url("add"))
    form = data_from_form(page, title="Ảnh xấu", cover_alt="mô tả")
    form["cover_image"] = upload(data, name)
    response = client.post(url("add"), form)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["cover_image"]
    assert any(message in error for error in errors), errors
    assert not Article.objects.exists()
    assert stored_files(settings) == []


def test_cover_needs_alt_text(client, editor, settings):
    login(client, editor)
    page = client.get(url("add"))
    form = data_from_form(page, title="Thiếu mô tả ảnh", cover_alt="")
    form["cover_image"] = upload(image_bytes(), "a.jpg")
    response = client.post(url("add"), form)
    assert response.status_code == 200
    assert "Cần mô tả ảnh" in response.content.decode()
    assert stored_files(settings) == []


def test_change_form_uses_ckeditor_and_offers_editor_buttons(client, editor):
    article = make_article(status=S.PENDING, category=make_category())
    login(client, editor)
    body = client.get(url("change", article.pk)).content.decode()
    assert "ckeditor" in body
    assert 'name="_publish"' in body and 'name="_return_draft"' in body
    assert 'name="_submit_review"' not in body


def test_writer_cannot_read_history_of_others_articles(client, writer):
    article = make_article(author=make_user("writer"), status=S.DRAFT)
    login(client, writer)
    assert client.get(url("history", article.pk)).status_code == 403
    assert (
        client.get(url("compare", article.pk), {"version_id1": 1, "version_id2": 2}).status_code
        == 403
    )


def test_changelist_queries_do_not_grow_with_the_number_of_articles(client, editor):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    category = make_category()
    login(client, editor)

    def count_queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse(CHANGELIST)).status_code == 200
        return len(ctx.captured_queries)

    for _ in range(3):
        make_article(status=S.PUBLISHED, category=category, author=make_user("writer"))
    count_queries()  # the first request after login also touches the session
    few = count_queries()
    for _ in range(20):
        make_article(status=S.PUBLISHED, category=category, author=make_user("writer"))
    assert count_queries() == few


def test_change_form_links_to_the_staff_preview(admin_client):
    article = make_article("Bài nháp để xem trước", status=S.DRAFT)
    html = admin_client.get(reverse("admin:news_article_change", args=[article.pk])).content
    preview = reverse("news:article_preview", args=[article.pk])
    assert f'href="{preview}"'.encode() in html
    assert admin_client.get(preview).status_code == 200


def test_changelist_names_the_empty_choice_instead_of_a_dash(admin_client):
    make_category("Tin tức - Sự kiện", slug="tin-tuc-su-kien")
    make_article("Bài chưa có chuyên mục", status=S.DRAFT)
    html = admin_client.get("/admin/news/article/").content.decode()
    assert "(không có)</a>" in html  # the filter's choice for "no category"


# --- one save per button press ----------------------------------------------------------------------


@pytest.fixture
def article_writes():
    """Counts what one request does to articles: post_save signals and SQL writes."""
    from django.db import connection
    from django.db.models.signals import post_save
    from django.test.utils import CaptureQueriesContext

    class Writes:
        saves = 0

        def sql(self, verb):
            """Statements ``verb`` ("INSERT", "UPDATE") on the article table itself."""
            table = 'INTO "news_article"' if verb == "INSERT" else '"news_article"'
            return [
                q["sql"]
                for q in self.queries.captured_queries
                if q["sql"].startswith(f"{verb} {table} ")
            ]

        def __enter__(self):
            self.saves = 0
            self.queries = CaptureQueriesContext(connection)
            self.queries.__enter__()
            return self

        def __exit__(self, *exc):
            self.queries.__exit__(*exc)

    writes = Writes()

    def counted(sender, **kwargs):
        writes.saves += 1

    post_save.connect(counted, sender=Article, dispatch_uid="test-article-writes", weak=False)
    try:
        yield writes
    finally:
        post_save.disconnect(sender=Article, dispatch_uid="test-article-writes")


def press(client, article, article_writes, **overrides):
    """Open the change form, then post it back counting only the POST's writes."""
    page = client.get(url("change", article.pk))
    data = data_from_form(page, **overrides)
    versions = Version.objects.get_for_object(article).count()
    with article_writes:
        response = client.post(url("change", article.pk), data)
    return response, Version.objects.get_for_object(article).count() - versions


def test_publish_button_saves_the_article_once(client, editor, article_writes):
    article = make_article("Chờ đăng", status=S.PENDING, author=make_user("writer"))
    login(client, editor)
    response, new_versions = press(
        client, article, article_writes, title="Chờ đăng (đã sửa)", _publish="1"
    )
    assert response.status_code == 302
    assert "Đã đăng bài viết." in messages_of(response)
    article.refresh_from_db()
    assert (article.status, article.title) == (S.PUBLISHED, "Chờ đăng (đã sửa)")
    assert article.is_live
    assert article_writes.saves == 1
    assert len(article_writes.sql("UPDATE")) == 1
    assert new_versions == 1
    version = Version.objects.get_for_object(article).first()
    assert version.field_dict["status"] == S.PUBLISHED
    assert version.field_dict["version"] == article.version
    assert version.revision.user == editor


def test_schedule_from_the_form_saves_the_article_once(client, editor, article_writes):
    article = make_article(status=S.PENDING)
    login(client, editor)
    when = timezone.localtime() + timedelta(days=2)
    response, new_versions = press(
        client,
        article,
        article_writes,
        publish_at_0=when.strftime("%d/%m/%Y"),
        publish_at_1="08:00:00",
        _publish="1",
    )
    assert response.status_code == 302
    assert any(m.startswith("Đã lên lịch: bài tự hiện lúc") for m in messages_of(response))
    article.refresh_from_db()
    assert article.is_scheduled
    assert (article_writes.saves, len(article_writes.sql("UPDATE")), new_versions) == (1, 1, 1)


def test_publish_button_on_a_new_article_inserts_it_once(client, editor, article_writes):
    login(client, editor)
    page = client.get(url("add"))
    data = data_from_form(page, title="Đăng ngay khi tạo", body="<p>Tin</p>", _publish="1")
    with article_writes:
        response = client.post(url("add"), data)
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.status, article.author) == (S.PUBLISHED, editor)
    assert article.is_live
    assert article_writes.saves == 1
    assert len(article_writes.sql("INSERT")) == 1
    assert article_writes.sql("UPDATE") == []
    assert Version.objects.get_for_object(article).count() == 1


def test_other_buttons_save_the_article_once(client, writer, editor, article_writes):
    article = make_article(author=writer, status=S.DRAFT)
    login(client, writer)
    response, new_versions = press(client, article, article_writes, _submit_review="1")
    assert "Đã gửi duyệt bài viết." in messages_of(response)
    assert Article.objects.get(pk=article.pk).status == S.PENDING
    assert (article_writes.saves, new_versions) == (1, 1)

    published = make_article(status=S.PUBLISHED)
    login(client, editor)
    response, new_versions = press(client, published, article_writes, _withdraw="1")
    assert "Đã gỡ bài viết khỏi cổng." in messages_of(response)
    assert Article.objects.get(pk=published.pk).status == S.WITHDRAWN
    assert (article_writes.saves, new_versions) == (1, 1)


def test_refused_transition_still_saves_the_edits_once(client, editor, article_writes):
    article = make_article("Bản nháp", author=make_user("writer"), status=S.DRAFT)
    login(client, editor)
    response, new_versions = press(
        client, article, article_writes, title="Bản nháp (sửa)", _withdraw="1"
    )
    assert response.status_code == 302
    assert "Chỉ gỡ được bài đã đăng hoặc đã lên lịch." in messages_of(response)
    article.refresh_from_db()
    assert (article.status, article.title) == (S.DRAFT, "Bản nháp (sửa)")
    assert (article_writes.saves, new_versions) == (1, 1)


# --- actions other apps contribute (news never imports them) ----------------------------------------


def test_conference_drafting_action_is_contributed_to_clerks_only(rf):
    """events plugs "Lập hồ sơ hội nghị từ bài viết" into this admin; news never names events."""
    from django.contrib import admin as django_admin
    from django.contrib.auth.models import Group

    article_admin = django_admin.site._registry[Article]
    clerk = make_user("editor")  # and conference clerk
    clerk.groups.add(Group.objects.get(name="Thư ký hội nghị"))

    def actions_for(user, **params):
        request = rf.get(reverse(CHANGELIST), params)
        request.user = user
        return article_admin.get_actions(request)

    for allowed in (make_user("admin"), clerk):
        offered = actions_for(allowed)
        func, name, description = offered["draft_conference_from_article"]
        assert func.__module__ == "events.admin"
        assert str(description) == "Lập hồ sơ hội nghị từ bài viết"
        assert list(offered)[-1] == name  # after the article admin's own actions
    assert "draft_conference_from_article" not in actions_for(make_user("editor"))
    assert actions_for(clerk, _popup="1") == {}


def test_clerk_runs_the_contributed_action_from_the_changelist(client):
    from django.contrib.auth.models import Group

    article = make_article(status=S.DRAFT)
    clerk = make_user("editor")
    clerk.groups.add(Group.objects.get(name="Thư ký hội nghị"))
    login(client, clerk)
    assert "Lập hồ sơ hội nghị từ bài viết" in client.get(reverse(CHANGELIST)).content.decode()
    response = client.post(
        reverse(CHANGELIST),
        {"action": "draft_conference_from_article", "_selected_action": [article.pk]},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "admin:events_conference_draft_from_article", args=[article.pk]
    )


def test_news_does_not_import_events():
    import re
    from pathlib import Path

    import news

    importing = re.compile(r"^\s*(from\s+events[\s.]|import\s+events\b)", re.MULTILINE)
    root = Path(news.__file__).parent
    offenders = [
        str(path.relative_to(root.parent))
        for path in sorted(root.rglob("*.py"))
        if importing.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
