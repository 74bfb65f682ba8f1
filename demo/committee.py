"""Demo content: the "Giới thiệu" and "Cơ cấu tổ chức" pages, the committee's leaders with
drawn portraits, and citizens' letters (thư góp ý) in each status.

Idempotent: rows are found by slug / name and created once; an admin's later edits are kept.
The leaders' phone numbers and e-mail addresses are examples (example.vn) and say so; the
portraits are drawings (``demo/illustrations.py``), added once the data is committed and only to
a leader without one. The letters are invented, dated back from the first seeding.
"""

from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from committee.models import Leader, Letter, Page

INTRODUCTION = """
<p>Ủy ban Mặt trận Tổ quốc Việt Nam quận Cầu Giấy là cơ quan chấp hành giữa hai kỳ Đại hội đại
biểu Mặt trận Tổ quốc Việt Nam quận; là tổ chức liên minh chính trị, liên hiệp tự nguyện của các
tổ chức chính trị, tổ chức chính trị - xã hội, tổ chức xã hội và các cá nhân tiêu biểu trong các
giai cấp, tầng lớp xã hội, dân tộc, tôn giáo sinh sống và làm việc trên địa bàn quận.</p>
<h2>Vị trí, vai trò</h2>
<p>Mặt trận Tổ quốc Việt Nam quận là một bộ phận của hệ thống chính trị ở địa phương, là cơ sở
chính trị của chính quyền nhân dân; hoạt động theo Điều lệ Mặt trận Tổ quốc Việt Nam, Luật Mặt
trận Tổ quốc Việt Nam năm 2015 và sự lãnh đạo của Quận ủy.</p>
<h2>Chức năng</h2>
<ul>
<li>Tập hợp, xây dựng khối đại đoàn kết toàn dân tộc trên địa bàn quận.</li>
<li>Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của nhân dân.</li>
<li>Giám sát và phản biện xã hội đối với hoạt động của cơ quan, tổ chức, đại biểu dân cử và dự
thảo văn bản của chính quyền quận.</li>
<li>Tham gia xây dựng Đảng, chính quyền; tập hợp ý kiến, kiến nghị của cử tri và nhân dân để
phản ánh tới các cơ quan có thẩm quyền.</li>
</ul>
<h2>Nhiệm vụ chủ yếu</h2>
<ol>
<li>Tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà
nước và nhiệm vụ phát triển kinh tế - xã hội của quận.</li>
<li>Chủ trì, phối hợp với các tổ chức thành viên tổ chức các phong trào thi đua yêu nước, cuộc
vận động "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "Người Việt Nam ưu tiên
dùng hàng Việt Nam".</li>
<li>Vận động, tiếp nhận và phân bổ Quỹ "Vì người nghèo", quỹ cứu trợ; phối hợp chăm lo cho hộ
nghèo, hộ cận nghèo và các đối tượng chính sách.</li>
<li>Tổ chức giám sát, phản biện xã hội; tham gia tiếp công dân, tiếp xúc cử tri và công tác bầu
cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân các cấp.</li>
<li>Hướng dẫn hoạt động của Ủy ban Mặt trận Tổ quốc Việt Nam các phường, Ban Thanh tra nhân dân
và Ban Giám sát đầu tư của cộng đồng.</li>
</ol>
""".strip()

