"""Old links shared on social networks carry tracking parameters; they still reach the
imported article (issue 20, item 10)."""

import pytest
from django.utils import timezone

from news.models import Article

pytestmark = pytest.mark.django_db


def imported(title, legacy_url):
    return Article.objects.create(
        title=title,
        body="<p>Nội dung</p>",
        status=Article.Status.PUBLISHED,
        publish_at=timezone.now(),
        legacy_url=legacy_url,
    )


@pytest.mark.parametrize(
    "query",
    [
        "fbclid=IwAR0abc",
        "utm_source=facebook&utm_medium=social&utm_campaign=tet",
        "gclid=xyz&utm_content=a",
        "zarsrc=30&utm_source=zalo",
    ],
)
def test_tracking_parameters_are_ignored(client, query):
    article = imported("Hội nghị", "http://mttq-cu.example.vn/tin-tuc/hoi-nghi-123.html")
    response = client.get(f"/tin-tuc/hoi-nghi-123.html?{query}")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_real_parameters_still_count(client):
    article = imported("Tin số 5", "http://mttq-cu.example.vn/index.php?id=5")
    response = client.get("/index.php?fbclid=abc&id=5&utm_source=x")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()
    assert client.get("/index.php?id=6&fbclid=abc").status_code == 404
