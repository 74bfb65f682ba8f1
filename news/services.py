"""Status changes of articles: submit for review, publish, schedule, withdraw, send back.

Each function is keyword-only, runs inside ``transaction.atomic`` with the row locked, checks
the acting user's rights on the server (``news.permissions``) and records a revision (who,
when, what) with django-reversion. A refused change raises ``PermissionDenied`` or
``ValidationError`` with a Vietnamese message and changes nothing.

Lifecycle::

    draft ──submit──> pending ──publish/schedule──> published ──withdraw──> withdrawn
      ^                  │                              ^                       │
      └──return_to_draft─┘                              └────publish/schedule───┘

Each transition is a rule (``_submit``, ``_publish``…) that checks the article as stored and
then changes it in memory; the public functions lock the row, apply one rule and save once.
``article_save`` is the admin form's path: the writer's or editor's edits and the pressed
button's transition go into one ``save()`` (one UPDATE or INSERT, one revision, one cache
invalidation).
"""

from __future__ import annotations

from datetime import datetime

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from news.models import Article, ArticleNote
from news.permissions import can_publish, can_submit

S = Article.Status

Refusal = ValidationError | PermissionDenied

# Revision comments of the transitions, by name (also the names ``article_save`` accepts).
COMMENTS = {
    "submit": gettext_lazy("Gửi duyệt"),
    "return_to_draft": gettext_lazy("Trả lại bản nháp"),
    "publish": gettext_lazy("Đăng bài"),
    "schedule": gettext_lazy("Lên lịch đăng"),
    "withdraw": gettext_lazy("Gỡ bài"),
}


