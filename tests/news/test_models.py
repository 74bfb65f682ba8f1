"""Article, Category, Tag models: published(), visible_to(), NFC, slugs, sanitizing, renditions."""

import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from news.models import Article, Category, Tag
from tests.factories.files import image_bytes, jpeg_with_gps, upload
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
S = Article.Status


# --- published(): one test per branch -----------------------------------------------------


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize(
    ("status", "publish_at", "visible"),
    [
        (S.DRAFT, None, False),
        (S.DRAFT, NOW - timedelta(days=1), False),
        (S.PENDING, NOW - timedelta(days=1), False),
        (S.WITHDRAWN, NOW - timedelta(days=1), False),
        (S.PUBLISHED, NOW - timedelta(days=1), True),
        (S.PUBLISHED, NOW, True),  # the go-live instant itself
        (S.PUBLISHED, NOW + timedelta(microseconds=1), False),
        (S.PUBLISHED, NOW + timedelta(days=1), False),
    ],
)
def test_published_branches(status, publish_at, visible):
    article = make_article(status=status, publish_at=publish_at)
    assert (article in Article.objects.published()) is visible
    assert article.is_live is visible
    # unpublished() is exactly the rest (statistics leave its reads out).
    assert (article in Article.objects.unpublished()) is not visible


def test_scheduled_article_goes_live_at_its_time_without_any_job():
    with time_machine.travel(NOW, tick=False):
        article = make_article(status=S.PUBLISHED, publish_at=NOW + timedelta(hours=2))
        assert not Article.objects.published().exists()
        assert list(Article.objects.scheduled()) == [article]
    with time_machine.travel(NOW + timedelta(hours=2) - timedelta(seconds=1), tick=False):
        assert not Article.objects.published().exists()
    with time_machine.travel(NOW + timedelta(hours=2), tick=False):
        assert list(Article.objects.published()) == [article]
        assert not Article.objects.scheduled().exists()


def test_published_requires_publish_at_in_the_database():
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.create(title="Không có giờ đăng", status=S.PUBLISHED, publish_at=None)


def test_unknown_status_is_refused_by_the_database():
    article = make_article(status=S.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="live")


# --- visible_to --------------------------------------------------------------------------------


def test_visible_to_each_kind_of_user(django_user_model):
    writer, other_writer, editor = make_user("writer"), make_user("writer"), make_user("editor")
    live = make_article(status=S.PUBLISHED)
    own_draft = make_article(author=writer, status=S.DRAFT)
    other_draft = make_article(author=other_writer, status=S.DRAFT)
    scheduled = make_article(status=S.PUBLISHED, publish_at=timezone.now() + timedelta(days=1))
    public = django_user_model.objects.create_user("ban-doc", password="x" * 12)

    from django.contrib.auth.models import AnonymousUser

    assert set(Article.objects.visible_to(AnonymousUser())) == {live}
    assert set(Article.objects.visible_to(public)) == {live}
    assert set(Article.objects.visible_to(writer)) == {live, own_draft}
    assert set(Article.objects.visible_to(editor)) == {live, own_draft, other_draft, scheduled}
    assert set(Article.objects.visible_to(make_user("admin"))) == {
        live,
        own_draft,
        other_draft,
        scheduled,
    }


# --- NFC -----------------------------------------------------------------------------------------


def test_every_text_field_is_stored_nfc():
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    article = Article.objects.create(
        title=nfd("Hội nghị phản biện xã hội"),
        sapo=nfd("Sáng ngày 09/6/2023, Ủy ban MTTQ quận"),
        body=nfd("<p>Đồng chí Nguyễn Thị Thanh kết luận</p>"),
        byline=nfd("Quận Cầu Giấy"),
        cover_caption=nfd("Toàn cảnh hội nghị"),
    )
    article.refresh_from_db()
    for value in (article.title, article.sapo, article.body, article.byline, article.cover_caption):
        assert unicodedata.is_normalized("NFC", value)
    assert Article.objects.filter(title__icontains="Hội nghị").exists()
    category = Category.objects.create(name=nfd("Hoạt động Mặt trận"))
    assert unicodedata.is_normalized("NFC", Category.objects.get(pk=category.pk).name)


# --- slugs -----------------------------------------------------------------------------------------


