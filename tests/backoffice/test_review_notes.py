"""Sending an article back needs a reason, kept on the article (issue 24); notes between writer
and editor, shown on the form, the history and the admin home, to those who may open it."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from news import services
from news.forms import edit_token
from news.models import Article, ArticleNote
from tests.factories.news import make_article

S = Article.Status


@pytest.fixture
def pending(writer):
    article = make_article("Bài chờ duyệt", status=S.DRAFT, author=writer)
    return services.article_submit(article=article, by=writer)


def test_editor_must_give_a_reason_and_it_is_kept_with_who_and_when(pending, editor):
    with pytest.raises(ValidationError):
        services.article_return_to_draft(article=pending, by=editor, reason="   ")
    assert Article.objects.get(pk=pending.pk).status == S.PENDING
    services.article_return_to_draft(article=pending, by=editor, reason="Thiếu ảnh toàn cảnh.")
    note = ArticleNote.objects.get()
    assert (note.kind, note.text, note.author) == ("returned", "Thiếu ảnh toàn cảnh.", editor)
    assert Article.objects.get(pk=pending.pk).status == S.DRAFT


def test_another_writer_still_cannot_send_it_back(pending, other_writer):
    with pytest.raises(PermissionDenied):
        services.article_return_to_draft(article=pending, by=other_writer, reason="Không.")


def change_post(article, **extra):
    data = {
        "title": article.title,
        "slug": article.slug,
        "sapo": article.sapo,
        "body": article.body,
        "cover_alt": "",
        "cover_caption": "",
        "byline": "",
        "edit_token": edit_token(article),
        "publish_at_0": "",
        "publish_at_1": "",
    }
    data.update(extra)
    return data


def test_change_form_refuses_sending_back_without_reason(client, pending, editor):
    client.force_login(editor)
    url = f"/admin/news/article/{pending.pk}/change/"
    response = client.post(url, change_post(pending, _return_draft="1"))
    assert response.status_code == 200
    assert "Vui lòng ghi lý do trả lại" in response.content.decode()
    assert Article.objects.get(pk=pending.pk).status == S.PENDING
    response = client.post(
        url, change_post(pending, _return_draft="1", return_reason="Sửa sapo cho ngắn.")
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=pending.pk).status == S.DRAFT
    assert ArticleNote.objects.get().text == "Sửa sapo cho ngắn."
    # The writer reads it on the form and on the history.
    page = client.get(url).content.decode()
    assert "Sửa sapo cho ngắn." in page


def test_list_action_asks_for_the_reason(client, pending, editor):
    client.force_login(editor)
    data = {"action": "return_to_draft", "_selected_action": [pending.pk]}
    page = client.post("/admin/news/article/", data)
    assert page.status_code == 200 and 'name="reason"' in page.content.decode()
    client.post("/admin/news/article/", {**data, "apply": "1", "reason": ""})
    assert Article.objects.get(pk=pending.pk).status == S.PENDING
    client.post("/admin/news/article/", {**data, "apply": "1", "reason": "Trùng bài hôm qua."})
    assert Article.objects.get(pk=pending.pk).status == S.DRAFT
    assert ArticleNote.objects.get().text == "Trùng bài hôm qua."


def test_notes_thread_and_who_may_read_it(client, pending, writer, other_writer, editor):
    url = f"/ban-lam-viec/bai-viet/{pending.pk}/ghi-chu/"
    client.force_login(writer)
    client.post(url, {"text": "Em đã thêm ảnh, nhờ anh xem lại."})
    client.force_login(editor)
    client.post(url, {"text": "Được rồi."})
    assert list(ArticleNote.objects.values_list("text", flat=True)) == [
        "Em đã thêm ảnh, nhờ anh xem lại.",
        "Được rồi.",
    ]
    history = client.get(f"/admin/news/article/{pending.pk}/history/").content.decode()
    assert "Được rồi." in history  # beside the revisions
    # Another writer can neither add nor read them.
    client.force_login(other_writer)
    assert client.post(url, {"text": "Chen vào."}).status_code == 404
    assert ArticleNote.objects.count() == 2
    assert not ArticleNote.objects.visible_to(other_writer).exists()
    # An empty note changes nothing.
    client.force_login(writer)
    client.post(url, {"text": "  "})
    assert ArticleNote.objects.count() == 2
