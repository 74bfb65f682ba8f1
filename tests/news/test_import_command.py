"""`manage.py import_articles` and the service behind it (news/importing.py)."""

import shutil
import unicodedata
from datetime import datetime
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from news.importing import ImportOutcome, article_import, parse_export
from news.models import Article, Category

pytestmark = pytest.mark.django_db

SAMPLE = (
    Path(__file__).resolve().parent.parent
    / "fixtures"
    / "import"
    / "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"
)
PREFIX = "http://mttqcaugiay.example.vn/tin-tuc/"
LEGACY_URL = PREFIX + "cau-giay-2023-06-10-ky-ket-va-phan-bien"


def article_text(title="Hội nghị tiếp xúc cử tri phường Dịch Vọng", date="05/12/2023 - 08:15 AM"):
    return (
        f"{title}\n\n{date}\n"
        "Sáng ngày 04/12/2023, Ủy ban MTTQ Việt Nam phường Dịch Vọng tổ chức hội nghị.\n"
        "Các cử tri đã nêu nhiều ý kiến về trật tự đô thị.\n"
        "Toàn cảnh hội nghị\n"
        "\xa0\n"
        "\xa0 \xa0Phường Dịch Vọng\n"
        "\nCác tin tức khác\nBài cũ hơn\n"
    )


def run(*args, **kwargs):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err, **kwargs)
    except CommandError as exc:
        return out.getvalue(), err.getvalue(), exc
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def sample_dir(tmp_path):
    folder = tmp_path / "xuat"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    return folder


# --- The sample, into the database -------------------------------------------------------


