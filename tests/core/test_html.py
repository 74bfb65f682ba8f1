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


# --- every tag removed with its content, table cells, schemes (make mutate MODULE=core/html.py)


@pytest.mark.parametrize(
    "tag", ["script", "style", "iframe", "object", "noscript", "template", "svg", "math"]
)
def test_tags_dropped_with_their_content(tag):
    dirty = f"<p>Tin</p><{tag}>nội dung ẩn</{tag}><p>Hết</p>"
    assert sanitize_news_html(dirty) == "<p>Tin</p><p>Hết</p>"


def test_embed_is_dropped():
    # <embed> is a void element: it has no content, the text after it is the article's
    assert sanitize_news_html('<p>Tin<embed src="/media/a.swf" type="x"></p>') == "<p>Tin</p>"


def test_other_unknown_tags_keep_their_text():
    # Only the tags above take their content with them; <video>, <form>, <span>… keep the text
    assert sanitize_news_html("<p><video>Lời dẫn</video> <span>chú thích</span></p>") == (
        "<p>Lời dẫn chú thích</p>"
    )


def test_table_cells_keep_colspan_and_rowspan_and_nothing_else():
    dirty = (
        '<table><tr><th scope="col" colspan="2" rowspan="2" abbr="a" align="left" style="x">T</th>'
        '<td colspan="2" rowspan="3" style="color:red" class="c" width="9" headers="h">Ô</td>'
        "</tr></table>"
    )
    assert sanitize_news_html(dirty) == (
        '<table><tbody><tr><th scope="col" colspan="2" rowspan="2">T</th>'
        '<td colspan="2" rowspan="3">Ô</td></tr></tbody></table>'
    )


def test_td_has_no_scope():
    assert sanitize_news_html('<table><tr><td scope="row">Ô</td></tr></table>') == (
        "<table><tbody><tr><td>Ô</td></tr></tbody></table>"
    )


def test_images_keep_size_and_alt_but_no_class_or_handlers():
    dirty = '<img src="https://x.vn/a.jpg" alt="Ảnh" width="800" height="533" class="c" style="s">'
    assert sanitize_news_html(dirty) == (
        '<img src="https://x.vn/a.jpg" alt="Ảnh" width="800" height="533">'
    )


@pytest.mark.parametrize(
    ("href", "kept"),
    [
        ("https://mattran.org.vn/", True),
        ("http://caugiay.hanoi.gov.vn/", True),
        ("mailto:lienhe@example.vn", True),
        ("/trang/gioi-thieu/", True),  # relative: kept
        ("ftp://example.vn/a.doc", False),
        ("data:text/html,x", False),
        ("vbscript:msgbox(1)", False),
    ],
)
def test_link_schemes(href, kept):
    expected = (
        f'<a href="{href}" rel="noopener noreferrer">x</a>'
        if kept
        else ('<a rel="noopener noreferrer">x</a>')
    )
    assert sanitize_news_html(f'<a href="{href}">x</a>') == expected


def test_attributes_of_one_tag_are_not_allowed_on_another():
    assert sanitize_news_html('<p href="https://x.vn" colspan="2" src="/a.jpg">x</p>') == "<p>x</p>"


def test_result_is_trimmed():
    assert sanitize_news_html("  \n<p>Tin</p>\n  ") == "<p>Tin</p>"


@pytest.mark.parametrize("blank", [None, ""])
def test_nothing_gives_the_empty_string(blank):
    assert sanitize_news_html(blank) == ""


# --- CKEditor's caption placeholder, and captions waiting for a photo -------------------------

IMG = '<img src="/media/a.jpg" alt="Hội trường">'


@pytest.mark.parametrize(
    "caption", ["Nhãn", "nhãn", "Caption", "", " ", "&nbsp;", "<br>", "Nhãn<br>", " Nhãn "]
)
def test_a_placeholder_or_empty_caption_is_dropped(caption):
    dirty = f'<figure class="image">{IMG}<figcaption>{caption}</figcaption></figure>'
    assert sanitize_news_html(dirty) == f'<figure class="image">{IMG}</figure>'


@pytest.mark.parametrize("caption", ["Nhãn hiệu hàng Việt", "Toàn cảnh hội nghị", "0"])
def test_a_real_caption_is_kept(caption):
    clean = f'<figure class="image">{IMG}<figcaption>{caption}</figcaption></figure>'
    assert sanitize_news_html(clean) == clean


def test_a_caption_of_a_photo_next_to_a_waiting_one_is_not_counted():
    from core.html import pending_photo_captions, pending_photo_figure

    photo = f'<figure class="image">{IMG}<figcaption>Có ảnh</figcaption></figure>'
    html = f"<p>Mở đầu.</p>{photo}{pending_photo_figure('Chờ ảnh')}"
    assert pending_photo_captions(html) == ["Chờ ảnh"]


def test_a_waiting_figure_without_caption_counts_as_an_empty_caption():
    from core.html import PENDING_PHOTO_SRC, pending_photo_captions

    figure = f'<figure class="image"><img src="{PENDING_PHOTO_SRC}" alt=""></figure>'
    assert pending_photo_captions(figure) == [""]
    assert pending_photo_captions(figure + figure) == ["", ""]


@pytest.mark.parametrize("empty", [None, ""])
def test_no_body_has_no_waiting_caption(empty):
    from core.html import pending_photo_captions, without_pending_photos

    assert pending_photo_captions(empty) == []
    assert without_pending_photos(empty) == ""


def test_a_lone_stand_in_is_removed_for_readers_and_the_rest_kept():
    from core.html import PENDING_PHOTO_SRC, without_pending_photos

    lone = f'<img src="{PENDING_PHOTO_SRC}" alt="">'
    assert without_pending_photos(f"<p>Một.</p>{lone}<p>Hai.</p>") == "<p>Một.</p><p>Hai.</p>"
    assert without_pending_photos(f"<p>Một {lone} hai.</p>") == "<p>Một  hai.</p>"
