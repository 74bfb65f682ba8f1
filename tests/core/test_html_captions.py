"""Captions waiting for a photo (core/html.py): kept for editors, hidden from readers."""

from core.html import (
    PENDING_PHOTO_SRC,
    pending_photo_captions,
    pending_photo_figure,
    sanitize_news_html,
    without_pending_photos,
)

PHOTO = (
    '<figure class="image"><img src="/media/news/uploads/a.jpg" alt="Hội trường">'
    "<figcaption>Toàn cảnh hội nghị</figcaption></figure>"
)


def test_a_waiting_caption_survives_the_sanitizer_as_ckeditors_captioned_image():
    figure = pending_photo_figure("Các đồng chí chứng kiến ký kết <giai đoạn> 2023- 2027")
    assert sanitize_news_html(figure) == figure
    assert figure.startswith('<figure class="image"><img src="' + PENDING_PHOTO_SRC)
    # Plain text in, escaped once; the typo stays (content is never fixed silently).
    assert "&lt;giai đoạn&gt; 2023- 2027</figcaption>" in figure


def test_readers_get_neither_the_stand_in_nor_its_caption():
    html = "<p>Một.</p>\n" + pending_photo_figure("Toàn cảnh hội nghị") + "\n<p>Hai.</p>"
    shown = without_pending_photos(html)
    assert shown == "<p>Một.</p>\n\n<p>Hai.</p>"
    assert "Toàn cảnh" not in shown and "chua-co-anh" not in shown


def test_a_caption_with_its_photo_attached_is_shown():
    html = pending_photo_figure("Toàn cảnh ngày hội") + PHOTO
    assert without_pending_photos(html) == PHOTO
    assert without_pending_photos(PHOTO) == PHOTO
    assert pending_photo_captions(PHOTO) == []


def test_a_stand_in_without_caption_is_hidden_and_still_counted():
    # An editor unticked "Có chú thích hiện dưới ảnh": CKEditor writes the picture in a <p>.
    html = f'<p><img src="{PENDING_PHOTO_SRC}" alt=""></p><p>Nội dung.</p>'
    assert without_pending_photos(html) == "<p>Nội dung.</p>"
    assert pending_photo_captions(html) == [""]


def test_the_stand_in_is_recognised_under_another_static_address():
    html = pending_photo_figure("Toàn cảnh").replace("/static/", "https://cdn.example.vn/s/")
    assert pending_photo_captions(html) == ["Toàn cảnh"]
    assert without_pending_photos(html) == ""


def test_waiting_captions_are_read_back_as_plain_text_in_order():
    html = pending_photo_figure("Ký kết & trao quà") + PHOTO + pending_photo_figure("Toàn cảnh")
    assert pending_photo_captions(html) == ["Ký kết & trao quà", "Toàn cảnh"]


def test_text_without_any_stand_in_is_returned_unchanged():
    html = "<p>&nbsp;</p><p>Tin.</p>"
    assert without_pending_photos(html) == html
    assert without_pending_photos("") == ""
