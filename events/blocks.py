"""The conference section's blocks on other pages (declared in events/section.py)."""

from core.pagecache import object_tag
from events.lookup import LIST_TAG
from events.models import Conference

HOME_CONFERENCES = 4


def home_conferences(request) -> dict:
    """The newest public conferences, for the home page's side column."""
    conferences = list(
        Conference.objects.published()
        .only("title", "slug", "starts_at", "venue", "time_known")
        .order_by("-starts_at")[:HOME_CONFERENCES]
    )
    return {
        "conferences": [{"conference": c, "url": c.get_absolute_url()} for c in conferences],
        "page_tags": [LIST_TAG],
    }


def article_conferences(request, article) -> dict | None:
    """Conferences recorded from an article that the reader may see, at the article's end."""
    user = getattr(request, "user", None)
    if user is None:
        return None
    conferences = list(
        Conference.objects.visible_to(user).filter(articles=article).order_by("-starts_at")[:10]
    )
    return {
        "conferences": [{"conference": c, "url": c.get_absolute_url()} for c in conferences],
        "page_tags": [object_tag(c) for c in conferences],
    }
