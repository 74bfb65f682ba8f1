"""Imported captions without their photo (issue 20, item 21): editors see each waiting in the
admin; readers see it only once a photo is attached."""

import pytest
from django.urls import reverse

from core.html import PENDING_PHOTO_SRC
from news.importing import article_import, parse_export
from news.models import Article
from tests.factories.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db

EXPORT = """Phường Dịch Vọng tổ chức Ngày hội Đại đoàn kết

12/11/2023 - 10:20 AM
Sáng ngày 12/11/2023, khu dân cư số 3 tổ chức Ngày hội Đại đoàn kết toàn dân tộc.
Năm 2023, khu dân cư có 96% hộ gia đình đạt danh hiệu Gia đình văn hóa.
Toàn cảnh ngày hội
Dịp này, Ban Công tác Mặt trận khu dân cư tặng quà cho 10 hộ có hoàn cảnh khó khăn.
   Phường Dịch Vọng
"""


@pytest.fixture
def article():
    result = article_import(parsed=parse_export(EXPORT), status=Article.Status.PUBLISHED)
    return result.article


def test_readers_do_not_see_a_caption_waiting_for_its_photo(client, site_settings, article):
    page = client.get(article.get_absolute_url()).content.decode()
    assert "96% hộ gia đình" in page and "tặng quà cho 10 hộ" in page
    assert "Toàn cảnh ngày hội" not in page
    assert "chua-co-anh" not in page


def test_readers_see_the_caption_once_a_photo_is_attached(client, site_settings, article):
    article.body = article.body.replace(PENDING_PHOTO_SRC, "/media/news/uploads/ngay-hoi.jpg")
    article.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<figcaption>Toàn cảnh ngày hội</figcaption>" in page
    assert "/media/news/uploads/ngay-hoi.jpg" in page


def test_the_editor_is_told_which_captions_wait_for_a_photo(client, article):
    editor = make_user("editor")
    assert client.login(username=editor.username, password=PASSWORD)
    page = client.get(reverse("admin:news_article_change", args=[article.pk]))
    html = page.content.decode()
    assert 'id="pending-photos"' in html
    assert "Bài có 1 chú thích đang chờ ảnh" in html
    assert '<span class="pending-photo-caption">“Toàn cảnh ngày hội”</span>' in html
    # The editor's field holds the caption under the stand-in picture, ready for a photo.
    assert "Toàn cảnh ngày hội&lt;/figcaption&gt;" in html
    assert PENDING_PHOTO_SRC in html


def test_no_warning_once_every_caption_has_its_photo(client, article):
    article.body = article.body.replace(PENDING_PHOTO_SRC, "/media/news/uploads/ngay-hoi.jpg")
    article.save()
    editor = make_user("editor")
    assert client.login(username=editor.username, password=PASSWORD)
    page = client.get(reverse("admin:news_article_change", args=[article.pk]))
    assert 'id="pending-photos"' not in page.content.decode()


def test_reimporting_an_old_import_turns_its_italic_captions_into_waiting_ones(article):
    Article.objects.filter(pk=article.pk).update(
        body=article.body.split("<figure")[0] + "<p><em>Toàn cảnh ngày hội</em></p>"
    )
    article_import(parsed=parse_export(EXPORT))
    article.refresh_from_db()
    assert "<em>" not in article.body
    assert "<figcaption>Toàn cảnh ngày hội</figcaption>" in article.body