def _locked(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _save(article: Article, *, by, comment: str, fields: list[str] | None) -> Article:
    """One ``save()`` in a revision (``fields`` None: every field, or the INSERT of a new one)."""
    with reversion.create_revision():
        article.save(update_fields=fields)
        if by is not None and by.is_authenticated:
            reversion.set_user(by)
        if comment:
            reversion.set_comment(str(comment))
    return article


def _require_editor(by) -> None:
    if not can_publish(by):
        raise PermissionDenied(_("Chỉ biên tập viên mới được đăng, lên lịch hoặc gỡ bài."))


# --- the rules: check, then change ``article`` in memory; return the fields changed ----------
# A rule raises before changing anything, so a refused transition leaves the article as it was.


def _submit(article: Article, by) -> list[str]:
    if article.status != S.DRAFT:
        raise ValidationError(_("Chỉ gửi duyệt được bài đang là bản nháp."))
    if not can_submit(by, article):
        raise PermissionDenied(_("Chỉ gửi duyệt được bài nháp của chính mình."))
    article.status = S.PENDING
    article.submitted_at = timezone.now()
    return ["status", "submitted_at"]


def _return_to_draft(article: Article, by, reason: str = "") -> list[str]:
    if article.status != S.PENDING:
        raise ValidationError(_("Chỉ trả lại được bài đang chờ duyệt."))
    is_author = by is not None and article.author_id == getattr(by, "pk", None)
    if not (can_publish(by) or (is_author and by.has_perm("news.change_article"))):
        raise PermissionDenied(_("Tài khoản này không được trả lại bài này."))
    # Sending somebody else's article back needs the reason, kept on the article
    # (ArticleNote) for its writer; a writer taking their own article back needs none.
    if not is_author and not (reason or "").strip():
        raise ValidationError(
            _("Vui lòng ghi lý do trả lại để người viết biết cần sửa gì."), code="reason"
        )
    article.status = S.DRAFT
    return ["status"]


def _publish(article: Article, by) -> list[str]:
    _require_editor(by)
    if article.status not in (S.DRAFT, S.PENDING, S.PUBLISHED, S.WITHDRAWN):
        raise ValidationError(_("Không đăng được bài ở trạng thái này."))
    now = timezone.now()
    if article.status == S.PUBLISHED and article.publish_at and article.publish_at <= now:
        return []  # already live: nothing to do
    if article.publish_at is None or article.publish_at > now:
        article.publish_at = now
    article.status = S.PUBLISHED
    return ["status", "publish_at"]


def _schedule(article: Article, by, publish_at: datetime) -> list[str]:
    _require_editor(by)
    if publish_at is None or publish_at <= timezone.now():
        raise ValidationError(_("Thời điểm lên lịch phải ở tương lai."))
    if article.is_live:
        raise ValidationError(
            _("Bài “%(title)s” đang hiện trên cổng; hãy gỡ bài trước khi lên lịch lại.")
            % {"title": article.title}
        )
    article.status = S.PUBLISHED
    article.publish_at = publish_at
    return ["status", "publish_at"]


def _withdraw(article: Article, by) -> list[str]:
    _require_editor(by)
    if article.status != S.PUBLISHED:
        raise ValidationError(_("Chỉ gỡ được bài đã đăng hoặc đã lên lịch."))
    article.status = S.WITHDRAWN
    article.featured = False
    return ["status", "featured"]


RULES = {
    "submit": _submit,
    "return_to_draft": _return_to_draft,
    "publish": _publish,
    "schedule": _schedule,
    "withdraw": _withdraw,
}


def _transition(name: str, article: Article, by, **kwargs) -> Article:
    article = _locked(article)
    fields = RULES[name](article, by, **kwargs)
    if not fields:
        return article
    _save(article, by=by, comment=COMMENTS[name], fields=fields)
    _after(name, article, by, **kwargs)
    return article


def _after(name: str, article: Article, by, reason: str = "", **kwargs) -> None:
    """What follows a transition that was saved: the reason of a sending-back kept as a note,
    and the e-mails (news.notifications: sent once the transaction commits)."""
    from news import notifications

    if name == "return_to_draft" and (reason or "").strip():
        ArticleNote.objects.create(
            article=article,
            author=by if by is not None and by.is_authenticated else None,
            kind=ArticleNote.Kind.RETURNED,
            text=reason.strip(),
        )
    title = article.title
    link = notifications.absolute_url(reverse("admin:news_article_change", args=[article.pk]))
    event = f"news.article:{article.pk}:{name}:{article.version}"
    actor = _display_name(by)
    if name == "submit":
        editors = notifications.users_with_perm("publish_article", "news").exclude(
            pk=getattr(by, "pk", None)
        )
        notifications.notify(
            event=event,
            recipients=editors,
            subject=_("Bài chờ duyệt: %(title)s") % {"title": title},
            body=_("%(who)s vừa gửi duyệt bài viết “%(title)s”. Mở bài để duyệt: %(link)s\n")
            % {"who": actor, "title": title, "link": link},
        )
        return
    if article.author_id is None or article.author_id == getattr(by, "pk", None):
        return  # the writer did it: nobody else to tell
    if name == "return_to_draft":
        subject = _("Bài được trả lại bản nháp: %(title)s") % {"title": title}
        body = _(
            "%(who)s đã trả lại bài viết “%(title)s” về bản nháp với ghi chú: %(reason)s\n"
            "Sửa bài rồi gửi duyệt lại: %(link)s\n"
        ) % {"who": actor, "title": title, "reason": reason.strip(), "link": link}
    elif name in ("publish", "schedule"):
        when = date_format(timezone.localtime(article.publish_at), "d/m/Y H:i")
        if name == "publish":
            subject = _("Bài đã đăng: %(title)s") % {"title": title}
            text = _("Bài viết “%(title)s” đã được %(who)s đăng lúc %(when)s.")
        else:
            subject = _("Bài đã lên lịch đăng: %(title)s") % {"title": title}
            text = _("Bài viết “%(title)s” đã được %(who)s lên lịch đăng lúc %(when)s.")
        body = (text % {"title": title, "who": actor, "when": when}) + (
            _(" Xem bài: %(link)s\n") % {"link": link}
        )
    else:
        return
    notifications.notify(event=event, recipients=[article.author], subject=subject, body=body)


def _display_name(user) -> str:
    if user is None or not user.is_authenticated:
        return _("Một cán bộ")
    return user.get_full_name() or user.get_username()


# --- status changes of a stored article (admin list actions, scripts) -------------------------


@transaction.atomic
def article_submit(*, article: Article, by) -> Article:
    """Send a draft for review (its writer, or an editor)."""
    return _transition("submit", article, by)


@transaction.atomic
def article_return_to_draft(*, article: Article, by, reason: str = "") -> Article:
    """Send a pending article back to its writer (an editor, or the writer taking it back).

    An editor must give ``reason``: it is kept on the article as a note its writer reads on
    the admin home and on the article, and mailed to the writer."""
    return _transition("return_to_draft", article, by, reason=reason)


@transaction.atomic
def article_note_add(*, article: Article, by, text: str) -> ArticleNote:
    """A note on ``article`` by its writer or an editor (never in the published text)."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Ghi chú đang trống."))
    # The admin's rule (ArticleAdmin.get_queryset): editors open every article, writers theirs.
    allowed = (
        by is not None
        and by.is_authenticated
        and by.is_active
        and by.is_staff
        and by.has_perm("news.view_article")
        and (can_publish(by) or article.author_id == by.pk)
    )
    if not allowed:
        raise PermissionDenied(_("Tài khoản này không được ghi chú vào bài này."))
    return ArticleNote.objects.create(article=article, author=by, text=text[:2000])


@transaction.atomic
def article_publish(*, article: Article, by) -> Article:
    """Publish now. A withdrawn or already published article keeps its past publication time."""
    return _transition("publish", article, by)


@transaction.atomic
def article_schedule(*, article: Article, by, publish_at: datetime) -> Article:
    """Publish at a future time: the article goes live by itself (``published()``)."""
    return _transition("schedule", article, by, publish_at=publish_at)


@transaction.atomic
def article_withdraw(*, article: Article, by) -> Article:
    """Take a published (or scheduled) article off the portal; its address stays reserved."""
    return _transition("withdraw", article, by)


# --- edits and a transition in one save (the admin form's buttons) ----------------------------


@transaction.atomic
def article_save(
    *,
    article: Article,
    by,
    transition: str = "",
    based_on_version: int | None = None,
    **kwargs,
) -> Refusal | None:
    """Save ``article`` as edited (a new one is inserted) and apply ``transition`` to it, in
    one ``save()`` and one revision.

    ``transition`` is a name of ``COMMENTS`` (``kwargs`` go to its rule: ``publish_at`` for
    "schedule"), or empty for a plain save. The stored row is locked first; the rule sees the
    edited article with its status as stored. ``based_on_version`` is the version the edit
    started from: if somebody saved in between, ``ValidationError`` (code "stale") is raised
    and nothing is written. A refused transition does not stop the edits: they are saved
    without it and the refusal (``ValidationError`` or ``PermissionDenied``) is returned,
    else None.
    """
    refusal = None
    if article.pk is not None:
        stored = (
            Article.objects.select_for_update()
            .filter(pk=article.pk)
            .values("status", "version")
            .first()
        )
        if stored is not None:
            if based_on_version is not None and stored["version"] != based_on_version:
                raise ValidationError(
                    _(
                        "Bài này đã được lưu sau khi trang này được mở. Những thay đổi vừa sửa "
                        "CHƯA được lưu để không ghi đè lên bản mới: vui lòng tải lại trang "
                        "rồi sửa lại."
                    ),
                    code="stale",
                )
            if transition:
                article.status = stored["status"]
    if transition:
        try:
            RULES[transition](article, by, **kwargs)
        except (ValidationError, PermissionDenied) as exc:
            refusal = exc
    comment = COMMENTS[transition] if transition and refusal is None else ""
    _save(article, by=by, comment=comment, fields=None)
    if transition and refusal is None:
        _after(transition, article, by, **kwargs)
    return refusal


@transaction.atomic
def articles_delete(*, articles, by) -> int:
    """Delete ``articles`` (a queryset or a list), each first recorded as a revision by ``by``
    (news/history.py), so "Khôi phục bài đã xóa" lists who deleted it and when. How many."""
    from news.history import record_deletion

    articles = list(articles)
    record_deletion(articles, user=by if by is not None and by.is_authenticated else None)
    Article.objects.filter(pk__in=[article.pk for article in articles]).delete()
    return len(articles)
