"""Plain factory functions for the search tests."""

from __future__ import annotations

import datetime as dt
from itertools import count

from django.contrib.auth.models import Permission, User
from django.utils import timezone

from events.models import Conference, CriticismSubject, Opinion, Participation, Person
from events.services import conference_refresh_search_text
from news.models import Article, Category

_seq = count(1)


def category(name: str = "") -> Category:
    return Category.objects.create(name=name or f"Chuyên mục {next(_seq)}")


def article(
    title: str = "",
    *,
    sapo: str = "Tin hoạt động của Mặt trận.",
    body: str = "<p>Nội dung.</p>",
    status: str = Article.Status.PUBLISHED,
    days_ago: float = 1,
    **fields,
) -> Article:
    """A published article ``days_ago`` days old unless told otherwise."""
    publish_at = fields.pop("publish_at", timezone.now() - dt.timedelta(days=days_ago))
    if status in (Article.Status.DRAFT, Article.Status.PENDING) and "publish_at" not in fields:
        publish_at = None
    return Article.objects.create(
        title=title or f"Bài số {next(_seq)}",
        sapo=sapo,
        body=body,
        status=status,
        publish_at=publish_at,
        byline=fields.pop("byline", ""),
        **fields,
    )


def conference(
    title: str = "",
    *,
    summary: str = "",
    days_ago: float = 30,
    status: str = Conference.Status.PUBLISHED,
    visibility: str = Conference.Visibility.PUBLIC,
    people: tuple[tuple[str, str], ...] = (),
    opinions: tuple[tuple[str, str], ...] = (),
    **fields,
) -> Conference:
    """A conference; ``people`` are (full name, position); ``opinions`` (speaker, content)."""
    conf = Conference.objects.create(
        title=title or f"Hội nghị số {next(_seq)}",
        summary=summary,
        starts_at=timezone.now() - dt.timedelta(days=days_ago),
        status=status,
        visibility=visibility,
        **fields,
    )
    for order, (name, position) in enumerate(people):
        person = Person.objects.create(full_name=name)
        Participation.objects.create(conference=conf, person=person, position=position, order=order)
    if opinions:
        subject = CriticismSubject.objects.create(
            conference=conf, document_title="Dự thảo Nghị quyết về nhiệm vụ trọng tâm"
        )
        for order, (speaker, content) in enumerate(opinions):
            Opinion.objects.create(
                subject=subject, speaker_name=speaker, content=content, order=order
            )
    if people or opinions:
        conference_refresh_search_text(conference=conf)
        conf.refresh_from_db()
    return conf


def official(username: str = "canbo") -> User:
    """A staff user allowed to see internal conferences."""
    user = User.objects.create_user(username=username, password="x" * 16, is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_internal_conference"))
    return user


def citizen(username: str = "dan") -> User:
    return User.objects.create_user(username=username, password="x" * 16)
