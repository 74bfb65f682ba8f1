"""Template tags of the admin home (templates/admin/index.html) and of the article's change
form and history (the notes beside the revisions)."""

from django import template
from django.utils.translation import gettext_lazy as _

from backoffice import home
from news.models import ArticleNote, NotificationPreference

register = template.Library()

# The glossary's weekday names (docs/glossary.md); Django's "vi" locale says "Thứ 2".
WEEKDAYS = (
    _("Thứ Hai"),
    _("Thứ Ba"),
    _("Thứ Tư"),
    _("Thứ Năm"),
    _("Thứ Sáu"),
    _("Thứ Bảy"),
    _("Chủ nhật"),
)


@register.filter
def weekday(value) -> str:
    """ "Thứ Hai" … "Chủ nhật" for a date."""
    return str(WEEKDAYS[value.weekday()]) if value else ""


@register.simple_tag(takes_context=True)
def backoffice_home(context):
    """The signed-in person's queues by role, what changed since their last visit, and their
    notification setting. Records this visit."""
    request = context["request"]
    user = request.user
    since = home.record_visit(user)
    preference = NotificationPreference.objects.filter(user=user).first()
    return {
        "groups": home.role_groups(user),
        "since": since,
        "changes": home.changes_since(request, since),
        "email_on": preference is None or preference.email,
        "has_email": bool(user.email),
    }


@register.simple_tag(takes_context=True)
def article_notes(context, article):
    """The notes on ``article`` the signed-in person may read (ArticleNote.visible_to)."""
    if article is None or getattr(article, "pk", None) is None:
        return []
    user = context["request"].user
    return list(
        ArticleNote.objects.visible_to(user).filter(article=article).select_related("author")
    )
