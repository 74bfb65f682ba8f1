"""A judged set for the site search (issue 19): a fixed corpus of articles with deliberate
distractors — the same syllables in other words, scattered, or with other tones, and always
newer than the relevant articles so that date order alone cannot rank them well — and queries,
each with the articles that are relevant.

Used by tests/search/test_judged.py (the thresholds, on SQLite and PostgreSQL) and by
``bench/search_bench.py --judged`` (the figures, before and after a change).

Measures, over the news results of each query:

- precision at 5: relevant articles among the first five, divided by min(5, number relevant);
- reciprocal rank: 1 / the rank of the first relevant article (0 if none is listed).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import timedelta

# key: (title, sapo, body, days ago). Relevant articles are older than their distractors.
CORPUS = {
    "ky_ket_1": (
        "Hội nghị ký kết chương trình phối hợp với Hội Chữ thập đỏ",
        "Ủy ban MTTQ quận và Hội Chữ thập đỏ thống nhất nội dung phối hợp.",
        "<p>Hai bên ký kết chương trình giai đoạn 2023-2027.</p>",
        40,
    ),
    "ky_ket_2": (
        "Lễ ký kết quy chế phối hợp giữa Mặt trận và Công an quận",
        "Quy chế mới về bảo đảm an ninh trật tự.",
        "<p>Quy chế được ký kết sáng 12/3.</p>",
        42,
    ),
    "dai_doan_ket_title": (
        "Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư số 5",
        "Kỷ niệm 93 năm ngày thành lập Mặt trận Dân tộc Thống nhất Việt Nam.",
        "<p>Các gia đình văn hóa tiêu biểu được biểu dương.</p>",
        30,
    ),
    "dai_doan_ket_body": (
        "Phát huy sức mạnh toàn dân ở cơ sở",
        "Ban công tác Mặt trận tổ chức tọa đàm.",
        "<p>Củng cố khối đại đoàn kết toàn dân tộc là nhiệm vụ hàng đầu.</p>",
        35,
    ),
    "scattered_dai_doan_ket": (
        "Đại biểu Đoàn Thanh niên bàn về kết quả công tác năm",
        "Hội nghị tổng kết với sự tham gia của các kỷ niệm chương.",
        "<p>Đoàn đại biểu kiến nghị nhiều nội dung.</p>",
        2,
    ),
    "ky_hop_1": (
        "Kỳ họp thứ 12 HĐND quận: cử tri gửi nhiều kiến nghị",
        "Đại biểu chất vấn về môi trường và giao thông.",
        "<p>Chủ tọa kết luận phiên chất vấn.</p>",
        25,
    ),
    "ky_hop_2": (
        "Tiếp xúc cử tri trước kỳ họp HĐND thành phố",
        "Cử tri phường Nghĩa Đô nêu ý kiến về hạ tầng.",
        "<p>Các ý kiến được tổng hợp gửi kỳ họp.</p>",
        27,
    ),
    "ky_quyet_dinh_hop": (
        "Chủ tịch ký quyết định về tổ chức các cuộc họp khu dân cư",
        "Quy định mới về họp tổ dân phố.",
        "<p>Văn bản có hiệu lực từ ngày ký.</p>",
        1,
    ),
    "hoa_giai": (
        "Hòa giải ở cơ sở: tổ hoà giải phường Dịch Vọng làm tốt",
        "Nhiều vụ việc được hòa giải thành.",
        "<p>Tổ hòa giải gồm các thành viên có uy tín.</p>",
        20,
    ),
    "hoa_giai_s": (
        "Hóa giải mâu thuẫn bằng đối thoại tại khu dân cư",
        "Đối thoại giúp hóa giải bức xúc của người dân.",
        "<p>Đối thoại định kỳ.</p>",
        3,
    ),
    "phan_bien": (
        "Phản biện xã hội dự thảo Nghị quyết về chỉnh trang vỉa hè",
        "Các đại biểu góp ý dự thảo.",
        "<p>Ý kiến phản biện xã hội được tiếp thu.</p>",
        22,
    ),
    "xa_hoi_hoa_phan_bien": (
        "Xã hội hóa công tác vệ sinh môi trường và phản biện chính sách",
        "Huy động nguồn lực xã hội.",
        "<p>Nhiều ý kiến được nêu.</p>",
        4,
    ),
    "cau_giay_pccc": (
        "Quận Cầu Giấy ra quân phòng cháy chữa cháy",
        "Tuyên truyền phòng cháy tại nhà nhiều tầng.",
        "<p>Lực lượng phòng cháy chữa cháy cơ sở được kiện toàn.</p>",
        18,
    ),
    "giay_moi_cau": (
        "Giấy mời họp trực tuyến qua cầu truyền hình",
        "Các điểm cầu kết nối với thành phố.",
        "<p>Giấy mời gửi các đơn vị.</p>",
        5,
    ),
    "thanh_huong": (
        "Đồng chí Nguyễn Thị Thanh Hương được bầu làm Chủ tịch",
        "Hội nghị hiệp thương kiện toàn chức danh.",
        "<p>Đồng chí Nguyễn Thị Thanh Hương cảm ơn các đại biểu.</p>",
        15,
    ),
    "thanh_nien_nguyen": (
        "Thanh niên tình nguyện Nguyễn Văn Hùng hiến máu lần thứ mười",
        "Tấm gương thanh niên tình nguyện.",
        "<p>Hương ước của khu dân cư khen thưởng.</p>",
        6,
    ),
    "viet_ha": (
        "Bà Trần Việt Hà phát biểu tại hội nghị phản biện",
        "Phó Chủ tịch UBND quận tiếp thu ý kiến.",
        "<p>Bà Trần Việt Hà đề nghị bổ sung giải pháp.</p>",
        14,
    ),
    "van_ha_viet_kieu": (
        "Ông Trần Văn Hạ, Việt kiều tại Pháp, ủng hộ quỹ vì người nghèo",
        "Nghĩa cử đẹp của kiều bào.",
        "<p>Ông Hạ trao 50 triệu đồng.</p>",
        7,
    ),
    "ha_noi": (
        "Mặt trận các quận Hà Nội giao lưu kinh nghiệm",
        "Đoàn công tác đến thăm quận.",
        "<p>Trao đổi về hạ tầng số.</p>",
        16,
    ),
    "thanh_khac": (
        "Thành lập tổ công tác khác trong khu dân cư",
        "Thành viên mới được phân công.",
        "<p>Hoạt động khác được duy trì.</p>",
        8,
    ),
    "khuyen_hoc": (
        "Hội Khuyến học phường trao học bổng cho học sinh nghèo",
        "Phong trào khuyến học, khuyến tài lan tỏa.",
        "<p>Mười suất học bổng.</p>",
        12,
    ),
    "hoc_khuyen": (
        "Học sinh được khuyến khích tham gia tình nguyện hè",
        "Hoạt động hè bổ ích.",
        "<p>Nhiều lớp học kỹ năng.</p>",
        9,
    ),
    "an_sinh": (
        "Giám sát thực hiện chính sách an sinh xã hội",
        "Đoàn giám sát làm việc với phường.",
        "<p>Bảo đảm an sinh cho người yếu thế.</p>",
        11,
    ),
    "an_toan_sinh_hoat": (
        "An toàn trong sinh hoạt cộng đồng mùa mưa bão",
        "Khuyến cáo người dân.",
        "<p>Sinh hoạt an toàn.</p>",
        10,
    ),
    "mttq": (
        "Mặt trận Tổ quốc Việt Nam quận tổng kết năm 2023",
        "Hội nghị tổng kết công tác Mặt trận.",
        "<p>Đánh giá kết quả thực hiện chương trình.</p>",
        13,
    ),
    "tran_dau_to_quoc": (
        "Trận đấu giao hữu trên mặt sân mới vì Tổ quốc thân yêu",
        "Giải bóng đá thanh niên.",
        "<p>Trận chung kết hấp dẫn.</p>",
        0,
    ),
    "thuy_khue": (
        "Tổ dân phố Thủy Khuê tổng vệ sinh môi trường",
        "Người dân hưởng ứng.",
        "<p>Khu phố sạch đẹp.</p>",
        17,
    ),
    "qua_tet": (
        "Trao quà Tết cho hộ nghèo phường Yên Hòa",
        "Mỗi suất quà trị giá một triệu đồng.",
        "<p>Quỹ Vì người nghèo hỗ trợ.</p>",
        19,
    ),
    # Titles where the syllables of common queries stand apart, all newer than what is relevant.
    "ky_niem_ket_nap": (
        "Kỷ niệm ngày kết nạp đoàn viên mới",
        "Lễ kết nạp trang trọng.",
        "<p>Đoàn viên mới nhận huy hiệu.</p>",
        1,
    ),
    "tong_ket_ky_thi": (
        "Tổng kết kỳ thi học sinh giỏi cấp quận",
        "Nhiều giải cao.",
        "<p>Học sinh được khen thưởng, giấy khen trao tận tay.</p>",
        2,
    ),
    "ket_qua_ky_hop": (
        "Kết quả kỳ thi tuyển và lịch họp xét duyệt",
        "Thông báo của hội đồng.",
        "<p>Danh sách được niêm yết.</p>",
        3,
    ),
    "ky_nang_doan_ket": (
        "Kỹ năng đoàn kết trong tổ dân phố văn hóa",
        "Lớp tập huấn cho tổ trưởng.",
        "<p>Tổ trưởng chia sẻ kinh nghiệm hòa nhập, giải quyết việc chung.</p>",
        4,
    ),
    "giay_khen_cau_thu": (
        "Giấy khen cho cầu thủ nhí của câu lạc bộ phường",
        "Giải bóng đá hè.",
        "<p>Các cầu thủ nhận giấy khen và quà.</p>",
        2,
    ),
    "hoa_tuoi_giai_thuong": (
        "Hoa tươi và giải thưởng cho tổ dân phố xuất sắc",
        "Giải thưởng khu phố văn minh.",
        "<p>Trao hoa và giải thưởng.</p>",
        1,
    ),
    "tet_qua": (
        "Tết trồng cây và những món quà ý nghĩa",
        "Hoạt động đầu xuân.",
        "<p>Cây xanh được trồng mới.</p>",
        1,
    ),
}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# (query, relevant article keys)
QUERIES: list[tuple[str, set[str]]] = [
    ("ky ket", {"ky_ket_1", "ky_ket_2"}),
    ("ký kết", {"ky_ket_1", "ky_ket_2"}),
    ("KÝ KẾT", {"ky_ket_1", "ky_ket_2"}),
    ('"ký kết"', {"ky_ket_1", "ky_ket_2"}),
    (nfd("ký kết"), {"ky_ket_1", "ky_ket_2"}),
    ("dai doan ket", {"dai_doan_ket_title", "dai_doan_ket_body"}),
    ("đại đoàn kết", {"dai_doan_ket_title", "dai_doan_ket_body"}),
    ('"đại đoàn kết"', {"dai_doan_ket_title", "dai_doan_ket_body"}),
    ("ky hop", {"ky_hop_1", "ky_hop_2"}),
    ("kỳ họp", {"ky_hop_1", "ky_hop_2"}),
    ("KỲ HỌP", {"ky_hop_1", "ky_hop_2"}),
    ("hoa giai", {"hoa_giai", "hoa_giai_s"}),
    ("hòa giải", {"hoa_giai"}),
    ("hoà giải", {"hoa_giai"}),
    ("hóa giải", {"hoa_giai_s"}),
    ("phan bien xa hoi", {"phan_bien"}),
    ("phản biện xã hội", {"phan_bien"}),
    ('"phan bien xa hoi"', {"phan_bien"}),
    ("cau giay", {"cau_giay_pccc"}),
    ("Cầu Giấy", {"cau_giay_pccc"}),
    (nfd("Cầu Giấy"), {"cau_giay_pccc"}),
    ("CAU GIAY", {"cau_giay_pccc"}),
    ("phong chay chua chay", {"cau_giay_pccc"}),
    ("nguyen thi thanh huong", {"thanh_huong"}),
    ("Nguyễn Thị Thanh Hương", {"thanh_huong"}),
    ("thanh huong", {"thanh_huong"}),
    ("tran viet ha", {"viet_ha"}),
    ("Trần Việt Hà", {"viet_ha"}),
    ("viet ha", {"viet_ha"}),
    ("hà", {"viet_ha", "ha_noi"}),
    ("Hạ", {"van_ha_viet_kieu"}),
    ("khuyen hoc", {"khuyen_hoc"}),
    ("khuyến học", {"khuyen_hoc"}),
    ("an sinh", {"an_sinh"}),
    ('"an sinh"', {"an_sinh"}),
    ("an sinh xa hoi", {"an_sinh"}),
    ("mat tran to quoc", {"mttq"}),
    ("Mặt trận Tổ quốc Việt Nam", {"mttq"}),
    ("thuỷ khuê", {"thuy_khue"}),
    ("thủy khuê", {"thuy_khue"}),
    ("thuy khue", {"thuy_khue"}),
    ("qua tet", {"qua_tet"}),
    ("quà Tết", {"qua_tet"}),
    ("hoi nghi hiep thuong", {"thanh_huong"}),
]


def build_corpus(make_article) -> dict[str, str]:
    """Create the corpus with ``make_article(title, sapo=, body=, ago=)``: {title: key}."""
    titles = {}
    for key, (title, sapo, body, days) in CORPUS.items():
        make_article(title, sapo=sapo, body=body, ago=timedelta(days=days, hours=1))
        titles[title] = key
    return titles


def evaluate(ranked_titles: Callable[[str], list[str]], titles: dict[str, str]) -> dict:
    """{"p5", "mrr", "queries": [(query, p5, rr, first five keys)]} over QUERIES."""
    rows = []
    for query, relevant in QUERIES:
        keys = [titles.get(title, "?") for title in ranked_titles(query)]
        top = keys[:5]
        p5 = sum(key in relevant for key in top) / min(5, len(relevant))
        rank = next((i for i, key in enumerate(keys, 1) if key in relevant), None)
        rows.append((query, p5, 1 / rank if rank else 0.0, top))
    return {
        "p5": sum(r[1] for r in rows) / len(rows),
        "mrr": sum(r[2] for r in rows) / len(rows),
        "queries": rows,
    }
