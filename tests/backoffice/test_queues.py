"""Each role's queues on the admin home: what appears and what must not (issue 24)."""

from datetime import timedelta

from django.utils import timezone

from committee.models import Letter
from core.sections import work_queues
from events.models import Conference
from news import services
from news.models import Article
from tests.factories.committee import make_letter
from tests.factories.events import make_conference, make_participation
from tests.factories.news import make_article

S = Article.Status


def queue(user, key):
    found = {q.key: q for q in work_queues(user)}
    return found.get(key)


def labels(user, key) -> list[str]:
    q = queue(user, key)
    return [item.label for item in q.items] if q else []


def test_editor_sees_pending_oldest_first_with_writer_and_wait(editor, writer, other_writer):
    first = make_article("Bài gửi trước", status=S.DRAFT, author=writer)
    second = make_article("Bài gửi sau", status=S.DRAFT, author=other_writer)
    services.article_submit(article=first, by=writer)
    Article.objects.filter(pk=first.pk).update(submitted_at=timezone.now() - timedelta(days=2))
    services.article_submit(article=second, by=other_writer)
    make_article("Bản nháp chưa gửi", status=S.DRAFT, author=writer)
    pending = queue(editor, "news-pending")
    assert pending.count == 2
    assert [i.label for i in pending.items] == ["Bài gửi trước", "Bài gửi sau"]
    assert "Lan Trần Thị" in pending.items[0].detail or "Trần Thị Lan" in pending.items[0].detail
    assert "chờ 2 ngày" in pending.items[0].detail
    assert "Bản nháp chưa gửi" not in labels(editor, "news-pending")


def test_editor_scheduled_recent_and_withdrawn(editor, writer):
    make_article("Đăng tuần sau", publish_at=timezone.now() + timedelta(days=3), author=writer)
    make_article("Đăng tháng sau", publish_at=timezone.now() + timedelta(days=40))
    make_article("Vừa đăng", ago=timedelta(hours=2))
    make_article("Đăng từ lâu", ago=timedelta(days=30))
    make_article("Đã gỡ", status=S.WITHDRAWN, publish_at=timezone.now() - timedelta(days=3))
    assert labels(editor, "news-scheduled") == ["Đăng tuần sau"]
    assert labels(editor, "news-recent") == ["Vừa đăng"]
    assert labels(editor, "news-withdrawn") == ["Đã gỡ"]


def test_writer_sees_only_own_articles_never_another_writers_drafts(writer, other_writer, editor):
    mine = make_article("Nháp của tôi", status=S.DRAFT, author=writer)
    make_article("Nháp của người khác", status=S.DRAFT, author=other_writer)
    theirs = make_article("Bài người khác chờ duyệt", status=S.DRAFT, author=other_writer)
    services.article_submit(article=theirs, by=other_writer)
    sent = make_article("Bài tôi gửi", status=S.DRAFT, author=writer)
    services.article_submit(article=sent, by=writer)
    make_article("Bài tôi đã đăng", author=writer)
    make_article("Bài người khác đã đăng", author=other_writer)

    everything = [item.label for q in work_queues(writer) for item in q.items]
    assert "Nháp của người khác" not in everything
    assert "Bài người khác chờ duyệt" not in everything
    assert "Bài người khác đã đăng" not in everything
    assert labels(writer, "news-drafts") == [mine.title]
    assert labels(writer, "news-waiting") == ["Bài tôi gửi"]
    assert labels(writer, "news-mine-published") == ["Bài tôi đã đăng"]
    # A writer has none of the desk's queues.
    assert queue(writer, "news-pending") is None


def test_writer_sees_the_article_sent_back_with_the_editors_note(writer, editor):
    article = make_article("Bài cần sửa", status=S.DRAFT, author=writer)
    services.article_submit(article=article, by=writer)
    services.article_return_to_draft(article=article, by=editor, reason="Thiếu ảnh toàn cảnh.")
    returned = queue(writer, "news-returned")
    assert [i.label for i in returned.items] == ["Bài cần sửa"]
    assert returned.items[0].note == "Thiếu ảnh toàn cảnh."
    assert labels(writer, "news-drafts") == []  # not twice
    services.article_submit(article=article, by=writer)
    assert labels(writer, "news-returned") == []
    assert labels(writer, "news-waiting") == ["Bài cần sửa"]


def test_clerk_queues_drafts_and_records_without_attendees(clerk, writer):
    make_conference("Hội nghị nháp", status=Conference.Status.DRAFT)
    done = make_conference("Hội nghị đủ đại biểu")
    make_participation(conference=done)
    make_conference("Hội nghị chưa có ai")
    assert labels(clerk, "events-drafts") == ["Hội nghị nháp"]
    assert set(labels(clerk, "events-no-attendees")) == {"Hội nghị nháp", "Hội nghị chưa có ai"}
    # Writers and letter handlers do not get the clerk's queues.
    assert queue(writer, "events-drafts") is None


def test_letter_handler_queues(handler, editor, settings):
    settings.COMMITTEE_LETTER_REPLY_DAYS = 10
    make_letter(subject="Thư mới")
    mine = make_letter(subject="Thư của tôi", status=Letter.Status.IN_PROGRESS, handler=handler)
    make_letter(subject="Thư người khác", status=Letter.Status.IN_PROGRESS, handler=editor)
    late = make_letter(subject="Thư quá hạn")
    Letter.objects.filter(pk=late.pk).update(created_at=timezone.now() - timedelta(days=11))
    answered = make_letter(subject="Thư đã trả lời cũ", status=Letter.Status.ANSWERED)
    Letter.objects.filter(pk=answered.pk).update(created_at=timezone.now() - timedelta(days=30))
    assert set(labels(handler, "letters-new")) == {"Thư mới", "Thư quá hạn"}
    assert labels(handler, "letters-mine") == [mine.subject]
    assert labels(handler, "letters-late") == ["Thư quá hạn"]
    assert queue(editor, "letters-new") is None  # editors do not handle letters


def test_nobody_without_staff_gets_queues(db):
    from tests.factories.users import make_user

    assert work_queues(make_user("")) == []
    assert work_queues(make_user("official")) == []
