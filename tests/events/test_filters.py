"""The list's filters (events/lookup.py): each alone, combined, and bad values."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from events.lookup import ConferenceLookup
from events.models import Participation
from events.services import participation_set_roles
from tests.factories.events import (
    at,
    make_conference,
    make_criticism,
    make_organization,
    make_person,
    make_programme,
)

pytestmark = pytest.mark.django_db

ROLE = Participation.Role


def titles(params: str, user=None) -> list[str]:
    lookup = ConferenceLookup(user=user or AnonymousUser(), params=QueryDict(params))
    return list(lookup.queryset().values_list("title", flat=True))


def errors(params: str, user=None) -> list[str]:
    return ConferenceLookup(user=user or AnonymousUser(), params=QueryDict(params)).error_messages


@pytest.fixture
def records():
    """Three public conferences over two years, and the people and organisations in them."""
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy", short_name="MTTQ quận")
    redcross = make_organization("Hội Chữ thập đỏ quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    ha = make_person("Trần Việt Hà")
    signing = make_conference(
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ",
        starts_at=at(9, 6, 2023),
        kinds=("ky-ket", "phan-bien"),
        organizer=mttq,
        summary="Phản biện dự thảo Nghị quyết về nhiệm vụ 6 tháng cuối năm.",
        people=((thanh, ROLE.PRESIDING, "Chủ tịch Ủy ban MTTQ quận", mttq),),
    )
    make_programme(signing, title="Chương trình phối hợp nhân đạo", parties=((redcross, None, ""),))
    voters = make_conference(
        "Tiếp xúc cử tri phường Dịch Vọng",
        starts_at=at(15, 11, 2023),
        kinds=("tiep-xuc-cu-tri",),
        people=((ha, ROLE.RESPONDING, "Phó Chủ tịch UBND quận"),),
    )
    supervision = make_conference(
        "Giám sát an toàn thực phẩm",
        starts_at=at(20, 3, 2024),
        kinds=("giam-sat",),
        conclusion="Đề nghị tăng cường kiểm tra bếp ăn tập thể.",
        people=((thanh, ROLE.CONCLUDING, "Chủ tịch Ủy ban MTTQ quận", mttq),),
    )
    return {
        "signing": signing,
        "voters": voters,
        "supervision": supervision,
        "thanh": thanh,
        "ha": ha,
        "mttq": mttq,
        "redcross": redcross,
    }


def test_no_filter_lists_everything_newest_first(records):
    assert titles("") == [
        "Giám sát an toàn thực phẩm",
        "Tiếp xúc cử tri phường Dịch Vọng",
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ",
    ]


@pytest.mark.parametrize(
    "q",
    ["chữ thập", "CHU THAP", "chu thap đo", "Chu\u0302\u0303 tha\u0323\u0302p"],
)
def test_keyword_ignores_accents_case_and_unicode_form(records, q):
    assert titles(QueryDict(mutable=True).urlencode() + "q=" + q) == [
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ"
    ]


def test_keyword_finds_summary_conclusion_and_participant_names(records):
    assert titles("q=nghi quyet") == ["Ký kết chương trình phối hợp với Hội Chữ thập đỏ"]
    assert titles("q=bếp ăn") == ["Giám sát an toàn thực phẩm"]
    assert titles("q=tran viet ha") == ["Tiếp xúc cử tri phường Dịch Vọng"]


def test_keyword_finds_opinions(records):
    part = records["signing"].participations.get()
    make_criticism(
        records["signing"],
        title="Dự thảo Nghị quyết",
        opinions=((part, "Cần chú ý thu ngân sách"),),
    )
    assert titles("q=ngan sach") == ["Ký kết chương trình phối hợp với Hội Chữ thập đỏ"]


def test_keyword_words_must_all_match(records):
    assert titles("q=giám sát cử tri") == []


def test_kind(records):
    assert titles("kind=phan-bien") == ["Ký kết chương trình phối hợp với Hội Chữ thập đỏ"]
    assert titles("kind=giam-sat") == ["Giám sát an toàn thực phẩm"]


def test_year(records):
    assert titles("year=2023") == [
        "Tiếp xúc cử tri phường Dịch Vọng",
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ",
    ]


def test_year_follows_local_time_not_utc():
    # 06:00 on 1 January in Hanoi is still 31 December in UTC.
    make_conference("Hội nghị đầu năm", starts_at=at(1, 1, 2024, 6))
    assert titles("year=2024") == ["Hội nghị đầu năm"]
    assert titles("year=2023") == []


@pytest.mark.parametrize("start", ["15/11/2023", "2023-11-15", "15-11-2023", "15.11.2023"])
def test_from_accepts_day_first_and_iso(records, start):
    assert titles(f"from={start}") == [
        "Giám sát an toàn thực phẩm",
        "Tiếp xúc cử tri phường Dịch Vọng",
    ]


def test_to_includes_the_whole_last_day(records):
    assert titles("to=09/06/2023") == ["Ký kết chương trình phối hợp với Hội Chữ thập đỏ"]
    assert titles("from=09/06/2023&to=09/06/2023") == [
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ"
    ]


def test_person(records):
    assert titles("person=nguyen-thi-thanh") == [
        "Giám sát an toàn thực phẩm",
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ",
    ]


def test_person_with_two_roles_listed_once(records):
    entry = Participation.objects.get(conference=records["signing"], person=records["thanh"])
    participation_set_roles(participation=entry, roles=[*entry.role_codes, ROLE.OPENING])
    assert (
        titles("person=nguyen-thi-thanh").count("Ký kết chương trình phối hợp với Hội Chữ thập đỏ")
        == 1
    )


def test_organization_organised_attended_or_signed(records):
    assert titles(f"organization={records['mttq'].slug}") == [
        "Giám sát an toàn thực phẩm",
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ",
    ]
    # The Red Cross neither organised nor sent anyone: it signed the programme.
    assert titles(f"organization={records['redcross'].slug}") == [
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ"
    ]


def test_filters_combine(records):
    assert titles("person=nguyen-thi-thanh&year=2024") == ["Giám sát an toàn thực phẩm"]
    assert titles("person=nguyen-thi-thanh&kind=ky-ket&q=chu thap") == [
        "Ký kết chương trình phối hợp với Hội Chữ thập đỏ"
    ]
    assert titles(
        f"organization={records['mttq'].slug}&from=01/01/2024&to=31/12/2024&kind=giam-sat"
    ) == ["Giám sát an toàn thực phẩm"]
    assert titles("person=tran-viet-ha&kind=ky-ket") == []


# --- Bad values: a friendly message, the other filters still apply -------------------------


def test_unknown_kind(records):
    lookup = ConferenceLookup(user=AnonymousUser(), params=QueryDict("kind=hop-kin&year=2024"))
    assert lookup.error_messages == [
        "Không có loại hội nghị “hop-kin”. Vui lòng chọn một loại trong danh sách."
    ]
    assert list(lookup.queryset().values_list("title", flat=True)) == ["Giám sát an toàn thực phẩm"]


def test_impossible_date():
    assert errors("from=31/02/2023") == [
        "Ngày “31/02/2023” không có trên lịch. Vui lòng kiểm tra lại ngày và tháng."
    ]


def test_unreadable_date():
    assert errors("to=hôm qua") == [
        "Ngày “hôm qua” không đúng dạng. Vui lòng nhập ngày/tháng/năm, ví dụ 09/06/2023."
    ]


def test_from_after_to(records):
    lookup = ConferenceLookup(
        user=AnonymousUser(), params=QueryDict("from=10/06/2023&to=01/06/2023")
    )
    assert lookup.error_messages == [
        "“Từ ngày” (10/06/2023) phải trước hoặc trùng “đến ngày” (01/06/2023)."
    ]
    assert lookup.values == {}
    assert lookup.queryset().count() == 3


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ("year=hai nghìn", "Năm phải là một số có 4 chữ số, ví dụ 2023."),
        ("year=99999999999999999999999", "Năm phải trước 2100."),
        ("year=20", "Năm phải từ 1930 trở đi."),
        ("person=khong-co-ai", "Không tìm thấy đại biểu “khong-co-ai”."),
        ("organization=khong-co", "Không tìm thấy tổ chức “khong-co”."),
        ("q=" + "a" * 201, "Từ khóa quá dài (tối đa 200 ký tự)."),
        ("q=abc%00def", "Giá trị có ký tự không hợp lệ."),
        ("from=01/01/0001", "Năm trong ngày “01/01/0001” phải từ 1930 đến 2100."),
    ],
)
def test_bad_values_are_explained(params, message):
    assert errors(params) == [message]


def test_unknown_parameters_are_ignored(records):
    assert len(titles("sort=abc&foo=1")) == 3


def test_active_filters_each_removable(records):
    lookup = ConferenceLookup(
        user=AnonymousUser(), params=QueryDict("q=chu thap&kind=ky-ket&person=nguyen-thi-thanh")
    )
    active = {a.key: a for a in lookup.active_filters("/hoi-nghi/")}
    assert active["kind"].value == "Ký kết chương trình phối hợp"
    assert active["person"].value == "Nguyễn Thị Thanh"
    assert active["q"].remove_url == "/hoi-nghi/?kind=ky-ket&person=nguyen-thi-thanh"
    assert active["kind"].remove_url == "/hoi-nghi/?q=chu%20thap&person=nguyen-thi-thanh"


def test_keyword_punctuation_is_ignored(records):
    assert titles("q=“Chữ thập đỏ,”") == ["Ký kết chương trình phối hợp với Hội Chữ thập đỏ"]
