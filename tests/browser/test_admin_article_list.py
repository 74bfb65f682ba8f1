"""The admin's article list fits a 1280 px screen (issue 20, item 25): with the menu and the
filters open, every column is inside the list's box (measured in Chromium)."""

from datetime import timedelta

import pytest

from tests.browser.conftest import DESKTOP, log_in, shoot
from tests.factories.news import make_article, make_category
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_article_list_fits_at_1280(new_page, staff_groups, site_settings):
    editor = make_user("editor")
    category = make_category("Giám sát và phản biện xã hội")
    for i in range(5):
        make_article(
            f"Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội dự thảo số {i}",
            category=category,
            ago=timedelta(days=i),
            featured=(i == 0),
        )
    page = new_page(DESKTOP)
    log_in(page, editor.username, next_url="/admin/news/article/")
    sizes = page.evaluate(
        """() => {
          const table = document.querySelector('#result_list');
          const box = table.closest('.results') || table.parentElement;
          const last = [...table.querySelectorAll('thead th')].pop().getBoundingClientRect();
          return {table: table.scrollWidth, box: box.clientWidth, lastRight: last.right,
                  boxRight: box.getBoundingClientRect().right};
        }"""
    )
    shoot(page, "admin-article-list-1280")
    assert sizes["table"] <= sizes["box"], sizes
    assert sizes["lastRight"] <= sizes["boxRight"] + 1, sizes
