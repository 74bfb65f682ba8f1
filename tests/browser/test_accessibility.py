"""axe-core on the pages people use most, with the demo content (`make run`), on a 390 px phone
and a 1280 px desktop: no serious or critical violation, no sideways scrolling, no broken
image. Each page is also saved as a screenshot for a person to look at."""

import pytest

from demo.events import SLUG as SAMPLE_CONFERENCE_SLUG
from events.models import Person
from news.models import Article
from tests.browser.conftest import (
    DESKTOP,
    PHONE,
    THANH,
    axe_violations,
    describe,
    load_images,
    shoot,
)

pytestmark = pytest.mark.django_db(transaction=True)


def pages() -> list[tuple[str, str]]:
    sample_article = Article.objects.published().get(featured=True)
    return [
        ("home", "/"),
        ("article", sample_article.get_absolute_url()),
        ("news-list", "/tin-tuc/"),
        ("search", "/tim-kiem/?q=cau+giay"),
        ("conference-list", "/hoi-nghi/"),
        ("conference", f"/hoi-nghi/{SAMPLE_CONFERENCE_SLUG}/"),
        ("person", Person.objects.get(full_name=THANH).get_absolute_url()),
        ("sign-in", "/dang-nhap/"),
        # Forms showing their error messages, and the error page.
        ("search-bad-date", "/tim-kiem/?q=cau+giay&from=31/02/2023"),
        ("conference-list-bad-date", "/hoi-nghi/?year=2023&from=31/02/2023"),
        ("not-found", "/tin-tuc/khong-co-bai-nay/"),
    ]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["390", "1280"])
def test_main_pages_have_no_serious_accessibility_violations(new_page, demo_site, viewport):
    page = new_page(viewport)
    problems = []
    for name, url in pages():
        response = page.goto(url)
        assert response.status == (404 if name == "not-found" else 200), url
        broken = load_images(page)
        if broken:
            problems.append(f"{name} ({url}): broken images {broken}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"{name} ({url}): scrolls sideways, {width}px wide")
        shoot(page, f"a11y-{name}-{viewport['width']}")
        violations = axe_violations(page)
        if violations:
            problems.append(f"{name} ({url}):\n{describe(violations)}")
    assert not problems, "\n".join(problems)
