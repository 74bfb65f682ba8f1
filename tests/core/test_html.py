"""The nh3 news allow-list (core/html.py): what is removed and what is kept intact."""

import pytest

from core.html import sanitize_news_html


@pytest.mark.parametrize(
    ("dirty", "clean"),
    [
        ("<p>Chào<script>alert(1)</script></p>", "<p>Chào</p>"),
        ("<p onclick=\"alert(1)\" onmouseover='x()'>Chào</p>", "<p>Chào</p>"),
        (
            '<img src="/media/a.jpg" alt="Ảnh" onerror="alert(1)">',
            '<img src="/media/a.jpg" alt="Ảnh">',
        ),
        (
            '<a href="javascript:alert(1)">bấm</a>',
            '<a rel="noopener noreferrer">bấm</a>',
        ),
        ('<a href="JaVaScRiPt:alert(1)">bấm</a>', '<a rel="noopener noreferrer">bấm</a>'),
        ('<p style="color:red">Đỏ</p><style>p{}</style>', "<p>Đỏ</p>"),
        ('<iframe src="https://evil.example"></iframe><p>Tin</p>', "<p>Tin</p>"),
        ('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', '<img alt="x">'),
        ("<svg><script>alert(1)</script></svg><p>Tin</p>", "<p>Tin</p>"),
        ("<h1>Tiêu đề</h1>", "Tiêu đề"),
        ("<div><span>chữ</span></div>", "chữ"),
        ("<p>a<!-- ghi chú --></p>", "<p>a</p>"),
        (
            '<a href="https://x.vn" target="_blank" rel="opener">x</a>',
            '<a href="https://x.vn" rel="noopener noreferrer">x</a>',
        ),
    ],
)
def test_dangerous_markup_is_removed(dirty, clean):
    assert sanitize_news_html(dirty) == clean


ALLOWED = (
    "<h2>Hội nghị</h2><h3>Phần 1</h3><h4>Mục a</h4>"
    "<p><strong>Đậm</strong> <em>nghiêng</em> <u>gạch dưới</u> <s>gạch ngang</s><br>dòng mới</p>"
    "<blockquote><p>Trích dẫn</p></blockquote>"
    "<ul><li>một</li></ul><ol><li>hai</li></ol>"
    '<p><a href="https://mattran.org.vn/" rel="noopener noreferrer">liên kết</a> '
    '<a href="http://caugiay.hanoi.gov.vn/" rel="noopener noreferrer">http</a> '
    '<a href="mailto:lienhe@example.vn" rel="noopener noreferrer">thư</a></p>'
    '<figure class="image"><img src="/media/news/uploads/a.jpg" alt="Toàn cảnh hội nghị" '
    'width="800" height="533"><figcaption>Toàn cảnh hội nghị</figcaption></figure>'
    "<table><caption>Kết quả</caption><thead><tr><th>Cột</th></tr></thead>"
    '<tbody><tr><td colspan="2">Ô</td></tr></tbody></table><hr>'
)


def test_allowed_markup_is_kept_intact():
    assert sanitize_news_html(ALLOWED) == ALLOWED


def test_links_get_noopener_noreferrer():
    assert sanitize_news_html('<a href="https://x.vn">x</a>') == (
        '<a href="https://x.vn" rel="noopener noreferrer">x</a>'
    )


def test_only_the_image_class_survives_on_figure():
    assert sanitize_news_html('<figure class="evil"><figcaption>c</figcaption></figure>') == (
        "<figure><figcaption>c</figcaption></figure>"
    )


def test_empty_input():
    assert sanitize_news_html("") == ""
