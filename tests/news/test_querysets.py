"""The article querysets (news/models.py ``ArticleQuerySet``): the ``publish_at == now``
boundaries and every branch of ``visible_to()``, the staff one included.

``make mutate MODULE=news/models.py:ArticleQuerySet`` runs this file with test_models.py.
"""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser

from news.models import Article
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
S = Article.Status
NOW = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@time_machine.travel(NOW, tick=False)
def test_an_article_due_this_instant_is_published_not_scheduled():
    due = make_article(publish_at=NOW)
    assert list(Article.objects.published()) == [due]
    assert not Article.objects.scheduled().exists()


@time_machine.travel(NOW, tick=False)
def test_an_article_due_in_a_second_is_scheduled_not_published():
    soon = make_article(publish_at=NOW + SECOND)
    assert list(Article.objects.scheduled()) == [soon]
    assert not Article.objects.published().exists()


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("status", [S.DRAFT, S.PENDING, S.WITHDRAWN])
def test_only_published_articles_are_published_or_scheduled(status):
    make_article(status=status, publish_at=NOW - SECOND)
    make_article(status=status, publish_at=NOW + SECOND)
    assert not Article.objects.published().exists()
    assert not Article.objects.scheduled().exists()


@pytest.fixture
def articles():
    """One of each kind, by two writers; times around NOW."""
    with time_machine.travel(NOW, tick=False):
        mine, theirs = make_user("writer"), make_user("writer")
        return {
            "mine": mine,
            "theirs": theirs,
            "live": make_article(author=theirs, publish_at=NOW - SECOND),
            "due_now": make_article(author=theirs, publish_at=NOW),
            "scheduled": make_article(author=theirs, publish_at=NOW + SECOND),
            "draft": make_article(author=theirs, status=S.DRAFT),
            "withdrawn": make_article(author=theirs, status=S.WITHDRAWN, publish_at=NOW),
            "my_draft": make_article(author=mine, status=S.DRAFT),
            "my_scheduled": make_article(author=mine, publish_at=NOW + SECOND),
            "my_withdrawn": make_article(author=mine, status=S.WITHDRAWN, publish_at=NOW),
        }


def seen_by(user) -> set[str]:
    with time_machine.travel(NOW, tick=False):
        titles = set(Article.objects.visible_to(user).values_list("title", flat=True))
    return titles


def names(articles, *keys) -> set[str]:
    return {articles[key].title for key in keys}


PUBLIC = ("live", "due_now")


@pytest.mark.parametrize("who", ["nobody", "anonymous", "reader"])
def test_the_public_sees_what_is_published(articles, who):
    user = {"nobody": None, "anonymous": AnonymousUser()}.get(who) or make_user("")
    assert seen_by(user) == names(articles, *PUBLIC)


def test_a_writer_sees_what_is_published_and_everything_of_their_own(articles):
    assert seen_by(articles["mine"]) == names(
        articles, *PUBLIC, "my_draft", "my_scheduled", "my_withdrawn"
    )


def test_staff_who_may_view_articles_see_their_own(articles):
    viewer = make_user("staff", perms=["news.view_article"])
    own = make_article(author=viewer, status=S.DRAFT)
    assert seen_by(viewer) == names(articles, *PUBLIC) | {own.title}


def test_staff_who_may_not_view_articles_see_only_what_is_published(articles):
    staff = make_user("staff")
    own = make_article(author=staff, status=S.DRAFT)
    assert seen_by(staff) == names(articles, *PUBLIC)
    assert own.title not in seen_by(staff)


def test_a_reader_given_the_view_right_is_still_the_public(articles):
    # Not staff: the right alone does not open previews.
    reader = make_user("", perms=["news.view_article"])
    own = make_article(author=reader, status=S.DRAFT)
    assert seen_by(reader) == names(articles, *PUBLIC)
    assert own.title not in seen_by(reader)


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_and_superusers_see_everything(articles, role):
    assert seen_by(make_user(role)) == {a.title for a in Article.objects.all()}


@pytest.mark.parametrize("role", ["editor", "writer", "admin"])
def test_an_inactive_account_sees_only_what_is_published(articles, role):
    user = make_user(role, is_active=False)
    if role == "writer":
        make_article(author=user, status=S.DRAFT)
    assert seen_by(user) == names(articles, *PUBLIC)


def test_visible_to_narrows_the_queryset_it_is_called_on(articles):
    # A chained call keeps the earlier filter (list pages filter by category first).
    with time_machine.travel(NOW, tick=False):
        only_mine = Article.objects.filter(author=articles["mine"])
        assert set(only_mine.visible_to(articles["mine"])) == {
            articles["my_draft"],
            articles["my_scheduled"],
            articles["my_withdrawn"],
        }
        assert not only_mine.visible_to(None).exists()
        assert set(only_mine.visible_to(make_user("editor"))) == set(only_mine)