STRUCTURE = """
<p>Ủy ban Mặt trận Tổ quốc Việt Nam quận nhiệm kỳ 2024–2029 gồm các vị ủy viên là đại diện các
tổ chức thành viên, cá nhân tiêu biểu trong các dân tộc, tôn giáo, doanh nghiệp, trí thức và
người Việt Nam ở nước ngoài có quan hệ với quận.</p>
<h2>Ban Thường trực</h2>
<p>Ban Thường trực gồm Chủ tịch, các Phó Chủ tịch và Ủy viên Thường trực, do Ủy ban hiệp thương dân chủ cử ra; điều
hành công việc hằng ngày của Ủy ban và chịu trách nhiệm trước Ủy ban, Ban Thường vụ Quận ủy.
Danh sách và thông tin liên hệ xem tại trang <a href="/lanh-dao/">Lãnh đạo</a>.</p>
<h2>Cơ quan chuyên trách</h2>
<ul>
<li>Bộ phận Tổ chức – Tuyên giáo và Đối ngoại</li>
<li>Bộ phận Phong trào và An sinh xã hội</li>
<li>Bộ phận Dân chủ – Pháp luật (giám sát, phản biện xã hội, tiếp công dân)</li>
<li>Văn phòng – Tài chính</li>
</ul>
<h2>Các hội đồng tư vấn</h2>
<p>Hội đồng tư vấn về Dân chủ – Pháp luật, về Kinh tế và về Văn hóa – Xã hội giúp Ban Thường
trực nghiên cứu, góp ý các dự thảo văn bản và chuẩn bị nội dung phản biện xã hội.</p>
<h2>Các tổ chức thành viên</h2>
<table>
<thead><tr><th scope="col">Tổ chức</th><th scope="col">Ghi chú</th></tr></thead>
<tbody>
<tr><td>Liên đoàn Lao động quận</td><td>Tổ chức chính trị - xã hội</td></tr>
<tr><td>Hội Liên hiệp Phụ nữ quận</td><td>Tổ chức chính trị - xã hội</td></tr>
<tr><td>Hội Cựu chiến binh quận</td><td>Tổ chức chính trị - xã hội</td></tr>
<tr><td>Đoàn Thanh niên Cộng sản Hồ Chí Minh quận</td><td>Tổ chức chính trị - xã hội</td></tr>
<tr><td>Hội Chữ thập đỏ quận</td><td>Tổ chức xã hội</td></tr>
<tr><td>Hội Người cao tuổi quận</td><td>Tổ chức xã hội</td></tr>
</tbody>
</table>
<h2>Mặt trận cấp phường</h2>
<p>Ủy ban Mặt trận Tổ quốc Việt Nam 8 phường và các Ban Công tác Mặt trận ở tổ dân phố là nơi
người dân liên hệ gần nhất; địa chỉ các phường có tại trụ sở Ủy ban Mặt trận Tổ quốc Việt Nam
quận.</p>
""".strip()

DEMO_PAGES = [
    {
        "slug": "gioi-thieu",
        "title": "Giới thiệu",
        "description": "Vị trí, vai trò, chức năng và nhiệm vụ của Ủy ban MTTQ Việt Nam quận.",
        "body": INTRODUCTION,
        "nav_order": 10,
    },
    {
        "slug": "co-cau-to-chuc",
        "title": "Cơ cấu tổ chức",
        "description": "Ban Thường trực, cơ quan chuyên trách, hội đồng tư vấn và tổ chức thành viên.",
        "body": STRUCTURE,
        "nav_order": 20,
    },
]

EXAMPLE_NOTE = "Số điện thoại và thư điện tử ở đây là ví dụ."

