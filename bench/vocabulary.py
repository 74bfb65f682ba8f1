"""Word lists and templates for ``generate_bench_data`` (realistic text of a district Front
committee's portal, after the sample article, docs/domain.md), used by ``bench/generate_data.py``.

Templates use ``str.format`` slots: {ward}, {year}, {n}, {org}, {occasion}, {campaign},
{draft}, {field}, {date}, {group}. Text contains no ``<`` or ``&`` (bodies are HTML).
"""

from __future__ import annotations

WARDS = [
    "Dịch Vọng",
    "Dịch Vọng Hậu",
    "Mai Dịch",
    "Nghĩa Đô",
    "Nghĩa Tân",
    "Quan Hoa",
    "Trung Hòa",
    "Yên Hòa",
]

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Vũ",
    "Võ",
    "Phan",
    "Trương",
    "Bùi",
    "Đặng",
    "Đỗ",
    "Ngô",
    "Hồ",
    "Dương",
    "Đinh",
    "Lương",
    "Đào",
    "Mai",
    "Tạ",
    "Chu",
    "Kiều",
    "Lưu",
]
MIDDLE = [
    "Văn",
    "Thị",
    "Đức",
    "Mậu",
    "Việt",
    "Thanh",
    "Minh",
    "Hồng",
    "Quang",
    "Ngọc",
    "Thu",
    "Hữu",
    "Xuân",
    "Kim",
    "Bích",
    "Công",
    "Tuấn",
    "Thùy",
    "Phương",
    "Hải",
]
GIVEN = [
    "Hà",
    "Hùng",
    "Thanh",
    "Cường",
    "Lan",
    "Dũng",
    "Hải",
    "Hòa",
    "Nam",
    "Tuấn",
    "Mai",
    "Hương",
    "Long",
    "Phúc",
    "Thảo",
    "Trang",
    "Yến",
    "Sơn",
    "Quỳnh",
    "Đức",
    "Anh",
    "Bình",
    "Châu",
    "Giang",
    "Khánh",
    "Linh",
    "Minh",
    "Ngọc",
    "Oanh",
    "Quân",
    "Tâm",
    "Thắng",
    "Thủy",
    "Uyên",
    "Vinh",
    "Xuân",
    "Ánh",
    "Đạt",
    "Hiếu",
    "Lộc",
]

POSITIONS = [
    "UVTV Quận ủy, Phó Chủ tịch UBND quận",
    "Quận ủy viên, Phó Chủ tịch HĐND quận",
    "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận",
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
    "Ủy viên Ban Thường trực Ủy ban MTTQ Việt Nam quận",
    "Chủ tịch Hội Chữ thập đỏ quận",
    "Trưởng ban Dân vận Quận ủy",
    "Chủ tịch Hội Liên hiệp Phụ nữ quận",
    "Chủ tịch Hội Cựu chiến binh quận",
    "Bí thư Quận đoàn",
    "Trưởng phòng Lao động – Thương binh và Xã hội quận",
    "Trưởng phòng Tài chính – Kế hoạch quận",
    "Chánh Văn phòng HĐND – UBND quận",
    "Chủ tịch Ủy ban MTTQ Việt Nam phường {ward}",
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường {ward}",
    "Bí thư Đảng ủy phường {ward}",
    "Chủ tịch UBND phường {ward}",
    "Trưởng ban Thanh tra nhân dân phường {ward}",
    "Tổ trưởng tổ dân phố số {n}, phường {ward}",
    "Trưởng ban công tác Mặt trận khu dân cư số {n}, phường {ward}",
    "Đại biểu HĐND quận",
    "Chuyên gia, nhà khoa học",
    "Chức sắc tôn giáo",
    "Doanh nhân tiêu biểu",
]

