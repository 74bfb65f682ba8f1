"""The demo's articles of 2024–2026 (``demo/news.py`` seeds them): three years of a district
committee's news in each category, with tags and drawn covers.

Invented examples in the committee's style: no real person is named (the people are those of
``demo/conferences.py``), figures are plausible, not records. Most are dated; the last few are
dated relative to the day ``seed_demo`` first runs (``Recent``), so the home page always opens
on news of the last weeks, and their text gives the matching dates ("{day}" is the day before
publication, "{date}" the day of publication, both dd/mm/yyyy).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

TT = "tin-tuc-su-kien"
HD = "hoat-dong-mat-tran"
GS = "giam-sat-phan-bien-xa-hoi"
AS = "an-sinh-xa-hoi"


@dataclass(frozen=True)
class Recent:
    """Published ``days`` days before the first seeding, at ``hour``:``minute``."""

    days: int
    hour: int
    minute: int


@dataclass(frozen=True)
class DemoArticle:
    slug: str
    category: str
    when: datetime | Recent
    title: str
    sapo: str
    paragraphs: tuple[str, ...]
    tags: tuple[str, ...]
    cover: tuple[str, str]  # (scene, palette) of demo/illustrations.py
    byline: str = "Quận Cầu Giấy"
    featured: bool = False


def _at(day: int, month: int, year: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HANOI)


A = DemoArticle

ARTICLES: tuple[DemoArticle, ...] = (
    # --- 2024 ---------------------------------------------------------------------------------
    A(
        "hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2023",
        TT,
        _at(12, 1, 2024, 16, 20),
        "Hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024",
        "Chiều ngày 12/01/2024, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị tổng kết công tác "
        "Mặt trận năm 2023 và triển khai chương trình phối hợp, thống nhất hành động năm 2024.",
        (
            "Năm 2023, Ủy ban MTTQ Việt Nam quận và các tổ chức thành viên đã chủ trì tổ chức 9 "
            "cuộc giám sát, 4 hội nghị phản biện xã hội; Quỹ “Vì người nghèo” của quận tiếp nhận "
            "hơn 3,2 tỷ đồng, hỗ trợ sửa chữa 12 nhà ở cho hộ nghèo, hộ cận nghèo.",
            "Toàn cảnh hội nghị",
            "Hội nghị đã khen thưởng 15 tập thể, 24 cá nhân có thành tích xuất sắc trong công "
            "tác Mặt trận năm 2023 và thống nhất 5 nội dung phối hợp trọng tâm của năm 2024.",
        ),
        ("tổng kết", "chương trình phối hợp"),
        ("hall", "red"),
    ),
    A(
        "ra-quan-tet-trong-cay-xuan-giap-thin-2024",
        HD,
        _at(20, 2, 2024, 10, 5),
        "Hưởng ứng “Tết trồng cây đời đời nhớ ơn Bác Hồ” Xuân Giáp Thìn 2024",
        "Sáng ngày 20/02/2024, Ủy ban MTTQ Việt Nam quận phối hợp với Hội Cựu chiến binh và "
        "Đoàn Thanh niên quận ra quân trồng cây tại công viên Cầu Giấy.",
        (
            "Tại buổi lễ, cán bộ, hội viên và nhân dân đã trồng 300 cây xanh các loại. Các Ban "
            "Công tác Mặt trận nhận chăm sóc cây trên các tuyến phố thuộc địa bàn mình phụ trách.",
            "Ủy ban MTTQ Việt Nam quận đề nghị các phường gắn phong trào trồng cây với cuộc vận "
            "động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
        ),
        ("đô thị văn minh", "khu dân cư"),
        ("festival", "green"),
        byline="Phường Dịch Vọng Hậu",
    ),
    A(
        "giam-sat-chinh-sach-bao-hiem-y-te-hoc-sinh-2024",
        GS,
        _at(14, 3, 2024, 15, 40),
        "Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh tại các trường học",
        "Ngày 14/03/2024, Đoàn giám sát của Ủy ban MTTQ Việt Nam quận làm việc với Phòng Giáo "
        "dục và Đào tạo quận về việc thực hiện chính sách bảo hiểm y tế học sinh năm học "
        "2023–2024.",
        (
            "Theo báo cáo, tỷ lệ học sinh tham gia bảo hiểm y tế trên địa bàn quận đạt 98,7%; "
            "một số trường tư thục còn chậm lập danh sách, chưa bố trí đủ cán bộ y tế học đường.",
            "Đoàn giám sát kiến nghị tăng cường tuyên truyền tới cha mẹ học sinh và có cơ chế hỗ "
            "trợ mức đóng cho học sinh thuộc hộ cận nghèo, hộ có hoàn cảnh khó khăn.",
        ),
        ("giám sát", "bảo hiểm y tế"),
        ("inspection", "blue"),
    ),
    A(
        "ky-ket-chuong-trinh-phoi-hop-voi-hoi-lien-hiep-phu-nu-quan-2024",
        TT,
        _at(8, 5, 2024, 11, 30),
        "Ký kết chương trình phối hợp giữa Ủy ban MTTQ Việt Nam quận và Hội Liên hiệp Phụ nữ "
        "quận giai đoạn 2024–2029",
        "Sáng ngày 08/05/2024, Ủy ban MTTQ Việt Nam quận và Hội Liên hiệp Phụ nữ quận ký kết "
        "chương trình phối hợp vận động hội viên, phụ nữ tham gia xây dựng khu dân cư văn "
        "minh, chăm lo phụ nữ có hoàn cảnh khó khăn.",
        (
            "Chương trình gồm 4 nội dung: tuyên truyền, vận động; phối hợp giám sát, phản biện "
            "xã hội; chăm lo an sinh xã hội; biểu dương gương điển hình trong các phong trào.",
            "Các đồng chí lãnh đạo hai bên ký kết chương trình phối hợp",
            "Hằng năm, hai bên tổ chức sơ kết, đánh giá kết quả và thống nhất nội dung phối hợp "
            "của năm tiếp theo.",
        ),
        ("chương trình phối hợp", "phụ nữ"),
        ("signing", "red"),
    ),
    A(
        "dai-hoi-dai-bieu-mttq-quan-nhiem-ky-2024-2029",
        TT,
        _at(16, 7, 2024, 17, 10),
        "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận lần thứ XI, nhiệm kỳ 2024–2029",
        "Trong hai ngày 15 và 16/07/2024, Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận lần "
        "thứ XI, nhiệm kỳ 2024–2029 đã thành công tốt đẹp với 250 đại biểu chính thức dự.",
        (
            "Đại hội đã hiệp thương dân chủ cử 75 vị vào Ủy ban MTTQ Việt Nam quận khóa XI; Ủy "
            "ban hiệp thương cử Ban Thường trực gồm 4 vị, đồng chí Nguyễn Thị Thanh tiếp tục giữ "
            "chức Chủ tịch.",
            "Toàn cảnh đại hội",
            "Đại hội đề ra 3 khâu đột phá: đổi mới nội dung, phương thức vận động nhân dân; nâng "
            "cao chất lượng giám sát, phản biện xã hội; phát huy vai trò Ban Công tác Mặt trận ở "
            "khu dân cư.",
        ),
        ("đại hội", "Đại đoàn kết"),
        ("hall", "red"),
    ),
    A(
        "trao-kinh-phi-ho-tro-sua-chua-nha-dai-doan-ket-2024",
        AS,
        _at(22, 8, 2024, 9, 15),
        "Trao kinh phí hỗ trợ sửa chữa 5 nhà Đại đoàn kết cho hộ cận nghèo",
        "Ngày 22/08/2024, Ủy ban MTTQ Việt Nam quận trao 250 triệu đồng từ Quỹ “Vì người "
        "nghèo” hỗ trợ 5 hộ cận nghèo sửa chữa nhà ở đã xuống cấp.",
        (
            "Mỗi hộ được hỗ trợ 50 triệu đồng; Ban Công tác Mặt trận các khu dân cư vận động "
            "thêm ngày công và vật liệu để các gia đình hoàn thành sửa chữa trước mùa mưa bão.",
            "Việc lựa chọn hộ được hỗ trợ được bình xét công khai tại hội nghị khu dân cư.",
        ),
        ("Quỹ Vì người nghèo", "nhà Đại đoàn kết"),
        ("gifts", "green"),
    ),
    A(
        "tiep-nhan-ung-ho-dong-bao-bi-bao-so-3-dot-2",
        AS,
        _at(19, 9, 2024, 18, 0),
        "Chuyển hơn 4,6 tỷ đồng ủng hộ đồng bào bị thiệt hại do bão số 3",
        "Đến hết ngày 19/09/2024, Ban Vận động cứu trợ quận đã tiếp nhận hơn 4,6 tỷ đồng ủng hộ "
        "đồng bào các tỉnh phía Bắc bị thiệt hại do bão số 3 và mưa lũ sau bão.",
        (
            "Toàn bộ số tiền đã được chuyển về Ban Vận động cứu trợ thành phố theo đúng quy định; "
            "danh sách các tập thể, cá nhân ủng hộ được công khai trên cổng thông tin của quận.",
            "Ủy ban MTTQ Việt Nam quận trân trọng cảm ơn các cơ quan, doanh nghiệp và nhân dân "
            "đã chung tay chia sẻ với đồng bào vùng bão lũ.",
        ),
        ("cứu trợ", "bão số 3"),
        ("gifts", "warm"),
    ),
    A(
        "hoi-nghi-phan-bien-du-thao-ke-hoach-phat-trien-kt-xh-2025",
        GS,
        _at(28, 10, 2024, 16, 45),
        "Phản biện xã hội dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2025 của quận",
        "Ngày 28/10/2024, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội đối với "
        "dự thảo Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm 2025.",
        (
            "Hội nghị nhận được 14 ý kiến phản biện, tập trung vào chỉ tiêu thu ngân sách, tiến "
            "độ các dự án trường học và giải pháp giảm ùn tắc giao thông giờ cao điểm.",
            "Toàn cảnh hội nghị",
            "Đại diện UBND quận tiếp thu, giải trình các ý kiến và cam kết hoàn thiện dự thảo "
            "trước khi trình kỳ họp HĐND quận cuối năm.",
        ),
        ("phản biện xã hội", "kinh tế - xã hội"),
        ("hall", "blue"),
    ),
    A(
        "ngay-hoi-dai-doan-ket-toan-dan-toc-2024-phuong-quan-hoa",
        HD,
        _at(17, 11, 2024, 11, 0),
        "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 7 phường Quan Hoa",
        "Sáng ngày 17/11/2024, khu dân cư số 7 phường Quan Hoa tổ chức Ngày hội Đại đoàn kết "
        "toàn dân tộc nhân kỷ niệm 94 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
        (
            "Năm 2024, khu dân cư có 95% hộ đạt danh hiệu “Gia đình văn hóa”, không có tội phạm "
            "và tệ nạn xã hội; nhân dân góp 60 triệu đồng lát lại ngõ 165.",
            "Các đại biểu dự ngày hội",
            "Ngày hội có phần văn nghệ, thi gói bánh chưng và trao quà cho các hộ có hoàn cảnh "
            "khó khăn.",
        ),
        ("Ngày hội Đại đoàn kết", "khu dân cư"),
        ("festival", "warm"),
        byline="Phường Quan Hoa",
    ),
    A(
        "tiep-xuc-cu-tri-truoc-ky-hop-thu-muoi-tam-hdnd-quan",
        TT,
        _at(3, 12, 2024, 17, 30),
        "Đại biểu HĐND quận tiếp xúc cử tri các phường Nghĩa Đô, Nghĩa Tân",
        "Ngày 03/12/2024, Ủy ban MTTQ Việt Nam quận phối hợp với Thường trực HĐND quận tổ chức "
        "để đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2024.",
        (
            "Cử tri kiến nghị sớm hoàn thành cải tạo chợ Nghĩa Tân, bố trí thêm thùng rác phân "
            "loại tại nguồn và xử lý tình trạng lấn chiếm vỉa hè trên phố Hoàng Quốc Việt.",
            "Lãnh đạo UBND quận đã trả lời trực tiếp 11 ý kiến; các ý kiến còn lại được tổng hợp "
            "gửi cơ quan có thẩm quyền.",
        ),
        ("tiếp xúc cử tri", "HĐND quận"),
        ("hall", "red"),
    ),
    # --- 2025 ---------------------------------------------------------------------------------
    A(
        "trao-qua-tet-at-ty-2025",
        AS,
        _at(15, 1, 2025, 15, 0),
        "Trao 350 suất quà Tết Ất Tỵ 2025 cho hộ nghèo, hộ cận nghèo",
        "Ngày 15/01/2025, Ủy ban MTTQ Việt Nam quận trao 350 suất quà Tết cho hộ nghèo, hộ cận "
        "nghèo và người có hoàn cảnh khó khăn trên địa bàn quận.",
        (
            "Mỗi suất quà trị giá 1.200.000 đồng gồm tiền mặt và nhu yếu phẩm, từ nguồn Quỹ “Vì "
            "người nghèo” và sự ủng hộ của các doanh nghiệp trên địa bàn.",
            "Các phường đồng thời trao hơn 1.500 suất quà, bảo đảm mọi gia đình đều có Tết.",
        ),
        ("Tết", "Quỹ Vì người nghèo"),
        ("gifts", "red"),
    ),
    A(
        "hoi-nghi-ban-thuong-truc-voi-cac-ton-giao-xuan-2025",
        HD,
        _at(6, 2, 2025, 10, 40),
        "Ban Thường trực gặp mặt chức sắc, chức việc các tôn giáo đầu Xuân Ất Tỵ",
        "Sáng ngày 06/02/2025, Ban Thường trực Ủy ban MTTQ Việt Nam quận gặp mặt chức sắc, "
        "chức việc các tôn giáo và người có uy tín trên địa bàn quận.",
        (
            "Các vị chức sắc bày tỏ sự đồng thuận với chủ trương của Đảng, chính sách, pháp luật "
            "của Nhà nước và cam kết vận động tín đồ sống “tốt đời, đẹp đạo”.",
            "Ban Thường trực đề nghị các cơ sở tôn giáo tiếp tục tham gia công tác từ thiện, nhân "
            "đạo và giữ gìn trật tự, an toàn trong các dịp lễ hội.",
        ),
        ("tôn giáo", "Đại đoàn kết"),
        ("hall", "warm"),
    ),
    A(
        "giam-sat-thu-gom-phan-loai-rac-tai-nguon-2025",
        GS,
        _at(11, 3, 2025, 16, 10),
        "Giám sát việc thu gom, phân loại rác thải sinh hoạt tại nguồn",
        "Ngày 11/03/2025, Ủy ban MTTQ Việt Nam quận giám sát việc thực hiện phân loại rác thải "
        "sinh hoạt tại nguồn ở phường Mai Dịch và phường Nghĩa Tân.",
        (
            "Qua giám sát, 70% hộ gia đình ở các khu dân cư thí điểm đã phân loại rác; thời gian "
            "thu gom chưa phù hợp với giờ sinh hoạt của một số khu tập thể.",
            "Đoàn giám sát kiến nghị điều chỉnh lịch thu gom và phát huy vai trò của Ban Công tác "
            "Mặt trận trong việc vận động, nhắc nhở các hộ.",
        ),
        ("giám sát", "môi trường"),
        ("inspection", "green"),
    ),
    A(
        "lay-y-kien-nhan-dan-ve-de-an-sap-xep-don-vi-hanh-chinh-cap-xa",
        GS,
        _at(18, 4, 2025, 18, 20),
        "Lấy ý kiến nhân dân về Đề án sắp xếp đơn vị hành chính cấp xã",
        "Từ ngày 14 đến ngày 18/04/2025, Ủy ban MTTQ Việt Nam quận hướng dẫn các phường tổ "
        "chức lấy ý kiến cử tri về Đề án sắp xếp đơn vị hành chính cấp xã của thành phố.",
        (
            "Đã có 98,2% cử tri trên địa bàn tham gia cho ý kiến, trong đó 97,6% đồng ý với Đề "
            "án. Việc lấy ý kiến được tổ chức công khai, dân chủ, đúng quy định.",
            "Ủy ban MTTQ Việt Nam các phường đã giám sát việc phát phiếu, tổng hợp kết quả và "
            "báo cáo về Ủy ban MTTQ Việt Nam quận đúng thời hạn.",
        ),
        ("lấy ý kiến nhân dân", "giám sát"),
        ("hall", "blue"),
    ),
    A(
        "hoi-thao-nang-cao-chat-luong-hoat-dong-ban-thanh-tra-nhan-dan",
        HD,
        _at(22, 5, 2025, 11, 45),
        "Nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân phường",
        "Ngày 22/05/2025, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị tập huấn nghiệp vụ cho "
        "các vị Trưởng ban Thanh tra nhân dân và Ban Giám sát đầu tư của cộng đồng.",
        (
            "Các học viên được trao đổi về quy trình giám sát việc thực hiện chính sách, pháp "
            "luật ở cơ sở và cách ghi nhận, chuyển kiến nghị của nhân dân.",
            "Nhiều kinh nghiệm hay được chia sẻ, như việc công khai kết quả giám sát tại nhà văn "
            "hóa khu dân cư.",
        ),
        ("Ban Thanh tra nhân dân", "tập huấn"),
        ("hall", "blue"),
        byline="Phường Mai Dịch",
    ),
    A(
        "phat-dong-ung-ho-xoa-nha-tam-nha-dot-nat-2025",
        AS,
        _at(10, 6, 2025, 9, 50),
        "Chung tay xóa nhà tạm, nhà dột nát: quận ủng hộ 2 tỷ đồng",
        "Ngày 10/06/2025, Ủy ban MTTQ Việt Nam quận chuyển 2 tỷ đồng ủng hộ chương trình xóa "
        "nhà tạm, nhà dột nát của thành phố.",
        (
            "Số tiền do cán bộ, công chức, doanh nghiệp và nhân dân trong quận đóng góp qua đợt "
            "vận động tháng 5/2025.",
            "Ủy ban MTTQ Việt Nam quận sẽ theo dõi, giám sát việc sử dụng nguồn ủng hộ và công "
            "khai kết quả tới nhân dân.",
        ),
        ("nhà Đại đoàn kết", "an sinh xã hội"),
        ("gifts", "green"),
    ),
    A(
        "hoi-nghi-hiep-thuong-bo-sung-uy-vien-uy-ban-mttq-quan-2025",
        TT,
        _at(28, 8, 2025, 16, 0),
        "Hiệp thương bổ sung ủy viên, kiện toàn Ban Thường trực Ủy ban MTTQ Việt Nam quận",
        "Chiều ngày 28/08/2025, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị hiệp thương bổ sung "
        "ủy viên sau khi các tổ chức chính trị - xã hội được sắp xếp trực thuộc Mặt trận.",
        (
            "Hội nghị đã hiệp thương cử đồng chí Trần Thị Mai Hương, Chủ tịch Hội Liên hiệp Phụ "
            "nữ quận, và đồng chí Lưu Quang Vinh, Bí thư Đoàn Thanh niên quận, giữ chức Phó Chủ "
            "tịch Ủy ban MTTQ Việt Nam quận.",
            "Toàn cảnh hội nghị",
            "Các đồng chí được phân công theo dõi công tác phụ nữ, công tác thanh niên trong "
            "chương trình phối hợp chung của Mặt trận.",
        ),
        ("hiệp thương", "Ban Thường trực"),
        ("hall", "red"),
    ),
    A(
        "khu-dan-cu-kieu-mau-phuong-yen-hoa-2025",
        HD,
        _at(20, 9, 2025, 10, 25),
        "Khu dân cư số 12 phường Yên Hòa: từ ngõ nhỏ đến khu dân cư kiểu mẫu",
        "Chỉ trong một năm, nhân dân khu dân cư số 12 phường Yên Hòa đã góp công, góp của cải "
        "tạo 4 tuyến ngõ, lắp 60 đèn chiếu sáng và camera an ninh.",
        (
            "Ban Công tác Mặt trận khu dân cư họp dân lấy ý kiến từng hạng mục, công khai từng "
            "khoản đóng góp trên bảng tin và nhóm liên lạc của khu.",
            "Năm 2025, khu dân cư được UBND quận công nhận đạt chuẩn khu dân cư kiểu mẫu.",
        ),
        ("khu dân cư", "đô thị văn minh"),
        ("festival", "green"),
        byline="Phường Yên Hòa",
    ),
    A(
        "thang-cao-diem-vi-nguoi-ngheo-2025",
        AS,
        _at(17, 10, 2025, 9, 30),
        "Phát động Tháng cao điểm “Vì người nghèo” năm 2025",
        "Sáng ngày 17/10/2025, Ủy ban MTTQ Việt Nam quận phát động Tháng cao điểm “Vì người "
        "nghèo” và an sinh xã hội năm 2025, từ ngày 17/10 đến ngày 18/11/2025.",
        (
            "Ngay tại lễ phát động, các cơ quan, doanh nghiệp đã đăng ký ủng hộ hơn 1,8 tỷ đồng.",
            "Toàn cảnh lễ phát động",
            "Nguồn quỹ ưu tiên hỗ trợ sinh kế, học bổng cho học sinh nghèo và sửa chữa nhà ở.",
        ),
        ("Quỹ Vì người nghèo", "Tháng cao điểm"),
        ("hall", "green"),
    ),
    A(
        "ngay-hoi-dai-doan-ket-2025-phuong-nghia-do",
        HD,
        _at(16, 11, 2025, 11, 10),
        "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 5 phường Nghĩa Đô",
        "Sáng ngày 16/11/2025, khu dân cư số 5 phường Nghĩa Đô tổ chức Ngày hội Đại đoàn kết "
        "toàn dân tộc, kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
        (
            "Khu dân cư biểu dương 12 gia đình văn hóa tiêu biểu và 3 tấm gương người tốt, việc "
            "tốt; các hộ cam kết không để rác thải ra ngõ sau giờ thu gom.",
            "Ngày hội khép lại bằng bữa cơm đoàn kết do chính các gia đình chuẩn bị.",
        ),
        ("Ngày hội Đại đoàn kết", "khu dân cư"),
        ("festival", "warm"),
        byline="Phường Nghĩa Đô",
    ),
    A(
        "ky-niem-95-nam-ngay-truyen-thong-mttq-viet-nam",
        TT,
        _at(18, 11, 2025, 8, 45),
        "Kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2025)",
        "Ủy ban MTTQ Việt Nam quận tổ chức gặp mặt các thế hệ cán bộ Mặt trận quận nhân kỷ niệm "
        "95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam.",
        (
            "Tại buổi gặp mặt, các đại biểu ôn lại truyền thống vẻ vang của Mặt trận và khẳng "
            "định vai trò của khối đại đoàn kết toàn dân tộc trong giai đoạn mới.",
            "Nhân dịp này, Ủy ban MTTQ Việt Nam quận trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn "
            "kết dân tộc” cho 18 cá nhân.",
        ),
        ("Đại đoàn kết", "kỷ niệm"),
        ("hall", "red"),
    ),
    A(
        "giam-sat-cong-tac-tiep-cong-dan-giai-quyet-khieu-nai-2025",
        GS,
        _at(2, 12, 2025, 15, 35),
        "Giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo tại phường Trung Hòa",
        "Ngày 02/12/2025, Ủy ban MTTQ Việt Nam quận giám sát việc tiếp công dân, giải quyết "
        "khiếu nại, tố cáo năm 2025 tại UBND phường Trung Hòa.",
        (
            "Năm 2025, UBND phường đã tiếp 214 lượt công dân, giải quyết dứt điểm 37/40 đơn thuộc "
            "thẩm quyền; 3 đơn đang được xem xét theo quy định.",
            "Đoàn giám sát đề nghị phường công khai lịch tiếp công dân, trả lời đơn đúng hạn và "
            "phối hợp với Ban Thanh tra nhân dân theo dõi việc thực hiện kết luận.",
        ),
        ("giám sát", "tiếp công dân"),
        ("inspection", "blue"),
    ),
    A(
        "hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2025",
        TT,
        _at(26, 12, 2025, 17, 0),
        "Tổng kết công tác Mặt trận năm 2025: giám sát, phản biện đi vào thực chất",
        "Chiều ngày 26/12/2025, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị tổng kết công tác "
        "Mặt trận năm 2025, triển khai nhiệm vụ năm 2026.",
        (
            "Năm 2025, Mặt trận quận chủ trì 11 cuộc giám sát, 5 hội nghị phản biện xã hội; 92% "
            "kiến nghị sau giám sát đã được cơ quan chức năng tiếp thu, giải quyết.",
            "Toàn cảnh hội nghị",
            "Năm 2026, Mặt trận quận tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội và "
            "đại biểu HĐND các cấp nhiệm kỳ 2026–2031.",
        ),
        ("tổng kết", "giám sát"),
        ("hall", "red"),
    ),
    # --- 2026 ---------------------------------------------------------------------------------
    A(
        "trao-qua-tet-binh-ngo-2026",
        AS,
        _at(5, 2, 2026, 14, 20),
        "Trao quà Tết Bính Ngọ 2026: không để ai bị bỏ lại phía sau",
        "Ngày 05/02/2026, Ủy ban MTTQ Việt Nam quận trao 400 suất quà Tết cho hộ nghèo, hộ cận "
        "nghèo, người cao tuổi cô đơn và trẻ em mồ côi.",
        (
            "Tổng trị giá quà Tết do Mặt trận các cấp trong quận trao tặng dịp này là hơn 2,4 tỷ "
            "đồng.",
            "Ủy ban MTTQ Việt Nam quận đề nghị các phường rà soát kỹ, không để sót đối tượng.",
        ),
        ("Tết", "người cao tuổi"),
        ("gifts", "red"),
    ),
    A(
        "hiep-thuong-lan-thu-hai-bau-cu-dai-bieu-hdnd-2026-2031",
        TT,
        _at(6, 2, 2026, 18, 30),
        "Hội nghị hiệp thương lần thứ hai giới thiệu người ứng cử đại biểu HĐND quận nhiệm kỳ "
        "2026–2031",
        "Ngày 06/02/2026, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị hiệp "
        "thương lần thứ hai, thỏa thuận lập danh sách sơ bộ người ứng cử đại biểu HĐND quận.",
        (
            "Hội nghị đã thỏa thuận lập danh sách sơ bộ 58 người ứng cử để lấy ý kiến cử tri nơi "
            "cư trú và nơi công tác.",
            "Toàn cảnh hội nghị hiệp thương",
            "Việc hiệp thương được tiến hành dân chủ, đúng luật, bảo đảm cơ cấu, thành phần hợp "
            "lý.",
        ),
        ("bầu cử", "hiệp thương"),
        ("hall", "red"),
    ),
    A(
        "mat-tran-tuyen-truyen-bau-cu-15-3-2026",
        HD,
        _at(10, 3, 2026, 10, 0),
        "Các khu dân cư sẵn sàng cho ngày bầu cử 15/03/2026",
        "Những ngày này, Ban Công tác Mặt trận các khu dân cư đến từng hộ phát thẻ cử tri, "
        "hướng dẫn nhân dân tìm hiểu tiểu sử những người ứng cử.",
        (
            "Tại nhiều tổ dân phố, danh sách cử tri được niêm yết kèm mã QR để người dân kiểm tra "
            "thông tin của mình.",
            "Ủy ban MTTQ Việt Nam quận đề nghị các khu dân cư quan tâm hướng dẫn người cao tuổi, "
            "người khuyết tật đi bầu cử.",
        ),
        ("bầu cử", "khu dân cư", "chuyển đổi số"),
        ("festival", "red"),
    ),
    A(
        "phan-bien-du-thao-quy-dinh-ho-tro-nguoi-cao-tuoi-2026",
        GS,
        _at(21, 4, 2026, 16, 15),
        "Phản biện dự thảo Quy định chính sách hỗ trợ người cao tuổi cô đơn",
        "Ngày 21/04/2026, Ủy ban MTTQ Việt Nam quận tổ chức phản biện xã hội dự thảo Quy định "
        "về chính sách hỗ trợ người cao tuổi cô đơn không nơi nương tựa trên địa bàn.",
        (
            "Các ý kiến đề nghị mở rộng đối tượng sang người cao tuổi sống với con bị bệnh nặng và "
            "bổ sung hình thức chăm sóc tại nhà do tình nguyện viên đảm nhiệm.",
            "Cơ quan soạn thảo tiếp thu 9 ý kiến, giải trình 3 ý kiến chưa phù hợp với quy định.",
        ),
        ("phản biện xã hội", "người cao tuổi"),
        ("hall", "blue"),
    ),
    A(
        "so-ket-6-thang-dau-nam-2026",
        TT,
        _at(3, 7, 2026, 17, 20),
        "Sơ kết công tác Mặt trận 6 tháng đầu năm 2026",
        "Ngày 03/07/2026, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị sơ kết "
        "công tác Mặt trận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026.",
        (
            "Thành công của cuộc bầu cử ngày 15/03/2026 có đóng góp quan trọng của Mặt trận các "
            "cấp trong công tác hiệp thương và tuyên truyền.",
            "6 tháng cuối năm, Mặt trận quận tập trung giám sát việc giải quyết kiến nghị cử tri "
            "và chuẩn bị Ngày hội Đại đoàn kết toàn dân tộc.",
        ),
        ("sơ kết", "bầu cử"),
        ("hall", "red"),
    ),
    A(
        "hoc-bong-vi-nguoi-ngheo-nam-hoc-2026-2027",
        AS,
        _at(28, 8, 2026, 9, 10),
        "Trao 120 suất học bổng cho học sinh nghèo vượt khó năm học 2026–2027",
        "Ngày 28/08/2026, Ủy ban MTTQ Việt Nam quận trao 120 suất học bổng, mỗi suất 2 triệu "
        "đồng, cho học sinh có hoàn cảnh khó khăn, học tập tốt.",
        (
            "Cùng với học bổng, các em được tặng cặp sách, áo mưa và đồ dùng học tập trước ngày "
            "khai giảng.",
            "Học bổng do các doanh nghiệp đồng hành cùng Quỹ “Vì người nghèo” của quận tài trợ.",
        ),
        ("học bổng", "Quỹ Vì người nghèo"),
        ("gifts", "warm"),
    ),
    A(
        "giam-sat-an-toan-thuc-pham-bep-an-truong-hoc-2026",
        GS,
        _at(24, 9, 2026, 15, 50),
        "Giám sát an toàn thực phẩm tại bếp ăn bán trú các trường tiểu học",
        "Ngày 24/09/2026, Đoàn giám sát của Ủy ban MTTQ Việt Nam quận kiểm tra bếp ăn bán trú "
        "tại 4 trường tiểu học trên địa bàn.",
        (
            "Các bếp ăn cơ bản bảo đảm quy trình một chiều, lưu mẫu thức ăn đúng quy định; một số "
            "hợp đồng cung cấp thực phẩm chưa ghi rõ nguồn gốc rau, thịt.",
            "Đoàn đề nghị các trường công khai thực đơn, mời đại diện cha mẹ học sinh tham gia "
            "giám sát bữa ăn.",
        ),
        ("giám sát", "an toàn thực phẩm"),
        ("inspection", "green"),
    ),
    A(
        "thang-cao-diem-vi-nguoi-ngheo-2026",
        AS,
        _at(17, 10, 2026, 10, 30),
        "Phát động Tháng cao điểm “Vì người nghèo” năm 2026",
        "Sáng ngày 17/10/2026, Ủy ban MTTQ Việt Nam quận phát động Tháng cao điểm “Vì người "
        "nghèo” và an sinh xã hội năm 2026.",
        (
            "Năm nay, Quỹ ưu tiên hỗ trợ sinh kế cho hộ cận nghèo có lao động và chăm sóc người "
            "cao tuổi cô đơn.",
            "Các cơ quan, doanh nghiệp đã đăng ký ủng hộ hơn 2 tỷ đồng ngay tại lễ phát động.",
        ),
        ("Quỹ Vì người nghèo", "Tháng cao điểm"),
        ("gifts", "green"),
    ),
    # --- the last weeks (dated from the first seeding) ----------------------------------------
    A(
        "ra-mat-mo-hinh-ngo-pho-van-minh-khu-dan-cu-so-9-phuong-mai-dich",
        HD,
        Recent(38, 11, 15),
        "Khu dân cư số 9 phường Mai Dịch ra mắt mô hình “Ngõ phố văn minh, sạch đẹp”",
        "Sáng ngày {day}, Ban Công tác Mặt trận khu dân cư số 9 phường Mai Dịch ra mắt mô hình "
        "“Ngõ phố văn minh, sạch đẹp” với sự tham gia của đông đảo nhân dân.",
        (
            "Nhân dân đã góp 80 triệu đồng và hàng trăm ngày công để lát lại ngõ, trồng hoa, cải "
            "tạo sân chơi cho trẻ em; mỗi hộ nhận chăm sóc đoạn ngõ trước cửa nhà mình.",
            "Toàn cảnh buổi ra mắt",
            "Ủy ban MTTQ Việt Nam quận đề nghị các khu dân cư học tập, nhân rộng mô hình.",
        ),
        ("khu dân cư", "đô thị văn minh"),
        ("festival", "warm"),
        byline="Phường Mai Dịch",
    ),
    A(
        "giam-sat-giai-quyet-kien-nghi-cu-tri-sau-ky-hop",
        GS,
        Recent(26, 16, 40),
        "Giám sát việc giải quyết kiến nghị cử tri gửi tới kỳ họp HĐND quận",
        "Ngày {day}, Ủy ban MTTQ Việt Nam quận làm việc với UBND quận về kết quả giải quyết "
        "kiến nghị của cử tri gửi tới kỳ họp thường lệ gần nhất của HĐND quận.",
        (
            "Trong 46 kiến nghị, 39 kiến nghị đã được giải quyết, trả lời; 7 kiến nghị liên quan "
            "đến quy hoạch đang được các sở, ngành thành phố xem xét.",
            "Đoàn giám sát đề nghị công khai kết quả giải quyết tới cử tri tại các buổi tiếp xúc "
            "cử tri trước kỳ họp tới.",
        ),
        ("giám sát", "tiếp xúc cử tri"),
        ("inspection", "blue"),
    ),
    A(
        "tiep-xuc-cu-tri-truoc-ky-hop-cuoi-nam-2026",
        TT,
        Recent(16, 17, 5),
        "Đại biểu HĐND quận tiếp xúc cử tri các phường Dịch Vọng, Dịch Vọng Hậu",
        "Ngày {day}, Ủy ban MTTQ Việt Nam quận phối hợp với Thường trực HĐND quận tổ chức để "
        "đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp thường lệ.",
        (
            "Cử tri phản ánh tình trạng ngập úng cục bộ trên phố Trần Thái Tông sau mưa lớn và đề "
            "nghị sớm khởi công trường mầm non tại khu đô thị mới.",
            "Các đại biểu dự hội nghị",
            "Lãnh đạo UBND quận trả lời trực tiếp 9 ý kiến, các ý kiến còn lại được tổng hợp gửi "
            "kỳ họp.",
        ),
        ("tiếp xúc cử tri", "HĐND quận"),
        ("hall", "red"),
    ),
    A(
        "trao-nha-dai-doan-ket-cho-ho-can-ngheo-phuong-quan-hoa",
        AS,
        Recent(9, 10, 20),
        "Bàn giao nhà Đại đoàn kết cho hộ cận nghèo ở phường Quan Hoa",
        "Sáng ngày {day}, Ủy ban MTTQ Việt Nam quận bàn giao ngôi nhà Đại đoàn kết được sửa "
        "chữa từ Quỹ “Vì người nghèo” cho gia đình bà Nguyễn Thị L. ở khu dân cư số 2.",
        (
            "Ngôi nhà được hỗ trợ 60 triệu đồng; hàng xóm, Ban Công tác Mặt trận và đoàn viên "
            "thanh niên góp hơn 100 ngày công để hoàn thành trong 45 ngày.",
            "Bà L. xúc động cảm ơn sự quan tâm của Mặt trận và bà con khu dân cư.",
        ),
        ("nhà Đại đoàn kết", "Quỹ Vì người nghèo"),
        ("gifts", "green"),
        byline="Phường Quan Hoa",
    ),
    A(
        "ra-mat-to-cong-nghe-so-cong-dong-o-khu-dan-cu",
        HD,
        Recent(5, 15, 30),
        "Ra mắt mô hình “Tổ công nghệ số cộng đồng” ở 10 khu dân cư",
        "Chiều ngày {day}, Ủy ban MTTQ Việt Nam quận ra mắt mô hình “Tổ công nghệ số cộng "
        "đồng” tại 10 khu dân cư thí điểm.",
        (
            "Mỗi tổ gồm đoàn viên thanh niên, cán bộ khu dân cư, giúp người dân cài đặt định danh "
            "điện tử, nộp hồ sơ trực tuyến và nhận biết lừa đảo qua mạng.",
            "Sau thí điểm, mô hình sẽ được nhân rộng ra tất cả khu dân cư trong quận.",
        ),
        ("chuyển đổi số", "khu dân cư"),
        ("hall", "warm"),
    ),
    A(
        "phan-bien-du-thao-de-an-bai-do-xe-cong-cong",
        GS,
        Recent(2, 16, 50),
        "Phản biện xã hội dự thảo Đề án phát triển bãi đỗ xe công cộng trên địa bàn quận",
        "Ngày {day}, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội dự thảo Đề án "
        "phát triển hệ thống bãi đỗ xe công cộng trên địa bàn quận đến năm 2030.",
        (
            "Hội nghị nhận được 12 ý kiến phản biện, đề nghị ưu tiên quỹ đất gần trường học, bệnh "
            "viện, công khai giá gửi xe và bảo đảm lối đi cho người đi bộ.",
            "Toàn cảnh hội nghị",
            "Lãnh đạo UBND quận trân trọng tiếp thu các ý kiến để hoàn thiện dự thảo trước khi "
            "phê duyệt.",
        ),
        ("phản biện xã hội", "đô thị văn minh"),
        ("hall", "blue"),
        featured=True,
    ),
)
