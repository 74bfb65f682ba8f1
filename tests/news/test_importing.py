"""The parser of the old portal's export (news/importing.py): pure, no database."""

import unicodedata
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from core.html import pending_photo_captions, pending_photo_figure
from news.importing import (
    BlockKind,
    ExportFormatError,
    is_caption,
    legacy_path,
    legacy_url_for,
    parse_date_line,
    parse_export,
    read_export,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "import"
SAMPLE = FIXTURES / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"
SHARED_SAMPLE = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "samples"
    / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"
)
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def minimal(date_line="10/06/2023 - 03:37 PM", body="Đoạn mở đầu của bài viết."):
    return f"Tiêu đề bài viết\n\n{date_line}\n{body}\n"


@pytest.fixture(scope="module")
def sample():
    return read_export(SAMPLE)


# --- The sample, field by field -----------------------------------------------------------


def test_fixture_is_an_exact_copy_of_the_shared_sample():
    if not SHARED_SAMPLE.exists():
        pytest.skip(f"không có mẫu dùng chung {SHARED_SAMPLE} để đối chiếu bản sao")
    assert SAMPLE.read_bytes() == SHARED_SAMPLE.read_bytes()


def test_sample_title(sample):
    assert sample.title == (
        "Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết chương trình phối hợp "
        "với Hội Chữ thập đỏ quận giai đoạn 2023- 2027 và phản biện xã hội vào dự thảo "
        "Nghị quyết về nhiệm vụ trọng tâm công tác 6 tháng cuối năm 2023 của quận"
    )


def test_sample_publication_time_is_afternoon_in_hanoi(sample):
    assert sample.published_at == datetime(2023, 6, 10, 15, 37, tzinfo=HCM)
    assert sample.published_at.utcoffset().total_seconds() == 7 * 3600


def test_sample_sapo_is_the_first_paragraph(sample):
    assert sample.sapo.startswith("Sáng ngày 09/6/2023, Ban Thường trực Ủy ban MTTQ")
    assert sample.sapo.endswith("6 tháng cuối năm 2023 của quận Cầu Giấy.")
    # The sapo is not repeated in the body.
    assert "Sáng ngày 09/6/2023" not in sample.body_html


def test_sample_body_paragraphs_in_order(sample):
    starts = [text[:20] for text in sample.paragraphs]
    assert starts == [
        "Dự hội nghị có các đ",
        "Thay mặt lãnh đạo 2 ",
        "Chương trình phối hợ",
        "Kết thúc phần ký kết",
        "Sau phần phát biểu k",
        "Tại hội nghị, đã có ",
        "Phát biểu tiếp thu ý",
        "Kết luận hội nghị, đ",
    ]
    assert sample.paragraphs[-1].endswith("ngày càng phát triển./.")


def test_sample_captions(sample):
    assert sample.captions == [
        "Các đồng chí đại diện lãnh đạo quận chứng kiến ký kết chương trình phối hợp giai "
        "đoạn 2023- 2027 giữa Ủy ban MTTQ Việt Nam và Hội Chữ thập đỏ quận",
        "Toàn cảnh hội nghị",
    ]
    # Captions sit where they were, between the paragraphs they illustrate.
    kinds = [block.kind for block in sample.blocks]
    assert kinds.index(BlockKind.CAPTION) == 3
    # Each waits in place for the photo the export lost (core.html.pending_photo_figure).
    assert pending_photo_figure("Toàn cảnh hội nghị") in sample.body_html
    assert pending_photo_captions(sample.body_html) == sample.captions
    assert "<em>" not in sample.body_html


def test_sample_long_line_without_final_period_stays_a_paragraph(sample):
    line = next(p for p in sample.paragraphs if p.startswith("Thay mặt lãnh đạo"))
    assert not line.endswith(".")
    assert f"<p>{line}</p>" in sample.body_html


def test_sample_source_line(sample):
    assert sample.source == "Quận Cầu Giấy"
    assert "Quận Cầu Giấy</p>" not in sample.body_html.splitlines()[-1]


def test_sample_chrome_and_blank_lines_are_dropped(sample):
    everything = " ".join([sample.title, sample.sapo, sample.source, sample.body_html])
    assert "Các tin tức khác" not in everything
    assert "danh mục tin tức" not in everything
    assert "Hàng Việt Nam được người tiêu dùng yêu thích" not in everything
    assert "\xa0" not in everything
    assert "<p></p>" not in sample.body_html
    assert len(sample.blocks) == 10


def test_sample_typos_are_kept(sample):
    assert "tinh thần tươgn thân, tương ái" in sample.body_html


