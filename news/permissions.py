"""Who may do what with articles. Checked on the server by the admin and the services.

- Writers ("Phóng viên"): create articles, edit their own drafts (and articles sent back to
  draft), submit them for review. Never publish, schedule, withdraw, or edit a published,
  pending or another writer's article.
- Editors ("Biên tập viên", permission ``news.publish_article``): edit any article, publish,
  schedule, withdraw.
- Superusers: everything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from news.models import Article

WRITERS_GROUP = "Phóng viên"
EDITORS_GROUP = "Biên tập viên"


def can_publish(user) -> bool:
    """Editors and superusers: publish, schedule, withdraw, edit any article."""
    return bool(
        user is not None
        and user.is_authenticated
        and user.is_active
        and user.has_perm("news.publish_article")
    )


def can_edit(user, article: Article | None) -> bool:
    """May ``user`` change ``article`` (None: the add form)?"""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if article is None or article.pk is None:
        return user.has_perm("news.add_article")
    if not user.has_perm("news.change_article"):
        return False
    if can_publish(user):
        return True
    return article.author_id == user.pk and article.status == article.Status.DRAFT


def can_submit(user, article: Article) -> bool:
    """May ``user`` send ``article`` for review (its author, or an editor)?"""
    if article.status != article.Status.DRAFT:
        return False
    return can_edit(user, article)
