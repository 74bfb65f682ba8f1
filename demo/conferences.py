"""The demo's conference records of 2024–2026 and the people in them (``demo/events.py`` seeds
them beside the sample conference of 09/06/2023).

Invented examples: the people are not real (the sample's real names keep the one position the
sample gives them), and each person's position is taken from ``PEOPLE`` at the conference's
date, so the records show positions changing over time (the Đại hội of 07/2024, the mass
organisations brought under the Front in 2025, a ward chair promoted) while each record keeps
the position held that day. The last one is dated from the day of the first seeding, like the
newest articles, so "Hội nghị gần đây" always opens on a recent record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from demo.articles import Recent

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")

#: Organisations besides the sample's (demo/events.py ORGANIZATIONS): key -> (name, short name).
ORGANIZATIONS = {
    "lhpn": ("Hội Liên hiệp Phụ nữ quận Cầu Giấy", "Hội LHPN quận"),
    "ccb": ("Hội Cựu chiến binh quận Cầu Giấy", "Hội CCB quận"),
    "dtn": ("Đoàn Thanh niên Cộng sản Hồ Chí Minh quận Cầu Giấy", "Quận đoàn"),
    "ldld": ("Liên đoàn Lao động quận Cầu Giấy", "LĐLĐ quận"),
    "nct": ("Hội Người cao tuổi quận Cầu Giấy", "Hội NCT quận"),
    "gddt": ("Phòng Giáo dục và Đào tạo quận Cầu Giấy", "Phòng GD&ĐT quận"),
    "mttq_dv": ("Ủy ban MTTQ Việt Nam phường Dịch Vọng", "MTTQ phường Dịch Vọng"),
    "mttq_qh": ("Ủy ban MTTQ Việt Nam phường Quan Hoa", "MTTQ phường Quan Hoa"),
    "mttq_yh": ("Ủy ban MTTQ Việt Nam phường Yên Hòa", "MTTQ phường Yên Hòa"),
    "mttq_nt": ("Ủy ban MTTQ Việt Nam phường Nghĩa Tân", "MTTQ phường Nghĩa Tân"),
    "ubnd_th": ("Ủy ban nhân dân phường Trung Hòa", "UBND phường Trung Hòa"),
    "ubnd_md": ("Ủy ban nhân dân phường Mai Dịch", "UBND phường Mai Dịch"),
    "du_qh": ("Đảng ủy phường Quan Hoa", "Đảng ủy phường Quan Hoa"),
    "tv_dcpl": ("Hội đồng tư vấn về Dân chủ – Pháp luật Ủy ban MTTQ Việt Nam quận", ""),
    "tv_kt": ("Hội đồng tư vấn về Kinh tế Ủy ban MTTQ Việt Nam quận", ""),
}

_START = date(2000, 1, 1)

#: key -> (full name, [(from, position, organisation key)]): the positions a person held, in
#: order; a conference takes the last one that began on or before its date. Organisation
#: keys are those above or of demo/events.py ORGANIZATIONS.
PEOPLE: dict[str, tuple[str, list[tuple[date, str, str]]]] = {
    "thanh": (
        "Nguyễn Thị Thanh",
        [(_START, "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", "mttq")],
    ),
    "cuong": ("Ngô Đức Cường", [(_START, "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "mttq")]),
    "hang": (
        "Lê Thu Hằng",
        [
            (
                _START,
                "Ủy viên Ban Thường trực, Trưởng ban Dân chủ – Pháp luật Ủy ban MTTQ Việt Nam quận",
                "mttq",
            ),
            (date(2024, 7, 16), "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận", "mttq"),
        ],
    ),
    "khai": (
        "Trịnh Văn Khải",
        [
            (_START, "Trưởng ban Phong trào Ủy ban MTTQ Việt Nam quận", "mttq"),
            (date(2024, 7, 16), "Ủy viên Thường trực Ủy ban MTTQ Việt Nam quận", "mttq"),
        ],
    ),
    "phuong": (
        "Đỗ Thị Minh Phương",
        [
            (_START, "Chủ tịch Ủy ban MTTQ Việt Nam phường Dịch Vọng", "mttq_dv"),
            (
                date(2025, 9, 1),
                "Trưởng ban Dân chủ – Pháp luật Ủy ban MTTQ Việt Nam quận",
                "mttq",
            ),
        ],
    ),
    "huy": (
        "Vũ Quang Huy",
        [
            (_START, "Chuyên viên Ban Phong trào Ủy ban MTTQ Việt Nam quận", "mttq"),
            (date(2025, 3, 1), "Phó Trưởng ban Phong trào Ủy ban MTTQ Việt Nam quận", "mttq"),
        ],
    ),
    "thang": (
        "Phan Đức Thắng",
        [
            (_START, "Quận ủy viên, Phó Chủ tịch UBND quận", "ubnd"),
            (date(2025, 6, 20), "Phó Bí thư Quận ủy, Chủ tịch UBND quận", "ubnd"),
        ],
    ),
    "lananh": ("Hoàng Thị Lan Anh", [(_START, "Quận ủy viên, Phó Chủ tịch HĐND quận", "hdnd")]),
    "toan": (
        "Bùi Văn Toàn",
        [
            (_START, "Trưởng phòng Tài nguyên và Môi trường quận", "ubnd"),
            (date(2025, 3, 1), "Trưởng phòng Kinh tế, Hạ tầng và Đô thị quận", "ubnd"),
        ],
    ),
    "nhung": (
        "Đặng Thị Hồng Nhung",
        [
            (_START, "Trưởng phòng Lao động - Thương binh và Xã hội quận", "ubnd"),
            (date(2025, 3, 1), "Trưởng phòng Nội vụ quận", "ubnd"),
            (date(2026, 4, 1), "Phó Chủ tịch UBND quận", "ubnd"),
        ],
    ),
    "duc": ("Lý Minh Đức", [(_START, "Chánh Văn phòng HĐND - UBND quận", "ubnd")]),
    "maihuong": (
        "Trần Thị Mai Hương",
        [
            (_START, "Chủ tịch Hội Liên hiệp Phụ nữ quận", "lhpn"),
            (
                date(2025, 8, 28),
                "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Chủ tịch Hội Liên hiệp Phụ nữ quận",
                "mttq",
            ),
        ],
    ),
    "binh": ("Nguyễn Văn Bình", [(_START, "Chủ tịch Hội Cựu chiến binh quận", "ccb")]),
    "vinh": (
        "Lưu Quang Vinh",
        [
            (_START, "Bí thư Quận đoàn", "dtn"),
            (
                date(2025, 8, 28),
                "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Bí thư Đoàn Thanh niên quận",
                "mttq",
            ),
        ],
    ),
    "trang": ("Phạm Thị Thu Trang", [(_START, "Chủ tịch Hội Chữ thập đỏ quận", "red_cross")]),
    "son": ("Kiều Văn Sơn", [(_START, "Chủ tịch Hội Người cao tuổi quận", "nct")]),
    "anh": ("Chu Thị Ngọc Ánh", [(_START, "Chủ tịch Liên đoàn Lao động quận", "ldld")]),
    "tuan": (
        "Phạm Minh Tuấn",
        [
            (_START, "Chủ tịch Ủy ban MTTQ Việt Nam phường Quan Hoa", "mttq_qh"),
            (date(2025, 7, 1), "Phó Bí thư Đảng ủy phường Quan Hoa", "du_qh"),
        ],
    ),
    "oanh": (
        "Nguyễn Thị Kim Oanh",
        [
            (_START, "Trưởng ban Công tác Mặt trận khu dân cư số 3 phường Dịch Vọng", "mttq_dv"),
            (date(2025, 9, 1), "Chủ tịch Ủy ban MTTQ Việt Nam phường Dịch Vọng", "mttq_dv"),
        ],
    ),
    "khanh": (
        "Tạ Quang Khánh",
        [(_START, "Chủ tịch Ủy ban MTTQ Việt Nam phường Yên Hòa", "mttq_yh")],
    ),
    "thuha": ("Đinh Thị Thu Hà", [(_START, "Chủ tịch UBND phường Trung Hòa", "ubnd_th")]),
    "loc": (
        "Mai Văn Lộc",
        [(_START, "Trưởng ban Thanh tra nhân dân phường Mai Dịch", "ubnd_md")],
    ),
    "hoa": (
        "Trương Thị Hòa",
        [
            (_START, "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Tân", "mttq_nt"),
            (date(2025, 1, 1), "Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Tân", "mttq_nt"),
        ],
    ),
    "quan": (
        "Cao Minh Quân",
        [(_START, "Luật sư, Ủy viên Hội đồng tư vấn về Dân chủ – Pháp luật", "tv_dcpl")],
    ),
    "ngoc": (
        "Võ Thị Bích Ngọc",
        [(_START, "Phó Giáo sư, Tiến sĩ, Ủy viên Hội đồng tư vấn về Kinh tế", "tv_kt")],
    ),
    "yen": ("Ngô Thị Hải Yến", [(_START, "Đại biểu HĐND quận, Tổ đại biểu số 2", "hdnd")]),
    "theanh": (
        "Lương Thế Anh",
        [
            (_START, "Đại biểu HĐND quận, Tổ đại biểu số 4", "hdnd"),
            (date(2026, 4, 1), "Ủy viên Thường trực HĐND quận", "hdnd"),
        ],
    ),
    "nghia": (
        "Nguyễn Hữu Nghĩa",
        [(_START, "Hiệu trưởng Trường Tiểu học Nghĩa Tân", "gddt")],
    ),
    "long": (
        "Hà Văn Long",
        [
            (
                _START,
                "Giám đốc Công ty cổ phần Thương mại Dịch Vọng, Ủy viên Ủy ban MTTQ Việt Nam quận",
                "mttq",
            )
        ],
    ),
    "tam": (
        "Đoàn Văn Tâm",
        [
            (_START, "Tổ trưởng tổ dân phố số 9 phường Mai Dịch", "ubnd_md"),
            (
                date(2025, 1, 1),
                "Trưởng ban Công tác Mặt trận khu dân cư số 9 phường Mai Dịch",
                "ubnd_md",
            ),
        ],
    ),
}


def position_on(key: str, day: date) -> tuple[str, str, str]:
    """(full name, position, organisation key) of ``key`` on ``day``."""
    name, timeline = PEOPLE[key]
    held = [entry for entry in timeline if entry[0] <= day] or timeline[:1]
    _since, position, org = held[-1]
    return name, position, org


@dataclass(frozen=True)
class Criticism:
    document_type: str  # events.models.CriticismSubject.DocumentType value
    title: str
    issuing_body: str  # organisation key
    opinion_count: int
    summary: str
    opinions: tuple[tuple[str, str], ...]  # (person key, content)
    responder: str  # person key
    response: str
    outcome: str = "accepted"


@dataclass(frozen=True)
class Programme:
    title: str
    years: tuple[int, int]
    parties: tuple[str, ...]  # organisation keys
    points: tuple[str, ...]


@dataclass(frozen=True)
class DemoConference:
    slug: str
    title: str
    starts_at: datetime | Recent  # Recent: counted back from the first seeding
    kinds: tuple[str, ...]  # events.models.ConferenceKind.Code values
    venue: str
    summary: str
    conclusion: str
    participants: tuple[tuple[str, tuple[str, ...]], ...]  # (person key, roles)
    attendee_count: int
    photos: tuple[tuple[str, str, str], ...]  # (scene, palette, caption)
    internal: bool = False
    organizer: str = "mttq"
    articles: tuple[str, ...] = ()  # slugs of the articles reporting it
    criticism: Criticism | None = None
    programme: Programme | None = None
    documents: tuple[tuple[str, tuple[str, ...]], ...] = field(default_factory=tuple)


def _at(day: int, month: int, year: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=HANOI)


HALL = "Hội trường Ủy ban MTTQ Việt Nam quận, số 36 phố Cầu Giấy"
MEETING_ROOM = "Phòng họp tầng 2, trụ sở Ủy ban MTTQ Việt Nam quận"
C = DemoConference

CONFERENCES: tuple[DemoConference, ...] = (
    C(
        "hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2023-12-01-2024",
        "Hội nghị tổng kết công tác Mặt trận năm 2023, triển khai nhiệm vụ năm 2024",
        _at(12, 1, 2024, 14),
        ("hoi-nghi",),
        HALL,
        "Tổng kết công tác Mặt trận năm 2023; ký giao ước thi đua và thống nhất chương trình "
        "phối hợp, thống nhất hành động năm 2024 giữa Ủy ban MTTQ Việt Nam quận và các tổ chức "
        "thành viên.",
        "Năm 2024 tập trung chuẩn bị Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận nhiệm kỳ "
        "2024–2029, nâng cao chất lượng giám sát và phản biện xã hội.",
        (
            ("thanh", ("presiding", "concluding")),
            ("cuong", ("presenting",)),
            ("thang", ("speaking",)),
            ("hang", ("attending",)),
            ("khai", ("attending",)),
            ("maihuong", ("attending",)),
            ("binh", ("attending",)),
            ("phuong", ("speaking",)),
        ),
        180,
        (("hall", "red", "Toàn cảnh hội nghị"),),
        articles=("hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2023",),
    ),
    C(
        "giam-sat-bao-hiem-y-te-hoc-sinh-14-03-2024",
        "Giám sát việc thực hiện chính sách bảo hiểm y tế học sinh năm học 2023–2024",
        _at(14, 3, 2024, 8, 30),
        ("giam-sat",),
        "Phòng Giáo dục và Đào tạo quận",
        "Đoàn giám sát của Ủy ban MTTQ Việt Nam quận làm việc với Phòng Giáo dục và Đào tạo "
        "quận và đại diện 3 trường học về việc thực hiện bảo hiểm y tế học sinh.",
        "Đề nghị tăng cường tuyên truyền tới cha mẹ học sinh; có cơ chế hỗ trợ mức đóng cho học "
        "sinh thuộc hộ cận nghèo; bố trí đủ cán bộ y tế trường học.",
        (
            ("hang", ("presiding", "concluding")),
            ("quan", ("speaking",)),
            ("nghia", ("presenting", "responding")),
            ("son", ("attending",)),
        ),
        18,
        (("inspection", "blue", "Đoàn giám sát làm việc với Phòng Giáo dục và Đào tạo quận"),),
        organizer="mttq",
        articles=("giam-sat-chinh-sach-bao-hiem-y-te-hoc-sinh-2024",),
    ),
    C(
        "ky-ket-chuong-trinh-phoi-hop-voi-hoi-lhpn-quan-08-05-2024",
        "Ký kết chương trình phối hợp giữa Ủy ban MTTQ Việt Nam quận và Hội Liên hiệp Phụ nữ "
        "quận giai đoạn 2024–2029",
        _at(8, 5, 2024, 9),
        ("ky-ket",),
        HALL,
        "Hai bên ký kết chương trình phối hợp vận động hội viên, phụ nữ tham gia xây dựng khu dân "
        "cư văn minh và chăm lo phụ nữ có hoàn cảnh khó khăn.",
        "Hằng năm hai bên sơ kết, thống nhất nội dung phối hợp của năm tiếp theo.",
        (
            ("thanh", ("presiding", "concluding")),
            ("maihuong", ("speaking",)),
            ("khai", ("presenting",)),
            ("lananh", ("witnessing",)),
        ),
        60,
        (("signing", "red", "Lãnh đạo hai bên ký kết chương trình phối hợp"),),
        articles=("ky-ket-chuong-trinh-phoi-hop-voi-hoi-lien-hiep-phu-nu-quan-2024",),
        programme=Programme(
            "Chương trình phối hợp vận động phụ nữ tham gia xây dựng khu dân cư văn minh giai "
            "đoạn 2024–2029",
            (2024, 2029),
            ("mttq", "lhpn"),
            (
                "Tuyên truyền, vận động hội viên, phụ nữ thực hiện chủ trương, chính sách",
                "Phối hợp giám sát, phản biện xã hội về chính sách liên quan đến phụ nữ, trẻ em",
                "Chăm lo phụ nữ, trẻ em có hoàn cảnh khó khăn",
                "Phát hiện, biểu dương gương điển hình trong các phong trào",
            ),
        ),
    ),
    C(
        "dai-hoi-dai-bieu-mttq-quan-lan-thu-xi-15-07-2024",
        "Đại hội đại biểu Mặt trận Tổ quốc Việt Nam quận lần thứ XI, nhiệm kỳ 2024–2029",
        _at(15, 7, 2024, 8),
        ("khac",),
        "Trung tâm Văn hóa - Thông tin và Thể thao quận",
        "Đại hội tổng kết nhiệm kỳ 2019–2024, đề ra phương hướng nhiệm kỳ 2024–2029; hiệp thương "
        "dân chủ cử 75 vị vào Ủy ban MTTQ Việt Nam quận khóa XI và cử đoàn đại biểu dự Đại hội "
        "Mặt trận thành phố.",
        "Đại hội thống nhất 3 khâu đột phá và thông qua Nghị quyết Đại hội.",
        (
            ("thanh", ("presiding", "presenting", "concluding")),
            ("cuong", ("presiding",)),
            ("thang", ("speaking",)),
            ("hang", ("attending",)),
            ("khai", ("attending",)),
            ("binh", ("speaking",)),
            ("vinh", ("speaking",)),
            ("anh", ("attending",)),
            ("tuan", ("attending",)),
            ("khanh", ("attending",)),
        ),
        250,
        (("hall", "red", "Toàn cảnh đại hội"), ("festival", "red", "Đại biểu dự đại hội")),
        articles=("dai-hoi-dai-bieu-mttq-quan-nhiem-ky-2024-2029",),
    ),
    C(
        "phan-bien-du-thao-ke-hoach-kt-xh-nam-2025-28-10-2024",
        "Hội nghị phản biện xã hội dự thảo Kế hoạch phát triển kinh tế - xã hội năm 2025",
        _at(28, 10, 2024, 8, 30),
        ("phan-bien",),
        HALL,
        "Phản biện xã hội dự thảo Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an "
        "ninh năm 2025 của quận.",
        "Tổng hợp đầy đủ ý kiến phản biện gửi UBND quận trước kỳ họp cuối năm của HĐND quận.",
        (
            ("thanh", ("presiding", "concluding")),
            ("thang", ("presenting", "responding")),
            ("ngoc", ("speaking",)),
            ("quan", ("speaking",)),
            ("binh", ("speaking",)),
            ("hang", ("attending",)),
            ("yen", ("attending",)),
        ),
        85,
        (("hall", "blue", "Toàn cảnh hội nghị"),),
        articles=("hoi-nghi-phan-bien-du-thao-ke-hoach-phat-trien-kt-xh-2025",),
        criticism=Criticism(
            "plan",
            "Dự thảo Kế hoạch phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh năm "
            "2025 của quận",
            "ubnd",
            14,
            "Các ý kiến nhất trí với bố cục dự thảo; đề nghị làm rõ cơ sở chỉ tiêu thu ngân "
            "sách, tiến độ xây dựng trường học và giải pháp giảm ùn tắc giờ cao điểm.",
            (
                ("ngoc", "Chỉ tiêu thu ngân sách cần tính đến việc một số dự án lớn lùi tiến độ."),
                ("quan", "Bổ sung giải pháp công khai tiến độ giải phóng mặt bằng tới người dân."),
                ("binh", "Đề nghị ưu tiên vốn cho hai trường mầm non đang thiếu chỗ học."),
            ),
            "thang",
            "Trân trọng tiếp thu các ý kiến; UBND quận sẽ rà soát chỉ tiêu thu ngân sách và bổ "
            "sung danh mục trường học ưu tiên vào dự thảo trình HĐND quận.",
        ),
    ),
    C(
        "tiep-xuc-cu-tri-phuong-nghia-do-nghia-tan-03-12-2024",
        "Hội nghị tiếp xúc cử tri của đại biểu HĐND quận tại phường Nghĩa Đô, Nghĩa Tân",
        _at(3, 12, 2024, 14),
        ("tiep-xuc-cu-tri",),
        "Nhà văn hóa phường Nghĩa Tân",
        "Đại biểu HĐND quận tiếp xúc cử tri trước kỳ họp thường lệ cuối năm 2024.",
        "Các ý kiến chưa trả lời tại hội nghị được tổng hợp gửi kỳ họp HĐND quận.",
        (
            ("hoa", ("presiding",)),
            ("yen", ("presenting",)),
            ("theanh", ("speaking",)),
            ("toan", ("responding",)),
            ("lananh", ("attending",)),
        ),
        120,
        (("hall", "red", "Cử tri phát biểu tại hội nghị"),),
        articles=("tiep-xuc-cu-tri-truoc-ky-hop-thu-muoi-tam-hdnd-quan",),
    ),
    C(
        "giao-ban-ban-thuong-truc-quy-i-2025",
        "Hội nghị giao ban Ban Thường trực Ủy ban MTTQ Việt Nam quận với các phường quý I năm 2025",
        _at(28, 3, 2025, 8),
        ("hoi-nghi",),
        MEETING_ROOM,
        "Đánh giá kết quả quý I; thống nhất việc lấy ý kiến nhân dân về sắp xếp đơn vị hành "
        "chính và nắm tình hình tư tưởng nhân dân.",
        "Các phường báo cáo tình hình tư tưởng nhân dân trước ngày 05 hằng tháng; không đưa "
        "thông tin nội bộ lên mạng xã hội.",
        (
            ("thanh", ("presiding", "concluding")),
            ("hang", ("presenting",)),
            ("khai", ("speaking",)),
            ("huy", ("attending",)),
            ("phuong", ("speaking",)),
            ("tuan", ("speaking",)),
            ("khanh", ("attending",)),
            ("hoa", ("attending",)),
        ),
        24,
        (("inspection", "red", "Quang cảnh hội nghị giao ban"),),
        internal=True,
        documents=(
            (
                "Báo cáo tình hình tư tưởng nhân dân quý I năm 2025",
                (
                    "BÁO CÁO tình hình tư tưởng nhân dân quý I năm 2025 (tài liệu nội bộ)",
                    "Nhân dân quan tâm đến việc sắp xếp đơn vị hành chính và nơi làm thủ tục "
                    "sau sắp xếp.",
                ),
            ),
            (
                "Danh sách đại biểu dự hội nghị giao ban",
                ("DANH SÁCH ĐẠI BIỂU", "Ban Thường trực, Chủ tịch Ủy ban MTTQ 8 phường."),
            ),
        ),
    ),
    C(
        "giam-sat-phan-loai-rac-tai-nguon-11-03-2025",
        "Giám sát việc thu gom, phân loại rác thải sinh hoạt tại nguồn tại phường Mai Dịch",
        _at(11, 3, 2025, 8, 30),
        ("giam-sat",),
        "Ủy ban nhân dân phường Mai Dịch",
        "Giám sát việc thực hiện phân loại rác thải sinh hoạt tại nguồn ở các khu dân cư thí điểm.",
        "Kiến nghị điều chỉnh lịch thu gom, bố trí điểm tập kết có mái che, phát huy vai trò Ban "
        "Công tác Mặt trận.",
        (
            ("hang", ("presiding", "concluding")),
            ("toan", ("presenting", "responding")),
            ("loc", ("speaking",)),
            ("huy", ("attending",)),
        ),
        20,
        (("inspection", "green", "Đoàn giám sát làm việc tại phường Mai Dịch"),),
        articles=("giam-sat-thu-gom-phan-loai-rac-tai-nguon-2025",),
    ),
    C(
        "hiep-thuong-bo-sung-uy-vien-28-08-2025",
        "Hội nghị Ủy ban MTTQ Việt Nam quận hiệp thương bổ sung ủy viên, kiện toàn Ban Thường trực",
        _at(28, 8, 2025, 14),
        ("hoi-nghi",),
        HALL,
        "Hiệp thương bổ sung ủy viên Ủy ban MTTQ Việt Nam quận sau khi các tổ chức chính trị - "
        "xã hội được sắp xếp trực thuộc Mặt trận; hiệp thương cử hai Phó Chủ tịch.",
        "Ban Thường trực phân công nhiệm vụ các đồng chí Phó Chủ tịch mới trong tháng 9/2025.",
        (
            ("thanh", ("presiding", "concluding")),
            ("khai", ("presenting",)),
            ("maihuong", ("speaking",)),
            ("vinh", ("speaking",)),
            ("cuong", ("attending",)),
            ("hang", ("attending",)),
            ("thang", ("attending",)),
            ("duc", ("attending",)),
        ),
        75,
        (("hall", "red", "Toàn cảnh hội nghị"),),
        articles=("hoi-nghi-hiep-thuong-bo-sung-uy-vien-uy-ban-mttq-quan-2025",),
    ),
    C(
        "hoi-nghi-uy-ban-mttq-quan-lan-thu-ba-nam-2025",
        "Hội nghị Ủy ban MTTQ Việt Nam quận lần thứ ba, khóa XI",
        _at(26, 12, 2025, 8),
        ("hoi-nghi",),
        HALL,
        "Tổng kết công tác Mặt trận năm 2025; thông qua chương trình phối hợp và thống nhất hành "
        "động năm 2026; thảo luận việc tham gia công tác bầu cử.",
        "Năm 2026 tập trung công tác hiệp thương, giới thiệu người ứng cử đại biểu Quốc hội và "
        "đại biểu HĐND các cấp nhiệm kỳ 2026–2031.",
        (
            ("thanh", ("presiding", "concluding")),
            ("khai", ("presenting",)),
            ("maihuong", ("speaking",)),
            ("vinh", ("speaking",)),
            ("phuong", ("speaking",)),
            ("oanh", ("attending",)),
            ("thang", ("speaking",)),
            ("anh", ("attending",)),
            ("long", ("speaking",)),
        ),
        75,
        (("hall", "red", "Toàn cảnh hội nghị"), ("hall", "warm", "Đại biểu biểu quyết")),
        internal=True,
        articles=("hoi-nghi-tong-ket-cong-tac-mat-tran-nam-2025",),
        documents=(
            (
                "Dự thảo Chương trình phối hợp và thống nhất hành động năm 2026",
                (
                    "CHƯƠNG TRÌNH phối hợp và thống nhất hành động năm 2026 (dự thảo)",
                    "Các tổ chức thành viên phối hợp tuyên truyền, tổ chức thành công cuộc bầu "
                    "cử ngày 15/03/2026.",
                ),
            ),
        ),
    ),
    C(
        "giam-sat-tiep-cong-dan-phuong-trung-hoa-02-12-2025",
        "Giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo năm 2025 tại phường Trung Hòa",
        _at(2, 12, 2025, 8, 30),
        ("giam-sat",),
        "Ủy ban nhân dân phường Trung Hòa",
        "Giám sát việc tiếp công dân, giải quyết khiếu nại, tố cáo thuộc thẩm quyền của UBND "
        "phường năm 2025.",
        "Đề nghị công khai lịch tiếp công dân, trả lời đơn đúng hạn và phối hợp với Ban Thanh tra "
        "nhân dân theo dõi việc thực hiện kết luận.",
        (
            ("phuong", ("presiding", "concluding")),
            ("thuha", ("presenting", "responding")),
            ("quan", ("speaking",)),
            ("tam", ("attending",)),
        ),
        14,
        (("inspection", "blue", "Đoàn giám sát làm việc tại UBND phường Trung Hòa"),),
        articles=("giam-sat-cong-tac-tiep-cong-dan-giai-quyet-khieu-nai-2025",),
    ),
    C(
        "phan-bien-du-thao-quy-dinh-ho-tro-nguoi-cao-tuoi-21-04-2026",
        "Hội nghị phản biện xã hội dự thảo Quy định chính sách hỗ trợ người cao tuổi cô đơn",
        _at(21, 4, 2026, 8, 30),
        ("phan-bien",),
        HALL,
        "Phản biện xã hội dự thảo Quy định về chính sách hỗ trợ người cao tuổi cô đơn không nơi "
        "nương tựa trên địa bàn quận.",
        "Đề nghị cơ quan soạn thảo tiếp thu, báo cáo việc tiếp thu trước khi trình UBND quận.",
        (
            ("maihuong", ("presiding", "concluding")),
            ("nhung", ("presenting", "responding")),
            ("son", ("speaking",)),
            ("quan", ("speaking",)),
            ("trang", ("speaking",)),
            ("theanh", ("attending",)),
        ),
        60,
        (("hall", "blue", "Toàn cảnh hội nghị"),),
        articles=("phan-bien-du-thao-quy-dinh-ho-tro-nguoi-cao-tuoi-2026",),
        criticism=Criticism(
            "policy",
            "Dự thảo Quy định về chính sách hỗ trợ người cao tuổi cô đơn không nơi nương tựa",
            "ubnd",
            12,
            "Các ý kiến nhất trí sự cần thiết; đề nghị mở rộng đối tượng và bổ sung hình thức "
            "chăm sóc tại nhà.",
            (
                ("son", "Mở rộng đối tượng sang người cao tuổi sống với con bị bệnh nặng."),
                ("quan", "Quy định rõ trách nhiệm của phường trong việc lập danh sách."),
                ("trang", "Huy động tình nguyện viên Chữ thập đỏ chăm sóc tại nhà."),
            ),
            "nhung",
            "Tiếp thu 9 ý kiến; giải trình 3 ý kiến về mức hỗ trợ, vì vượt khả năng cân đối ngân "
            "sách quận năm 2026.",
        ),
    ),
    C(
        "ky-ket-chuong-trinh-phoi-hop-giam-sat-voi-hdnd-quan-2026",
        "Ký kết chương trình phối hợp giám sát giữa Ban Thường trực Ủy ban MTTQ Việt Nam quận và "
        "Thường trực HĐND quận nhiệm kỳ 2026–2031",
        _at(12, 6, 2026, 9),
        ("ky-ket", "hoi-nghi"),
        HALL,
        "Thống nhất cơ chế phối hợp giám sát, tiếp xúc cử tri và theo dõi việc giải quyết kiến "
        "nghị cử tri trong nhiệm kỳ 2026–2031.",
        "Hai bên xây dựng kế hoạch giám sát chung hằng năm, công khai kết quả tới cử tri.",
        (
            ("thanh", ("presiding", "concluding")),
            ("theanh", ("presenting",)),
            ("lananh", ("speaking",)),
            ("hang", ("attending",)),
            ("phuong", ("attending",)),
        ),
        45,
        (("signing", "blue", "Lãnh đạo hai bên ký kết chương trình phối hợp"),),
        programme=Programme(
            "Chương trình phối hợp giám sát và tiếp xúc cử tri nhiệm kỳ 2026–2031",
            (2026, 2031),
            ("mttq", "hdnd"),
            (
                "Xây dựng và thực hiện kế hoạch giám sát chung hằng năm",
                "Phối hợp tổ chức tiếp xúc cử tri trước và sau các kỳ họp",
                "Theo dõi, đôn đốc việc giải quyết kiến nghị cử tri",
            ),
        ),
    ),
    C(
        "giam-sat-an-toan-thuc-pham-bep-an-ban-tru-24-09-2026",
        "Giám sát an toàn thực phẩm tại bếp ăn bán trú các trường tiểu học",
        _at(24, 9, 2026, 8),
        ("giam-sat",),
        "Trường Tiểu học Nghĩa Tân",
        "Giám sát việc bảo đảm an toàn thực phẩm tại bếp ăn bán trú của 4 trường tiểu học.",
        "Đề nghị công khai thực đơn và nguồn gốc thực phẩm, mời cha mẹ học sinh cùng giám sát.",
        (
            ("phuong", ("presiding", "concluding")),
            ("nghia", ("presenting", "responding")),
            ("oanh", ("attending",)),
            ("loc", ("speaking",)),
        ),
        16,
        (("inspection", "green", "Đoàn giám sát kiểm tra bếp ăn bán trú"),),
        articles=("giam-sat-an-toan-thuc-pham-bep-an-truong-hoc-2026",),
    ),
    C(
        "phan-bien-du-thao-de-an-bai-do-xe-cong-cong",
        "Hội nghị phản biện xã hội dự thảo Đề án phát triển hệ thống bãi đỗ xe công cộng trên "
        "địa bàn quận đến năm 2030",
        Recent(3, 8, 30),
        ("phan-bien",),
        HALL,
        "Phản biện xã hội dự thảo Đề án phát triển hệ thống bãi đỗ xe công cộng trên địa bàn "
        "quận đến năm 2030 do Phòng Kinh tế, Hạ tầng và Đô thị quận soạn thảo.",
        "Ủy ban MTTQ Việt Nam quận tổng hợp đầy đủ ý kiến, gửi văn bản phản biện tới UBND quận "
        "trong 10 ngày làm việc.",
        (
            ("hang", ("presiding", "concluding")),
            ("toan", ("presenting", "responding")),
            ("ngoc", ("speaking",)),
            ("quan", ("speaking",)),
            ("tam", ("speaking",)),
            ("theanh", ("attending",)),
            ("nhung", ("attending",)),
        ),
        70,
        (("hall", "blue", "Toàn cảnh hội nghị"),),
        articles=("phan-bien-du-thao-de-an-bai-do-xe-cong-cong",),
        criticism=Criticism(
            "project",
            "Dự thảo Đề án phát triển hệ thống bãi đỗ xe công cộng trên địa bàn quận đến năm 2030",
            "ubnd",
            12,
            "Các ý kiến nhất trí sự cần thiết của Đề án; đề nghị ưu tiên quỹ đất gần trường học, "
            "bệnh viện, công khai giá gửi xe và bảo đảm lối đi cho người đi bộ.",
            (
                ("ngoc", "Cần đánh giá nhu cầu gửi xe theo từng phường trước khi chọn vị trí."),
                ("quan", "Quy định rõ việc công khai giá và thời hạn cho thuê quỹ đất."),
                ("tam", "Khu dân cư số 9 đề nghị bố trí bãi đỗ xe ở khu đất trống cuối phố."),
            ),
            "toan",
            "Trân trọng tiếp thu các ý kiến; Phòng Kinh tế, Hạ tầng và Đô thị sẽ bổ sung khảo sát "
            "nhu cầu theo phường và quy định công khai giá trong dự thảo.",
        ),
    ),
)