DISTRICT_ORGS = [
    ("Ủy ban MTTQ Việt Nam quận Cầu Giấy", "MTTQ quận"),
    ("Quận ủy Cầu Giấy", "Quận ủy"),
    ("Hội đồng nhân dân quận Cầu Giấy", "HĐND quận"),
    ("Ủy ban nhân dân quận Cầu Giấy", "UBND quận"),
    ("Hội Chữ thập đỏ quận Cầu Giấy", "Hội CTĐ quận"),
    ("Hội Liên hiệp Phụ nữ quận Cầu Giấy", "Hội LHPN quận"),
    ("Hội Cựu chiến binh quận Cầu Giấy", "Hội CCB quận"),
    ("Quận đoàn Cầu Giấy", "Quận đoàn"),
    ("Liên đoàn Lao động quận Cầu Giấy", "LĐLĐ quận"),
    ("Hội Người cao tuổi quận Cầu Giấy", "Hội NCT quận"),
    ("Phòng Lao động – Thương binh và Xã hội quận", "Phòng LĐTBXH"),
    ("Phòng Tài chính – Kế hoạch quận", "Phòng TCKH"),
    ("Phòng Tài nguyên và Môi trường quận", "Phòng TNMT"),
    ("Phòng Y tế quận", "Phòng Y tế"),
    ("Phòng Giáo dục và Đào tạo quận", "Phòng GDĐT"),
    ("Phòng Văn hóa và Thông tin quận", "Phòng VHTT"),
    ("Công an quận Cầu Giấy", "Công an quận"),
    ("Ban Dân vận Quận ủy", "Ban Dân vận"),
    ("Ban Tuyên giáo Quận ủy", "Ban Tuyên giáo"),
    ("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "MTTQ Thành phố"),
]
WARD_ORGS = [
    ("Ủy ban MTTQ Việt Nam phường {ward}", "MTTQ phường {ward}"),
    ("Đảng ủy phường {ward}", "Đảng ủy phường {ward}"),
    ("Ủy ban nhân dân phường {ward}", "UBND phường {ward}"),
    ("Hội Liên hiệp Phụ nữ phường {ward}", "Hội LHPN phường {ward}"),
    ("Hội Cựu chiến binh phường {ward}", "Hội CCB phường {ward}"),
    ("Đoàn Thanh niên phường {ward}", "Đoàn phường {ward}"),
    ("Hội Chữ thập đỏ phường {ward}", "Hội CTĐ phường {ward}"),
    ("Hội Người cao tuổi phường {ward}", "Hội NCT phường {ward}"),
    ("Ban Thanh tra nhân dân phường {ward}", "Ban TTND phường {ward}"),
    ("Trường Tiểu học {ward}", ""),
    ("Trạm Y tế phường {ward}", ""),
]

OCCASIONS = [
    "Tết Nguyên đán",
    "Tết Trung thu",
    "ngày Thương binh – Liệt sĩ 27/7",
    "Ngày hội Đại đoàn kết toàn dân tộc 18/11",
    "Tháng Nhân đạo",
    "ngày Quốc khánh 2/9",
    "ngày Quốc tế Người cao tuổi",
    "khai giảng năm học mới",
]
CAMPAIGNS = [
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Ngày vì người nghèo",
    "Quỹ Vì người nghèo",
    "Nhà Đại đoàn kết",
    "Toàn dân bảo vệ an ninh Tổ quốc",
    "Phân loại rác thải tại nguồn",
    "Xây dựng tuyến phố văn minh đô thị",
]
DRAFTS = [
    "dự thảo Nghị quyết về nhiệm vụ trọng tâm công tác 6 tháng cuối năm {year}",
    "dự thảo Nghị quyết về kế hoạch phát triển kinh tế – xã hội năm {year}",
    "dự thảo Nghị quyết về dự toán ngân sách quận năm {year}",
    "dự thảo Đề án chỉnh trang đô thị trên địa bàn phường {ward}",
    "dự thảo Kế hoạch xây dựng tuyến phố văn minh đô thị năm {year}",
    "dự thảo Quy chế dân chủ ở cơ sở trên địa bàn quận",
    "dự thảo Báo cáo tình hình thực hiện nhiệm vụ thu, chi ngân sách năm {year}",
    "dự thảo Đề án phát triển hệ thống trường học giai đoạn {year} – {year_end}",
]
FIELDS = [
    "an toàn thực phẩm",
    "trật tự xây dựng",
    "bảo vệ môi trường",
    "thực hiện chính sách bảo hiểm xã hội",
    "chỉnh trang đô thị",
    "quản lý chợ dân sinh",
    "thu gom rác thải",
    "thực hiện quy chế dân chủ ở cơ sở",
    "chăm sóc người có công",
    "cải cách hành chính",
]
GROUPS = [
    "hộ nghèo, hộ cận nghèo",
    "người cao tuổi cô đơn",
    "trẻ em có hoàn cảnh khó khăn",
    "gia đình chính sách",
    "người khuyết tật",
    "học sinh vượt khó học giỏi",
    "công nhân lao động",
    "hộ gia đình bị ảnh hưởng bởi thiên tai",
]
BYLINES = [
    "Quận Cầu Giấy",
    "Ủy ban MTTQ Việt Nam quận",
    "Phường {ward}",
    "Ban Tuyên giáo",
    "Văn phòng Ủy ban MTTQ quận",
]

# Categories: (name, description, topic key); the topic picks titles and paragraphs.
CATEGORIES = [
    ("Hoạt động Mặt trận", "Tin về hoạt động của Ủy ban MTTQ Việt Nam quận và các phường.", "mt"),
    ("Phản biện xã hội", "Hội nghị phản biện các dự thảo nghị quyết, đề án, kế hoạch.", "pb"),
    ("Giám sát", "Hoạt động giám sát của Mặt trận và Ban Thanh tra nhân dân.", "gs"),
    ("An sinh xã hội", "Trao quà, hỗ trợ người nghèo, hiến máu tình nguyện.", "as"),
    ("Các cuộc vận động", "Các cuộc vận động và phong trào thi đua.", "vd"),
    ("Tiếp xúc cử tri", "Đại biểu HĐND tiếp xúc, lắng nghe ý kiến cử tri.", "tx"),
    ("Công tác dân tộc, tôn giáo", "Đoàn kết các tôn giáo, đồng bào dân tộc.", "tg"),
    ("Thông báo", "Thông báo, lịch tiếp công dân, lịch làm việc.", "tb"),
]

TITLES = {
    "mt": [
        "Ủy ban MTTQ Việt Nam phường {ward} tổ chức hội nghị tổng kết công tác Mặt trận năm {year}",
        "Hội nghị ký kết chương trình phối hợp giữa Ủy ban MTTQ quận và {org} giai đoạn {year} – {year_end}",
        "Ban Thường trực Ủy ban MTTQ quận làm việc với phường {ward} về công tác Mặt trận",
        "Đại hội đại biểu MTTQ Việt Nam phường {ward} nhiệm kỳ {year} – {year_end}",
        "Sơ kết 6 tháng đầu năm {year} công tác Mặt trận trên địa bàn quận",
        "Tập huấn nghiệp vụ công tác Mặt trận cho cán bộ khu dân cư phường {ward}",
    ],
    "pb": [
        "Phản biện xã hội vào {draft}",
        "Ủy ban MTTQ quận tổ chức hội nghị phản biện {draft}",
        "Góp ý {draft}: {n} ý kiến được tiếp thu",
        "Hội nghị phản biện xã hội tại phường {ward} năm {year}",
    ],
    "gs": [
        "Giám sát {field} tại phường {ward}",
        "Ban Thanh tra nhân dân phường {ward} giám sát {field}",
        "Ủy ban MTTQ quận giám sát việc {field} năm {year}",
        "Kết quả giám sát chuyên đề về {field} trên địa bàn quận",
    ],
    "as": [
        "Trao {n} suất quà cho {group} phường {ward} dịp {occasion}",
        "Hiến máu tình nguyện tại phường {ward}: tiếp nhận {n} đơn vị máu",
        "Bàn giao nhà Đại đoàn kết cho hộ nghèo phường {ward}",
        "Quỹ Vì người nghèo quận tiếp nhận {n} triệu đồng ủng hộ năm {year}",
        "Thăm, tặng quà {group} nhân dịp {occasion}",
    ],
    "vd": [
        "Phường {ward} đẩy mạnh cuộc vận động {campaign}",
        "Tổng kết cuộc vận động {campaign} năm {year}",
        "Ra mắt mô hình {campaign} tại tổ dân phố số {n}, phường {ward}",
        "Ngày hội Đại đoàn kết toàn dân tộc tại khu dân cư số {n}, phường {ward}",
    ],
    "tx": [
        "Đại biểu HĐND quận tiếp xúc cử tri phường {ward} trước kỳ họp thứ {n}",
        "Cử tri phường {ward} kiến nghị về {field}",
        "Tiếp xúc cử tri sau kỳ họp HĐND quận năm {year}",
    ],
    "tg": [
        "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp {occasion}",
        "Ủy ban MTTQ quận thăm, chúc mừng các cơ sở tôn giáo dịp {occasion}",
        "Hội nghị đoàn kết các tôn giáo trên địa bàn quận năm {year}",
    ],
    "tb": [
        "Thông báo lịch tiếp công dân tháng {n} năm {year}",
        "Thông báo kết quả lấy ý kiến nhân dân về {draft}",
        "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year}",
    ],
}

SAPOS = {
    "mt": "Sáng ngày {date}, Ủy ban MTTQ Việt Nam phường {ward} đã tổ chức hội nghị đánh giá kết quả công tác Mặt trận và triển khai nhiệm vụ trọng tâm thời gian tới.",
    "pb": "Ngày {date}, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội vào {draft}, với {n} ý kiến góp ý của các thành viên.",
    "gs": "Thực hiện kế hoạch giám sát năm {year}, ngày {date} đoàn giám sát của Ủy ban MTTQ Việt Nam quận đã làm việc tại phường {ward} về {field}.",
    "as": "Ngày {date}, Ủy ban MTTQ Việt Nam phường {ward} phối hợp với các đoàn thể trao {n} suất quà cho {group} nhân dịp {occasion}.",
    "vd": "Hưởng ứng cuộc vận động {campaign}, nhân dân phường {ward} đã có nhiều việc làm thiết thực, góp phần xây dựng khu dân cư văn minh.",
    "tx": "Ngày {date}, tổ đại biểu HĐND quận đã tiếp xúc cử tri phường {ward}, lắng nghe {n} ý kiến, kiến nghị của cử tri về {field}.",
    "tg": "Nhân dịp {occasion}, đoàn công tác của Ủy ban MTTQ Việt Nam quận đã đến thăm, chúc mừng chức sắc, chức việc và đồng bào các tôn giáo.",
    "tb": "Ủy ban MTTQ Việt Nam quận thông báo tới các cơ quan, đơn vị và nhân dân trên địa bàn nội dung sau.",
}

LEADS = [
    "Sáng ngày {date}, tại hội trường UBND phường {ward}, {org} đã tổ chức hội nghị với sự tham dự của hơn {n} đại biểu.",
    "Chiều ngày {date}, Ban Thường trực Ủy ban MTTQ Việt Nam quận phối hợp với {org} tổ chức chương trình tại phường {ward}.",
    "Ngày {date}, {org} đã tổ chức buổi làm việc về {field} với sự tham gia của đại diện các ban, ngành, đoàn thể.",
    "Thực hiện chương trình công tác năm {year}, ngày {date} {org} đã triển khai nội dung này tại {n} khu dân cư của phường {ward}.",
]

PARAGRAPHS = {
    "mt": [
        "Dự hội nghị có các đồng chí: đại diện Ủy ban MTTQ Việt Nam Thành phố; lãnh đạo Quận ủy, HĐND, UBND quận; các đồng chí trong Ban Thường trực Ủy ban MTTQ Việt Nam quận; đại diện lãnh đạo các đoàn thể chính trị – xã hội và các đồng chí Chủ tịch, Phó Chủ tịch Ủy ban MTTQ Việt Nam {n} phường trên địa bàn.",
        "Năm {year}, Ủy ban MTTQ Việt Nam phường {ward} đã bám sát chương trình phối hợp và thống nhất hành động, tập trung tuyên truyền, vận động nhân dân thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; {n} khu dân cư được công nhận danh hiệu khu dân cư văn hóa.",
        "Phát biểu chỉ đạo, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận ghi nhận, biểu dương những kết quả mà Mặt trận phường {ward} đạt được, đồng thời đề nghị tiếp tục đổi mới nội dung, phương thức hoạt động, hướng mạnh về khu dân cư.",
        "Chương trình phối hợp giai đoạn {year} – {year_end} được xây dựng với {n} nội dung cơ bản, bao gồm tuyên truyền các giá trị nhân đạo, tinh thần tương thân, tương ái; tổ chức vận động, tiếp nhận và phân phối nguồn đóng góp tự nguyện; phối hợp kiểm tra, giám sát việc thực hiện chính sách.",
        "Hội nghị đã biểu dương, khen thưởng {n} tập thể và cá nhân có thành tích xuất sắc trong công tác Mặt trận và phong trào thi đua yêu nước năm {year}.",
    ],
    "pb": [
        "Tại hội nghị, các đại biểu đã tập trung thảo luận, góp ý vào {draft}. Đã có {n} ý kiến góp ý phản biện, đánh giá cao sự chuẩn bị công phu, nghiêm túc của cơ quan soạn thảo.",
        "Các ý kiến đề nghị làm rõ hơn các giải pháp về {field}, bổ sung chỉ tiêu cụ thể, có lộ trình thực hiện và phân công trách nhiệm rõ ràng cho từng cơ quan, đơn vị.",
        "Thay mặt UBND quận, đồng chí Phó Chủ tịch UBND quận trân trọng tiếp thu các ý kiến phản biện, giải trình một số nội dung các đại biểu quan tâm và khẳng định sẽ nghiên cứu, hoàn thiện dự thảo trước khi trình HĐND quận.",
        "Kết luận hội nghị, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận đề nghị cơ quan soạn thảo tiếp thu tối đa các ý kiến xác đáng; Ban Thường trực sẽ tổng hợp thành văn bản phản biện gửi cơ quan có thẩm quyền.",
    ],
    "gs": [
        "Qua giám sát, đoàn đánh giá phường {ward} đã quan tâm chỉ đạo công tác {field}, ban hành kế hoạch và tổ chức kiểm tra định kỳ; tuy nhiên vẫn còn {n} cơ sở chưa thực hiện đầy đủ các quy định.",
        "Đoàn giám sát đã kiểm tra thực tế tại {n} địa điểm, trao đổi với người dân và hộ kinh doanh, lắng nghe ý kiến của Ban công tác Mặt trận các khu dân cư.",
        "Đoàn giám sát đề nghị UBND phường {ward} tiếp tục tăng cường tuyên truyền, xử lý nghiêm các trường hợp vi phạm về {field} và báo cáo kết quả khắc phục trước ngày 30 tháng 12 năm {year}.",
        "Ban Thanh tra nhân dân phường đã tiếp nhận {n} đơn thư, kiến nghị của công dân, phối hợp giải quyết dứt điểm, không để phát sinh điểm nóng.",
    ],
    "as": [
        "Mỗi suất quà gồm tiền mặt và các nhu yếu phẩm trị giá 500.000 đồng, được trích từ Quỹ Vì người nghèo quận và nguồn vận động của các tổ chức, doanh nghiệp, nhà hảo tâm trên địa bàn.",
        "Năm {year}, Quỹ Vì người nghèo quận đã tiếp nhận hơn {n} triệu đồng, hỗ trợ xây mới, sửa chữa nhà Đại đoàn kết, hỗ trợ {group} vươn lên thoát nghèo bền vững.",
        "Ngày hội hiến máu đã thu hút đông đảo cán bộ, đoàn viên, hội viên và nhân dân tham gia; {n} đơn vị máu được tiếp nhận, góp phần bổ sung nguồn máu điều trị cho người bệnh.",
        "Thay mặt các hộ được nhận hỗ trợ, đại diện {group} bày tỏ sự xúc động, cảm ơn sự quan tâm của cấp ủy, chính quyền, Mặt trận và các nhà hảo tâm.",
    ],
    "vd": [
        "Sau {n} năm thực hiện cuộc vận động {campaign}, diện mạo các khu dân cư trên địa bàn phường {ward} có nhiều đổi mới, đời sống vật chất và tinh thần của nhân dân không ngừng được nâng lên.",
        "Ban công tác Mặt trận các khu dân cư đã tổ chức {n} buổi tuyên truyền, vận động các hộ gia đình ký cam kết thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường, phân loại rác thải tại nguồn.",
        "Ngày hội là dịp để nhân dân khu dân cư ôn lại truyền thống vẻ vang của Mặt trận Tổ quốc Việt Nam, biểu dương các gia đình văn hóa tiêu biểu và tăng cường khối đại đoàn kết toàn dân tộc.",
    ],
    "tx": [
        "Tại buổi tiếp xúc, cử tri phường {ward} đã nêu {n} ý kiến, kiến nghị, tập trung vào các vấn đề {field}, tiến độ cải tạo hạ tầng và quản lý trật tự đô thị trên địa bàn.",
        "Thay mặt tổ đại biểu, đại biểu HĐND quận đã tiếp thu, giải trình các ý kiến thuộc thẩm quyền và cam kết chuyển các kiến nghị còn lại tới cơ quan chức năng xem xét, trả lời cử tri.",
        "Lãnh đạo UBND phường {ward} trực tiếp trả lời các kiến nghị của cử tri về {field}, đồng thời thông tin về kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội năm {year}.",
    ],
    "tg": [
        "Thay mặt đoàn công tác, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận gửi lời chúc mừng tới chức sắc, chức việc và đồng bào các tôn giáo nhân dịp {occasion}; ghi nhận những đóng góp tích cực vào công tác an sinh xã hội của địa phương.",
        "Các chức sắc tôn giáo bày tỏ vui mừng trước sự phát triển của quận, khẳng định sẽ tiếp tục vận động tín đồ sống tốt đời, đẹp đạo, tham gia tích cực các phong trào thi đua do Mặt trận phát động.",
    ],
    "tb": [
        "Thời gian tiếp công dân: sáng từ 8 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ các ngày làm việc trong tuần, tại trụ sở Ủy ban MTTQ Việt Nam quận.",
        "Các cơ quan, đơn vị và cá nhân có ý kiến xin gửi về Văn phòng Ủy ban MTTQ Việt Nam quận trước ngày {date} để tổng hợp, báo cáo cấp có thẩm quyền.",
    ],
}

GENERIC_PARAGRAPHS = [
    "Phát huy những kết quả đạt được, thời gian tới Ủy ban MTTQ Việt Nam phường {ward} sẽ tiếp tục đổi mới nội dung, phương thức hoạt động, nâng cao chất lượng công tác giám sát và phản biện xã hội, chăm lo lợi ích hợp pháp, chính đáng của nhân dân.",
    "Dịp này, {n} gia đình tiêu biểu đã được tặng giấy khen vì có thành tích xuất sắc trong phong trào {campaign}.",
    "Các đại biểu thống nhất cao với phương hướng, nhiệm vụ năm {year_end}, trong đó tập trung củng cố, tăng cường khối đại đoàn kết toàn dân tộc, thực hiện tốt quy chế dân chủ ở cơ sở.",
    "Đồng chí đề nghị các tổ chức thành viên tiếp tục phối hợp chặt chẽ, phát huy vai trò của Ban công tác Mặt trận, Ban Thanh tra nhân dân và các tổ dân phố trong việc nắm bắt tâm tư, nguyện vọng của nhân dân.",
    "Hội nghị cũng đã thông qua kế hoạch phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm {year} tại {n} khu dân cư trên địa bàn phường {ward}.",
    "Công tác tuyên truyền được triển khai bằng nhiều hình thức phong phú như hệ thống loa truyền thanh, bảng tin khu dân cư, trang thông tin điện tử và mạng xã hội, thu hút sự quan tâm của đông đảo nhân dân.",
]
SUBHEADINGS = [
    "Kết quả nổi bật",
    "Những tồn tại, hạn chế",
    "Phương hướng, nhiệm vụ thời gian tới",
    "Ý kiến của các đại biểu",
    "Tiếp thu, giải trình",
]
CAPTIONS = [
    "Toàn cảnh hội nghị",
    "Các đại biểu dự hội nghị",
    "Đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận phát biểu",
    "Trao quà cho các gia đình có hoàn cảnh khó khăn",
]

TAGS = [
    "phản biện xã hội",
    "giám sát",
    "an sinh xã hội",
    "hiến máu tình nguyện",
    "Quỹ Vì người nghèo",
    "nhà Đại đoàn kết",
    "tiếp xúc cử tri",
    "khu dân cư văn hóa",
    "Ngày hội Đại đoàn kết",
    "tôn giáo",
    "thanh tra nhân dân",
    "bảo vệ môi trường",
    "an toàn thực phẩm",
    "chỉnh trang đô thị",
    "người cao tuổi",
    "trẻ em",
    "Tết Nguyên đán",
    "Tết Trung thu",
    "chuyển đổi số",
    "quy chế dân chủ",
]

CONFERENCE_TITLES = {
    "ky-ket": "Hội nghị ký kết chương trình phối hợp giữa Ủy ban MTTQ Việt Nam quận và {org} giai đoạn {year} – {year_end}",
    "phan-bien": "Hội nghị phản biện xã hội vào {draft}",
    "hoi-nghi": "Hội nghị {meeting} năm {year}",
    "giam-sat": "Giám sát {field} tại phường {ward}",
    "tiep-xuc-cu-tri": "Tiếp xúc cử tri phường {ward} trước kỳ họp thứ {n} HĐND quận",
    "khac": "Gặp mặt {group} nhân dịp {occasion}",
}
MEETINGS = [
    "tổng kết công tác Mặt trận",
    "sơ kết 6 tháng công tác Mặt trận",
    "hiệp thương cử Ủy viên Ủy ban MTTQ",
    "Ban Thường trực mở rộng",
    "triển khai nhiệm vụ trọng tâm",
    "đối thoại với nhân dân",
]
OPINIONS = [
    "Đề nghị bổ sung giải pháp cụ thể về {field}, có lộ trình và phân công trách nhiệm rõ ràng.",
    "Chỉ tiêu đề ra còn chung chung, đề nghị lượng hóa để thuận lợi cho việc giám sát.",
    "Cần quan tâm hơn tới {group} trong phân bổ nguồn lực năm {year}.",
    "Đề nghị làm rõ nguồn kinh phí thực hiện và cơ chế huy động xã hội hóa.",
    "Đề nghị tăng cường vai trò giám sát của Ban Thanh tra nhân dân và Ban giám sát đầu tư của cộng đồng.",
    "Cần đánh giá sát hơn những tồn tại, hạn chế và nguyên nhân chủ quan.",
]
RESPONSES = [
    "Trân trọng tiếp thu các ý kiến, sẽ hoàn thiện dự thảo trước khi trình HĐND quận.",
    "Giải trình: nội dung này đã được quy định tại kế hoạch riêng của UBND quận.",
    "Ghi nhận ý kiến và giao phòng chuyên môn nghiên cứu, báo cáo.",
]
PROGRAMME_POINTS = [
    "Tuyên truyền các giá trị nhân đạo, tinh thần tương thân, tương ái, truyền thống đại đoàn kết của dân tộc Việt Nam.",
    "Tổ chức vận động, tiếp nhận, phân phối nguồn đóng góp tự nguyện để khắc phục khó khăn do thiên tai, dịch bệnh.",
    "Tổ chức thực hiện các phong trào, cuộc vận động, chương trình nhân đạo do hai bên phát động.",
    "Phối hợp kiểm tra, giám sát, phản biện xã hội về chính sách, pháp luật trong lĩnh vực hai bên phụ trách.",
    "Phối hợp tổ chức biểu dương, tôn vinh, khen thưởng tập thể, cá nhân tiêu biểu.",
    "Định kỳ sơ kết, tổng kết, đánh giá kết quả thực hiện chương trình phối hợp.",
]
VENUES = [
    "Hội trường UBND quận Cầu Giấy",
    "Hội trường Ủy ban MTTQ Việt Nam quận",
    "Hội trường UBND phường {ward}",
    "Nhà văn hóa tổ dân phố số {n}, phường {ward}",
    "Trụ sở Đảng ủy – HĐND – UBND phường {ward}",
]
