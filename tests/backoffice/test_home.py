"""The admin home (templates/admin/index.html + backoffice): queues, changes since the last
visit, the notification switch; the staff guide pages."""

from datetime import timedelta

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType

from backoffice.models import StaffVisit
from news import services
from news.models import Article, NotificationPreference
from tests.factories.news import make_article

S = Article.Status


def test_editor_home_lists_the_pending_article(client, writer, editor):
    article = make_article("Bài chờ duyệt trên trang chủ", status=S.DRAFT, author=writer)
    services.article_submit(article=article, by=writer)
    client.force_login(editor)
    page = client.get("/admin/").content.decode()
    assert 'id="queue-news-pending"' in page
    assert "Bài chờ duyệt trên trang chủ" in page
    assert f"/admin/news/article/{article.pk}/change/" in page
    assert "/ban-lam-viec/huong-dan/" in page


def test_changes_since_last_visit_only_show_what_the_reader_may_open(
    client, writer, other_writer, editor
):
    mine = make_article("Bài của Lan", status=S.DRAFT, author=writer)
    theirs = make_article("Bài nháp của Hoa", status=S.DRAFT, author=other_writer)
    client.force_login(writer)
    client.get("/admin/")  # first visit
    visit = StaffVisit.objects.get(user=writer)
    StaffVisit.objects.filter(pk=visit.pk).update(seen_at=visit.seen_at - timedelta(hours=2))
    article_type = ContentType.objects.get_for_model(Article)
    for article in (mine, theirs):
        LogEntry.objects.create(
            user=editor,
            content_type=article_type,
            object_id=str(article.pk),
            object_repr=article.title,
            action_flag=CHANGE,
        )
    page = client.get("/admin/").content.decode()
    assert "Bài của Lan" in page
    assert "Bài nháp của Hoa" not in page


def test_notification_switch(client, editor):
    client.force_login(editor)
    assert "Tắt thư báo" in client.get("/admin/").content.decode()
    client.post("/ban-lam-viec/thu-bao/", {"email": "0"})
    assert NotificationPreference.objects.get(user=editor).email is False
    assert "Bật thư báo" in client.get("/admin/").content.decode()
    assert client.get("/ban-lam-viec/thu-bao/").status_code == 405


def test_guide_is_for_staff_only_and_escapes_its_text(client, writer, db):
    assert client.get("/ban-lam-viec/huong-dan/").status_code == 302  # to the sign-in
    client.force_login(writer)
    page = client.get("/ban-lam-viec/huong-dan/phong-vien/")
    assert page.status_code == 200
    assert "Phóng viên" in page.content.decode()
    assert client.get("/ban-lam-viec/huong-dan/khong-co/").status_code == 404
    assert client.get("/ban-lam-viec/huong-dan/anh/..%2Fsettings.png").status_code == 404
    from backoffice.guide import render

    assert "<script>" not in render("<script>alert(1)</script> **đậm**")


def test_scheduled_articles_on_a_timeline_by_day(client, editor, writer):
    import time_machine
    from django.utils import timezone

    from tests.factories.events import at

    with time_machine.travel(at(13, 6, 2025, 9), tick=False):  # a Friday
        make_article("Bài sáng Thứ Hai", publish_at=at(16, 6, 2025, 7, 30), author=writer)
        client.force_login(editor)
        page = client.get("/admin/").content.decode()
        assert timezone.now() < at(16, 6, 2025, 7, 30)
    assert "Thứ Hai 16/06/2025" in page
    assert "07:30" in page and "Bài sáng Thứ Hai" in page
