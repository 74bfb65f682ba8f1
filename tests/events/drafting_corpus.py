"""Reports in the committee's style, each with the draft a clerk should get from it (issue 18,
item 3). Written the way the district committee's reports read: both kinds of conference
(signing, social criticism), supervision, voters' meetings, ordinary meetings; "đồng chí",
"đ/c", "ông", "bà"; hyphens, en dashes, commas and semicolons; morning/afternoon dates and
clock times; people named once with their position and referred to again by name.

Each entry: ``title``, ``body`` (plain text as the old portal exports it) and ``expected``:
``date`` (dd/mm/yyyy), ``time`` (HH:MM, the session's usual hour when none is printed),
``kinds``, ``organizer``, ``issuing_body`` (of the draft under criticism, or None),
``people``: {name: (position as printed, [roles], organisation hint)} — every person once,
``captions`` (stand-alone caption lines), optional ``attendee_count`` and ``opinion_count``.
"""

CORPUS = [
    {
        "id": "phan-bien-dong-chi-semicolons",
        "title": "Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội dự thảo Nghị quyết",
        "body": """Sáng ngày 14/3/2024, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội vào dự thảo Nghị quyết về phát triển hệ thống trường học công lập giai đoạn 2024-2030.
Chủ trì hội nghị có đồng chí Nguyễn Thị Thanh – UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Phạm Văn Bình – PCT Ủy ban MTTQ Việt Nam quận.
Tham dự hội nghị có đ/c Trần Việt Hà – UVTVQuận ủy, Phó Chủ tịch UBND quận; đ/c Lê Thu Trang – Trưởng phòng Giáo dục và Đào tạo quận cùng 45 đại biểu.
Thay mặt UBND quận, đồng chí Lê Thu Trang trình bày dự thảo Nghị quyết.
Hội nghị đã có 9 ý kiến góp ý phản biện vào dự thảo.
Phát biểu tiếp thu, đồng chí Trần Việt Hà cảm ơn các ý kiến tâm huyết của đại biểu.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh đề nghị UBND quận tiếp thu đầy đủ.
Toàn cảnh hội nghị
Đồng chí Lê Thu Trang trình bày dự thảo Nghị quyết
Quận Cầu Giấy""",
        "expected": {
            "date": "14/03/2024",
            "time": "08:00",
            "kinds": ["phan-bien"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": "UBND quận",
            "people": {
                "Nguyễn Thị Thanh": (
                    "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "concluding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Phạm Văn Bình": (
                    "PCT Ủy ban MTTQ Việt Nam quận",
                    ["presiding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Trần Việt Hà": (
                    "UVTVQuận ủy, Phó Chủ tịch UBND quận",
                    ["responding", "attending"],
                    "Ủy ban nhân dân quận",
                ),
                "Lê Thu Trang": (
                    "Trưởng phòng Giáo dục và Đào tạo quận",
                    ["presenting", "attending"],
                    "Phòng Giáo dục và Đào tạo quận",
                ),
            },
            "captions": [
                "Toàn cảnh hội nghị",
                "Đồng chí Lê Thu Trang trình bày dự thảo Nghị quyết",
            ],
            "attendee_count": 45,
            "opinion_count": 9,
        },
    },
    {
        "id": "ky-ket-hyphens-commas",
        "title": "Ký kết chương trình phối hợp với Hội Cựu chiến binh quận giai đoạn 2024 - 2029",
        "body": """Chiều ngày 02/4/2024, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị ký kết chương trình phối hợp với Hội Cựu chiến binh quận giai đoạn 2024 - 2029.
Dự hội nghị có các đồng chí: Nguyễn Thị Thanh - Chủ tịch Ủy ban MTTQ Việt Nam quận, Hoàng Văn Lực - Chủ tịch Hội Cựu chiến binh quận, Đỗ Minh Tâm - Phó Bí thư Thường trực Quận ủy.
Đồng chí Đỗ Minh Tâm phát biểu chỉ đạo hội nghị.
Thay mặt hai bên, đồng chí Nguyễn Thị Thanh và đồng chí Hoàng Văn Lực ký kết chương trình phối hợp.
Các đồng chí lãnh đạo quận chứng kiến ký kết chương trình phối hợp
Quận Cầu Giấy""",
        "expected": {
            "date": "02/04/2024",
            "time": "14:00",
            "kinds": ["ky-ket"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Nguyễn Thị Thanh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["attending"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Hoàng Văn Lực": (
                    "Chủ tịch Hội Cựu chiến binh quận",
                    ["attending"],
                    "Hội Cựu chiến binh quận",
                ),
                "Đỗ Minh Tâm": (
                    "Phó Bí thư Thường trực Quận ủy",
                    ["speaking", "attending"],
                    "Quận ủy",
                ),
            },
            "captions": ["Các đồng chí lãnh đạo quận chứng kiến ký kết chương trình phối hợp"],
        },
    },
    {
        "id": "giam-sat-ong-ba",
        "title": "Giám sát việc thực hiện chính sách hỗ trợ người cao tuổi tại phường Dịch Vọng",
        "body": """Sáng 21/5/2024, Đoàn giám sát của Ban Thường trực Ủy ban MTTQ Việt Nam quận do bà Nguyễn Thị Thanh – Chủ tịch Ủy ban MTTQ Việt Nam quận làm trưởng đoàn đã giám sát việc thực hiện chính sách hỗ trợ người cao tuổi tại phường Dịch Vọng.
Làm việc với đoàn có ông Vũ Đức Long – Chủ tịch UBND phường Dịch Vọng; bà Trịnh Thị Mai – Chủ tịch Ủy ban MTTQ phường.
Ông Vũ Đức Long trình bày báo cáo kết quả thực hiện chính sách.
Kết luận buổi giám sát, bà Nguyễn Thị Thanh đề nghị phường rà soát đối tượng thụ hưởng.
Đoàn giám sát làm việc tại UBND phường Dịch Vọng
Quận Cầu Giấy""",
        "expected": {
            "date": "21/05/2024",
            "time": "08:00",
            "kinds": ["giam-sat"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Nguyễn Thị Thanh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "concluding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Vũ Đức Long": (
                    "Chủ tịch UBND phường Dịch Vọng",
                    ["presenting", "attending"],
                    "Ủy ban nhân dân phường Dịch Vọng",
                ),
                "Trịnh Thị Mai": (
                    "Chủ tịch Ủy ban MTTQ phường",
                    ["attending"],
                    "Ủy ban Mặt trận Tổ quốc phường",
                ),
            },
            "captions": ["Đoàn giám sát làm việc tại UBND phường Dịch Vọng"],
        },
    },
    {
        "id": "tiep-xuc-cu-tri-clock",
        "title": "Đại biểu HĐND quận tiếp xúc cử tri phường Nghĩa Đô trước kỳ họp",
        "body": """Chiều ngày 25/6/2024, lúc 14h30, Ban Thường trực Ủy ban MTTQ Việt Nam phường Nghĩa Đô phối hợp tổ chức hội nghị tiếp xúc cử tri với đại biểu HĐND quận.
Chủ trì hội nghị: đồng chí Bùi Thị Hạnh – Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Đô.
Dự hội nghị có các đồng chí: Lương Mậu Hùng – Quận ủy viên, Phó Chủ tịch HĐND quận; Ngô Quang Vinh – Phó Chủ tịch UBND phường Nghĩa Đô và hơn 120 cử tri.
Tại hội nghị, 14 ý kiến cử tri đã được nêu về trật tự đô thị và môi trường.
Đồng chí Ngô Quang Vinh tiếp thu, giải trình các ý kiến thuộc thẩm quyền của phường.
Thay mặt các đại biểu, đồng chí Lương Mậu Hùng phát biểu tiếp thu ý kiến cử tri.
Cử tri phường Nghĩa Đô phát biểu tại hội nghị
Phường Nghĩa Đô""",
        "expected": {
            "date": "25/06/2024",
            "time": "14:30",
            "kinds": ["tiep-xuc-cu-tri"],
            "organizer": "Ủy ban MTTQ Việt Nam phường Nghĩa Đô",
            "issuing_body": None,
            "people": {
                "Bùi Thị Hạnh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam phường Nghĩa Đô",
                    ["presiding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam phường Nghĩa Đô",
                ),
                "Lương Mậu Hùng": (
                    "Quận ủy viên, Phó Chủ tịch HĐND quận",
                    ["responding", "attending"],
                    "Hội đồng nhân dân quận",
                ),
                "Ngô Quang Vinh": (
                    "Phó Chủ tịch UBND phường Nghĩa Đô",
                    ["responding", "attending"],
                    "Ủy ban nhân dân phường Nghĩa Đô",
                ),
            },
            "captions": ["Cử tri phường Nghĩa Đô phát biểu tại hội nghị"],
            "attendee_count": None,
            "opinion_count": 14,
        },
    },
    {
        "id": "phan-bien-issuer-named-dc",
        "title": "Phản biện xã hội dự thảo Đề án chỉnh trang đô thị",
        "body": """Sáng ngày 09/8/2024, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội đối với dự thảo Đề án chỉnh trang đô thị quận giai đoạn 2024-2026.
Chủ trì hội nghị có đ/c Phạm Văn Bình - Phó Chủ tịch Ủy ban MTTQ Việt Nam quận.
Dự hội nghị có đ/c Đinh Công Sơn - Trưởng phòng Quản lý đô thị quận; đ/c Hà Thị Yến - Chánh Văn phòng HĐND - UBND quận; các nhà khoa học, chuyên gia.
Thay mặt UBND quận, đ/c Đinh Công Sơn trình bày dự thảo Đề án.
Có 7 ý kiến phản biện tại hội nghị.
Đ/c Đinh Công Sơn tiếp thu, giải trình các ý kiến.
Kết luận hội nghị, đ/c Phạm Văn Bình đề nghị cơ quan soạn thảo hoàn thiện dự thảo.
Quang cảnh hội nghị phản biện
Quận Cầu Giấy""",
        "expected": {
            "date": "09/08/2024",
            "time": "08:00",
            "kinds": ["phan-bien"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": "UBND quận",
            "people": {
                "Phạm Văn Bình": (
                    "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "concluding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Đinh Công Sơn": (
                    "Trưởng phòng Quản lý đô thị quận",
                    ["presenting", "responding", "attending"],
                    "Phòng Quản lý đô thị quận",
                ),
                "Hà Thị Yến": (
                    "Chánh Văn phòng HĐND - UBND quận",
                    ["attending"],
                    "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân quận",
                ),
            },
            "captions": ["Quang cảnh hội nghị phản biện"],
            "opinion_count": 7,
        },
    },
    {
        "id": "ky-ket-va-phan-bien-words-date",
        "title": "Hội nghị ký kết chương trình phối hợp và phản biện xã hội",
        "body": """Ngày 15 tháng 10 năm 2024, Ủy ban MTTQ Việt Nam quận phối hợp với Hội Liên hiệp Phụ nữ quận tổ chức hội nghị ký kết chương trình phối hợp giai đoạn 2024–2029 và phản biện xã hội vào dự thảo Kế hoạch của UBND quận về bình đẳng giới.
Dự hội nghị có các đồng chí: Nguyễn Thị Thanh – Chủ tịch Ủy ban MTTQ Việt Nam quận; Lý Thị Hoa – Chủ tịch Hội LHPN quận; Trần Việt Hà – Phó Chủ tịch UBND quận.
Đồng chí Lý Thị Hoa phát biểu khai mạc hội nghị.
Đồng chí Trần Việt Hà – Phó Chủ tịch UBND quận tiếp thu các ý kiến.
Toàn cảnh hội nghị
Quận Cầu Giấy""",
        "expected": {
            "date": "15/10/2024",
            "time": "08:00",
            "kinds": ["ky-ket", "phan-bien"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": "UBND quận",
            "people": {
                "Nguyễn Thị Thanh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["attending"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Lý Thị Hoa": (
                    "Chủ tịch Hội LHPN quận",
                    ["opening", "attending"],
                    "Hội Liên hiệp Phụ nữ quận",
                ),
                "Trần Việt Hà": (
                    "Phó Chủ tịch UBND quận",
                    ["responding", "attending"],
                    "Ủy ban nhân dân quận",
                ),
            },
            "captions": ["Toàn cảnh hội nghị"],
        },
    },
    {
        "id": "hoi-nghi-thuong-ky-afternoon",
        "title": "Hội nghị Ủy ban MTTQ Việt Nam quận lần thứ 5",
        "body": """Chiều 12/12/2024, Ủy ban MTTQ Việt Nam quận tổ chức hội nghị lần thứ 5, khóa XIX, nhiệm kỳ 2024-2029.
Chủ trì hội nghị có đồng chí Nguyễn Thị Thanh – Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Phạm Văn Bình – Phó Chủ tịch Ủy ban MTTQ Việt Nam quận.
Dự hội nghị có đồng chí Đỗ Minh Tâm – Phó Bí thư Thường trực Quận ủy cùng 60 đại biểu là ủy viên Ủy ban.
Đồng chí Phạm Văn Bình trình bày báo cáo công tác Mặt trận năm 2024.
Phát biểu chỉ đạo, đồng chí Đỗ Minh Tâm ghi nhận kết quả của Mặt trận quận.
Quận Cầu Giấy""",
        "expected": {
            "date": "12/12/2024",
            "time": "14:00",
            "kinds": ["hoi-nghi"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Nguyễn Thị Thanh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Phạm Văn Bình": (
                    "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "presenting"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Đỗ Minh Tâm": (
                    "Phó Bí thư Thường trực Quận ủy",
                    ["speaking", "attending"],
                    "Quận ủy",
                ),
            },
            "captions": [],
            "attendee_count": 60,
        },
    },
    {
        "id": "tiep-xuc-cu-tri-ong-ba-commas",
        "title": "Tiếp xúc cử tri sau kỳ họp thứ 12 HĐND quận",
        "body": """Sáng ngày 06/01/2025, Ban Thường trực Ủy ban MTTQ phường Trung Hòa tổ chức hội nghị tiếp xúc cử tri sau kỳ họp thứ 12 HĐND quận.
Dự hội nghị có ông Phan Anh Tuấn, Phó Chủ tịch HĐND quận, bà Đặng Thu Hà, Ủy viên Ban Thường trực Ủy ban MTTQ phường.
Bà Đặng Thu Hà chủ trì hội nghị.
Ông Phan Anh Tuấn thông báo kết quả kỳ họp và tiếp thu 11 ý kiến của cử tri.
Phường Trung Hòa""",
        "expected": {
            "date": "06/01/2025",
            "time": "08:00",
            "kinds": ["tiep-xuc-cu-tri"],
            "organizer": "Ủy ban MTTQ phường Trung Hòa",
            "issuing_body": None,
            "people": {
                "Phan Anh Tuấn": (
                    "Phó Chủ tịch HĐND quận",
                    ["responding", "attending"],
                    "Hội đồng nhân dân quận",
                ),
                "Đặng Thu Hà": (
                    "Ủy viên Ban Thường trực Ủy ban MTTQ phường",
                    ["presiding", "attending"],
                    "Ủy ban Mặt trận Tổ quốc phường",
                ),
            },
            "captions": [],
            "opinion_count": 11,
        },
    },
    {
        "id": "giam-sat-dc-semicolon-presiding",
        "title": "Giám sát công tác quản lý trật tự xây dựng tại phường Yên Hòa",
        "body": """Chiều ngày 18/3/2025, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức giám sát công tác quản lý trật tự xây dựng tại phường Yên Hòa.
Chủ trì buổi giám sát có đ/c Phạm Văn Bình – Phó Chủ tịch Ủy ban MTTQ Việt Nam quận; đ/c Cao Thị Lan – Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận.
Tham dự có đ/c Tạ Quốc Khánh – Chủ tịch UBND phường Yên Hòa; đ/c Mai Văn Đức – Đội trưởng Đội Quản lý trật tự xây dựng đô thị quận.
Đ/c Tạ Quốc Khánh trình bày báo cáo của UBND phường.
Đ/c Mai Văn Đức giải trình một số vụ việc vi phạm.
Kết luận buổi giám sát, đ/c Phạm Văn Bình yêu cầu phường xử lý dứt điểm các vi phạm.
Đoàn giám sát kiểm tra thực tế công trình
Quận Cầu Giấy""",
        "expected": {
            "date": "18/03/2025",
            "time": "14:00",
            "kinds": ["giam-sat"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Phạm Văn Bình": (
                    "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "concluding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Cao Thị Lan": (
                    "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ Việt Nam quận",
                    ["presiding"],
                    "Ban Dân chủ - Pháp luật Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Tạ Quốc Khánh": (
                    "Chủ tịch UBND phường Yên Hòa",
                    ["presenting", "attending"],
                    "Ủy ban nhân dân phường Yên Hòa",
                ),
                "Mai Văn Đức": (
                    "Đội trưởng Đội Quản lý trật tự xây dựng đô thị quận",
                    ["responding", "attending"],
                    "Đội Quản lý trật tự xây dựng đô thị quận",
                ),
            },
            "captions": ["Đoàn giám sát kiểm tra thực tế công trình"],
        },
    },
    {
        "id": "phan-bien-dong-chi-referred-again",
        "title": "Ủy ban MTTQ Việt Nam quận phản biện dự thảo Quyết định về hỗ trợ hộ nghèo",
        "body": """Sáng ngày 22/4/2025, tại Hội trường UBND quận, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội vào dự thảo Quyết định về hỗ trợ hộ nghèo, hộ cận nghèo năm 2025.
Dự hội nghị có các đồng chí: Nguyễn Thị Thanh – UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận; Trần Việt Hà – Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy; Kiều Văn Phúc – Trưởng phòng Lao động - Thương binh và Xã hội quận.
Đồng chí Nguyễn Thị Thanh chủ trì hội nghị.
Thay mặt UBND quận, đồng chí Kiều Văn Phúc – Trưởng phòng Lao động - Thương binh và Xã hội quận trình bày dự thảo Quyết định.
Hội nghị nhận được 6 ý kiến góp ý.
Đồng chí Trần Việt Hà tiếp thu, giải trình và cảm ơn các ý kiến.
Quận Cầu Giấy""",
        "expected": {
            "date": "22/04/2025",
            "time": "08:00",
            "kinds": ["phan-bien"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": "UBND quận",
            "people": {
                "Nguyễn Thị Thanh": (
                    "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "attending"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Trần Việt Hà": (
                    "Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy",
                    ["responding", "attending"],
                    "Ủy ban nhân dân quận Cầu Giấy",
                ),
                "Kiều Văn Phúc": (
                    "Trưởng phòng Lao động - Thương binh và Xã hội quận",
                    ["presenting", "attending"],
                    "Phòng Lao động - Thương binh và Xã hội quận",
                ),
            },
            "captions": [],
            "opinion_count": 6,
        },
    },
    {
        "id": "ky-ket-quy-che-witness",
        "title": "Ký kết quy chế phối hợp giữa Ủy ban MTTQ Việt Nam quận và Công an quận",
        "body": """Chiều ngày 05/6/2025, Ủy ban MTTQ Việt Nam quận và Công an quận tổ chức hội nghị ký kết quy chế phối hợp giữa Ủy ban MTTQ Việt Nam quận và Công an quận trong phong trào bảo vệ an ninh Tổ quốc.
Dự và chứng kiến lễ ký kết có đồng chí Đỗ Minh Tâm – Phó Bí thư Thường trực Quận ủy.
Tham dự hội nghị có đ/c Nguyễn Thị Thanh – Chủ tịch Ủy ban MTTQ Việt Nam quận; đ/c Trương Đình Nam – Trưởng Công an quận.
Đồng chí Trương Đình Nam phát biểu tại hội nghị.
Đồng chí Đỗ Minh Tâm chứng kiến ký kết quy chế phối hợp
Quận Cầu Giấy""",
        "expected": {
            "date": "05/06/2025",
            "time": "14:00",
            "kinds": ["ky-ket"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Đỗ Minh Tâm": (
                    "Phó Bí thư Thường trực Quận ủy",
                    ["witnessing", "attending"],
                    "Quận ủy",
                ),
                "Nguyễn Thị Thanh": (
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["attending"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Trương Đình Nam": (
                    "Trưởng Công an quận",
                    ["speaking", "attending"],
                    "Công an quận",
                ),
            },
            "captions": ["Đồng chí Đỗ Minh Tâm chứng kiến ký kết quy chế phối hợp"],
        },
    },
    {
        "id": "hoi-nghi-dc-mixed-dashes",
        "title": "Hội nghị triển khai Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”",
        "body": """Sáng ngày 17/7/2025, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị triển khai Cuộc vận động năm 2025.
Chủ trì hội nghị: đ/c Phạm Văn Bình — Phó Chủ tịch Ủy ban MTTQ Việt Nam quận.
Dự hội nghị có đ/c Lâm Thị Ngọc - Phó Trưởng phòng Kinh tế quận; đ/c Quách Văn Hải – Chủ tịch Hội Doanh nghiệp quận và đại diện 30 doanh nghiệp.
Đ/c Lâm Thị Ngọc trình bày kế hoạch triển khai.
Đ/c Quách Văn Hải phát biểu hưởng ứng cuộc vận động.
Kết luận hội nghị, đ/c Phạm Văn Bình đề nghị các doanh nghiệp đồng hành.
Các đại biểu tham quan gian hàng Việt
Quận Cầu Giấy""",
        "expected": {
            "date": "17/07/2025",
            "time": "08:00",
            "kinds": ["hoi-nghi"],
            "organizer": "Ủy ban MTTQ Việt Nam quận",
            "issuing_body": None,
            "people": {
                "Phạm Văn Bình": (
                    "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
                    ["presiding", "concluding"],
                    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
                ),
                "Lâm Thị Ngọc": (
                    "Phó Trưởng phòng Kinh tế quận",
                    ["presenting", "attending"],
                    "Phòng Kinh tế quận",
                ),
                "Quách Văn Hải": (
                    "Chủ tịch Hội Doanh nghiệp quận",
                    ["speaking", "attending"],
                    "Hội Doanh nghiệp quận",
                ),
            },
            "captions": ["Các đại biểu tham quan gian hàng Việt"],
        },
    },
]
