"""What the read counters bring to the site (core/sections.py): every anonymous read of an
article page is counted, from the page cache or not, and the home page shows the most read."""

from core.sections import Block, Section, shown_on_page
from readership.counters import most_read, record_view

HOME_MOST_READ = 5


def count_article_read(request, meta) -> None:
    if "article" in meta:
        record_view(request, meta["article"])


def home_most_read(request) -> dict:
    """The most read articles the home page does not already show in its news blocks."""
    shown = shown_on_page(request, "news.Article")
    ranked = most_read(days=30, limit=HOME_MOST_READ + len(shown))
    articles = [article for article in ranked if article.pk not in shown][:HOME_MOST_READ]
    shown.update(article.pk for article in articles)
    return {"most_read": articles, "page_tags": [f"news.article:{a.pk}" for a in articles]}


SECTION = Section(
    on_page_read=count_article_read,
    blocks={
        "home-aside": [Block("readership/includes/home_most_read.html", home_most_read, order=20)],
    },
)
