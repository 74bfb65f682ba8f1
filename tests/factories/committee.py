"""Pages, leaders and citizens' letters (the committee app)."""

from __future__ import annotations

from committee.models import Leader, Letter, Page


def make_page(**overrides) -> Page:
    data = {
        "title": "Giới thiệu",
        "slug": "gioi-thieu",
        "body": "<p>Ủy ban MTTQ Việt Nam quận là cơ quan chấp hành giữa hai kỳ Đại hội.</p>",
        "nav_order": 10,
        "is_published": True,
    }
    data.update(overrides)
    return Page.objects.create(**data)


def make_leader(**overrides) -> Leader:
    data = {
        "full_name": "Nguyễn Thị Thanh",
        "position": "Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "phone": "024 3833 0001",
        "email": "chutich@example.vn",
        "order": 10,
    }
    data.update(overrides)
    return Leader.objects.create(**data)


def make_letter(**overrides) -> Letter:
    data = {
        "full_name": "Trần Văn Bình",
        "email": "binh@example.vn",
        "subject": "Hỏi về Quỹ Vì người nghèo",
        "message": "Xin cho biết cách đóng góp vào Quỹ Vì người nghèo của phường.",
    }
    data.update(overrides)
    return Letter.objects.create(**data)


def letter_post(**overrides) -> dict:
    """A valid contact-form submission."""
    data = {
        "full_name": "Trần Văn Bình",
        "email": "binh@example.vn",
        "phone": "",
        "subject": "Kiến nghị về chiếu sáng ngõ 68",
        "message": "Đèn đường ngõ 68 phố Cầu Giấy hỏng đã hai tuần, đề nghị sửa giúp.",
        "nickname_confirm": "",
    }
    data.update(overrides)
    return data