def test_sample_is_nfc(sample):
    for text in (sample.title, sample.sapo, sample.source, sample.body_html):
        assert unicodedata.is_normalized("NFC", text)


# --- Dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("10/06/2023 - 03:37 PM", (2023, 6, 10, 15, 37)),
        ("10/06/2023 - 03:37 AM", (2023, 6, 10, 3, 37)),
        ("01/01/2024 - 12:05 AM", (2024, 1, 1, 0, 5)),  # just after midnight
        ("01/01/2024 - 12:05 PM", (2024, 1, 1, 12, 5)),  # just after noon
        ("31/12/2023 - 11:59 PM", (2023, 12, 31, 23, 59)),
        ("5/9/2023 - 7:00 am", (2023, 9, 5, 7, 0)),
        ("05/09/2023 - 07:00 p.m.", (2023, 9, 5, 19, 0)),
        ("05/09/2023 - 19:00", (2023, 9, 5, 19, 0)),  # no AM/PM: 24-hour
    ],
)
def test_date_line(line, expected):
    assert parse_date_line(line) == datetime(*expected, tzinfo=HCM)


def test_date_is_day_first():
    assert parse_date_line("10/06/2023 - 03:37 PM").month == 6


@pytest.mark.parametrize(
    "line",
    ["13/13/2023 - 03:37 PM", "31/02/2023 - 10:00 AM", "10/06/2023 - 13:37 PM", "10/06/2023"],
)
def test_bad_date_line_is_rejected_with_a_reason(line):
    with pytest.raises(ExportFormatError):
        parse_date_line(line)


# --- Normalisation and escaping ------------------------------------------------------------


def test_nfd_input_is_stored_nfc():
    text = unicodedata.normalize(
        "NFD", minimal(body="Hội nghị phản biện xã hội tại phường Dịch Vọng.")
    )
    parsed = parse_export(text)
    assert parsed.title == "Tiêu đề bài viết"
    assert unicodedata.is_normalized("NFC", parsed.title)
    assert parsed.sapo == "Hội nghị phản biện xã hội tại phường Dịch Vọng."
    assert unicodedata.is_normalized("NFC", parsed.sapo)


def test_nfd_and_nfc_exports_give_the_same_fingerprint():
    text = minimal()
    nfd = unicodedata.normalize("NFD", text)
    assert parse_export(text).fingerprint == parse_export(nfd).fingerprint


def test_text_that_looks_like_html_is_escaped():
    parsed = parse_export(
        minimal(
            body="Mở đầu.\nDùng thẻ <script>alert(1)</script> & <b>đậm</b> trong bài.\n"
            "Ảnh <img src=x onerror=alert(1)>"
        )
    )
    assert "<script>" not in parsed.body_html
    # The caption line "Ảnh <img …>" waits for a photo: its text escaped under the stand-in.
    assert parsed.body_html.count("<img") == 1
    assert "<figcaption>Ảnh &lt;img src=x onerror=alert(1)&gt;</figcaption>" in parsed.body_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;đậm&lt;/b&gt;" in parsed.body_html


def test_crlf_bom_and_nbsp_only_lines():
    text = (
        "\ufeffTiêu đề\r\n\r\n10/06/2023 - 03:37 PM\r\nMở đầu.\r\n\xa0\r\n \xa0 \r\nThân bài.\r\n"
    )
    parsed = parse_export(text)
    assert parsed.title == "Tiêu đề"
    assert parsed.sapo == "Mở đầu."
    assert parsed.body_html == "<p>Thân bài.</p>"


def test_nbsp_inside_text_becomes_a_plain_space():
    parsed = parse_export(minimal(body="Hội\xa0nghị  đã\u200bdiễn ra."))
    assert parsed.sapo == "Hội nghị đã diễn ra."


# --- Captions and source ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Toàn cảnh hội nghị",
        "Đồng chí Nguyễn Thị Thanh, Chủ tịch Ủy ban MTTQ Việt Nam quận phát biểu",
        "Các đại biểu dự hội nghị",
        "“Ngày hội Đại đoàn kết toàn dân tộc” tại khu dân cư số 5",
    ],
)
def test_caption_lines(line):
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kết thúc phần ký kết, hội nghị tiếp tục.",  # ends with a period
        "Thành phần gồm:",  # introduces a list
        "- Tuyên truyền các giá trị nhân đạo",  # list item
        "1. Tổ chức vận động",  # numbered item
        "II. NHIỆM VỤ TRỌNG TÂM",  # numbered heading
        "NHIỆM VỤ TRỌNG TÂM",  # all-capitals heading
        "tiếp theo của đoạn trước không có dấu chấm",  # lowercase: a continuation
        "Hội nghị kết thúc. Các đại biểu chụp ảnh lưu niệm",  # two sentences
        "Thay mặt lãnh đạo 2 cơ quan, đồng chí Ngô Đức Cường – Phó Chủ tịch Ủy ban MTTQ "
        "Việt Nam đã trình bày tóm tắt những nội dung cơ bản trong chương trình phối hợp "
        "giữa Ủy ban MTTQ Việt Nam và Ban Thường vụ Hội Chữ thập đỏ quận giai đoạn 2023- 2027",
    ],
)
def test_not_caption_lines(line):
    assert not is_caption(line)


