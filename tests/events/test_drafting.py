"""The parser that drafts a conference from an article's text (pure: no database)."""

import unicodedata
from datetime import date, datetime, time

import pytest

from events.drafting import draft_conference, html_to_text
from tests.factories.events import sample_text


def people(draft, role=None):
    return {p.full_name: p.position for p in draft.participants if role is None or role in p.roles}


@pytest.fixture(scope="module")
def sample_draft():
    title, body = sample_text()
    return draft_conference(title=title, body=body, published_at=datetime(2023, 6, 10, 15, 37))


def test_sample_conference_date_is_the_meeting_day_not_the_publication_day(sample_draft):
    assert sample_draft.starts_on == date(2023, 6, 9)
    assert sample_draft.starts_time == time(8, 0)  # "Sáng": the usual morning hour
    assert sample_draft.time_is_estimated


def test_sample_has_both_kinds_and_no_kind_from_passing_mentions(sample_draft):
    # "giám sát" appears in a programme point; it does not make this a supervision
    assert sample_draft.kinds == ["ky-ket", "phan-bien"]


def test_sample_gives_four_people_each_once_with_every_role(sample_draft):
    roles = {p.full_name: p.roles for p in sample_draft.participants}
    assert roles == {
        "Trần Việt Hà": ["responding", "attending"],
        "Lương Mậu Hùng": ["attending"],
        "Nguyễn Thị Thanh": ["opening", "concluding", "attending"],
        "Ngô Đức Cường": ["presenting"],
    }
    assert "đại diện Ủy ban MTTQ Việt Nam Thành phố" in sample_draft.group_attendees


def test_sample_positions_as_printed_fullest_kept_others_in_the_note(sample_draft):
    by_name = {p.full_name: p for p in sample_draft.participants}
    ha = by_name["Trần Việt Hà"]
    # the fuller of the two wordings, as printed (never corrected) …
    assert ha.position == "Ủy viên Ban thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy"
    # … the other one kept for the clerk, typo included
    assert "UVTVQuận ủy, Phó Chủ tịch UBND quận" in ha.note
    assert ha.position_normalized == (
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận Cầu Giấy"
    )
    assert by_name["Lương Mậu Hùng"].position == "Quận ủy viên, Phó Chủ tịch HĐND quận"
    thanh = by_name["Nguyễn Thị Thanh"]
    assert thanh.position == "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận"
    assert "UVTV, Chủ tịch Ủy ban MTTQ Việt Nam quận" in thanh.note


def test_sample_officials_by_role(sample_draft):
    assert [p.full_name for p in sample_draft.presenters] == ["Ngô Đức Cường"]
    assert sample_draft.presenters[0].position == "Phó Chủ tịch Ủy ban MTTQ Việt Nam"
    assert sample_draft.presenters[0].organization_hint == "Ủy ban Mặt trận Tổ quốc Việt Nam"
    assert [p.full_name for p in sample_draft.concluding] == ["Nguyễn Thị Thanh"]
    assert list(people(sample_draft, "opening")) == ["Nguyễn Thị Thanh"]
    assert list(people(sample_draft, "responding")) == ["Trần Việt Hà"]


def test_sample_opinions_programme_and_partner(sample_draft):
    assert sample_draft.opinion_count == 11
    assert sample_draft.partner_organization == "Hội Chữ thập đỏ quận"
    programme = sample_draft.programme
    assert (programme.period_start_year, programme.period_end_year) == (2023, 2027)
    assert programme.declared_point_count == 5
    assert len(programme.points) == 5
    assert "tươgn thân" in programme.points[0]  # never corrected silently
    assert programme.parties == ["Ủy ban MTTQ Việt Nam quận", "Hội Chữ thập đỏ quận"]


