"""Demo news for ``seed_demo``: categories, the sample article imported from the old portal's
export, and a handful of plausible articles so that the home page has content.

Idempotent and respectful of editors: rows are created when missing and never overwritten, so
running ``make run`` again keeps whatever an editor changed in the admin. The demo articles are
invented examples (no real person is named); replace or delete them freely.

Covers: no demo article has a real photo, so each gets a drawn illustration of its scene
(``demo/illustrations.py``), captioned "Ảnh minh họa" and described for blind readers. It is
stored through the same checks and renditions as an upload (``core/images.py``), and only when
the article has no cover yet: running ``seed_demo`` again adds no files and keeps a photo an
editor chose.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from news.importing import ExportFormatError, article_import, find_imported_article, read_export
from news.models import Article, Category

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

SAMPLE_NAME = "cau-giay-2023-06-10-ky-ket-va-phan-bien.txt"
#: The sample beside the repository (../shared/samples/, if present), then its copy in the tests.
SAMPLE_CANDIDATES = (
    settings.BASE_DIR.parent / "shared" / "samples" / SAMPLE_NAME,
    settings.BASE_DIR / "tests" / "fixtures" / "import" / SAMPLE_NAME,
)
#: A made-up old address, so the legacy redirect can be tried locally:
#: http://127.0.0.1:8000/tin-tuc/cau-giay-2023-06-10-ky-ket-va-phan-bien.html → 301.
SAMPLE_LEGACY_URL = "http://mttqcaugiay.example.vn/tin-tuc/" + SAMPLE_NAME.replace(".txt", ".html")

NEWS_CATEGORY_SLUG = "tin-tuc-su-kien"

CATEGORIES = [
    # (slug, name, description, order)
    (
        NEWS_CATEGORY_SLUG,
        "Tin tức – sự kiện",
        "Tin về các hội nghị, sự kiện của Ủy ban MTTQ Việt Nam quận và các phường.",
        10,
    ),
    (
        "hoat-dong-mat-tran",
        "Hoạt động Mặt trận",
        "Công tác vận động, phong trào thi đua và hoạt động của Ban Công tác Mặt trận khu dân cư.",
        20,
    ),
    (
        "giam-sat-phan-bien-xa-hoi",
        "Giám sát và phản biện xã hội",
        "Kết quả giám sát, phản biện xã hội và tiếp xúc cử tri.",
        30,
    ),
    (
        "an-sinh-xa-hoi",
        "An sinh xã hội",
        "Quỹ “Vì người nghèo”, cứu trợ và chăm lo cho các hoàn cảnh khó khăn.",
        40,
    ),
]


def _at(day: int, month: int, year: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HANOI)


# (slug, category slug, published at, title, sapo, body paragraphs, byline)
ARTICLES = [
    (
        "ngay-hoi-dai-doan-ket-khu-dan-cu-so-3-phuong-dich-vong",
        "hoat-dong-mat-tran",
        _at(12, 11, 2023, 10, 20),
        "Phường Dịch Vọng tổ chức Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số 3",
        "Sáng ngày 12/11/2023, Ban Công tác Mặt trận khu dân cư số 3 phường Dịch Vọng tổ chức "
        "Ngày hội Đại đoàn kết toàn dân tộc nhân kỷ niệm 93 năm Ngày truyền thống Mặt trận Tổ "
        "quốc Việt Nam (18/11/1930 - 18/11/2023).",
        [
            "Dự ngày hội có đại diện Thường trực Ủy ban MTTQ Việt Nam quận, lãnh đạo Đảng ủy, "
            "HĐND, UBND, Ủy ban MTTQ Việt Nam phường cùng đông đảo nhân dân trong khu dân cư.",
            "Năm 2023, khu dân cư số 3 có 96% hộ gia đình đạt danh hiệu “Gia đình văn hóa”; "
            "nhân dân đóng góp hơn 45 triệu đồng cho Quỹ “Vì người nghèo” và tham gia giữ gìn "
            "vệ sinh môi trường, trật tự đô thị trên các tuyến ngõ.",
            "Toàn cảnh ngày hội",
            "Dịp này, Ban Công tác Mặt trận khu dân cư đã tặng quà cho 10 hộ có hoàn cảnh khó "
            "khăn và khen thưởng các gia đình tiêu biểu trong phong trào “Toàn dân đoàn kết xây "
            "dựng đời sống văn hóa ở khu dân cư”.",
        ],
        "Phường Dịch Vọng",
    ),
    (
        "hoi-nghi-giam-sat-phong-chay-chua-chay-nha-o-nhieu-tang",
        "giam-sat-phan-bien-xa-hoi",
        _at(21, 9, 2023, 16, 5),
        "Giám sát việc thực hiện quy định về phòng cháy, chữa cháy tại nhà ở nhiều tầng, "
        "nhiều căn hộ trên địa bàn quận",
        "Ngày 20/9/2023, Đoàn giám sát của Ủy ban MTTQ Việt Nam quận làm việc với UBND phường "
        "Quan Hoa về việc thực hiện các quy định phòng cháy, chữa cháy tại nhà ở nhiều tầng, "
        "nhiều căn hộ và nhà ở kết hợp kinh doanh.",
        [
            "Theo báo cáo của UBND phường, trên địa bàn có 214 nhà ở nhiều tầng, nhiều căn hộ; "
            "100% cơ sở đã được tuyên truyền, hướng dẫn lắp đặt thiết bị báo cháy, trang bị bình "
            "chữa cháy và mở lối thoát nạn thứ hai.",
            "Các thành viên Đoàn giám sát đề nghị phường tiếp tục kiểm tra định kỳ, xử lý nghiêm "
            "các trường hợp vi phạm, đồng thời phát huy vai trò của Ban Công tác Mặt trận và tổ "
            "dân phố trong việc nhắc nhở các hộ gia đình.",
            "Kết luận buổi giám sát, đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam quận ghi nhận kết "
            "quả phường đã đạt được và đề nghị tổng hợp đầy đủ các kiến nghị của nhân dân để báo "
            "cáo UBND quận.",
        ],
        "Quận Cầu Giấy",
    ),
    (
        "tiep-xuc-cu-tri-truoc-ky-hop-cuoi-nam-2023-hdnd-quan",
        NEWS_CATEGORY_SLUG,
        _at(28, 11, 2023, 9, 40),
        "Đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp cuối năm 2023",
        "Ngày 27/11/2023, Ủy ban MTTQ Việt Nam quận phối hợp với Thường trực HĐND quận tổ chức "
        "hội nghị để đại biểu HĐND quận tiếp xúc cử tri các phường Yên Hòa, Trung Hòa trước kỳ "
        "họp thường lệ cuối năm 2023.",
        [
            "Tại hội nghị, cử tri bày tỏ sự phấn khởi trước kết quả phát triển kinh tế - xã hội "
            "của quận, đồng thời kiến nghị về tiến độ cải tạo các tuyến ngõ, tình trạng đỗ xe "
            "trên vỉa hè và việc bố trí điểm sinh hoạt cộng đồng cho khu dân cư.",
            "Các đại biểu dự hội nghị",
            "Thay mặt UBND quận, lãnh đạo các phòng chuyên môn đã giải trình, làm rõ nhiều kiến "
            "nghị ngay tại hội nghị; các ý kiến chưa trả lời được tiếp thu để báo cáo kỳ họp.",
        ],
        "Quận Cầu Giấy",
    ),
    (
        "trao-qua-tet-giap-thin-2024-cho-ho-ngheo-ho-can-ngheo",
        "an-sinh-xa-hoi",
        _at(30, 1, 2024, 14, 30),
        "Trao 120 suất quà Tết Giáp Thìn 2024 cho hộ nghèo, hộ cận nghèo và gia đình chính sách",
        "Chiều ngày 30/1/2024, Ủy ban MTTQ Việt Nam quận trao 120 suất quà Tết cho hộ nghèo, hộ "
        "cận nghèo và gia đình có hoàn cảnh khó khăn trên địa bàn quận từ nguồn Quỹ “Vì người "
        "nghèo” của quận.",
        [
            "Mỗi suất quà gồm tiền mặt và nhu yếu phẩm trị giá 1.000.000 đồng. Cùng dịp này, "
            "Ủy ban MTTQ Việt Nam các phường cũng vận động các tổ chức, cá nhân trao tặng hơn "
            "800 suất quà cho các hộ gia đình khó khăn.",
            "Thay mặt Thường trực Ủy ban MTTQ Việt Nam quận, đồng chí Chủ tịch Ủy ban MTTQ Việt "
            "Nam quận gửi lời chúc Tết và mong các gia đình vượt qua khó khăn, đón một cái Tết "
            "đầm ấm.",
        ],
        "Quận Cầu Giấy",
    ),
    (
        "phan-bien-xa-hoi-du-thao-de-an-chinh-trang-via-he",
        "giam-sat-phan-bien-xa-hoi",
        _at(18, 4, 2024, 11, 15),
        "Phản biện xã hội dự thảo Đề án chỉnh trang vỉa hè, tổ chức giao thông trên một số "
        "tuyến phố",
        "Sáng ngày 18/4/2024, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội đối "
        "với dự thảo Đề án chỉnh trang vỉa hè, tổ chức giao thông trên một số tuyến phố chính "
        "của quận giai đoạn 2024–2025.",
        [
            "Hội nghị đã nhận được 9 ý kiến phản biện của các nhà khoa học, luật sư, đại diện "
            "Hội Cựu chiến binh, Hội Liên hiệp Phụ nữ và người dân sinh sống trên các tuyến phố.",
            "Các ý kiến cơ bản nhất trí với sự cần thiết của Đề án; đề nghị làm rõ phương án bố "
            "trí chỗ đỗ xe, bảo đảm lối đi cho người khuyết tật và lấy ý kiến rộng rãi của các "
            "hộ kinh doanh trước khi triển khai.",
            "Đại diện cơ quan soạn thảo trân trọng tiếp thu các ý kiến và sẽ hoàn thiện dự thảo "
            "trước khi trình UBND quận.",
        ],
        "Quận Cầu Giấy",
    ),
    (
        "phat-dong-ung-ho-dong-bao-bi-thiet-hai-do-bao-so-3",
        NEWS_CATEGORY_SLUG,
        _at(10, 9, 2024, 17, 45),
        "Ủy ban MTTQ Việt Nam quận phát động ủng hộ đồng bào bị thiệt hại do bão số 3",
        "Hưởng ứng lời kêu gọi của Ủy ban Trung ương MTTQ Việt Nam, chiều ngày 10/9/2024, Ủy ban "
        "MTTQ Việt Nam quận phát động cán bộ, đảng viên và nhân dân trên địa bàn ủng hộ đồng bào "
        "các tỉnh phía Bắc bị thiệt hại do bão số 3 và mưa lũ sau bão.",
        [
            "Ngay tại lễ phát động, các cơ quan, đơn vị, doanh nghiệp và cá nhân đã đăng ký ủng "
            "hộ. Tiền ủng hộ được tiếp nhận tại trụ sở Ủy ban MTTQ Việt Nam quận, các phường và "
            "qua tài khoản của Ban Vận động cứu trợ quận, được công khai hằng ngày.",
            "Ủy ban MTTQ Việt Nam quận đề nghị các phường khẩn trương triển khai tới từng khu dân "
            "cư, bảo đảm việc tiếp nhận và chuyển giao nguồn ủng hộ kịp thời, đúng đối tượng.",
        ],
        "Quận Cầu Giấy",
    ),
]


#: slug -> (scene, palette, caption, description for blind readers). Captions and descriptions
#: say "minh họa" so nobody takes the drawing for a photo of the event.
COVERS = {
    "ngay-hoi-dai-doan-ket-khu-dan-cu-so-3-phuong-dich-vong": (
        "festival",
        "warm",
        "Ảnh minh họa: Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
        "Hình vẽ minh họa: dãy nhà phố treo cờ đuôi nheo đỏ vàng, băng rôn có ngôi sao vàng, "
        "đông đảo người dân dự ngày hội",
    ),
    "hoi-nghi-giam-sat-phong-chay-chua-chay-nha-o-nhieu-tang": (
        "inspection",
        "blue",
        "Ảnh minh họa: buổi làm việc của Đoàn giám sát",
        "Hình vẽ minh họa: các thành viên đoàn giám sát ngồi quanh bàn họp có tài liệu, trên "
        "tường có bảng biểu, góc phòng đặt bình chữa cháy",
    ),
    "tiep-xuc-cu-tri-truoc-ky-hop-cuoi-nam-2023-hdnd-quan": (
        "hall",
        "red",
        "Ảnh minh họa: hội nghị tiếp xúc cử tri",
        "Hình vẽ minh họa: hội trường có phông đỏ và ngôi sao vàng, các đại biểu ngồi sau bàn "
        "chủ tọa, cử tri ngồi kín các hàng ghế",
    ),
    "trao-qua-tet-giap-thin-2024-cho-ho-ngheo-ho-can-ngheo": (
        "gifts",
        "green",
        "Ảnh minh họa: trao quà Tết cho các hộ gia đình khó khăn",
        "Hình vẽ minh họa: những hộp quà thắt nơ bày trên bàn trước phông có ngôi sao vàng, "
        "người nhận quà ngồi phía dưới",
    ),
    "phan-bien-xa-hoi-du-thao-de-an-chinh-trang-via-he": (
        "hall",
        "blue",
        "Ảnh minh họa: hội nghị phản biện xã hội",
        "Hình vẽ minh họa: hội trường phông xanh có ngôi sao vàng, bàn chủ tọa và các đại biểu "
        "dự hội nghị ngồi phía dưới",
    ),
    "phat-dong-ung-ho-dong-bao-bi-thiet-hai-do-bao-so-3": (
        "hall",
        "warm",
        "Ảnh minh họa: lễ phát động ủng hộ đồng bào bị thiệt hại do bão",
        "Hình vẽ minh họa: hội trường phông đỏ có ngôi sao vàng, bàn chủ tọa và đông người dự "
        "lễ phát động",
    ),
}
SAMPLE_COVER = (
    "signing",
    "red",
    "Ảnh minh họa: ký kết chương trình phối hợp",
    "Hình vẽ minh họa: hai đại biểu bắt tay trước phông đỏ có ngôi sao vàng, hai bên là các "
    "đại biểu vỗ tay chứng kiến",
)


def _body_html(paragraphs: list[str]) -> str:
    """Demo paragraphs as HTML; a short line without a period is a caption, like the import."""
    from django.utils.html import escape

    from news.importing import is_caption

    return "\n".join(
        f"<p><em>{escape(text)}</em></p>" if is_caption(text) else f"<p>{escape(text)}</p>"
        for text in paragraphs
    )


def _sample_path() -> Path | None:
    return next((path for path in SAMPLE_CANDIDATES if path.is_file()), None)


def seed(*, stdout, verbosity: int = 1) -> None:
    categories = {}
    for slug, name, description, order in CATEGORIES:
        category, _created = Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
        categories[slug] = category

    created = 0
    for slug, category_slug, published_at, title, sapo, paragraphs, byline in ARTICLES:
        _article, was_created = Article.objects.get_or_create(
            slug=slug,
            defaults={
                "title": title,
                "sapo": sapo,
                "body": _body_html(paragraphs),
                "byline": byline,
                "category": categories[category_slug],
                "status": Article.Status.PUBLISHED,
                "publish_at": published_at,
            },
        )
        created += was_created

    sample_status = _seed_sample(categories[NEWS_CATEGORY_SLUG])
    # Image files are written only once the data is committed, so a dry run (rolled back)
    # leaves no stray files in MEDIA_ROOT.
    transaction.on_commit(_add_covers)
    if verbosity >= 2:
        stdout.write(
            f"  tin tức: {len(categories)} chuyên mục, {created} bài mẫu mới; "
            f"bài nhập từ cổng cũ: {sample_status}"
        )


def find_sample_article() -> Article | None:
    return Article.objects.filter(legacy_url=SAMPLE_LEGACY_URL).first()


def _add_covers() -> None:
    for slug, cover in COVERS.items():
        _add_cover(Article.objects.filter(slug=slug).first(), *cover, seed=len(slug))
    _add_cover(find_sample_article(), *SAMPLE_COVER, seed=0)


def _add_cover(
    article: Article | None, scene: str, palette: str, caption: str, alt: str, *, seed: int
) -> bool:
    """Give ``article`` a drawn cover if it has none, through the upload pipeline."""
    if article is None or article.cover_image:
        return False
    from core.images import clean_uploaded_image
    from demo.illustrations import illustration_jpeg

    upload = ContentFile(
        illustration_jpeg(scene, palette=palette, seed=seed), name=f"minh-hoa-{article.slug}.jpg"
    )
    article.cover_image = clean_uploaded_image(upload).content
    article.cover_caption = caption
    article.cover_alt = alt
    article.save(
        update_fields=["cover_image", "cover_width", "cover_height", "cover_caption", "cover_alt"]
    )
    return True


def _seed_sample(category: Category) -> str:
    """Import the sample export as a published, featured article (once; edits are kept)."""
    path = _sample_path()
    if path is None:
        return "không tìm thấy tệp mẫu"
    try:
        parsed = read_export(path)
    except ExportFormatError as exc:
        return f"tệp mẫu lỗi ({exc})"
    if find_imported_article(parsed=parsed, legacy_url=SAMPLE_LEGACY_URL) is not None:
        return "đã có"
    result = article_import(
        parsed=parsed,
        legacy_url=SAMPLE_LEGACY_URL,
        category=category,
        status=Article.Status.PUBLISHED,
    )
    result.article.featured = True
    result.article.save(update_fields=["featured"])
    return "đã nhập"
