"""Every article has a history, whatever wrote it (issue 20, item 9): saves outside the admin
(shell, import, seed_demo), rows written without save() (data migrations, the bench
generator), deletions (who and when, in the recover list) and restores (a new number)."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from reversion.models import Version

from news.history import record_missing_revisions
from news.models import Article
from tests.factories.news import make_article
from tests.factories.users import make_user
from tests.news.test_admin import change, data_from_form, login, url

pytestmark = pytest.mark.django_db
S = Article.Status


@pytest.fixture
def editor():
    return make_user("editor", first_name="Hùng", last_name="Trần")


def history(article) -> list[Version]:
    return list(Version.objects.get_for_object(article))  # newest first


def test_a_save_from_the_shell_is_recorded(django_user_model):
    article = Article.objects.create(title="Viết từ shell", status=S.DRAFT, body="<p>Một</p>")
    article.title = "Sửa từ shell"
    article.save()
    versions = history(article)
    assert [v.field_dict["title"] for v in versions] == ["Sửa từ shell", "Viết từ shell"]
    assert versions[0].revision.get_comment() == "Lưu ngoài trang quản trị"


def test_rows_written_without_save_get_a_first_revision_after_migrate():
    Article.objects.bulk_create([Article(title="Bài từ data migration", slug="bai-dm")])
    article = Article.objects.get(slug="bai-dm")
    assert history(article) == []
    call_command("migrate", "news", verbosity=0)  # post_migrate, as after a data migration
    [version] = history(article)
    assert version.field_dict["title"] == "Bài từ data migration"
    assert record_missing_revisions() == 0  # once only


def test_seed_demo_articles_have_a_history(site_settings):
    call_command("seed_demo", verbosity=0)
    assert Article.objects.exists()
    assert all(history(article) for article in Article.objects.all())


def test_stale_edit_on_a_shell_written_article_says_what_changed(client, editor):
    article = make_article("Tiêu đề gốc", status=S.PENDING)
    login(client, editor)
    stale_page = client.get(url("change", article.pk))
    # Someone fixes the sapo from the shell meanwhile.
    article = Article.objects.get(pk=article.pk)
    article.sapo = "Tóm tắt sửa từ shell"
    article.save()
    response = client.post(
        url("change", article.pk), data_from_form(stale_page, title="Tiêu đề của tôi")
    )
    text = response.content.decode()
    assert "CHƯA được lưu" in text
    assert "Không xác định được mục nào đã đổi" not in text
    assert "tóm tắt" in text.lower()


def test_the_recover_list_shows_who_deleted_and_when(client, editor):
    writer = make_user("writer", first_name="Lan", last_name="Nguyễn")
    login(Client(), writer)
    article = make_article("Sẽ bị xóa", status=S.PENDING)
    login(client, editor)
    assert change(client, article, title="Sẽ bị xóa").status_code == 302
    # The last saver is the editor; another editor deletes it.
    other = make_user("editor", first_name="Minh", last_name="Lê")
    other_client = login(Client(), other)
    assert other_client.post(url("delete", article.pk), {"post": "yes"}).status_code == 302

    page = client.get(url("recoverlist")).content.decode()
    row = re.search(r"<tr>\s*<th scope=\"row\">.*?</tr>", page, re.S).group(0)
    assert "Sẽ bị xóa" in row
    assert "Minh" in row and "Hùng" not in row
    deletion = Version.objects.get_deleted(Article).get()
    assert deletion.revision.user == other
    assert deletion.revision.get_comment() == "Xóa bài"


def test_deleting_selected_articles_records_each(client, editor):
    articles = [make_article(f"Bài {i}") for i in range(3)]
    login(client, editor)
    response = client.post(
        reverse_changelist(),
        {"action": "delete_selected", "_selected_action": [a.pk for a in articles], "post": "yes"},
    )
    assert response.status_code == 302
    deleted = Version.objects.get_deleted(Article)
    assert deleted.count() == 3
    assert {v.revision.user for v in deleted} == {editor}


def reverse_changelist():
    from django.urls import reverse

    return reverse("admin:news_article_changelist")


def test_restoring_an_old_version_gets_a_new_number(client, editor):
    login(client, editor)
    add_page = client.get(url("add"))
    client.post(url("add"), data_from_form(add_page, title="Bản một", body="<p>Một</p>"))
    article = Article.objects.get()
    change(client, article, title="Bản hai")
    change(client, article, title="Bản ba")
    oldest = history(article)[-1]
    page = client.get(url("revision", article.pk, oldest.pk))
    assert (
        client.post(url("revision", article.pk, oldest.pk), data_from_form(page)).status_code == 302
    )
    numbers = [v.field_dict["version"] for v in history(article)]
    assert len(numbers) == len(set(numbers)) == 4
    assert numbers[0] == max(numbers)
    assert Article.objects.get().title == "Bản một"


def test_a_recovered_article_continues_its_numbers(client, editor):
    login(client, editor)
    add_page = client.get(url("add"))
    client.post(url("add"), data_from_form(add_page, title="Xóa rồi khôi phục"))
    article = Article.objects.get()
    change(client, article, title="Xóa rồi khôi phục")
    client.post(url("delete", article.pk), {"post": "yes"})
    deletion = Version.objects.get_deleted(Article).get()
    page = client.get(url("recover", deletion.pk))
    assert client.post(url("recover", deletion.pk), data_from_form(page)).status_code == 302
    numbers = [v.field_dict["version"] for v in history(Article.objects.get())]
    assert len(numbers) == len(set(numbers))
