"""Every article's history in django-reversion, whatever wrote it (issue 20, item 9).

The admin records a revision on every save (``VersionAdmin``); ``Article.save()`` opens one
itself when nobody else did (import, ``seed_demo``, the shell), so a stale-edit refusal can
say what changed and a deleted article can be recovered. Writes that bypass ``save()`` (data
migrations, the bench generator's ``bulk_create``) get a first revision from
``record_missing_revisions``, run after every ``migrate``. A deletion is recorded as a revision
of its own (django-reversion keeps none), so the recover list shows who deleted and when.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.db import connections, transaction
from django.db.models import BigIntegerField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext as _
from reversion.models import Revision, Version
from reversion.revisions import _get_options

BATCH = 1000


def _version(article, content_type, revision: Revision | None = None) -> Version:
    """A version of ``article`` as django-reversion writes one (same format and fields)."""
    options = _get_options(type(article))
    return Version(
        revision=revision,
        content_type=content_type,
        object_id=force_str(article.pk),
        db=article._state.db or "default",
        format=options.format,
        serialized_data=serializers.serialize(
            options.format,
            (article,),
            fields=options.fields,
            use_natural_foreign_keys=options.use_natural_foreign_keys,
        ),
        object_repr=force_str(article),
    )


def record_revision(articles: Iterable, *, comment: str, user=None) -> int:
    """One revision holding the current state of ``articles`` (saved ones); how many."""
    from news.models import Article

    content_type = ContentType.objects.get_for_model(Article)
    count = 0
    with transaction.atomic():
        revision = None
        batch: list[Version] = []
        for article in articles:
            if revision is None:
                revision = Revision.objects.create(
                    date_created=timezone.now(), user=user, comment=comment
                )
            batch.append(_version(article, content_type, revision))
            if len(batch) >= BATCH:
                count += len(Version.objects.bulk_create(batch))
                batch = []
        count += len(Version.objects.bulk_create(batch))
    return count


def record_missing_revisions(*, comment: str | None = None) -> int:
    """A first revision for every article that has none (written without ``save()``)."""
    from news.models import Article

    recorded = (
        Version.objects.get_for_model(Article)
        .annotate(article_id=Cast("object_id", BigIntegerField()))
        .values("article_id")
    )
    missing = Article.objects.exclude(pk__in=recorded).prefetch_related("tags").order_by("pk")
    if not missing.exists():
        return 0
    return record_revision(
        missing.iterator(chunk_size=BATCH),
        comment=comment or _("Phiên bản đầu (bài được ghi không qua trang quản trị)"),
    )


def record_deletion(articles: Iterable, *, user=None) -> None:
    """Before ``articles`` are deleted: a revision of each as it was, by ``user``, now.

    Its version counter is one above the last saved, so recovering it and saving again never
    repeats a number already in the history.
    """
    articles = list(articles)
    for article in articles:
        article.version = (article.version or 0) + 1
    record_revision(articles, comment=_("Xóa bài"), user=user)


def record_after_migrate(sender, **kwargs) -> None:
    """post_migrate: data migrations write articles without ``save()``."""
    from news.models import Article

    using = kwargs.get("using", "default")
    if using != "default":
        return
    tables = connections[using].introspection.table_names()
    if Article._meta.db_table in tables and Version._meta.db_table in tables:
        record_missing_revisions()