def test_sample_draft_document_conclusion_and_captions(sample_draft):
    criticism = sample_draft.criticism
    assert criticism.document_type == "resolution"
    assert criticism.document_title.startswith("Dự thảo Nghị quyết về nhiệm vụ trọng tâm")
    assert criticism.responder_name == "Trần Việt Hà"
    assert sample_draft.conclusion.startswith("Kết luận hội nghị")
    assert "Toàn cảnh hội nghị" in sample_draft.photo_captions
    assert sample_draft.organizer_hint == "Ủy ban MTTQ Việt Nam quận Cầu Giấy"
    assert sample_draft.title.startswith("Hội nghị ký kết chương trình phối hợp")
    assert sample_draft.byline == "Quận Cầu Giấy"


def test_old_site_chrome_is_not_content(sample_draft):
    assert not any("Hàng Việt Nam" in c for c in sample_draft.photo_captions)


VARIANT = """Chiều ngày 5/3/2024, Ủy ban MTTQ phường Dịch Vọng tổ chức hội nghị phản biện xã hội vào dự thảo Kế hoạch chỉnh trang đô thị.
Tham dự hội nghị có: đ/c Lê Văn Hòa – Bí thư Đảng ủy phường, đ/c Phạm Thị Thuỷ – Chủ tịch UBND phường, Nguyễn Văn An – Phó Chủ tịch, Trưởng ban TTND phường.
Hội nghị do đ/c Đỗ Minh Tuấn – Chủ tịch Ủy ban MTTQ phường chủ trì.
Tại hội nghị, hơn 50 đại biểu đã dự và 7 ý kiến đã được nêu.
"""


def test_variant_commas_dc_and_en_dash():
    draft = draft_conference(title="Phường Dịch Vọng phản biện dự thảo kế hoạch", body=VARIANT)
    assert draft.starts_on == date(2024, 3, 5)
    assert draft.starts_time == time(14, 0)  # "Chiều"
    assert draft.kinds == ["phan-bien"]
    assert people(draft, "attending") == {
        "Lê Văn Hòa": "Bí thư Đảng ủy phường",
        "Phạm Thị Thuỷ": "Chủ tịch UBND phường",
        "Nguyễn Văn An": "Phó Chủ tịch, Trưởng ban TTND phường",
    }
    assert people(draft, "presiding") == {"Đỗ Minh Tuấn": "Chủ tịch Ủy ban MTTQ phường"}
    assert draft.attendee_count == 50
    assert draft.opinion_count == 7
    assert draft.criticism.document_type == "plan"


def test_variant_semicolons_with_hyphens():
    body = (
        "Sáng ngày 12/01/2024, hội nghị ký kết chương trình phối hợp với Hội Nông dân quận "
        "giai đoạn 2024–2028 đã diễn ra.\n"
        "Dự hội nghị có các đồng chí: Hoàng Minh Đức - Chủ tịch Hội Nông dân quận; "
        "Vũ Thị Lan - Phó Chủ tịch Ủy ban MTTQ Việt Nam quận.\n"
    )
    draft = draft_conference(title="Ký kết phối hợp", body=body)
    assert people(draft) == {
        "Hoàng Minh Đức": "Chủ tịch Hội Nông dân quận",
        "Vũ Thị Lan": "Phó Chủ tịch Ủy ban MTTQ Việt Nam quận",
    }
    assert draft.partner_organization == "Hội Nông dân quận"
    assert (draft.programme.period_start_year, draft.programme.period_end_year) == (2024, 2028)


def test_nfd_input_gives_the_same_draft_in_nfc():
    title, body = sample_text()
    nfd = draft_conference(
        title=unicodedata.normalize("NFD", title), body=unicodedata.normalize("NFD", body)
    )
    nfc = draft_conference(title=title, body=body)
    assert nfd.participants == nfc.participants
    assert nfd.starts_on == date(2023, 6, 9)
    names = [p.full_name for p in nfd.participants]
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert "Trần Việt Hà" in names


def test_paragraph_without_attendees_warns_and_falls_back_to_publication_date():
    draft = draft_conference(
        title="Hội nghị tổng kết",
        body="Hội nghị đã thành công tốt đẹp. Các đại biểu thống nhất cao.",
        published_at=datetime(2024, 2, 1, 9, 0),
    )
    assert draft.participants == []
    assert draft.starts_on == date(2024, 2, 1)
    assert any("Dự hội nghị" in w for w in draft.warnings)
    assert any("ngày đăng bài" in w for w in draft.warnings)
    assert draft.kinds == ["hoi-nghi"]
    assert draft.programme is None


