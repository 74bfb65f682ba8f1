"""The home page shows each article once (issue 20, item 26): the top story, the latest news,
the category blocks and "Đọc nhiều" never repeat one another; the header carries today's date."""

from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import timezone
from lxml import html as lxml_html

from readership.models import ArticleDailyViews
from tests.factories.news import make_article, make_category

pytestmark = pytest.mark.django_db


def sections_linking(client) -> dict[str, set[int]]:
    """For each article URL on the home page, the page sections (by position) that link to it."""
    response = client.get("/")
    assert response.status_code == 200
    tree = lxml_html.fromstring(response.content.decode())
    sections = tree.xpath("//main//section")
    found = defaultdict(set)
    for index, section in enumerate(sections):
        for link in section.xpath(".//a[starts-with(@href, '/tin-tuc/')]"):
            # Only the section a link directly belongs to (sections do not nest here).
            found[link.get("href")].add(index)
    return found


def test_no_article_shows_twice(client, site_settings):
    categories = [make_category(f"Chuyên mục {i}", order=i) for i in range(3)]
    articles = []
    for i in range(15):
        articles.append(
            make_article(
                f"Tin số {i}",
                category=categories[i % 3],
                ago=timedelta(hours=i + 1),
                featured=(i == 9),  # an older featured story is the top story
                cover=(i % 4 == 0),
            )
        )
    today = timezone.localdate()
    for rank, article in enumerate(articles):  # every article has been read
        ArticleDailyViews.objects.create(article=article, day=today, views=100 - rank)

    found = sections_linking(client)
    repeated = {url: places for url, places in found.items() if len(places) > 1}
    assert repeated == {}
    # Every article still appears somewhere (15 articles: 1 top, 6 latest, 3 blocks, most read).
    shown = {a.get_absolute_url() for a in articles} & set(found)
    assert len(shown) >= 14


def test_the_category_blocks_show_what_the_top_does_not(client, site_settings):
    category = make_category("Hoạt động Mặt trận", order=1)
    for i in range(7):
        make_article(f"Tin chung {i}", ago=timedelta(minutes=i + 1))
    make_article("Tin chuyên mục cũ", category=category, ago=timedelta(days=2))
    html = client.get("/").content.decode()
    block = html[html.index("Hoạt động Mặt trận</a></h2>") :]
    assert "Tin chuyên mục cũ" in block


def test_most_read_leaves_out_what_the_page_shows_above(client, site_settings):
    shown = make_article("Tin mới và đọc nhiều", ago=timedelta(minutes=1))
    older = [make_article(f"Tin cũ {i}", ago=timedelta(days=3 + i)) for i in range(8)]
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=shown, day=today, views=500)
    ArticleDailyViews.objects.create(article=older[-1], day=today, views=10)
    html = client.get("/").content.decode()
    box = html[html.index('id="most-read-title"') :]
    box = box[: box.index("</section>")]
    assert "Tin cũ 7" in box
    assert "Tin mới và đọc nhiều" not in box


@time_machine.travel(datetime(2026, 12, 7, 23, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")))
def test_the_header_carries_today_in_vietnamese(client, site_settings):
    html = client.get("/").content.decode()
    header = html[html.index('class="site-header"') : html.index("</header>")]
    assert '<time datetime="2026-12-07">Thứ Hai, ngày 07/12/2026</time>' in header
