"""core.images.RenditionsMixin: article covers and leaders' portraits keep their URLs."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from committee.models import Leader
from news.models import Article

COVER = [
    {
        "width": 400,
        "height": 250,
        "webp": "news/covers/a-400.webp",
        "jpeg": "news/covers/a-400.jpg",
    },
    {
        "width": 800,
        "height": 500,
        "webp": "news/covers/a-800.webp",
        "jpeg": "news/covers/a-800.jpg",
    },
    {"width": 1200, "height": 750, "webp": "news/covers/a-1200.webp", "jpeg": ""},
]

SIZE = {"cover_width": 1600, "cover_height": 1000}  # known: the file is not opened


def url(name: str) -> str:
    return default_storage.url(name)


def test_article_cover_urls_are_unchanged():
    article = Article(cover_image="news/covers/a.jpg", cover_renditions=COVER, **SIZE)
    assert article.cover_srcset("webp") == (
        f"{url('news/covers/a-400.webp')} 400w, {url('news/covers/a-800.webp')} 800w, "
        f"{url('news/covers/a-1200.webp')} 1200w"
    )
    assert article.cover_srcset("jpeg") == (
        f"{url('news/covers/a-400.jpg')} 400w, {url('news/covers/a-800.jpg')} 800w"
    )
    assert article.cover_rendition_url() == url("news/covers/a-800.jpg")
    assert article.cover_rendition_url(1200) == url("news/covers/a-800.jpg")  # no 1200 JPEG
    assert article.cover_rendition_url(1200, "webp") == url("news/covers/a-1200.webp")
    assert article.cover_rendition_url(100) == url("news/covers/a-400.jpg")


def test_without_renditions_the_original_or_nothing():
    assert Article(cover_image="news/covers/b.jpg", **SIZE).cover_rendition_url(800) == url(
        "news/covers/b.jpg"
    )
    assert Article().cover_rendition_url(800) == "" and Article().cover_srcset() == ""


def test_leader_portrait_urls_are_unchanged():
    portraits = [
        {"width": w, "height": w * 4 // 3, "webp": f"ld/p-{w}.webp", "jpeg": f"ld/p-{w}.jpg"}
        for w in (160, 320, 480)
    ]
    leader = Leader(portrait="ld/p.jpg", portrait_renditions=portraits)
    assert leader.portrait_url() == url("ld/p-160.jpg")
    assert leader.portrait_url(480, "webp") == url("ld/p-480.webp")
    assert leader.portrait_srcset_webp == leader.portrait_srcset("webp")
    assert leader.portrait_srcset_jpeg == ", ".join(
        f"{url(f'ld/p-{w}.jpg')} {w}w" for w in (160, 320, 480)
    )
    assert Leader().portrait_url() == "" and Leader().portrait_srcset_jpeg == ""


def _jpeg(size=(600, 800)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 40)).save(buffer, "JPEG")
    return SimpleUploadedFile("chan-dung.jpg", buffer.getvalue(), content_type="image/jpeg")


@pytest.mark.django_db
def test_renditions_are_made_once_and_dropped_with_the_image():
    leader = Leader.objects.create(full_name="Nguyễn Văn A", position="Chủ tịch", portrait=_jpeg())
    made = leader.portrait_renditions
    assert [r["width"] for r in made] == [160, 320, 480]
    assert {r["source"] for r in made} == {leader.portrait.name}
    assert Leader.objects.get(pk=leader.pk).portrait_renditions == made  # stored
    assert leader.portrait_url(320).endswith("-320.jpg")

    leader.full_name = "Nguyễn Văn B"
    leader.save()  # same portrait: nothing made again
    assert leader.portrait_renditions == made

    leader.portrait = ""
    leader.save()
    assert leader.portrait_renditions == []
    assert Leader.objects.get(pk=leader.pk).portrait_renditions == []