def test_slug_keeps_d_with_stroke_and_collisions_get_a_number():
    first = make_article("Đồng chí Trần Việt Hà dự hội nghị", status=S.DRAFT)
    second = make_article("Đồng chí Trần Việt Hà dự hội nghị", status=S.DRAFT)
    third = make_article("Đồng chí Trần Việt Hà dự hội nghị!", status=S.DRAFT)
    assert first.slug == "dong-chi-tran-viet-ha-du-hoi-nghi"
    assert second.slug == "dong-chi-tran-viet-ha-du-hoi-nghi-2"
    assert third.slug == "dong-chi-tran-viet-ha-du-hoi-nghi-3"
    assert Category.objects.create(name="Đoàn thể").slug == "doan-the"
    assert Tag.objects.create(name="Đại đoàn kết").slug == "dai-doan-ket"


def test_slug_is_kept_when_the_title_changes_and_locked_once_published():
    article = make_article("Tiêu đề đầu tiên", status=S.PUBLISHED)
    article.title = "Tiêu đề đã sửa"
    article.save()
    assert article.slug == "tieu-de-dau-tien"
    article.slug = "duong-dan-moi"
    with pytest.raises(ValidationError) as exc:
        article.full_clean()
    assert "slug" in exc.value.message_dict


def test_draft_slug_may_still_change():
    article = make_article("Bản nháp", status=S.DRAFT)
    article.slug = "ban-nhap-moi"
    article.full_clean()
    article.save()
    assert Article.objects.get(pk=article.pk).slug == "ban-nhap-moi"


# --- body sanitized on every save -----------------------------------------------------------------


def test_body_is_sanitized_on_create_save_and_partial_save():
    article = Article.objects.create(
        title="Bài",
        body='<p onclick="x()">Tin<script>alert(1)</script></p><iframe src="x"></iframe>',
    )
    assert article.body == "<p>Tin</p>"
    assert Article.objects.get(pk=article.pk).body == "<p>Tin</p>"
    article.body = '<a href="javascript:alert(1)">x</a>'
    article.save(update_fields=["body"])
    assert Article.objects.get(pk=article.pk).body == '<a rel="noopener noreferrer">x</a>'


# --- other fields -----------------------------------------------------------------------------------


def test_legacy_url_unique_when_set_and_blank_means_none():
    a = make_article(legacy_url="", status=S.DRAFT)
    b = make_article(legacy_url="", status=S.DRAFT)
    assert a.legacy_url is None and b.legacy_url is None
    make_article(legacy_url="/tin-tuc/hoi-nghi-123.html", status=S.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(legacy_url="/tin-tuc/hoi-nghi-123.html", status=S.DRAFT)


def test_search_text_is_folded_and_version_counts_saves():
    article = make_article("Hội nghị tại Cầu Giấy", sapo="Đồng chí Hòa phát biểu", status=S.DRAFT)
    assert "cau giay" in article.search_text
    assert "dong chi hoa" in article.search_text
    assert article.version == 1
    article.save()
    assert Article.objects.get(pk=article.pk).version == 2


def test_cover_alt_is_required_with_an_image():
    article = Article(title="Có ảnh", cover_image=upload(image_bytes()), cover_alt="  ")
    with pytest.raises(ValidationError) as exc:
        article.full_clean()
    assert "cover_alt" in exc.value.message_dict


def test_cover_renditions_are_made_once_at_upload():
    article = make_article(
        cover_image=upload(image_bytes(size=(1600, 1000))), cover_alt="Ảnh", status=S.DRAFT
    )
    widths = [r["width"] for r in article.cover_renditions]
    assert widths == [400, 800, 1200]
    assert Article.objects.get(pk=article.pk).cover_renditions == article.cover_renditions
    assert "400w" in article.cover_srcset("webp") and ".webp" in article.cover_srcset("webp")
    assert article.cover_rendition_url(800, "jpeg").endswith("-800.jpg")
    first = article.cover_renditions
    article.title = "Đổi tiêu đề"
    article.save()
    assert article.cover_renditions == first  # not made again
    article.cover_image = upload(image_bytes(size=(900, 600)), "khac.jpg")
    article.save()
    assert [r["width"] for r in article.cover_renditions] == [400, 800]


def test_cover_set_outside_the_admin_is_cleaned_too(settings):
    article = make_article(
        cover_image=upload(jpeg_with_gps(size=(1200, 800))), cover_alt="Ảnh", status=S.DRAFT
    )
    from PIL import Image

    with article.cover_image.open("rb") as fh:
        image = Image.open(fh)
        assert image.size == (800, 1200)
        assert not image.getexif().get_ifd(0x8825)
    with pytest.raises(ValidationError):
        make_article(cover_image=upload(b"<svg></svg>", "x.svg"), cover_alt="x", status=S.DRAFT)
    stored = [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()]
    assert all(article.cover_image.name.rsplit(".", 1)[0] in str(p) for p in stored)