DEMO_LEADERS = [
    {
        "full_name": "Nguyễn Thị Thanh",
        "position": "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "duties": "Phụ trách chung; công tác tổ chức cán bộ, giám sát và phản biện xã hội.",
        "phone": "024 3833 0001",
        "email": "chutich.mttq.caugiay@example.vn",
        "order": 10,
    },
    {
        "full_name": "Ngô Đức Cường",
        "position": "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "duties": "Phụ trách công tác phong trào, an sinh xã hội và Quỹ “Vì người nghèo”.",
        "phone": "024 3833 0002",
        "email": "phochutich1.mttq.caugiay@example.vn",
        "order": 20,
    },
    {
        "full_name": "Lê Thu Hằng",
        "position": "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "duties": "Phụ trách công tác dân chủ – pháp luật, tiếp công dân và tiếp xúc cử tri.",
        "phone": "024 3833 0003",
        "email": "phochutich2.mttq.caugiay@example.vn",
        "order": 30,
    },
    {
        "full_name": "Trịnh Văn Khải",
        "position": "Ủy viên Thường trực Ủy ban MTTQ Việt Nam quận",
        "duties": "Phụ trách công tác tuyên giáo, đối ngoại nhân dân và văn phòng.",
        "phone": "024 3833 0004",
        "email": "uvtt.mttq.caugiay@example.vn",
        "order": 40,
    },
    {
        "full_name": "Trần Thị Mai Hương",
        "position": "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Chủ tịch Hội Liên hiệp Phụ nữ quận",
        "duties": "Phụ trách công tác phụ nữ, gia đình và trẻ em; phối hợp chăm lo an sinh xã hội.",
        "phone": "024 3833 0005",
        "email": "phochutich3.mttq.caugiay@example.vn",
        "order": 32,
    },
    {
        "full_name": "Lưu Quang Vinh",
        "position": "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận, Bí thư Đoàn Thanh niên quận",
        "duties": "Phụ trách công tác thanh niên, chuyển đổi số và Tổ công nghệ số cộng đồng.",
        "phone": "024 3833 0006",
        "email": "phochutich4.mttq.caugiay@example.vn",
        "order": 34,
    },
]

#: full name -> (portrait seed, woman): the drawing of each demo leader.
PORTRAITS = {
    "Nguyễn Thị Thanh": (1, True),
    "Ngô Đức Cường": (2, False),
    "Lê Thu Hằng": (3, True),
    "Trịnh Văn Khải": (4, False),
    "Trần Thị Mai Hương": (5, True),
    "Lưu Quang Vinh": (6, False),
}

# (days before the first seeding, full name, email, phone, subject, message, status, staff note)
LETTERS = [
    (
        1,
        "Nguyễn Văn Hải",
        "",
        "0912 345 678",
        "Đèn chiếu sáng ngõ 68 phố Cầu Giấy bị hỏng",
        "Kính gửi Ủy ban MTTQ Việt Nam quận. Đã hơn hai tuần nay, ba cột đèn chiếu sáng ở cuối "
        "ngõ 68 phố Cầu Giấy không sáng, buổi tối người già và trẻ em đi lại rất khó khăn. Kính "
        "đề nghị Ủy ban chuyển ý kiến tới cơ quan có trách nhiệm sớm sửa chữa.",
        Letter.Status.NEW,
        "",
    ),
    (
        3,
        "Trần Thị Bích",
        "tranthibich@example.vn",
        "",
        "Hỏi thủ tục hưởng trợ cấp cho người cao tuổi",
        "Mẹ tôi năm nay 80 tuổi, sống một mình ở phường Yên Hòa. Xin hỏi gia đình cần chuẩn bị "
        "giấy tờ gì và nộp ở đâu để mẹ tôi được hưởng trợ cấp hằng tháng?",
        Letter.Status.NEW,
        "",
    ),
    (
        8,
        "Lê Minh Châu",
        "leminhchau@example.vn",
        "0983 111 222",
        "Phản ánh việc đổ phế thải xây dựng cuối ngõ 165 phố Xuân Thủy",
        "Nhiều đêm gần đây có xe chở phế thải xây dựng đổ trộm ở bãi đất trống cuối ngõ 165 phố "
        "Xuân Thủy, gây bụi và mất vệ sinh. Đề nghị Ủy ban phối hợp với phường kiểm tra, xử lý.",
        Letter.Status.IN_PROGRESS,
        "Đã chuyển Ủy ban MTTQ Việt Nam phường Dịch Vọng Hậu phối hợp với Công an phường kiểm "
        "tra; chờ phường báo cáo kết quả.",
    ),
    (
        12,
        "Phạm Quốc Dũng",
        "",
        "0904 555 666",
        "Góp ý dự thảo Quy định hỗ trợ người cao tuổi cô đơn",
        "Tôi đề nghị dự thảo bổ sung đối tượng là người cao tuổi sống cùng vợ hoặc chồng cũng đã "
        "già yếu, không có con cháu chăm sóc.",
        Letter.Status.IN_PROGRESS,
        "Đã tổng hợp vào báo cáo phản biện gửi Phòng Nội vụ quận; sẽ trả lời ông khi có ý kiến "
        "tiếp thu của cơ quan soạn thảo.",
    ),
    (
        20,
        "Đỗ Thu Trang",
        "dothutrang@example.vn",
        "",
        "Hỏi cách ủng hộ Quỹ “Vì người nghèo” qua chuyển khoản",
        "Công ty chúng tôi muốn ủng hộ Quỹ “Vì người nghèo” của quận nhân Tháng cao điểm. Đề "
        "nghị cho biết số tài khoản và cách nhận giấy xác nhận ủng hộ.",
        Letter.Status.ANSWERED,
        "Đã gửi số tài khoản của Ban Vận động Quỹ và mẫu giấy xác nhận qua thư điện tử.",
    ),
    (
        35,
        "Hoàng Văn Nam",
        "",
        "0965 777 888",
        "Cảm ơn Ban Công tác Mặt trận khu dân cư số 2 phường Quan Hoa",
        "Gia đình tôi xin cảm ơn Ban Công tác Mặt trận và bà con khu dân cư số 2 đã giúp đỡ sửa "
        "chữa nhà cho gia đình bà L. hàng xóm chúng tôi.",
        Letter.Status.ANSWERED,
        "Đã gọi điện cảm ơn ông; chuyển lời cảm ơn tới Ủy ban MTTQ Việt Nam phường Quan Hoa.",
    ),
]


