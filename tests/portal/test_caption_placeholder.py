"""CKEditor's caption placeholder is never stored (issue 20, item 19): ticking "Có chú thích
hiện dưới ảnh" and saving without typing used to publish "Nhãn" under the photo."""

import pytest

from core.html import sanitize_news_html
from tests.factories.news import make_article

pytestmark = pytest.mark.django_db

IMAGE = '<img src="/media/news/uploads/anh.jpg" alt="Toàn cảnh">'


@pytest.mark.parametrize(
    "caption",
    [
        "<figcaption>Nhãn</figcaption>",
        "<figcaption>nhãn </figcaption>",
        "<figcaption>Caption</figcaption>",
        "<figcaption></figcaption>",
        "<figcaption>&nbsp;<br></figcaption>",
    ],
)
def test_placeholder_or_empty_caption_is_not_stored(client, site_settings, caption):
    article = make_article(body=f'<figure class="image">{IMAGE}{caption}</figure><p>Nội dung.</p>')
    article.refresh_from_db()
    assert "figcaption" not in article.body
    assert article.body.startswith('<figure class="image"><img')
    html = client.get(article.get_absolute_url()).content.decode()
    body = html[html.index('class="prose article__body"') :]
    assert "Nhãn" not in body and "<figcaption" not in body[: body.index("</div>")]


@pytest.mark.parametrize("text", ["Toàn cảnh hội nghị", "Nhãn hàng Việt tại hội chợ"])
def test_a_real_caption_is_kept(text):
    html = f'<figure class="image">{IMAGE}<figcaption>{text}</figcaption></figure>'
    assert f"<figcaption>{text}</figcaption>" in sanitize_news_html(html)