def test_source_line_after_end_mark_without_indentation():
    parsed = parse_export(minimal(body="Mở đầu.\nKết thúc bài viết./.\nPhường Dịch Vọng"))
    assert parsed.source == "Phường Dịch Vọng"
    assert "Phường Dịch Vọng" not in parsed.body_html


def test_source_line_with_prefix():
    parsed = parse_export(minimal(body="Mở đầu.\nThân bài.\nNguồn: Ban Tuyên giáo quận"))
    assert parsed.source == "Ban Tuyên giáo quận"


def test_last_caption_is_not_mistaken_for_the_source():
    parsed = parse_export(minimal(body="Mở đầu.\nThân bài.\nToàn cảnh buổi lễ"))
    assert parsed.source == ""
    assert parsed.captions == ["Toàn cảnh buổi lễ"]


def test_article_without_source_line():
    parsed = parse_export(minimal(body="Mở đầu.\nThân bài./."))
    assert parsed.source == ""
    assert parsed.paragraphs == ["Thân bài./."]


def test_chrome_marker_is_recognised_in_any_case_and_form():
    text = unicodedata.normalize("NFD", minimal(body="Mở đầu.\nCÁC TIN TỨC KHÁC\nTin khác"))
    parsed = parse_export(text)
    assert parsed.blocks == ()


def test_wrapped_title_is_joined():
    parsed = parse_export("Dòng đầu tiêu đề\ndòng thứ hai\n\n10/06/2023 - 03:37 PM\nMở đầu.\n")
    assert parsed.title == "Dòng đầu tiêu đề dòng thứ hai"


# --- Unparsable input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "rỗng"),
        ("\xa0\n  \n", "rỗng"),
        ("Tiêu đề\n\nkhông có ngày\nĐoạn văn.\n", "ngày giờ"),
        ("10/06/2023 - 03:37 PM\nĐoạn văn.\n", "tiêu đề"),
        ("Tiêu đề\n\n10/06/2023 - 03:37 PM\n", "đoạn văn"),
        ("Tiêu đề\n\n10/06/2023 - 03:37 PM\nCác tin tức khác\nBài khác.\n", "đoạn văn"),
    ],
)
def test_unparsable_text_gives_a_vietnamese_reason(text, reason):
    with pytest.raises(ExportFormatError, match=reason):
        parse_export(text)


def test_non_utf8_file(tmp_path):
    path = tmp_path / "cp1258.txt"
    path.write_bytes(minimal().encode("cp1258", errors="replace"))
    with pytest.raises(ExportFormatError, match="UTF-8"):
        read_export(path)


def test_missing_file(tmp_path):
    with pytest.raises(ExportFormatError, match="không đọc được"):
        read_export(tmp_path / "khong-co.txt")


# --- Legacy URLs ---------------------------------------------------------------------------


def test_legacy_url_from_prefix_and_file_name():
    path = Path("/tmp/xuat/cau-giay-2023-06-10-ky-ket-va-phan-bien.txt")
    assert (
        legacy_url_for(path, "http://mttq.example.vn/tin-tuc/")
        == "http://mttq.example.vn/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien"
    )
    assert (
        legacy_url_for(path, "http://mttq.example.vn/tin-tuc/{name}.html")
        == "http://mttq.example.vn/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien.html"
    )


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("http://mttq.example.vn/tin-tuc/bai-1.html", "/tin-tuc/bai-1.html"),
        ("http://mttq.example.vn/tin-tuc/bai-1/", "/tin-tuc/bai-1"),
        ("/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B", "/tin-tuc/hội-nghị"),
        ("http://mttq.example.vn/index.php?id=12&cat=3", "/index.php?id=12&cat=3"),
        ("http://mttq.example.vn", "/"),
    ],
)
def test_legacy_path(url, path):
    assert legacy_path(url) == path
