"""Edges of the status changes (news/services.py) that mutation testing found untested:
"publish now" on withdrawn and past-dated articles, the ``publish_at == now`` boundaries,
refusals that change nothing, and the transaction each change runs in.

``make mutate MODULE=news/services.py`` runs this file with tests/news/test_services.py.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone
from reversion.models import Version

from news import services
from news.models import Article, ArticleNote, Notification
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
S = Article.Status
NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội


@pytest.fixture
def editor():
    return make_user("editor")


@pytest.fixture
def writer():
    return make_user("writer")


def reload(article):
    return Article.objects.get(pk=article.pk)


def versions(article) -> int:
    return Version.objects.get_for_object(article).count()


def last_revision(article):
    return Version.objects.get_for_object(article).first().revision


# --- "publish now" ----------------------------------------------------------------------------


def test_publish_now_brings_a_withdrawn_article_back_with_its_date(editor):
    original = timezone.now() - timedelta(days=30)
    article = make_article(status=S.WITHDRAWN, publish_at=original)
    before = versions(article)
    services.article_publish(article=article, by=editor)
    article = reload(article)
    assert article.status == S.PUBLISHED
    assert article.publish_at == original
    assert article in Article.objects.published()
    assert versions(article) == before + 1
    assert last_revision(article).user == editor


def test_publish_now_puts_a_past_dated_draft_online_with_its_date(editor):
    # An imported or back-dated draft: publishing keeps the date it was written for.
    original = timezone.now() - timedelta(days=3)
    article = make_article(status=S.DRAFT, publish_at=original)
    services.article_publish(article=article, by=editor)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.publish_at == original
    assert article in Article.objects.published()


@time_machine.travel(NOW, tick=False)
def test_publish_now_dates_an_undated_pending_article_now(editor):
    article = make_article(status=S.PENDING)
    assert article.publish_at is None
    services.article_publish(article=article, by=editor)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.publish_at == NOW
    assert article in Article.objects.published()


@time_machine.travel(NOW, tick=False)
def test_publish_now_brings_a_future_draft_date_to_now(editor):
    article = make_article(status=S.DRAFT, publish_at=NOW + timedelta(days=5))
    services.article_publish(article=article, by=editor)
    assert reload(article).publish_at == NOW


@time_machine.travel(NOW, tick=False)
def test_publish_now_on_a_live_article_changes_nothing(editor):
    article = make_article(status=S.PUBLISHED, publish_at=NOW - timedelta(hours=1))
    before = versions(article)
    returned = services.article_publish(article=article, by=editor)
    assert returned.pk == article.pk and returned.status == S.PUBLISHED
    assert versions(article) == before  # no revision "Đăng bài" for nothing
    assert reload(article).publish_at == NOW - timedelta(hours=1)


@time_machine.travel(NOW, tick=False)
def test_publish_now_on_an_article_going_live_this_instant_changes_nothing(editor):
    article = make_article(status=S.PUBLISHED, publish_at=NOW)
    before = versions(article)
    services.article_publish(article=article, by=editor)
    assert versions(article) == before
    assert reload(article).publish_at == NOW


@time_machine.travel(NOW, tick=False)
def test_publish_now_of_a_scheduled_article_brings_it_to_now(editor):
    article = make_article(status=S.PUBLISHED, publish_at=NOW + timedelta(seconds=1))
    services.article_publish(article=article, by=editor)
    article = reload(article)
    assert article.publish_at == NOW and article in Article.objects.published()


@pytest.mark.parametrize("by", ["writer", "staff", ""])
def test_only_editors_publish_now(by):
    article = make_article(status=S.PENDING)
    with pytest.raises(PermissionDenied):
        services.article_publish(article=article, by=make_user(by))
    assert reload(article).status == S.PENDING


def test_publish_now_refuses_anonymous_and_nobody():
    from django.contrib.auth.models import AnonymousUser

    article = make_article(status=S.PENDING)
    for by in (None, AnonymousUser()):
        with pytest.raises(PermissionDenied):
            services.article_publish(article=article, by=by)
    assert reload(article).status == S.PENDING


# --- scheduling ------------------------------------------------------------------------------


@time_machine.travel(NOW, tick=False)
def test_scheduling_for_this_very_instant_is_refused(editor):
    article = make_article(status=S.PENDING)
    with pytest.raises(ValidationError):
        services.article_schedule(article=article, by=editor, publish_at=NOW)
    assert reload(article).status == S.PENDING


@time_machine.travel(NOW, tick=False)
def test_scheduling_one_second_ahead_is_accepted(editor):
    article = make_article(status=S.DRAFT)
    services.article_schedule(article=article, by=editor, publish_at=NOW + timedelta(seconds=1))
    article = reload(article)
    assert article.status == S.PUBLISHED and article.publish_at == NOW + timedelta(seconds=1)
    assert article in Article.objects.scheduled()
    assert last_revision(article).get_comment() == "Lên lịch đăng"


def test_scheduling_without_a_time_is_refused(editor):
    article = make_article(status=S.PENDING)
    with pytest.raises(ValidationError):
        services.article_schedule(article=article, by=editor, publish_at=None)


def test_a_withdrawn_article_can_be_rescheduled(editor):
    article = make_article(status=S.WITHDRAWN, publish_at=timezone.now() - timedelta(days=1))
    when = timezone.now() + timedelta(days=1)
    services.article_schedule(article=article, by=editor, publish_at=when)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.publish_at == when
    assert article not in Article.objects.published()


def test_a_writer_cannot_schedule(writer):
    article = make_article(author=writer, status=S.PENDING)
    with pytest.raises(PermissionDenied):
        services.article_schedule(
            article=article, by=writer, publish_at=timezone.now() + timedelta(days=1)
        )
    assert reload(article).status == S.PENDING and reload(article).publish_at is None


# --- withdraw, submit, return to draft -------------------------------------------------------


@pytest.mark.parametrize("status", [S.DRAFT, S.PENDING, S.WITHDRAWN])
def test_only_published_articles_can_be_withdrawn(editor, status):
    article = make_article(status=status, featured=True)
    with pytest.raises(ValidationError):
        services.article_withdraw(article=article, by=editor)
    article = reload(article)
    assert article.status == status and article.featured


def test_withdrawing_a_scheduled_article(editor):
    article = make_article(status=S.PUBLISHED, publish_at=timezone.now() + timedelta(days=1))
    services.article_withdraw(article=article, by=editor)
    assert reload(article).status == S.WITHDRAWN
    assert last_revision(article).get_comment() == "Gỡ bài"


def test_a_writer_cannot_withdraw(writer):
    article = make_article(author=writer, status=S.PUBLISHED, featured=True)
    with pytest.raises(PermissionDenied):
        services.article_withdraw(article=article, by=writer)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.featured


def test_an_editor_submits_someone_elses_draft(editor):
    article = make_article(author=make_user("writer"), status=S.DRAFT)
    services.article_submit(article=article, by=editor)
    assert reload(article).status == S.PENDING
    assert last_revision(article).user == editor


@pytest.mark.parametrize("status", [S.DRAFT, S.PUBLISHED, S.WITHDRAWN])
def test_only_pending_articles_go_back_to_draft(editor, status):
    article = make_article(status=status)
    with pytest.raises(ValidationError):
        services.article_return_to_draft(article=article, by=editor)
    assert reload(article).status == status


def test_return_to_draft_is_refused_to_an_author_without_the_right_to_change(writer):
    # Staff who wrote the article but may no longer change articles (left the writers' group)
    author = make_user("staff")
    article = make_article(author=author, status=S.PENDING)
    with pytest.raises(PermissionDenied):
        services.article_return_to_draft(article=article, by=author)
    assert reload(article).status == S.PENDING


@pytest.mark.parametrize("by", [None, "anonymous", "reader", "writer"])
def test_return_to_draft_is_refused_to_others(writer, by):
    from django.contrib.auth.models import AnonymousUser

    article = make_article(author=writer, status=S.PENDING)
    user = (
        {None: None, "anonymous": AnonymousUser()}.get(by)
        if by in (None, "anonymous")
        else (make_user(by if by != "reader" else ""))
    )
    with pytest.raises(PermissionDenied):
        services.article_return_to_draft(article=article, by=user)
    assert reload(article).status == S.PENDING


def test_an_article_without_author_goes_back_to_draft_by_an_editor_only(editor):
    article = make_article(status=S.PENDING)  # imported: no author
    with pytest.raises(PermissionDenied):
        services.article_return_to_draft(article=article, by=make_user("writer"))
    services.article_return_to_draft(article=article, by=editor, reason="Thiếu ảnh")
    assert reload(article).status == S.DRAFT
    assert last_revision(article).get_comment() == "Trả lại bản nháp"


def test_a_transition_acts_on_the_article_as_stored(editor):
    # The caller's copy is stale (still pending); the row was published meanwhile.
    article = make_article(status=S.PENDING)
    Article.objects.filter(pk=article.pk).update(status=S.WITHDRAWN)
    with pytest.raises(ValidationError):
        services.article_return_to_draft(article=article, by=editor)
    assert reload(article).status == S.WITHDRAWN


# --- revisions -------------------------------------------------------------------------------


def test_a_transition_by_nobody_records_a_revision_without_user(editor):
    article = make_article(status=S.DRAFT, author=editor)
    services.article_save(article=article, by=None)
    assert last_revision(article).user is None


def test_article_save_applies_the_transition_and_names_it(editor):
    article = make_article(status=S.PENDING)
    article.title = "Tiêu đề mới"
    refusal = services.article_save(article=article, by=editor, transition="publish")
    assert refusal is None
    article = reload(article)
    assert article.title == "Tiêu đề mới" and article.status == S.PUBLISHED
    assert last_revision(article).get_comment() == "Đăng bài"
    assert last_revision(article).user == editor


def test_article_save_keeps_the_edits_when_the_transition_is_refused(writer):
    article = make_article(author=writer, status=S.PENDING)
    article.title = "Sửa khi chờ duyệt"
    refusal = services.article_save(article=article, by=writer, transition="publish")
    assert isinstance(refusal, PermissionDenied)
    article = reload(article)
    assert article.title == "Sửa khi chờ duyệt" and article.status == S.PENDING
    assert last_revision(article).get_comment() == ""


def test_article_save_rule_sees_the_stored_status(editor):
    # The form's copy says draft, the row says withdrawn: "return to draft" is refused.
    article = make_article(status=S.PENDING)
    Article.objects.filter(pk=article.pk).update(status=S.WITHDRAWN)
    article.status = S.PENDING
    refusal = services.article_save(article=article, by=editor, transition="return_to_draft")
    assert isinstance(refusal, ValidationError)
    assert reload(article).status == S.WITHDRAWN


def test_article_save_without_transition_keeps_the_status_given(editor):
    article = make_article(status=S.PENDING)
    article.status = S.DRAFT  # the admin form of an editor may set it directly
    services.article_save(article=article, by=editor)
    assert reload(article).status == S.DRAFT


def test_article_save_refuses_a_stale_edit_and_writes_nothing(editor):
    article = make_article(status=S.DRAFT)
    started_from = reload(article).version
    Article.objects.filter(pk=article.pk).update(version=started_from + 1)  # someone saved
    before = versions(article)
    article.title = "Bản cũ"
    with pytest.raises(ValidationError) as refused:
        services.article_save(article=article, by=editor, based_on_version=started_from)
    assert refused.value.code == "stale"
    assert reload(article).title != "Bản cũ"
    assert versions(article) == before


def test_article_save_with_the_current_version_saves(editor):
    article = make_article(status=S.DRAFT)
    article.title = "Bản mới"
    services.article_save(article=article, by=editor, based_on_version=reload(article).version)
    assert reload(article).title == "Bản mới"


def test_article_save_inserts_a_new_article_with_its_transition(editor):
    article = Article(title="Bài mới", sapo="Tóm tắt.", body="<p>Nội dung.</p>", status=S.DRAFT)
    services.article_save(article=article, by=editor, transition="publish")
    article = reload(article)
    assert article.status == S.PUBLISHED and article.is_live


# --- deleting --------------------------------------------------------------------------------


def test_articles_delete_records_who_deleted(editor):
    article = make_article()
    pk = article.pk
    assert services.articles_delete(articles=Article.objects.filter(pk=pk), by=editor) == 1
    assert not Article.objects.filter(pk=pk).exists()
    revision = Version.objects.get_deleted(Article).get(object_id=str(pk)).revision
    assert revision.user == editor


def test_articles_delete_by_nobody_records_no_user():
    from django.contrib.auth.models import AnonymousUser

    first, second = make_article(), make_article()
    services.articles_delete(articles=[first], by=None)
    services.articles_delete(articles=[second], by=AnonymousUser())
    for pk in (first.pk, second.pk):
        assert Version.objects.get_deleted(Article).get(object_id=str(pk)).revision.user is None


def test_a_failed_delete_leaves_nothing_written(editor, monkeypatch):
    """The deletion's revision and the deletion are one transaction: if the delete fails, no
    "Xóa bài" revision lists an article that is still there."""
    article = make_article()
    before, version = versions(article), reload(article).version

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("django.db.models.query.QuerySet.delete", fail)
    with pytest.raises(RuntimeError):
        services.articles_delete(articles=[article], by=editor)
    monkeypatch.undo()
    assert versions(article) == before
    assert reload(article).version == version


# --- one transaction per change -------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    ("status", "call"),
    [
        (S.DRAFT, lambda a, u: services.article_submit(article=a, by=u)),
        (S.PENDING, lambda a, u: services.article_return_to_draft(article=a, by=u)),
        (S.PENDING, lambda a, u: services.article_publish(article=a, by=u)),
        (
            S.PENDING,
            lambda a, u: services.article_schedule(
                article=a, by=u, publish_at=timezone.now() + timedelta(days=1)
            ),
        ),
        (S.PUBLISHED, lambda a, u: services.article_withdraw(article=a, by=u)),
        (S.PENDING, lambda a, u: services.article_save(article=a, by=u, transition="publish")),
        (S.PUBLISHED, lambda a, u: services.articles_delete(articles=[a], by=u)),
    ],
)
def test_the_check_and_the_write_are_one_transaction(status, call):
    """Every query a change makes, from reading (and locking) the row to the write, runs in one
    transaction: on PostgreSQL the row lock lasts only that long, so two editors cannot both
    pass the check and both write (and without it ``select_for_update`` is an error there)."""
    editor = make_user("admin")  # no groups: a transactional test's flush removed them
    article = make_article(status=status, author=editor)
    outside = []

    def watch(execute, sql, params, many, context):
        if not connection.in_atomic_block and sql != "BEGIN":  # SQLite's opening BEGIN
            outside.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        call(article, editor)
    assert outside == []


# --- sending back with a reason, and who is told (notes and e-mails) ------------------------


@pytest.mark.parametrize("reason", ["", "   \n"])
def test_an_editor_must_say_why_an_article_goes_back(editor, writer, reason):
    article = make_article(author=writer, status=S.PENDING)
    with pytest.raises(ValidationError) as refused:
        services.article_return_to_draft(article=article, by=editor, reason=reason)
    assert refused.value.code == "reason"
    assert reload(article).status == S.PENDING
    assert not ArticleNote.objects.filter(article=article).exists()


def test_the_reason_is_kept_as_a_note_for_the_writer(editor, writer):
    article = make_article(author=writer, status=S.PENDING)
    services.article_return_to_draft(article=article, by=editor, reason="  Thiếu ảnh bìa.  ")
    note = ArticleNote.objects.get(article=article)
    assert (note.kind, note.author, note.text) == (
        ArticleNote.Kind.RETURNED,
        editor,
        "Thiếu ảnh bìa.",
    )
    assert reload(article).status == S.DRAFT


def test_a_writer_takes_their_own_article_back_without_a_reason_or_note(writer):
    article = make_article(author=writer, status=S.PENDING)
    services.article_return_to_draft(article=article, by=writer)
    assert reload(article).status == S.DRAFT
    assert not ArticleNote.objects.filter(article=article).exists()
    assert not Notification.objects.exists()  # nobody else to tell


def mailed():
    """(recipient, event) of the e-mails recorded, in order."""
    return [(n.recipient, n.event.split(":")[2]) for n in Notification.objects.order_by("pk")]


def test_submitting_tells_the_editors_but_not_the_one_who_submitted():
    first = make_user("editor", email="bt1@example.vn")
    second = make_user("editor", email="bt2@example.vn")
    writer = make_user("writer", email="pv@example.vn")
    article = make_article(author=writer, status=S.DRAFT)
    services.article_submit(article=article, by=first)
    assert mailed() == [(second, "submit")]
    row = Notification.objects.get()
    assert f"/admin/news/article/{article.pk}/change/" in row.body
    assert article.title in row.subject


def test_the_writer_is_told_when_an_editor_sends_back_publishes_or_schedules():
    editor = make_user("editor", email="bt@example.vn")
    writer = make_user("writer", email="pv@example.vn")
    returned = make_article(author=writer, status=S.PENDING)
    services.article_return_to_draft(article=returned, by=editor, reason="Thiếu nguồn.")
    published = make_article(author=writer, status=S.PENDING)
    services.article_publish(article=published, by=editor)
    scheduled = make_article(author=writer, status=S.PENDING)
    services.article_schedule(
        article=scheduled, by=editor, publish_at=timezone.now() + timedelta(days=1)
    )
    assert mailed() == [
        (writer, "return_to_draft"),
        (writer, "publish"),
        (writer, "schedule"),
    ]
    bodies = [n.body for n in Notification.objects.order_by("pk")]
    assert "Thiếu nguồn." in bodies[0]
    assert all(
        a.title in body for a, body in zip([returned, published, scheduled], bodies, strict=True)
    )


def test_nobody_is_told_of_a_withdrawal_or_of_an_article_without_writer():
    editor = make_user("editor", email="bt@example.vn")
    writer = make_user("writer", email="pv@example.vn")
    services.article_withdraw(article=make_article(author=writer), by=editor)
    services.article_publish(article=make_article(status=S.PENDING), by=editor)
    assert mailed() == []


def test_an_editor_publishing_their_own_article_mails_nobody():
    editor = make_user("editor", email="bt@example.vn")
    services.article_publish(article=make_article(author=editor, status=S.PENDING), by=editor)
    assert mailed() == []


def test_nothing_is_mailed_for_a_refused_or_empty_change(writer):
    editor = make_user("editor", email="bt@example.vn")
    live = make_article(author=make_user("writer", email="pv@example.vn"))
    services.article_publish(article=live, by=editor)  # already live: nothing happens
    with pytest.raises(PermissionDenied):
        services.article_publish(article=make_article(status=S.PENDING), by=writer)
    assert mailed() == []


@time_machine.travel(NOW, tick=False)
def test_what_each_mail_says(settings):
    """The e-mails are what the writer and editors read: who did what to which article, when
    (Hà Nội time, dd/mm/yyyy HH:mm), the reason of a sending-back, and the link to open it."""
    settings.PORTAL_URL = "https://mttq.example.vn"
    editor = make_user(
        "editor", "bientap", email="bt@example.vn", first_name="Lan", last_name="Trần"
    )
    other = make_user("editor", "bientap2", email="bt2@example.vn")
    writer = make_user("writer", "phongvien", email="pv@example.vn")
    first = make_article("Tin A", author=writer, status=S.DRAFT)
    services.article_submit(article=first, by=writer)
    services.article_return_to_draft(article=first, by=editor, reason=" Thiếu nguồn. ")
    services.article_publish(article=first, by=editor)
    second = make_article("Tin B", author=writer, status=S.PENDING)
    services.article_schedule(article=second, by=other, publish_at=NOW + timedelta(days=1))
    link_a = f"https://mttq.example.vn/admin/news/article/{first.pk}/change/"
    link_b = f"https://mttq.example.vn/admin/news/article/{second.pk}/change/"
    submitted = f"phongvien vừa gửi duyệt bài viết “Tin A”. Mở bài để duyệt: {link_a}\n"
    assert [
        (n.recipient.username, n.event, n.subject, n.body)
        for n in Notification.objects.order_by("pk")
    ] == [
        ("bientap", f"news.article:{first.pk}:submit:2", "Bài chờ duyệt: Tin A", submitted),
        ("bientap2", f"news.article:{first.pk}:submit:2", "Bài chờ duyệt: Tin A", submitted),
        (
            "phongvien",
            f"news.article:{first.pk}:return_to_draft:3",
            "Bài được trả lại bản nháp: Tin A",
            "Lan Trần đã trả lại bài viết “Tin A” về bản nháp với ghi chú: Thiếu nguồn.\n"
            f"Sửa bài rồi gửi duyệt lại: {link_a}\n",
        ),
        (
            "phongvien",
            f"news.article:{first.pk}:publish:4",
            "Bài đã đăng: Tin A",
            f"Bài viết “Tin A” đã được Lan Trần đăng lúc 02/03/2026 10:00. Xem bài: {link_a}\n",
        ),
        (
            "phongvien",
            f"news.article:{second.pk}:schedule:2",
            "Bài đã lên lịch đăng: Tin B",
            "Bài viết “Tin B” đã được bientap2 lên lịch đăng lúc 03/03/2026 10:00. "
            f"Xem bài: {link_b}\n",
        ),
    ]


@time_machine.travel(NOW, tick=False)
def test_submitting_records_when(writer):
    # The editors' to-do list orders pending articles by how long they have waited.
    article = make_article(author=writer, status=S.DRAFT)
    services.article_submit(article=article, by=writer)
    assert reload(article).submitted_at == NOW


def test_the_admin_form_cannot_send_back_without_a_reason(editor, writer):
    article = make_article(author=writer, status=S.PENDING)
    refusal = services.article_save(article=article, by=editor, transition="return_to_draft")
    assert isinstance(refusal, ValidationError) and refusal.code == "reason"
    assert reload(article).status == S.PENDING