def test_impossible_date_is_reported_not_guessed():
    draft = draft_conference(title="Hội nghị", body="Sáng ngày 31/02/2023, hội nghị diễn ra.")
    assert draft.starts_on is None
    assert any("31/02/2023" in w for w in draft.warnings)


def test_written_out_date_and_clock_time():
    draft = draft_conference(
        title="Hội nghị", body="Vào lúc 14h30 ngày 20 tháng 11 năm 2023, hội nghị giám sát diễn ra."
    )
    assert draft.starts_on == date(2023, 11, 20)
    assert draft.starts_time == time(14, 30)
    assert not draft.time_is_estimated
    assert draft.kinds == ["giam-sat"]


def test_html_body_becomes_lines():
    text = html_to_text("<p>Sáng ngày 09/6/2023,&nbsp;hội nghị</p><p>Dự hội nghị có: A</p>")
    assert text.splitlines() == ["Sáng ngày 09/6/2023, hội nghị", "Dự hội nghị có: A"]


COMMITTEE_STYLE = """Chiều ngày 12/3/2024, Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị phản biện xã hội vào dự thảo Đề án chỉnh trang đô thị của UBND quận.
Chủ trì hội nghị có đồng chí Nguyễn Thị Thanh – Chủ tịch Ủy ban MTTQ Việt Nam quận; đồng chí Phạm Văn Bình – PCT Ủy ban MTTQ Việt Nam quận.
Tham dự hội nghị có đ/c Lê Văn Nam - Trưởng phòng Quản lý đô thị quận; đ/c Trần Việt Hà - UVTVQuận ủy, Phó Chủ tịch UBND quận.
Thay mặt UBND quận, đồng chí Lê Văn Nam đã trình bày dự thảo Đề án.
Thay mặt Ban Thường trực Ủy ban MTTQ quận, đồng chí Ngô Đức Cường đã trình bày báo cáo.
Phát biểu tiếp thu, ông Trần Việt Hà cảm ơn các ý kiến.
Kết luận hội nghị, đồng chí Nguyễn Thị Thanh nhấn mạnh các nội dung cần bổ sung.
"""


def test_committee_style_presiding_list_attendees_without_colon_and_on_behalf_of():
    draft = draft_conference(title="Hội nghị phản biện xã hội", body=COMMITTEE_STYLE)
    by_name = {p.full_name: p for p in draft.participants}
    # "Chủ trì … có đồng chí A – …; đồng chí B – …": A's position stops at the semicolon
    assert people(draft, "presiding") == {
        "Nguyễn Thị Thanh": "Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "Phạm Văn Bình": "PCT Ủy ban MTTQ Việt Nam quận",
    }
    assert by_name["Phạm Văn Bình"].position_normalized == (
        "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận"
    )
    # "Tham dự hội nghị có đ/c …" (no colon) is the attendee list
    assert by_name["Lê Văn Nam"].roles == ["presenting", "attending"]
    # the unit head keeps the unit's noun
    assert by_name["Lê Văn Nam"].organization_hint == "Phòng Quản lý đô thị quận"
    # the responder and the concluder get the position the attendee list gives them
    assert by_name["Trần Việt Hà"].roles == ["responding", "attending"]
    assert by_name["Trần Việt Hà"].position == "UVTVQuận ủy, Phó Chủ tịch UBND quận"
    assert by_name["Nguyễn Thị Thanh"].roles == ["presiding", "concluding"]
    # "Thay mặt Ban Thường trực Ủy ban MTTQ quận, đồng chí …": the presenter's body
    assert by_name["Ngô Đức Cường"].organization_hint == "Ủy ban MTTQ quận"
    # organiser and the draft's issuing body
    assert draft.organizer_hint == "Ủy ban MTTQ Việt Nam quận"
    assert draft.criticism.issuing_body_hint == "UBND quận"
    assert len(draft.participants) == 5
