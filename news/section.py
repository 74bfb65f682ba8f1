"""What the news section brings to the site (core/sections.py): its URLs, its menu entry,
its part of /sitemap.xml, the page-cache tags its models drop, when a scheduled article goes
live, its blocks on the home page, its tab of the site search and the news desk's work
queues on the admin home."""

from django.utils.translation import gettext_lazy as _

from core.pagecache import SITE_TAG, object_tag
from core.sections import Block, MenuEntry, Section
from news import blocks, queues
from news.models import Article
from news.search import SEARCH
from news.sitemaps import ArticleSitemap, CategorySitemap, NewsPagesSitemap
from news.views import LIST_TAG


def next_go_live():
    """When the next scheduled article goes live (None if none is scheduled)."""
    return (
        Article.objects.scheduled()
        .order_by("publish_at")
        .values_list("publish_at", flat=True)
        .first()
    )


SECTION = Section(
    urls="news.urls",
    menu=[MenuEntry(_("Tin tức"), "news:article_list", "news", order=30)],
    sitemaps={
        "news": NewsPagesSitemap,
        "articles": ArticleSitemap,
        "categories": CategorySitemap,
    },
    invalidates={
        # An article shows on its page and in every list of news (home, lists, feeds); the
        # "Các tin tức khác" of other articles is a fragment dropped with the lists.
        "news.Article": lambda article: [object_tag(article), LIST_TAG],
        # A category's name is on its articles' pages, the lists and the home page: rare
        # enough to drop every page rather than tag each article page with its category.
        "news.Category": lambda category: [object_tag(category), LIST_TAG, SITE_TAG],
        "news.Tag": lambda tag: [object_tag(tag)],
    },
    next_change=next_go_live,
    search=[SEARCH],
    work_queues=queues.work_queues,
    blocks={
        "home-top": [Block("news/includes/home_top.html", blocks.home_top, order=10)],
        "home-main": [
            Block("news/includes/home_categories.html", blocks.home_categories, order=10)
        ],
        "home-aside": [Block("news/includes/home_feeds.html", blocks.home_feeds, order=90)],
    },
)
