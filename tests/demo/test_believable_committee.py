"""`seed_demo` builds a believable committee (issue 20, item 24): three years of news in every
category with tags and covers, conferences of every kind, people whose positions change,
leaders with portraits, letters in each status, and readership for "Đọc nhiều"; twice over it
changes nothing and duplicates nothing."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.db.models import Count
from django.utils import timezone

from committee.models import Leader, Letter
from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    ConferencePhoto,
    Participation,
    Person,
)
from news.models import Article, Category, Tag
from readership.models import ArticleDailyViews

pytestmark = pytest.mark.django_db

MODELS = (
    Article,
    Category,
    Tag,
    Conference,
    Participation,
    Person,
    ConferencePhoto,
    ConferenceDocument,
    Leader,
    Letter,
    ArticleDailyViews,
)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in MODELS} | {
        "article tags": Article.tags.through.objects.count(),
    }


def test_the_demo_is_a_believable_committee_and_a_second_run_changes_nothing(
    django_capture_on_commit_callbacks, _media_root
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    first = counts()
    files = sorted(p for p in _media_root.rglob("*") if p.is_file())

    published = Article.objects.published()
    in_three_years = published.filter(publish_at__year__gte=2024, publish_at__year__lte=2026)
    assert in_three_years.count() >= 40
    assert {a.publish_at.year for a in in_three_years} == {2024, 2025, 2026}
    for category in Category.objects.active():
        assert published.filter(category=category).count() >= 5, category.name
    assert not published.filter(tags=None).exists()  # every article has tags…
    assert not published.filter(cover_image="").exists()  # …and a cover
    assert published.filter(cover_caption__startswith="Ảnh minh họa").count() == published.count()

    conferences = Conference.objects.all()
    assert conferences.count() >= 12
    assert set(
        ConferenceKind.objects.filter(conferences__isnull=False).values_list("code", flat=True)
    ) == set(ConferenceKind.Code.values)
    internal = conferences.filter(visibility=Conference.Visibility.INTERNAL)
    assert internal.count() >= 2
    for conference in internal:
        assert conference.documents.exists() and conference.photos.exists(), conference.slug
        assert all(photo.served_privately for photo in conference.photos.all())

    assert Person.objects.count() >= 30
    changed = (
        Participation.objects.values("person")
        .annotate(positions=Count("position", distinct=True))
        .filter(positions__gte=2)
    )
    assert changed.count() >= 8  # positions change over time; each record keeps the day's
    hang = Participation.objects.filter(person__full_name="Lê Thu Hằng")
    assert hang.filter(conference__starts_at__year=2024, conference__starts_at__month__lt=7)[
        0
    ].position.startswith("Ủy viên Ban Thường trực")
    assert hang.filter(conference__starts_at__year=2026)[0].position.startswith("Phó Chủ tịch")

    leaders = Leader.objects.published()
    assert leaders.count() >= 6
    assert not leaders.filter(portrait="").exists()
    assert all(leader.portrait_renditions for leader in leaders)
    assert set(Letter.objects.values_list("status", flat=True)) == set(Letter.Status.values)

    since = timezone.localdate() - timedelta(days=29)
    assert (
        ArticleDailyViews.objects.filter(day__gte=since).values("article").distinct().count() >= 10
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", verbosity=0)
    assert counts() == first
    assert sorted(p for p in _media_root.rglob("*") if p.is_file()) == files


def test_the_home_page_opens_on_recent_news_and_shows_what_is_read(client):
    call_command("seed_demo", verbosity=0)
    html = client.get("/").content.decode()

    top = html[html.index('class="top-story') :]
    title = top[top.index('class="top-story__title"') :]
    title = title[title.index('">', title.index("<a ")) + 2 : title.index("</a>")]
    article = Article.objects.get(title=title)
    assert timezone.now() - article.publish_at < timedelta(days=14)  # not a 2023 article

    box = html[html.index('id="most-read-title"') :]
    box = box[: box.index("</section>")]
    assert box.count("<li>") == 5
    assert "Chưa có số liệu lượt đọc" not in box


@time_machine.travel(datetime(2027, 3, 10, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")), tick=False)
def test_the_newest_articles_follow_the_day_the_demo_is_first_seeded():
    call_command("seed_demo", verbosity=0)
    newest = Article.objects.published().first()
    assert newest.publish_at.date().isoformat() >= "2027-03-01"
    assert newest.featured
    # The text gives the date that goes with it (dd/mm/yyyy), not a date of 2026.
    assert f"{timezone.localtime(newest.publish_at) - timedelta(days=1):%d/%m/%Y}" in newest.sapo


def test_a_dry_run_of_the_full_demo_writes_nothing():
    call_command("seed_demo", "--dry-run", verbosity=0)
    assert set(counts().values()) == {0}