def seed(*, stdout, verbosity: int = 1) -> None:
    pages = 0
    for data in DEMO_PAGES:
        _page, created = Page.objects.get_or_create(
            slug=data["slug"], defaults={**data, "is_published": True, "show_in_nav": True}
        )
        pages += created
    leaders = 0
    for data in DEMO_LEADERS:
        leader, created = Leader.objects.get_or_create(
            full_name=data["full_name"],
            defaults={**data, "duties": f"{data['duties']}\n{EXAMPLE_NOTE}"},
        )
        leaders += created
        if leader.person_id is None:
            person = _person_named(leader.full_name)
            if person is not None:
                leader.person = person
                leader.save(update_fields=["person"])
    letters = _seed_letters()
    # Portraits once the data is committed, so a dry run leaves no files.
    transaction.on_commit(_add_portraits)
    if verbosity >= 2:
        stdout.write(
            f"  trang giới thiệu: {pages} mới; lãnh đạo: {leaders} mới; thư góp ý: {letters} mới"
        )


def _seed_letters() -> int:
    now = timezone.now()
    created = 0
    for days, name, email, phone, subject, message, status, note in LETTERS:
        letter, was_created = Letter.objects.get_or_create(
            full_name=name,
            subject=subject,
            defaults={
                "email": email,
                "phone": phone,
                "message": message,
                "status": status,
                "staff_note": note,
            },
        )
        if not was_created:
            continue
        created += 1
        received = now - timedelta(days=days, hours=3)
        times = {"created_at": received, "notified_at": received + timedelta(minutes=1)}
        if status != Letter.Status.NEW:
            times["handled_at"] = received + timedelta(days=1)
        if status == Letter.Status.ANSWERED:
            times["answered_at"] = received + timedelta(days=4)
        Letter.objects.filter(pk=letter.pk).update(**times)  # created_at is set on insert
    return created


def _add_portraits() -> None:
    from core.images import clean_uploaded_image
    from demo.illustrations import portrait_jpeg

    for leader in Leader.objects.filter(full_name__in=PORTRAITS, portrait=""):
        seed, woman = PORTRAITS[leader.full_name]
        upload = ContentFile(portrait_jpeg(seed, woman=woman), name=f"chan-dung-{seed}.jpg")
        leader.portrait = clean_uploaded_image(upload).content
        leader.save()


def _person_named(full_name: str):
    """The person of the same name in the conference records (events demo), if any."""
    from events.models import Person

    return Person.objects.matching_name(full_name).first()