def test_sample_is_imported_field_by_field(sample_dir):
    out, err, error = run(
        sample_dir, "--category", "tin-tuc-su-kien", "--legacy-url-prefix", PREFIX
    )
    assert error is None, err
    article = Article.objects.get()
    assert article.title.startswith("Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết")
    assert article.publish_at == datetime(2023, 6, 10, 15, 37, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert article.sapo.startswith("Sáng ngày 09/6/2023, Ban Thường trực")
    assert article.byline == "Quận Cầu Giấy"
    assert article.legacy_url == LEGACY_URL
    assert article.category.slug == "tin-tuc-su-kien"
    assert article.status == Article.Status.DRAFT  # an editor reviews before publishing
    assert article.author is None
    assert "<figcaption>Toàn cảnh hội nghị</figcaption>" in article.body  # waiting for a photo
    assert "tươgn thân" in article.body  # typos are kept
    assert "Các tin tức khác" not in article.body
    assert "Sáng ngày 09/6/2023" not in article.body  # the sapo is not repeated
    assert article.body.count("<p>") == 8 and article.body.count("<figure") == 2
    assert "Nhập mới: 1, cập nhật: 0, không đổi: 0, lỗi: 0." in out


def test_published_status_makes_the_article_public(sample_dir):
    run(sample_dir, "--status", "published")
    assert Article.objects.published().count() == 1


# --- Idempotency -------------------------------------------------------------------------


def test_importing_twice_never_duplicates(sample_dir):
    run(sample_dir, "--legacy-url-prefix", PREFIX)
    first = Article.objects.get()
    out, _err, error = run(sample_dir, "--legacy-url-prefix", PREFIX)
    assert error is None
    assert Article.objects.count() == 1
    again = Article.objects.get()
    assert (again.pk, again.slug, again.version) == (first.pk, first.slug, first.version)
    assert "Nhập mới: 0, cập nhật: 0, không đổi: 1, lỗi: 0." in out


def test_changed_export_updates_the_same_article(sample_dir):
    run(sample_dir, "--legacy-url-prefix", PREFIX)
    first = Article.objects.get()
    path = sample_dir / SAMPLE.name
    path.write_text(
        path.read_text(encoding="utf-8").replace("Toàn cảnh hội nghị", "Quang cảnh hội nghị"),
        encoding="utf-8",
    )
    out, _err, _error = run(sample_dir, "--legacy-url-prefix", PREFIX)
    article = Article.objects.get()
    assert article.pk == first.pk
    assert article.slug == first.slug
    assert "Quang cảnh hội nghị" in article.body
    assert "cập nhật: 1" in out


def test_without_legacy_url_the_fingerprint_keys_the_article(tmp_path):
    path = tmp_path / "bai.txt"
    path.write_text(article_text(), encoding="utf-8")
    run(path)
    run(path)
    # Same page exported again under another file name: still the same article.
    other = tmp_path / "ban-sao.txt"
    other.write_text(article_text(), encoding="utf-8")
    run(other)
    assert Article.objects.count() == 1


def test_a_later_import_with_prefix_adopts_the_article_imported_without(sample_dir):
    run(sample_dir)
    run(sample_dir, "--legacy-url-prefix", PREFIX)
    assert Article.objects.get().legacy_url == LEGACY_URL


def test_reimport_keeps_status_and_category_unless_given(sample_dir):
    run(sample_dir, "--status", "published", "--category", "tin-tuc-su-kien")
    run(sample_dir)  # no --status, no --category
    article = Article.objects.get()
    assert article.status == Article.Status.PUBLISHED
    assert article.category.slug == "tin-tuc-su-kien"


def test_nfd_export_is_stored_nfc_and_matches_the_nfc_import(tmp_path):
    nfc_file = tmp_path / "nfc.txt"
    nfc_file.write_text(article_text(), encoding="utf-8")
    nfd_file = tmp_path / "nfd.txt"
    nfd_file.write_text(unicodedata.normalize("NFD", article_text()), encoding="utf-8")
    run(nfd_file)
    article = Article.objects.get()
    for value in (article.title, article.sapo, article.body, article.byline):
        assert unicodedata.is_normalized("NFC", value)
    assert Article.objects.filter(title__icontains="Dịch Vọng").exists()
    run(nfc_file)
    assert Article.objects.count() == 1


def test_text_that_looks_like_html_is_shown_escaped(tmp_path):
    path = tmp_path / "html.txt"
    path.write_text(
        "Tiêu đề\n\n05/12/2023 - 12:30 AM\nMở đầu.\n"
        "Văn bản có <script>alert(1)</script> và <b>thẻ</b>.\n",
        encoding="utf-8",
    )
    run(path)
    article = Article.objects.get()
    assert "<script>" not in article.body
    assert "<b>" not in article.body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article.body
    assert article.publish_at.astimezone(ZoneInfo("Asia/Ho_Chi_Minh")).hour == 0


def test_service_directly_reports_outcomes():
    parsed = parse_export(article_text())
    assert article_import(parsed=parsed).outcome is ImportOutcome.CREATED
    assert article_import(parsed=parsed).outcome is ImportOutcome.UNCHANGED
    # a status given on a re-import is for new articles only (issue 20, item 28)
    result = article_import(parsed=parsed, status="published")
    assert result.outcome is ImportOutcome.UNCHANGED
    assert not result.article.is_live


# --- Dry run -------------------------------------------------------------------------------


def test_dry_run_writes_nothing(sample_dir):
    out, _err, error = run(
        sample_dir,
        "--dry-run",
        "--category",
        "tin-tuc-su-kien",
        "--legacy-url-prefix",
        PREFIX,
        verbosity=2,
    )
    assert error is None
    assert not Article.objects.exists()
    assert not Category.objects.exists()
    assert "sẽ nhập mới" in out
    assert "Chạy thử" in out


def test_dry_run_of_an_imported_file_changes_nothing(sample_dir):
    run(sample_dir, "--legacy-url-prefix", PREFIX)
    before = Article.objects.values().get()
    run(sample_dir, "--legacy-url-prefix", PREFIX, "--status", "published", "--dry-run")
    assert Article.objects.values().get() == before


# --- Bad files among good ones -----------------------------------------------------------


def test_bad_files_are_reported_and_the_good_ones_still_import(sample_dir):
    (sample_dir / "a-rong.txt").write_bytes(b"")
    (sample_dir / "b-cp1258.txt").write_bytes(article_text().encode("cp1258", errors="replace"))
    (sample_dir / "c-khong-ngay.txt").write_text("Tiêu đề\n\nĐoạn văn.\n", encoding="utf-8")
    (sample_dir / "d-tot.txt").write_text(article_text(), encoding="utf-8")
    (sample_dir / "ghi-chu.md").write_text("không phải bài", encoding="utf-8")

    out, err, error = run(sample_dir, sample_dir / "khong-co.txt")

    assert error is not None  # exit status non-zero
    assert "4 tệp không nhập được" in str(error)
    assert Article.objects.count() == 2  # the sample and d-tot.txt
    assert "a-rong.txt: tệp rỗng" in err
    assert "b-cp1258.txt: không phải văn bản UTF-8" in err
    assert "c-khong-ngay.txt: không tìm thấy dòng ngày giờ" in err
    assert "khong-co.txt: không tồn tại" in err
    assert "ghi-chu.md" not in err + out  # folders contribute *.txt only
    assert "Nhập mới: 2, cập nhật: 0, không đổi: 0, lỗi: 4." in out


def test_a_file_failing_on_write_rolls_back_alone(tmp_path):
    long_title = tmp_path / "a-tieu-de-dai.txt"
    long_title.write_text(article_text(title="Rất dài " * 60), encoding="utf-8")
    good = tmp_path / "b-tot.txt"
    good.write_text(article_text(), encoding="utf-8")
    _out, err, error = run(tmp_path, "--category", "tin-tuc-su-kien")
    assert error is not None
    assert "a-tieu-de-dai.txt: tiêu đề dài" in err
    assert Article.objects.get().title == "Hội nghị tiếp xúc cử tri phường Dịch Vọng"
    assert Category.objects.count() == 1


def test_bad_category_slug_is_a_usage_error(sample_dir):
    _out, _err, error = run(sample_dir, "--category", "Tin tức")
    assert error is not None
    assert "không hợp lệ" in str(error)
    assert not Article.objects.exists()


# --- Output ------------------------------------------------------------------------------


def test_progress_is_shown_for_large_folders(tmp_path):
    for number in range(60):
        (tmp_path / f"bai-{number:03}.txt").write_text(
            article_text(title=f"Bài số {number}"), encoding="utf-8"
        )
    out, _err, error = run(tmp_path)
    assert error is None
    assert "Đã xử lý 50/60 tệp" in out
    assert "Đã xử lý 60/60 tệp" in out
    assert Article.objects.count() == 60


def test_verbosity_zero_prints_nothing_but_errors(sample_dir):
    (sample_dir / "rong.txt").write_bytes(b"   \n")
    out, err, error = run(sample_dir, verbosity=0)
    assert out == ""
    assert "rong.txt: tệp rỗng" in err
    assert error is not None


def test_verbosity_two_lists_each_file(sample_dir):
    out, _err, _error = run(sample_dir, "--category", "tin-tuc-su-kien", verbosity=2)
    assert f"nhập mới: {sample_dir / SAMPLE.name}" in out
    assert "Đã tạo chuyên mục" in out


def test_import_is_recorded_in_the_article_history(sample_dir):
    from reversion.models import Version

    run(sample_dir, "--legacy-url-prefix", PREFIX)
    run(sample_dir, "--legacy-url-prefix", PREFIX)  # unchanged: no new history entry
    versions = Version.objects.get_for_object(Article.objects.get())
    assert versions.count() == 1
    assert versions.get().revision.comment == f"Nhập từ cổng cũ ({LEGACY_URL})"


def test_empty_folder_is_a_warning_not_a_failure(tmp_path):
    out, err, error = run(tmp_path)
    assert error is None
    assert "không có tệp .txt nào" in err
    assert "Nhập mới: 0, cập nhật: 0, không đổi: 0, lỗi: 0." in out
