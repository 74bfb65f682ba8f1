"""Two editors pressing "save" on one article at the same moment (issue 20, item 2).

Each editor is a thread with its own database connection, as two gunicorn workers would be.
Both open the form at the same version, then post at once; ``save_model`` is slowed down so
that, without a lock, both pass the stale-edit check before either writes (the lost edit the
outside testing saw 8 times in 8). With the row locked for the check, the second save waits
for the first and gets the stale-edit message; nothing of the first is overwritten.
"""

import os
import threading
import time

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.urls import reverse

from news import services
from news.admin import ArticleAdmin
from news.models import Article
from tests.conftest import is_postgres

postgres_only = pytest.mark.skipif(
    not is_postgres(),
    reason="cần PostgreSQL: SQLite ghi tuần tự cả cơ sở dữ liệu, không có hai lần lưu song song",
)

PASSWORD = "mat-khau-thu-nghiem-du-dai"
ROUNDS = int(os.environ.get("CONCURRENT_SAVE_ROUNDS", "3"))


def form_data(response, **overrides):
    """What a browser posts back from the admin form in ``response``, with ``overrides``."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.SplitDateTimeField):
            date, time_ = field.widget.decompress(value)
            data[f"{name}_0"] = date.strftime("%d/%m/%Y") if date else ""
            data[f"{name}_1"] = time_.strftime("%H:%M:%S") if time_ else ""
        elif isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif isinstance(field, forms.FileField):
            continue
        elif isinstance(field, forms.ModelMultipleChoiceField):
            data[name] = [str(v) for v in value or []]
        else:
            data[name] = "" if value is None else value
    data.update(overrides)
    return data


@pytest.fixture
def slow_save(monkeypatch):
    """Hold every admin save 0.3 s between the form's checks and the write."""
    original = ArticleAdmin.save_model

    def save_model(self, request, obj, form, change):
        time.sleep(0.3)
        return original(self, request, obj, form, change)

    monkeypatch.setattr(ArticleAdmin, "save_model", save_model)


def editor_client(username: str) -> Client:
    get_user_model().objects.create_superuser(username, f"{username}@example.vn", PASSWORD)
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def save_at_once(clients_and_data, url):
    """POST each (client, data) from its own thread, all released together."""
    barrier = threading.Barrier(len(clients_and_data))
    results = [None] * len(clients_and_data)

    def run(index, client, data):
        try:
            barrier.wait(timeout=10)
            results[index] = client.post(url, data)
        finally:
            connection.close()  # this thread's own connection

    threads = [
        threading.Thread(target=run, args=(index, client, data))
        for index, (client, data) in enumerate(clients_and_data)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


@pytest.mark.postgres
@postgres_only
def test_two_simultaneous_saves_never_lose_an_edit(transactional_db, slow_save):
    lan, minh = editor_client("lan"), editor_client("minh")
    for round_ in range(ROUNDS):
        article = Article.objects.create(
            title=f"Bài gốc {round_}", body="<p>Nội dung gốc</p>", status=Article.Status.PENDING
        )
        url = reverse("admin:news_article_change", args=[article.pk])
        lan_data = form_data(lan.get(url), title=f"Tiêu đề của Lan {round_}")
        minh_data = form_data(minh.get(url), title=f"Tiêu đề của Minh {round_}")

        responses = save_at_once([(lan, lan_data), (minh, minh_data)], url)

        codes = sorted(response.status_code for response in responses)
        assert codes == [200, 302], f"round {round_}: both saves went through, one edit lost"
        saved_title = (lan_data if responses[0].status_code == 302 else minh_data)["title"]
        refused = next(r for r in responses if r.status_code == 200).content.decode()
        assert "CHƯA được lưu" in refused
        article.refresh_from_db()
        assert article.title == saved_title


def test_a_save_based_on_an_old_version_writes_nothing(db):
    editor = get_user_model().objects.create_superuser("lan", "lan@example.vn", PASSWORD)
    article = Article.objects.create(title="Bài gốc", body="<p>Gốc</p>")
    opened_at = article.version
    Article.objects.get(pk=article.pk).save()  # somebody else saves meanwhile
    stale = Article.objects.get(pk=article.pk)
    stale.title = "Sửa từ bản cũ"
    with pytest.raises(ValidationError) as refusal:
        services.article_save(article=stale, by=editor, based_on_version=opened_at)
    assert refusal.value.code == "stale"
    assert Article.objects.get(pk=article.pk).title == "Bài gốc"
