"""Status changes of articles: submit for review, publish, schedule, withdraw, send back.

Each function is keyword-only, runs inside ``transaction.atomic`` with the row locked, checks
the acting user's rights on the server (``news.permissions``) and records a revision (who,
when, what) with django-reversion. A refused change raises ``PermissionDenied`` or
``ValidationError`` with a Vietnamese message and changes nothing.

Lifecycle::

    draft ──submit──> pending ──publish/schedule──> published ──withdraw──> withdrawn
      ^                  │                              ^                       │
      └──return_to_draft─┘                              └────publish/schedule───┘
"""

from __future__ import annotations

from datetime import datetime

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from news.models import Article
from news.permissions import can_publish, can_submit

S = Article.Status


def _locked(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _save(article: Article, *, by, comment: str, fields: list[str]) -> Article:
    with reversion.create_revision():
        article.save(update_fields=fields)
        if by is not None and by.is_authenticated:
            reversion.set_user(by)
        reversion.set_comment(comment)
    return article


def _require_editor(by) -> None:
    if not can_publish(by):
        raise PermissionDenied(_("Chỉ biên tập viên mới được đăng, lên lịch hoặc gỡ bài."))


@transaction.atomic
def article_submit(*, article: Article, by) -> Article:
    """Send a draft for review (its writer, or an editor)."""
    article = _locked(article)
    if article.status != S.DRAFT:
        raise ValidationError(_("Chỉ gửi duyệt được bài đang là bản nháp."))
    if not can_submit(by, article):
        raise PermissionDenied(_("Bạn chỉ gửi duyệt được bài nháp của mình."))
    article.status = S.PENDING
    return _save(article, by=by, comment=_("Gửi duyệt"), fields=["status"])


@transaction.atomic
def article_return_to_draft(*, article: Article, by) -> Article:
    """Send a pending article back to its writer (an editor, or the writer taking it back)."""
    article = _locked(article)
    if article.status != S.PENDING:
        raise ValidationError(_("Chỉ trả lại được bài đang chờ duyệt."))
    is_author = by is not None and article.author_id == getattr(by, "pk", None)
    if not (can_publish(by) or (is_author and by.has_perm("news.change_article"))):
        raise PermissionDenied(_("Bạn không được trả lại bài này."))
    article.status = S.DRAFT
    return _save(article, by=by, comment=_("Trả lại bản nháp"), fields=["status"])


@transaction.atomic
def article_publish(*, article: Article, by) -> Article:
    """Publish now. A withdrawn or already published article keeps its past publication time."""
    _require_editor(by)
    article = _locked(article)
    if article.status not in (S.DRAFT, S.PENDING, S.PUBLISHED, S.WITHDRAWN):
        raise ValidationError(_("Không đăng được bài ở trạng thái này."))
    now = timezone.now()
    if article.status == S.PUBLISHED and article.publish_at and article.publish_at <= now:
        return article  # already live: nothing to do
    if article.publish_at is None or article.publish_at > now:
        article.publish_at = now
    article.status = S.PUBLISHED
    return _save(article, by=by, comment=_("Đăng bài"), fields=["status", "publish_at"])


@transaction.atomic
def article_schedule(*, article: Article, by, publish_at: datetime) -> Article:
    """Publish at a future time: the article goes live by itself (``published()``)."""
    _require_editor(by)
    if publish_at is None or publish_at <= timezone.now():
        raise ValidationError(_("Thời điểm lên lịch phải ở tương lai."))
    article = _locked(article)
    if article.is_live:
        raise ValidationError(
            _("Bài “%(title)s” đang hiện trên cổng; hãy gỡ bài trước khi lên lịch lại.")
            % {"title": article.title}
        )
    article.status = S.PUBLISHED
    article.publish_at = publish_at
    return _save(article, by=by, comment=_("Lên lịch đăng"), fields=["status", "publish_at"])


@transaction.atomic
def article_withdraw(*, article: Article, by) -> Article:
    """Take a published (or scheduled) article off the portal; its address stays reserved."""
    _require_editor(by)
    article = _locked(article)
    if article.status != S.PUBLISHED:
        raise ValidationError(_("Chỉ gỡ được bài đã đăng hoặc đã lên lịch."))
    article.status = S.WITHDRAWN
    article.featured = False
    return _save(article, by=by, comment=_("Gỡ bài"), fields=["status", "featured"])
