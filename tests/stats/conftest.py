"""A small world of records around the year 2024 for the statistics tests: public, internal
and draft conferences, records on both sides of each year's boundary (Hà Nội time), criticism,
programmes, participations, articles and reads."""

from datetime import date
from types import SimpleNamespace

import pytest

from events.models import Conference, Participation, Response
from news.models import Article
from readership.models import ArticleDailyViews
from tests.factories.events import (
    at,
    make_conference,
    make_criticism,
    make_organization,
    make_person,
    make_programme,
    make_response,
)
from tests.factories.news import make_article, make_category

ROLE = Participation.Role
INTERNAL = Conference.Visibility.INTERNAL


@pytest.fixture
def world(site_settings):
    mttq = make_organization(site_settings.name)  # the committee itself
    redcross = make_organization("Hội Chữ thập đỏ quận Cầu Giấy")
    women = make_organization("Hội Liên hiệp Phụ nữ quận")
    youth = make_organization("Quận đoàn Cầu Giấy")
    hdnd = make_organization("Hội đồng nhân dân quận Cầu Giấy")
    ubnd = make_organization("Ủy ban nhân dân quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    ha = make_person("Trần Việt Hà")
    hung = make_person("Lương Mậu Hùng")

    c1 = make_conference(
        "Ký kết và phản biện tháng Một",
        starts_at=at(15, 1, 2024),
        kinds=("ky-ket", "phan-bien"),
        people=(
            (thanh, ROLE.PRESIDING, "Chủ tịch", mttq),
            (thanh, ROLE.OPENING, "Chủ tịch", mttq),
            (ha, ROLE.RESPONDING, "Phó Chủ tịch UBND quận", ubnd),
            (hung, ROLE.ATTENDING, "Phó Chủ tịch HĐND quận", hdnd),
        ),
    )
    c_first = make_conference(
        "Hội nghị nửa đêm đầu năm",
        starts_at=at(1, 1, 2024, 0, 0),
        kinds=("hoi-nghi",),
        people=((thanh, ROLE.ATTENDING, "Chủ tịch", mttq),),
    )
    c_last = make_conference(
        "Giám sát cuối năm",
        starts_at=at(31, 12, 2024, 23, 30),
        kinds=("giam-sat",),
        people=(
            (thanh, ROLE.PRESIDING, "Chủ tịch", mttq),
            (ha, ROLE.ATTENDING, "Phó Chủ tịch UBND quận", ubnd),
        ),
    )
    c_no_kind = make_conference("Hội nghị chưa phân loại", starts_at=at(5, 5, 2024))
    c_internal = make_conference(
        "Phản biện nội bộ",
        starts_at=at(10, 3, 2024),
        kinds=("phan-bien", "ky-ket"),
        visibility=INTERNAL,
        people=((thanh, ROLE.PRESIDING, "Chủ tịch", mttq),),
    )
    c_draft = make_conference(
        "Bản nháp chưa công bố",
        starts_at=at(10, 3, 2024),
        kinds=("phan-bien",),
        status=Conference.Status.DRAFT,
        people=((hung, ROLE.PRESIDING, "Phó Chủ tịch HĐND quận", hdnd),),
    )
    # Next year and the year before, just across the boundaries.
    c_next = make_conference(
        "Giám sát đầu năm sau",
        starts_at=at(1, 1, 2025, 0, 0),
        kinds=("giam-sat",),
        people=((hung, ROLE.PRESIDING, "Phó Chủ tịch HĐND quận", hdnd),),
    )
    c_prev_last = make_conference(
        "Hội nghị cuối năm trước", starts_at=at(31, 12, 2023, 23, 59), kinds=("hoi-nghi",)
    )
    c_prev = make_conference("Ký kết năm trước", starts_at=at(9, 6, 2023), kinds=("ky-ket",))

    # Social criticism: itemised opinions answered one by one, a declared count answered
    # together, an internal draft, and a draft conference's (never counted).
    subject_1, opinions = make_criticism(
        c1,
        title="Dự thảo Nghị quyết A",
        opinions=(("Ông A", "Ý kiến 1"), ("Bà B", "Ý kiến 2"), ("Ông C", "Ý kiến 3")),
        issuing_body=hdnd,
    )
    make_response(
        subject_1, text="Tiếp thu", opinion=opinions[0], outcome=Response.Outcome.ACCEPTED
    )
    make_response(
        subject_1, text="Giải trình", opinion=opinions[1], outcome=Response.Outcome.EXPLAINED
    )
    make_response(subject_1, text="Ghi nhận", opinion=opinions[2], outcome=Response.Outcome.NOTED)
    subject_2, _ = make_criticism(
        c1, title="Dự thảo Báo cáo B", opinion_count=11, issuing_body=ubnd
    )
    make_response(subject_2, text="Tiếp thu chung", outcome=Response.Outcome.ACCEPTED)
    subject_3, _ = make_criticism(
        c_internal, title="Dự thảo nội bộ", opinion_count=5, issuing_body=ubnd
    )
    make_criticism(c_draft, title="Dự thảo trong bản nháp", opinion_count=9, issuing_body=hdnd)
    make_criticism(c_prev, title="Dự thảo năm trước", opinion_count=4, issuing_body=hdnd)

    # Coordination programmes.
    make_programme(
        c1,
        title="Chương trình nhân đạo",
        parties=((mttq, None, ""), (redcross, None, "")),
        start=2024,
        end=2026,
    )
    make_programme(
        c_prev,
        title="Chương trình phụ nữ",
        parties=((mttq, None, ""), (women, None, "")),
        start=2023,
        end=2027,
    )
    make_programme(
        c_prev,
        title="Chương trình đã hết",
        parties=((mttq, None, ""), (youth, None, "")),
        start=2020,
        end=2023,
    )
    make_programme(
        c_internal,
        title="Chương trình nội bộ",
        parties=((mttq, None, ""), (youth, None, "")),
        start=None,
        end=None,
    )

    # News: two categories, one article without; the year's boundaries; drafts and
    # withdrawn articles never count.
    cat_a = make_category("Hoạt động Mặt trận")
    cat_b = make_category("An sinh xã hội")
    a_jan = make_article("Tin tháng Một", publish_at=at(2, 1, 2024), category=cat_a)
    make_article("Tin đầu năm", publish_at=at(1, 1, 2024, 0, 0), category=cat_a)
    a_last = make_article("Tin cuối năm", publish_at=at(31, 12, 2024, 23, 30), category=cat_a)
    a_mar = make_article("Tin tháng Ba", publish_at=at(5, 3, 2024), category=cat_b)
    make_article("Tin chưa phân loại", publish_at=at(6, 6, 2024))
    make_article("Tin năm trước", publish_at=at(31, 12, 2023, 23, 59), category=cat_a)
    make_article("Tin năm trước nữa", publish_at=at(3, 3, 2023), category=cat_a)
    make_article("Tin năm sau", publish_at=at(1, 1, 2025, 0, 0), category=cat_b)
    draft = make_article("Tin nháp", status=Article.Status.DRAFT, category=cat_a)
    make_article(
        "Tin đã gỡ",
        status=Article.Status.WITHDRAWN,
        publish_at=at(4, 4, 2024),
        category=cat_b,
    )
    for article, day, views in (
        (a_jan, date(2024, 1, 2), 100),
        (a_jan, date(2024, 12, 31), 50),
        (a_jan, date(2025, 1, 1), 999),
        (a_mar, date(2024, 3, 5), 120),
        (a_last, date(2024, 12, 31), 1234),
        (draft, date(2024, 5, 5), 5000),
    ):
        ArticleDailyViews.objects.create(article=article, day=day, views=views)

    return SimpleNamespace(
        site=site_settings,
        orgs=SimpleNamespace(
            mttq=mttq, redcross=redcross, women=women, youth=youth, hdnd=hdnd, ubnd=ubnd
        ),
        people=SimpleNamespace(thanh=thanh, ha=ha, hung=hung),
        conferences=SimpleNamespace(
            c1=c1,
            first=c_first,
            last=c_last,
            no_kind=c_no_kind,
            internal=c_internal,
            draft=c_draft,
            next=c_next,
            prev_last=c_prev_last,
            prev=c_prev,
        ),
        categories=SimpleNamespace(a=cat_a, b=cat_b),
        articles=SimpleNamespace(jan=a_jan, last=a_last, mar=a_mar),
        subjects=SimpleNamespace(one=subject_1, two=subject_2, internal=subject_3),
    )
