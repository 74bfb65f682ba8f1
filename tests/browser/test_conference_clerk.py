"""The clerk drafts the sample conference from its article (issue 18), in a real browser.

The participant table fits its box at 1280 px (it used to be 1,361 px wide in 901 px, the
"Cơ quan lúc đó" and "Vai trò" columns off-screen) and reflows into cards on a phone; each
person is one row with every role ticked and the spelled-out position shown under the field.
"""

import pytest

from tests.browser.conftest import DESKTOP, PHONE, log_in, shoot
from tests.factories.events import at, sample_text
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db(transaction=True)

MEASURE = """() => {
    const box = document.querySelector('.draft-participants');
    return {box: box.clientWidth, content: box.scrollWidth,
            page: document.documentElement.scrollWidth, window: window.innerWidth};
}"""


@pytest.fixture
def sample_article(staff_groups):
    title, body = sample_text()
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return make_article(title, sapo="", body=paragraphs, publish_at=at(10, 6, 2023, 15, 37))


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_draft_participant_table_fits_its_box(new_page, sample_article, viewport):
    make_user("admin", "thuky")
    page = new_page(viewport)
    url = f"/admin/events/conference/tu-bai-viet/{sample_article.pk}/"
    log_in(page, "thuky", next_url=url)
    size = page.evaluate(MEASURE)
    shoot(page, f"draft-participants-{viewport['width']}")
    assert size["content"] <= size["box"], size
    assert size["page"] <= size["window"], size

    rows = page.locator(".draft-participants tbody tr")
    ha = rows.filter(has=page.locator("input[value='Trần Việt Hà']"))
    assert ha.count() == 1  # one row for the person, not one per role
    checked = ha.locator("input[type=checkbox][name$='-roles']:checked")
    assert sorted(checked.evaluate_all("els => els.map(e => e.value)")) == [
        "attending",
        "responding",
    ]
    assert "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận" in ha.inner_text()
    organisation = ha.locator("select[name$='-organization']")
    assert organisation.is_visible()
    box = organisation.bounding_box()
    assert box["x"] + box["width"] <= viewport["width"]  # on screen, not cut off
