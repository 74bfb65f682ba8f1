"""Demo news for ``seed_demo``: categories, the sample article imported from the old portal's
export, and three years of plausible articles (2023–2026) in every category, with tags, drawn
covers and readership, so that the home page, the lists and "Đọc nhiều" have content.

Idempotent and respectful of editors: rows are created when missing and never overwritten, so
running ``make run`` again keeps whatever an editor changed in the admin. The demo articles are
invented examples (no real person is named); replace or delete them freely. The articles of
2024–2026 are in ``demo/articles.py``; the last few are dated from the day of the first
seeding, so the top story is always recent news (a featured article of the last days).

Covers: no demo article has a real photo, so each gets a drawn illustration of its scene
(``demo/illustrations.py``), captioned "Ảnh minh họa" and described for blind readers. It is
stored through the same checks and renditions as an upload (``core/images.py``), and only when
the article has no cover yet: running ``seed_demo`` again adds no files and keeps a photo an
editor chose. Tags are given to an article that has none; read counts are added for the days
of the last 30 that have none (``readership``), so "Đọc nhiều" shows whenever the demo runs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction

from core.html import pending_photo_figure
from demo.articles import ARTICLES as RECENT_YEARS
from demo.articles import DemoArticle, Recent
from news.importing import (
    ExportFormatError,
    article_import,
    find_imported_article,
    is_caption,
    read_export,
)
from news.models import Article, Category, Tag

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


#: Tags of the older demo articles (those of demo/articles.py carry their own).
OLD_TAGS = {
    "ngay-hoi-dai-doan-ket-khu-dan-cu-so-3-phuong-dich-vong": (
        "Ngày hội Đại đoàn kết",
        "khu dân cư",
    ),
    "hoi-nghi-giam-sat-phong-chay-chua-chay-nha-o-nhieu-tang": (
        "giám sát",
        "phòng cháy, chữa cháy",
    ),
    "tiep-xuc-cu-tri-truoc-ky-hop-cuoi-nam-2023-hdnd-quan": ("tiếp xúc cử tri", "HĐND quận"),
    "trao-qua-tet-giap-thin-2024-cho-ho-ngheo-ho-can-ngheo": ("Tết", "Quỹ Vì người nghèo"),
    "phan-bien-xa-hoi-du-thao-de-an-chinh-trang-via-he": ("phản biện xã hội", "đô thị văn minh"),
    "phat-dong-ung-ho-dong-bao-bi-thiet-hai-do-bao-so-3": ("cứu trợ", "bão số 3"),
}
SAMPLE_TAGS = ("chương trình phối hợp", "phản biện xã hội", "Hội Chữ thập đỏ")

#: What each scene shows, for the cover's caption and its description for blind readers.
SCENE_TEXT = {
    "hall": (
        "quang cảnh hội nghị",
        "Hình vẽ minh họa: hội trường có phông và ngôi sao vàng, bàn chủ tọa phủ khăn, các đại "
        "biểu ngồi kín các hàng ghế phía dưới",
    ),
    "signing": (
        "lễ ký kết",
        "Hình vẽ minh họa: hai đại biểu bắt tay trước phông có ngôi sao vàng, hai bên là các "
        "đại biểu vỗ tay chứng kiến",
    ),
    "festival": (
        "ngày hội ở khu dân cư",
        "Hình vẽ minh họa: dãy nhà phố treo cờ đuôi nheo đỏ vàng, sân khấu có ngôi sao vàng, "
        "đông đảo người dân dự ngày hội",
    ),
    "gifts": (
        "trao quà hỗ trợ",
        "Hình vẽ minh họa: những hộp quà thắt nơ bày trên bàn trước phông có ngôi sao vàng, "
        "người nhận quà ngồi phía dưới",
    ),
    "inspection": (
        "buổi làm việc của đoàn giám sát",
        "Hình vẽ minh họa: các thành viên đoàn giám sát ngồi quanh bàn họp có tài liệu, trên "
        "tường có bảng biểu, góc phòng đặt bình chữa cháy",
    ),
}

#: Articles readers keep coming back to: reads a day in the last 30 days (before variation).
#: Recent news is read most, but the home page already shows it; older pages people still look
#: up (who was chosen, where the donations went, what was signed) fill "Đọc nhiều".
POPULAR = {
    "hoi-nghi-hiep-thuong-bo-sung-uy-vien-uy-ban-mttq-quan-2025": 21,
    "dai-hoi-dai-bieu-mttq-quan-nhiem-ky-2024-2029": 17,
    "tiep-nhan-ung-ho-dong-bao-bi-bao-so-3-dot-2": 14,
    "giam-sat-thu-gom-phan-loai-rac-tai-nguon-2025": 11,
    "ky-ket-chuong-trinh-phoi-hop-voi-hoi-lien-hiep-phu-nu-quan-2024": 9,
    "hoi-nghi-phan-bien-du-thao-ke-hoach-phat-trien-kt-xh-2025": 8,
    "trao-qua-tet-at-ty-2025": 7,
    "lay-y-kien-nhan-dan-ve-de-an-sap-xep-don-vi-hanh-chinh-cap-xa": 46,
    "trao-qua-tet-binh-ngo-2026": 31,
    "mat-tran-tuyen-truyen-bau-cu-15-3-2026": 27,
    "hoc-bong-vi-nguoi-ngheo-nam-hoc-2026-2027": 22,
    "thang-cao-diem-vi-nguoi-ngheo-2026": 40,
    "giam-sat-an-toan-thuc-pham-bep-an-truong-hoc-2026": 35,
    "phan-bien-du-thao-quy-dinh-ho-tro-nguoi-cao-tuoi-2026": 18,
    "khu-dan-cu-kieu-mau-phuong-yen-hoa-2025": 15,
    "phat-dong-ung-ho-dong-bao-bi-thiet-hai-do-bao-so-3": 12,
    "trao-nha-dai-doan-ket-cho-ho-can-ngheo-phuong-quan-hoa": 38,
    "tiep-xuc-cu-tri-truoc-ky-hop-cuoi-nam-2026": 29,
    "ra-mat-to-cong-nghe-so-cong-dong-o-khu-dan-cu": 24,
}
READ_DAYS = 30


def demo_articles() -> list[DemoArticle]:
    """Every demo article but the imported sample, oldest first."""
    old = [
        DemoArticle(
            slug=slug,
            category=category,
            when=published_at,
            title=title,
            sapo=sapo,
            paragraphs=tuple(paragraphs),
            tags=OLD_TAGS.get(slug, ()),
            cover=COVERS[slug][:2],
            byline=byline,
        )
        for slug, category, published_at, title, sapo, paragraphs, byline in ARTICLES
    ]
    return old + list(RECENT_YEARS)


def publish_time(when: datetime | Recent, *, now: datetime | None = None) -> datetime:
    """A fixed time as it is; a ``Recent`` one counted back from ``now`` (Hanoi time)."""
    if isinstance(when, datetime):
        return when
    from django.utils import timezone

    today = timezone.localtime(now or timezone.now(), HANOI).date() - timedelta(days=when.days)
    return datetime(today.year, today.month, today.day, when.hour, when.minute, tzinfo=HANOI)


def _texts(demo: DemoArticle, published_at: datetime) -> tuple[str, list[str]]:
    """The sapo and paragraphs with the dates of a recent article filled in."""
    if not isinstance(demo.when, Recent):
        return demo.sapo, list(demo.paragraphs)
    values = {
        "date": f"{published_at:%d/%m/%Y}",
        "day": f"{published_at - timedelta(days=1):%d/%m/%Y}",
    }
    return demo.sapo.format(**values), [p.format(**values) for p in demo.paragraphs]


def _body_html(paragraphs: list[str], *, captions_wait: bool = True) -> str:
    """Demo paragraphs as HTML. A short line without a period is a photo caption: like the
    import, it waits for its photo (core.html) — or, for the articles written in the portal
    (``captions_wait=False``), it is left to the cover, whose caption it becomes."""
    from django.utils.html import escape

    html = []
    for text in paragraphs:
        if not is_caption(text):
            html.append(f"<p>{escape(text)}</p>")
        elif captions_wait:
            html.append(pending_photo_figure(text))
    return "\n".join(html)


def _cover_texts(demo: DemoArticle) -> tuple[str, str]:
    if demo.slug in COVERS:
        return COVERS[demo.slug][2], COVERS[demo.slug][3]
    what, alt = SCENE_TEXT[demo.cover[0]]
    caption = next((p for p in demo.paragraphs if is_caption(p)), "")
    return f"Ảnh minh họa: {caption[:1].lower() + caption[1:] if caption else what}", alt


def _sample_path() -> Path | None:
    return next((path for path in SAMPLE_CANDIDATES if path.is_file()), None)


def seed(*, stdout, verbosity: int = 1) -> None:
    categories = {}
    for slug, name, description, order in CATEGORIES:
        category, _created = Category.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
        categories[slug] = category

    tags: dict[str, Tag] = {}

    def tag(name: str) -> Tag:
        if name not in tags:
            tags[name] = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(
                name=name
            )
        return tags[name]

    existing = {
        article.slug: article
        for article in Article.objects.filter(slug__in=[d.slug for d in demo_articles()])
        .prefetch_related("tags")
        .only("pk", "slug")
    }
    created = 0
    for demo in demo_articles():
        article = existing.get(demo.slug)
        is_new = article is None
        if is_new:
            published_at = publish_time(demo.when)
            sapo, paragraphs = _texts(demo, published_at)
            article = Article.objects.create(
                slug=demo.slug,
                title=demo.title,
                sapo=sapo,
                body=_body_html(paragraphs, captions_wait=demo.slug in COVERS),
                byline=demo.byline,
                category=categories[demo.category],
                status=Article.Status.PUBLISHED,
                publish_at=published_at,
                featured=demo.featured,
            )
            created += 1
        # Tags for an article that has none (an older demo had no tags; an editor's stand).
        if demo.tags and (is_new or not article.tags.all()):
            article.tags.set([tag(name) for name in demo.tags])

    sample_status = _seed_sample(categories[NEWS_CATEGORY_SLUG])
    sample = find_sample_article()
    if sample is not None and not sample.tags.exists():
        sample.tags.set([tag(name) for name in SAMPLE_TAGS])
    reads = _seed_reads()
    # Image files are written only once the data is committed, so a dry run (rolled back)
    # leaves no stray files in MEDIA_ROOT.
    transaction.on_commit(_add_covers)
    if verbosity >= 2:
        stdout.write(
            f"  tin tức: {len(categories)} chuyên mục, {created} bài mẫu mới, {len(tags)} thẻ, "
            f"{reads} dòng lượt đọc mới; bài nhập từ cổng cũ: {sample_status}"
        )


def _seed_reads() -> int:
    """Read counts of the last ``READ_DAYS`` days for the popular articles, for the days that
    have none (a day's count already there, demo or real, is kept)."""
    from django.utils import timezone

    from readership.models import ArticleDailyViews

    today = timezone.localdate()
    articles = Article.objects.published().filter(slug__in=POPULAR).only("pk", "slug", "publish_at")
    rows = []
    for number, article in enumerate(sorted(articles, key=lambda a: a.slug)):
        first = max(
            timezone.localtime(article.publish_at).date(), today - timedelta(days=READ_DAYS - 1)
        )
        for offset in range((today - first).days + 1):
            day = first + timedelta(days=offset)
            # A steady figure that varies from day to day, the same on every run.
            wobble = 0.6 + ((number * 7 + day.toordinal() * 3) % 10) / 12
            rows.append(
                ArticleDailyViews(
                    article=article, day=day, views=max(1, round(POPULAR[article.slug] * wobble))
                )
            )
    before = ArticleDailyViews.objects.count()
    ArticleDailyViews.objects.bulk_create(rows, ignore_conflicts=True)
    return ArticleDailyViews.objects.count() - before


def find_sample_article() -> Article | None:
    return Article.objects.filter(legacy_url=SAMPLE_LEGACY_URL).first()


def _add_covers() -> None:
    """Covers for the demo articles that have none. Articles showing the same scene in the same
    colours share one stored drawing and its renditions: the first goes through the upload
    pipeline, the others point at its files (about 15 drawings instead of 45 keep ``seed_demo``
    under a minute; an editor's new cover is a new file, the shared one stays)."""
    demos = {demo.slug: demo for demo in demo_articles()}
    drawn: dict[tuple[str, str], Article] = {
        _drawing_key(article): article
        for article in Article.objects.filter(slug__in=demos).exclude(cover_image="")
        if article.cover_image.name.rsplit("/", 1)[-1].startswith("minh-hoa-")
    }
    for article in Article.objects.filter(slug__in=demos, cover_image="").order_by("publish_at"):
        demo = demos[article.slug]
        caption, alt = _cover_texts(demo)
        first = drawn.get(demo.cover)
        if first is None:
            if _add_cover(article, *demo.cover, caption, alt, seed=0):
                drawn[demo.cover] = article
            continue
        article.cover_image = first.cover_image.name
        article.cover_width, article.cover_height = first.cover_width, first.cover_height
        article.cover_renditions = first.cover_renditions  # made from that very file
        article.cover_caption, article.cover_alt = caption, alt
        article.save(
            update_fields=[
                "cover_image",
                "cover_width",
                "cover_height",
                "cover_renditions",
                "cover_caption",
                "cover_alt",
            ]
        )
    _add_cover(find_sample_article(), *SAMPLE_COVER, seed=0)


def _drawing_key(article: Article) -> tuple[str, str]:
    """(scene, palette) of a demo article's drawn cover, from its demo entry."""
    return next(d.cover for d in demo_articles() if d.slug == article.slug)


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
    """Import the sample export as a published article (once; edits are kept). It is not
    featured: the top story is the newest news, not a page of 2023."""
    path = _sample_path()
    if path is None:
        return "không tìm thấy tệp mẫu"
    try:
        parsed = read_export(path)
    except ExportFormatError as exc:
        return f"tệp mẫu lỗi ({exc})"
    if find_imported_article(parsed=parsed, legacy_url=SAMPLE_LEGACY_URL) is not None:
        return "đã có"
    article_import(
        parsed=parsed,
        legacy_url=SAMPLE_LEGACY_URL,
        category=category,
        status=Article.Status.PUBLISHED,
    )
    return "đã nhập"
