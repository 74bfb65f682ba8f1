"""Status transitions (news/services.py): who may do what, and what each records."""

from datetime import timedelta

import pytest
import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from reversion.models import Version

from news import services
from news.models import Article
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db
S = Article.Status


@pytest.fixture
def writer():
    return make_user("writer")


@pytest.fixture
def editor():
    return make_user("editor")


def reload(article):
    return Article.objects.get(pk=article.pk)


def test_writer_submits_own_draft_and_the_revision_records_who(writer):
    article = make_article(author=writer, status=S.DRAFT)
    services.article_submit(article=article, by=writer)
    assert reload(article).status == S.PENDING
    version = Version.objects.get_for_object(article).first()
    assert version.revision.user == writer
    assert version.revision.get_comment() == "Gửi duyệt"


def test_writer_cannot_submit_another_writers_draft(writer):
    article = make_article(author=make_user("writer"), status=S.DRAFT)
    with pytest.raises(PermissionDenied):
        services.article_submit(article=article, by=writer)
    assert reload(article).status == S.DRAFT


def test_only_drafts_can_be_submitted(writer):
    article = make_article(author=writer, status=S.PENDING)
    with pytest.raises(ValidationError):
        services.article_submit(article=article, by=writer)


@pytest.mark.parametrize(
    "call",
    [
        lambda a, u: services.article_publish(article=a, by=u),
        lambda a, u: services.article_schedule(
            article=a, by=u, publish_at=timezone.now() + timedelta(days=1)
        ),
        lambda a, u: services.article_withdraw(article=a, by=u),
    ],
)
def test_writer_can_never_publish_schedule_or_withdraw(writer, call):
    article = make_article(author=writer, status=S.PENDING)
    with pytest.raises(PermissionDenied):
        call(article, writer)
    assert reload(article).status == S.PENDING


def test_editor_publishes_now(editor):
    article = make_article(status=S.PENDING)
    services.article_publish(article=article, by=editor)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.is_live
    assert article in Article.objects.published()


def test_publishing_a_scheduled_article_now_brings_its_time_forward(editor):
    article = make_article(status=S.PUBLISHED, publish_at=timezone.now() + timedelta(days=2))
    services.article_publish(article=article, by=editor)
    assert reload(article).is_live


def test_republishing_a_withdrawn_article_keeps_its_original_date(editor):
    original = timezone.now() - timedelta(days=30)
    article = make_article(status=S.WITHDRAWN, publish_at=original)
    services.article_publish(article=article, by=editor)
    assert reload(article).publish_at == original


def test_editor_schedules_in_the_future_only(editor):
    article = make_article(status=S.PENDING)
    with pytest.raises(ValidationError):
        services.article_schedule(
            article=article, by=editor, publish_at=timezone.now() - timedelta(minutes=1)
        )
    when = timezone.now() + timedelta(hours=3)
    services.article_schedule(article=article, by=editor, publish_at=when)
    article = reload(article)
    assert article.status == S.PUBLISHED and article.publish_at == when
    assert article not in Article.objects.published()


def test_live_article_cannot_be_rescheduled_without_withdrawing(editor):
    article = make_article(status=S.PUBLISHED)
    with pytest.raises(ValidationError):
        services.article_schedule(
            article=article, by=editor, publish_at=timezone.now() + timedelta(days=1)
        )


def test_editor_withdraws_and_unfeatures(editor):
    article = make_article(status=S.PUBLISHED, featured=True)
    services.article_withdraw(article=article, by=editor)
    article = reload(article)
    assert article.status == S.WITHDRAWN and not article.featured
    assert article not in Article.objects.published()
    with pytest.raises(ValidationError):
        services.article_withdraw(article=article, by=editor)


def test_return_to_draft_by_editor_or_author_only(editor, writer):
    article = make_article(author=writer, status=S.PENDING)
    with pytest.raises(PermissionDenied):
        services.article_return_to_draft(article=article, by=make_user("writer"))
    services.article_return_to_draft(article=article, by=writer)
    assert reload(article).status == S.DRAFT
    services.article_submit(article=article, by=writer)
    # An editor sending it back says why (issue 24; tests/backoffice/test_review_notes.py).
    services.article_return_to_draft(article=article, by=editor, reason="Thiếu ảnh.")
    assert reload(article).status == S.DRAFT


def test_superuser_may_do_everything():
    admin = make_user("admin")
    article = make_article(author=make_user("writer"), status=S.DRAFT)
    services.article_submit(article=article, by=admin)
    services.article_publish(article=article, by=admin)
    services.article_withdraw(article=article, by=admin)
    assert reload(article).status == S.WITHDRAWN


def test_transitions_nest_in_an_outer_revision(editor):
    article = make_article(status=S.PENDING)
    created = Version.objects.get_for_object(article).count()  # make_article's own revision
    with reversion.create_revision():
        services.article_publish(article=article, by=editor)
    assert Version.objects.get_for_object(article).count() == created + 1
