"""Notifications (issue 24): sent after the commit, once per event, never blocking the save
when mail is down (retried by the command), never to whoever turned them off."""

from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction

from committee.models import Letter
from news import services
from news.models import Article, Notification, NotificationPreference
from tests.factories.committee import make_letter
from tests.factories.news import make_article

S = Article.Status


@pytest.fixture(autouse=True)
def portal_url(settings):
    settings.PORTAL_URL = "https://mttq.example.vn"


def submitted(writer, django_capture_on_commit_callbacks, title="Bài gửi duyệt"):
    article = make_article(title, status=S.DRAFT, author=writer)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, by=writer)
    return article


def test_submit_mails_editors_after_commit_with_absolute_link(
    writer, editor, django_capture_on_commit_callbacks
):
    article = make_article("Bài gửi duyệt", status=S.DRAFT, author=writer)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.article_submit(article=article, by=writer)
        assert mail.outbox == []  # nothing before the commit
    assert callbacks  # the page cache's and ours
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [["minh@example.vn"]]
    message = mail.outbox[0]
    assert message.subject == "Bài chờ duyệt: Bài gửi duyệt"
    link = f"https://mttq.example.vn/admin/news/article/{article.pk}/change/"
    assert link in message.body
    assert "Lan Trần Thị vừa gửi duyệt bài viết “Bài gửi duyệt”" in message.body
    assert Notification.objects.get().sent_at is not None


def test_rolled_back_change_sends_nothing(writer, editor, django_capture_on_commit_callbacks):
    article = make_article(status=S.DRAFT, author=writer)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                services.article_submit(article=article, by=writer)
                raise RuntimeError("later failure in the same transaction")
        except RuntimeError:
            pass
    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_one_event_mails_once(writer, editor, django_capture_on_commit_callbacks):
    article = submitted(writer, django_capture_on_commit_callbacks)
    event = Notification.objects.get().event
    from news.notifications import notify

    with django_capture_on_commit_callbacks(execute=True):
        again = notify(event=event, recipients=[editor], subject="x", body="y")
    assert again == []
    assert len(mail.outbox) == 1
    # A new submission after a sending-back is a new event.
    with django_capture_on_commit_callbacks(execute=True):
        services.article_return_to_draft(article=article, by=editor, reason="Sửa tiêu đề.")
        services.article_submit(article=article, by=writer)
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count("Bài chờ duyệt: Bài gửi duyệt") == 2


def test_sent_back_and_published_mail_the_writer(
    writer, editor, django_capture_on_commit_callbacks
):
    article = submitted(writer, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.article_return_to_draft(article=article, by=editor, reason="Thiếu ảnh.")
    assert [m.to for m in mail.outbox] == [["lan@example.vn"]]
    assert "Thiếu ảnh." in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, by=writer)
        services.article_publish(article=article, by=editor)
    published = [m for m in mail.outbox if m.subject.startswith("Bài đã đăng")]
    assert [m.to for m in published] == [["lan@example.vn"]]
    assert "đã được Minh Lê Văn đăng lúc" in published[0].body


def test_mail_down_keeps_the_save_logs_and_the_command_retries(
    writer, editor, django_capture_on_commit_callbacks, caplog
):
    article = make_article(status=S.DRAFT, author=writer)
    with (
        mock.patch("news.notifications.send_mail", side_effect=OSError("SMTP down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        services.article_submit(article=article, by=writer)
    article.refresh_from_db()
    assert article.status == S.PENDING  # the save stands
    row = Notification.objects.get()
    assert row.sent_at is None and row.attempts == 1 and "SMTP down" in row.last_error
    assert "Could not send notification" in caplog.text
    assert mail.outbox == []

    call_command("send_notifications", "--dry-run")
    assert mail.outbox == []
    call_command("send_notifications")
    assert [m.to for m in mail.outbox] == [["minh@example.vn"]]
    row.refresh_from_db()
    assert row.sent_at is not None
    call_command("send_notifications")
    assert len(mail.outbox) == 1  # not twice


def test_opted_out_person_gets_nothing(writer, editor, django_capture_on_commit_callbacks):
    NotificationPreference.objects.create(user=editor, email=False)
    submitted(writer, django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not Notification.objects.filter(recipient=editor).exists()


def test_the_writer_acting_alone_is_not_mailed(writer, django_capture_on_commit_callbacks):
    article = make_article(status=S.DRAFT, author=writer)
    with django_capture_on_commit_callbacks(execute=True):
        services.article_submit(article=article, by=writer)
        services.article_return_to_draft(article=article, by=writer)  # takes it back
    assert mail.outbox == []  # no editor has an address here; the writer is not told of own act


def test_letter_assigned_in_the_admin_mails_the_handler(
    client, handler, django_capture_on_commit_callbacks
):
    from tests.factories.users import make_user

    boss = make_user("admin", "truongban", email="truongban@example.vn")
    letter = make_letter()
    client.force_login(boss)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/committee/letter/{letter.pk}/change/",
            {"status": Letter.Status.NEW, "handler": handler.pk, "staff_note": ""},
        )
    assert response.status_code == 302
    assert [m.to for m in mail.outbox] == [["tung@example.vn"]]
    assert f"/admin/committee/letter/{letter.pk}/change/" in mail.outbox[0].body
    # Saving again with the same handler is not a new assignment.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/committee/letter/{letter.pk}/change/",
            {"status": Letter.Status.NEW, "handler": handler.pk, "staff_note": "Đang xem."},
        )
    assert len(mail.outbox) == 1
