"""The news desk's work queues on the admin home (core.sections.WorkQueue).

Every queue starts from ``Article.objects.visible_to(user)`` — the same door as the rest of
the portal — and a writer's queues are further limited to their own articles (the admin's
rule, ``ArticleAdmin.get_queryset``), so nobody is shown an article they could not open.
"""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import urlencode

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.sections import WorkItem, WorkQueue
from news.models import Article, ArticleNote
from news.permissions import can_publish

S = Article.Status
SHOWN = 8  # items shown per queue; the count and the link cover the rest
RECENT_DAYS = 7
SCHEDULE_DAYS = 14


def _list_url(**params) -> str:
    url = reverse("admin:news_article_changelist")
    return f"{url}?{urlencode(params)}" if params else url


def _change_url(article: Article) -> str:
    return reverse("admin:news_article_change", args=[article.pk])


def _who(user) -> str:
    if user is None:
        return _("(không có người viết)")
    return user.get_full_name() or user.get_username()


def waited(since) -> str:
    """How long something has waited, in words: "2 ngày 3 giờ", "45 phút"."""
    if since is None:
        return ""
    minutes = max(int((timezone.now() - since).total_seconds() // 60), 0)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return _("chờ %(days)d ngày %(hours)d giờ") % {"days": days, "hours": hours}
    if hours:
        return _("chờ %(hours)d giờ %(minutes)d phút") % {"hours": hours, "minutes": minutes}
    return _("chờ %(minutes)d phút") % {"minutes": minutes}


def _queue(key, title, queryset, item, *, url, role, order, empty="") -> WorkQueue:
    rows = list(queryset[:SHOWN])
    count = len(rows) if len(rows) < SHOWN else queryset.count()
    return WorkQueue(
        key=key,
        title=title,
        count=count,
        items=[item(row) for row in rows],
        url=url,
        role=role,
        order=order,
        empty=empty,
    )


def _latest_return():
    """The text of an article's latest "Trả lại bản nháp" note (for the writer's queue)."""
    notes = ArticleNote.objects.filter(
        article=OuterRef("pk"), kind=ArticleNote.Kind.RETURNED
    ).order_by("-created_at", "-id")
    return {
        "return_note": Subquery(notes.values("text")[:1]),
        "returned_at": Subquery(notes.values("created_at")[:1]),
    }


def editor_queues(user) -> list[WorkQueue]:
    articles = Article.objects.visible_to(user).select_related("author")
    now = timezone.now()

    def pending_item(article):
        return WorkItem(
            label=article.title,
            url=_change_url(article),
            when=article.submitted_at,
            detail=f"{_who(article.author)} · {waited(article.submitted_at)}",
        )

    def dated(article):
        return WorkItem(
            label=article.title,
            url=_change_url(article),
            when=timezone.localtime(article.publish_at),  # grouped by local day
            detail=_who(article.author),
        )

    def withdrawn_item(article):
        return WorkItem(
            label=article.title,
            url=_change_url(article),
            when=article.updated_at,
            detail=_who(article.author),
        )

    return [
        _queue(
            "news-pending",
            gettext_lazy("Bài viết chờ duyệt"),
            articles.filter(status=S.PENDING).order_by("submitted_at", "updated_at", "pk"),
            pending_item,
            url=_list_url(status__exact=S.PENDING),
            role="editor",
            order=10,
            empty=gettext_lazy("Không có bài nào chờ duyệt."),
        ),
        _queue(
            "news-scheduled",
            gettext_lazy("Bài viết đã lên lịch đăng"),
            articles.scheduled()
            .filter(publish_at__lte=now + timedelta(days=SCHEDULE_DAYS))
            .order_by("publish_at", "pk"),
            dated,
            url=_list_url(hien_thi="scheduled"),
            role="editor",
            order=11,
        ),
        _queue(
            "news-recent",
            gettext_lazy("Mới đăng (7 ngày qua)"),
            articles.published().filter(publish_at__gte=now - timedelta(days=RECENT_DAYS)),
            dated,
            url=_list_url(hien_thi="live"),
            role="editor",
            order=12,
        ),
        _queue(
            "news-withdrawn",
            gettext_lazy("Bài viết đã gỡ"),
            articles.filter(status=S.WITHDRAWN).order_by("-updated_at", "-pk"),
            withdrawn_item,
            url=_list_url(status__exact=S.WITHDRAWN),
            role="editor",
            order=13,
        ),
    ]


def writer_queues(user) -> list[WorkQueue]:
    mine = Article.objects.visible_to(user).filter(author=user)
    drafts = mine.filter(status=S.DRAFT).annotate(**_latest_return())

    def returned_item(article):
        return WorkItem(
            label=article.title,
            url=_change_url(article),
            when=article.returned_at,
            note=article.return_note or "",
        )

    def draft_item(article):
        return WorkItem(label=article.title, url=_change_url(article), when=article.updated_at)

    def pending_item(article):
        return WorkItem(
            label=article.title,
            url=_change_url(article),
            when=article.submitted_at,
            detail=waited(article.submitted_at),
        )

    def published_item(article):
        when = timezone.localtime(article.publish_at)
        detail = (
            _("lên lịch %(when)s") % {"when": date_format(when, "d/m/Y H:i")}
            if article.is_scheduled
            else ""
        )
        return WorkItem(
            label=article.title, url=_change_url(article), when=article.publish_at, detail=detail
        )

    return [
        _queue(
            "news-returned",
            gettext_lazy("Bài của tôi bị trả lại"),
            drafts.filter(return_note__isnull=False).order_by("-returned_at", "-pk"),
            returned_item,
            url=_list_url(status__exact=S.DRAFT),
            role="writer",
            order=20,
        ),
        _queue(
            "news-drafts",
            gettext_lazy("Bản nháp của tôi"),
            drafts.filter(return_note__isnull=True).order_by("-updated_at", "-pk"),
            draft_item,
            url=_list_url(status__exact=S.DRAFT),
            role="writer",
            order=21,
            empty=gettext_lazy("Không có bản nháp nào."),
        ),
        _queue(
            "news-waiting",
            gettext_lazy("Bài của tôi đang chờ duyệt"),
            mine.filter(status=S.PENDING).order_by("submitted_at", "pk"),
            pending_item,
            url=_list_url(status__exact=S.PENDING),
            role="writer",
            order=22,
        ),
        _queue(
            "news-mine-published",
            gettext_lazy("Bài của tôi đã đăng"),
            mine.filter(status=S.PUBLISHED).order_by("-publish_at", "-pk"),
            published_item,
            url=_list_url(status__exact=S.PUBLISHED),
            role="writer",
            order=23,
        ),
    ]


def work_queues(user) -> list[WorkQueue]:
    """Editors get the desk's queues; writers (who may add articles) their own."""
    if user is None or not user.is_authenticated or not user.is_active or not user.is_staff:
        return []
    if can_publish(user):
        return editor_queues(user)
    if user.has_perm("news.add_article"):
        return writer_queues(user)
    return []
