"""Conference lookup pages: list, detail, print view, person and organisation pages."""

import re

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from events.models import ConferenceDocument, ConferencePhoto, Participation
from tests.factories.events import (
    at,
    make_conference,
    make_criticism,
    make_organization,
    make_person,
    make_programme,
    make_response,
)
from tests.factories.files import image_bytes
from tests.factories.news import make_article
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

ROLE = Participation.Role
LIST = "/hoi-nghi/"


def text_of(response) -> str:
    """The page's visible text, roughly: tags stripped, spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def sample(site_settings):
    """The sample article's conference, recorded in full."""
    mttq = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy", short_name="MTTQ quận")
    redcross = make_organization("Hội Chữ thập đỏ quận Cầu Giấy", short_name="Hội CTĐ quận")
    ubnd = make_organization("UBND quận Cầu Giấy", short_name="UBND quận")
    ha = make_person("Trần Việt Hà")
    hung = make_person("Lương Mậu Hùng")
    thanh = make_person("Nguyễn Thị Thanh")
    cuong = make_person("Ngô Đức Cường")
    conf = make_conference(
        "Hội nghị ký kết chương trình phối hợp và phản biện xã hội",
        starts_at=at(9, 6, 2023),
        kinds=("ky-ket", "phan-bien"),
        organizer=mttq,
        venue="Hội trường UBND quận Cầu Giấy",
        summary="Ban Thường trực Ủy ban MTTQ Việt Nam quận tổ chức hội nghị.",
        conclusion="Các ý kiến sẽ được tổng hợp đầy đủ, sàng lọc trọng tâm.",
        attendee_count=60,
        people=(
            (thanh, ROLE.PRESIDING, "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),
            (cuong, ROLE.PRESENTING, "Phó Chủ tịch Ủy ban MTTQ Việt Nam", mttq),
            (thanh, ROLE.OPENING, "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),
            (ha, ROLE.RESPONDING, "UVTV Quận ủy, Phó Chủ tịch UBND quận", ubnd),
            (hung, ROLE.ATTENDING, "Quận ủy viên, Phó Chủ tịch HĐND quận"),
            (thanh, ROLE.CONCLUDING, "UVTV Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận", mttq),
        ),
    )
    make_programme(
        conf,
        title="Chương trình phối hợp tổ chức các hoạt động nhân đạo",
        parties=((mttq, thanh, "Chủ tịch"), (redcross, None, "")),
        points=("Tuyên truyền các giá trị nhân đạo", "Tổ chức vận động, tiếp nhận"),
    )
    hung_part = conf.participations.get(person=hung)
    ha_part = conf.participations.get(person=ha)
    subject, opinions = make_criticism(
        conf,
        title="Dự thảo Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023",
        issuing_body=ubnd,
        opinion_count=11,
        opinions=(
            (hung_part, "Cần làm rõ kết quả thu ngân sách."),
            ("Đại diện phường Dịch Vọng", "Đề nghị bổ sung giải pháp về trật tự đô thị."),
        ),
    )
    make_response(
        subject,
        text="Tiếp thu, sẽ bổ sung số liệu thu ngân sách.",
        responder=ha_part,
        opinion=opinions[0],
    )
    make_response(subject, text="Trân trọng tiếp thu các ý kiến tâm huyết.", responder=ha_part)
    return {
        "conference": conf,
        "thanh": thanh,
        "ha": ha,
        "hung": hung,
        "mttq": mttq,
        "redcross": redcross,
        "ubnd": ubnd,
    }


# --- List ----------------------------------------------------------------------------------


def test_list_shows_count_and_conferences_newest_first(client, sample):
    make_conference("Hội nghị tổng kết năm 2023", starts_at=at(20, 12, 2023))
    response = client.get(LIST)
    assert response.status_code == 200
    text = text_of(response)
    assert "2 hội nghị" in text
    assert text.index("Hội nghị tổng kết năm 2023") < text.index(
        "Hội nghị ký kết chương trình phối hợp"
    )
    assert "Ký kết chương trình phối hợp" in text and "Phản biện xã hội" in text


def test_list_paginates_by_twenty(client, site_settings):
    for day in range(1, 26):
        make_conference(f"Hội nghị số {day:02d}", starts_at=at(day, 3, 2024))
    page1 = text_of(client.get(LIST))
    assert "25 hội nghị" in page1 and "trang 1/2" in page1
    assert "Hội nghị số 25" in page1 and "Hội nghị số 06" in page1
    assert "Hội nghị số 05" not in page1
    page2 = text_of(client.get(LIST + "?page=2"))
    assert "Hội nghị số 05" in page2 and "Hội nghị số 01" in page2
    # One policy for every list (core.pagination): a page that is not there is a 404.
    for page in ("abc", "999", "0", "02", ""):
        assert client.get(LIST, {"page": page}).status_code == 404, page


@pytest.mark.parametrize("page", ["abc", "2", "0", "01", "+1"])
def test_person_and_organization_pages_404_on_a_bad_page(client, sample, page):
    for url in (sample["thanh"].get_absolute_url(), sample["mttq"].get_absolute_url()):
        assert client.get(url).status_code == 200
        assert client.get(url, {"page": page}).status_code == 404, (url, page)


def test_pagination_links_keep_the_filters(client, site_settings):
    for day in range(1, 23):
        make_conference(f"Giám sát số {day:02d}", starts_at=at(day, 3, 2024), kinds=("giam-sat",))
    html = client.get(LIST + "?kind=giam-sat&year=2024").content.decode()
    assert 'href="/hoi-nghi/?kind=giam-sat&amp;year=2024&amp;page=2"' in html
    page2 = client.get(LIST + "?kind=giam-sat&year=2024&page=2").content.decode()
    # Back to page 1 is the filtered list's own address, without page=1.
    assert 'href="/hoi-nghi/?kind=giam-sat&amp;year=2024" rel="prev"' in page2


def test_active_filters_shown_and_removable_one_by_one(client, sample):
    response = client.get(LIST + "?q=chu+thap&kind=ky-ket&person=nguyen-thi-thanh")
    html = response.content.decode()
    text = text_of(response)
    assert "Đang lọc theo:" in text
    assert "Đại biểu: Nguyễn Thị Thanh" in text
    assert "Loại: Ký kết chương trình phối hợp" in text
    assert "Từ khóa: “chu thap”" in text
    assert 'href="/hoi-nghi/?q=chu%20thap&amp;person=nguyen-thi-thanh"' in html  # drop kind
    assert 'href="/hoi-nghi/?kind=ky-ket&amp;person=nguyen-thi-thanh"' in html  # drop q
    # The person filter survives a new search through the form (hidden input).
    assert '<input type="hidden" name="person" value="nguyen-thi-thanh">' in html


def test_exports_links_carry_the_filters(client, sample):
    html = client.get(LIST + "?kind=ky-ket&from=2023-06-01").content.decode()
    assert 'href="/hoi-nghi/export.csv?kind=ky-ket&amp;from=01/06/2023"' in html
    assert 'href="/hoi-nghi/lich.ics?kind=ky-ket&amp;from=01/06/2023"' in html


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?kind=hop-kin", "Không có loại hội nghị “hop-kin”"),
        ("?from=31/02/2023", "Ngày “31/02/2023” không có trên lịch"),
        ("?from=10/06/2023&to=01/06/2023", "phải trước hoặc trùng “đến ngày”"),
        ("?year=abc", "Năm phải là một số có 4 chữ số"),
        ("?person=khong-ai", "Không tìm thấy đại biểu “khong-ai”"),
        ("?organization=<script>", "Không tìm thấy tổ chức “&lt;script&gt;”"),
        ("?q=%00", "Giá trị có ký tự không hợp lệ."),
    ],
)
def test_bad_values_give_a_friendly_message(client, sample, query, message):
    response = client.get(LIST + query)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Một số bộ lọc chưa đúng nên chưa được áp dụng:" in html
    assert message in html
    if "person" not in query and "organization" not in query:
        assert 'aria-invalid="true"' in html  # the field to correct is marked
    assert "1 hội nghị" in text_of(response)  # the rest of the list still shows


def test_bad_value_keeps_what_was_typed_so_it_can_be_corrected(client, sample):
    html = client.get(LIST + "?from=31/02/2023").content.decode()
    assert 'name="from" id="id_from" value="31/02/2023"' in html


def test_empty_result_suggests_what_to_do(client, sample):
    text = text_of(client.get(LIST + "?q=khong+co+gi+nhu+vay"))
    assert "0 hội nghị" in text
    assert "Không có hội nghị nào khớp với bộ lọc." in text


def test_year_choices_come_from_the_records(client, sample):
    make_conference("Hội nghị 2021", starts_at=at(5, 5, 2021))
    html = client.get(LIST).content.decode()
    assert '<option value="2023">2023</option>' in html
    assert '<option value="2021">2021</option>' in html
    assert '<option value="2019"' not in html


# --- Detail --------------------------------------------------------------------------------


def test_detail_shows_everything_recorded(client, sample):
    conf = sample["conference"]
    response = client.get(conf.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    for expected in [
        "Hội nghị ký kết chương trình phối hợp và phản biện xã hội",
        "09/06/2023",
        "Hội trường UBND quận Cầu Giấy",
        "Ủy ban MTTQ Việt Nam quận Cầu Giấy",
        "Ký kết chương trình phối hợp",
        "Phản biện xã hội",
        "60 đại biểu",
        # each person once, under their first role, with every role and the position
        # held then, spelled out (issue 18)
        "Chủ trì (1)",
        "Trình bày (1)",
        "Tiếp thu, giải trình (1)",
        "Dự hội nghị (1)",
        "Chủ trì Phát biểu khai mạc Kết luận",
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Ủy ban nhân dân quận",
        "Quận ủy viên, Phó Chủ tịch Hội đồng nhân dân quận",
        # programme
        "Giai đoạn 2023–2027",
        "Tuyên truyền các giá trị nhân đạo",
        "Hội Chữ thập đỏ quận Cầu Giấy",
        # criticism
        "Dự thảo Nghị quyết về nhiệm vụ trọng tâm 6 tháng cuối năm 2023",
        "Số ý kiến góp ý 11",
        "Cần làm rõ kết quả thu ngân sách.",
        "Đại diện phường Dịch Vọng",
        "Tiếp thu, sẽ bổ sung số liệu thu ngân sách.",
        "Trân trọng tiếp thu các ý kiến tâm huyết.",
        # conclusion
        "Kết luận hội nghị",
        "sàng lọc trọng tâm",
        "Thêm vào lịch",
        "Bản in",
    ]:
        assert expected in text, expected
    html = response.content.decode()
    assert f'href="{sample["ha"].get_absolute_url()}"' in html
    assert f'href="{sample["redcross"].get_absolute_url()}"' in html
    assert f'href="/hoi-nghi/{conf.slug}/lich.ics"' in html
    assert "Kết luận (1)" not in text  # Thanh is not listed a second time
    people = html[html.index('id="s-people"') : html.index('id="s-programme"')]
    assert people.count(f'href="{sample["thanh"].get_absolute_url()}"') == 1
    # the source's wording stays readable on hover
    assert 'title="Nguồn ghi: UVTV Quận ủy, Phó Chủ tịch UBND quận"' in html


def test_detail_shows_photos_documents_and_related_articles(client, sample):
    from news.models import Article

    conf = sample["conference"]
    photo = ConferencePhoto(conference=conf, caption="Toàn cảnh hội nghị")
    photo.image.save("toan-canh.jpg", ContentFile(image_bytes(size=(60, 40))), save=True)
    document = ConferenceDocument(conference=conf, title="Chương trình phối hợp 2023–2027")
    document.file.save("ctpp.pdf", ContentFile(b"%PDF-1.4\n%test\n"), save=True)
    article = make_article("Ký kết chương trình phối hợp với Hội Chữ thập đỏ")
    draft = make_article("Bài chưa đăng về hội nghị", status=Article.Status.DRAFT)
    conf.articles.add(article, draft)

    response = client.get(conf.get_absolute_url())
    text = text_of(response)
    html = response.content.decode()
    assert "Toàn cảnh hội nghị" in text
    # The caption is read once (the figcaption); the image has no description of its own yet.
    body = html[html.index("<main") :]
    assert body.count("Toàn cảnh hội nghị") == 1
    assert 'alt=""' in html
    assert "Chương trình phối hợp 2023–2027" in text and "(PDF" in text
    assert "Ký kết chương trình phối hợp với Hội Chữ thập đỏ" in text
    assert "Bài chưa đăng về hội nghị" not in text

    download = client.get(reverse("events:conference_document", args=[conf.slug, document.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_unknown_conference_is_404(client, site_settings):
    assert client.get("/hoi-nghi/khong-co/").status_code == 404


def test_print_view(client, sample):
    conf = sample["conference"]
    response = client.get(reverse("events:conference_print", args=[conf.slug]))
    assert response.status_code == 200
    text = text_of(response)
    assert "Hồ sơ hội nghị" in text
    assert "Cần làm rõ kết quả thu ngân sách." in text
    assert "Nguồn: http://testserver" + conf.get_absolute_url() in text
    assert "<script>" not in response.content.decode()  # no inline script (CSP)


# --- Person --------------------------------------------------------------------------------


def test_person_page_lists_conferences_with_position_role_and_opinions(client, sample):
    hung = sample["hung"]
    later = make_conference(
        "Giám sát việc thu ngân sách",
        starts_at=at(12, 10, 2024),
        kinds=("giam-sat",),
        people=((hung, ROLE.PRESIDING, "Phó Chủ tịch HĐND quận"),),
    )
    response = client.get(hung.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "Lương Mậu Hùng" in text
    assert "Đã tham dự 2 hội nghị" in text
    assert text.index(later.title) < text.index("Hội nghị ký kết chương trình phối hợp")
    assert "Quận ủy viên, Phó Chủ tịch Hội đồng nhân dân quận" in text
    assert "Chủ trì Phó Chủ tịch Hội đồng nhân dân quận" in text
    assert "1 ý kiến góp ý" in text and "Cần làm rõ kết quả thu ngân sách." in text
    # positions over time, newest first, spelled out, the source's wording beside
    assert "Chức vụ qua các thời kỳ" in text
    assert text.index("10/2024 Phó Chủ tịch Hội đồng nhân dân quận") < text.index(
        "06/2023 Quận ủy viên, Phó Chủ tịch Hội đồng nhân dân quận"
    )
    assert "Nguồn ghi: “Phó Chủ tịch HĐND quận”" in text


def test_person_with_several_roles_at_one_conference(client, sample):
    text = text_of(client.get(sample["thanh"].get_absolute_url()))
    assert "Đã tham dự 1 hội nghị" in text
    for role in ["Chủ trì", "Phát biểu khai mạc", "Kết luận"]:
        assert role in text
    assert "Chương trình phối hợp đã ký" in text


def test_unknown_person_is_404(client, site_settings):
    assert client.get("/dai-bieu/khong-co/").status_code == 404


# --- Organisation --------------------------------------------------------------------------


def test_organization_page(client, sample):
    redcross = sample["redcross"]
    response = client.get(redcross.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "Hội Chữ thập đỏ quận Cầu Giấy" in text
    assert "1 hội nghị đã tổ chức hoặc tham dự" in text
    assert "Chương trình phối hợp đã ký" in text
    assert "Giai đoạn 2023–2027" in text
    mttq_text = text_of(client.get(sample["mttq"].get_absolute_url()))
    assert "Cơ quan tổ chức" in mttq_text
    assert "Nguyễn Thị Thanh" in mttq_text


def test_unknown_organization_is_404(client, site_settings):
    assert client.get("/to-chuc/khong-co/").status_code == 404


# --- Queries per page are bounded whatever the filters -------------------------------------


def _many(n: int, site_settings):
    org = make_organization("Ủy ban MTTQ Việt Nam quận Cầu Giấy")
    thanh = make_person("Nguyễn Thị Thanh")
    for i in range(n):
        conf = make_conference(
            f"Hội nghị phản biện số {i}",
            starts_at=at((i % 28) + 1, (i % 12) + 1, 2023),
            kinds=("phan-bien", "hoi-nghi"),
            organizer=org,
            people=(
                (thanh, ROLE.PRESIDING, "Chủ tịch", org),
                (make_person(), ROLE.SPEAKING, "Đại biểu", org),
            ),
        )
        subject, _ = make_criticism(conf, title="Dự thảo", opinions=(("Ông A", "Ý kiến"),))
    return org, thanh


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=phan+bien&kind=phan-bien&year=2023&from=01/01/2023&to=31/12/2023",
        "?person=nguyen-thi-thanh&organization=uy-ban-mttq-viet-nam-quan-cau-giay&page=2",
        "?kind=bad&from=31/02/2023&person=nobody",
    ],
)
@pytest.mark.parametrize("n", [3, 30])
def test_list_queries_bounded(client, site_settings, django_assert_max_num_queries, query, n):
    _many(n, site_settings)
    client.get(LIST)  # warm the site settings cache
    # A page past the end is a 404 (core.pagination), with as few queries.
    expected = 404 if query.endswith("page=2") and n <= 20 else 200
    # kinds, person, organisation, count, years, page, kinds of the page
    with django_assert_max_num_queries(7):
        assert client.get(LIST + query).status_code == expected


def test_list_queries_bounded_for_an_official(client, site_settings, django_assert_max_num_queries):
    _many(25, site_settings)
    client.force_login(make_user("official", "canbo"))
    client.get(LIST)
    # + session, user, the user's and the group's permissions
    with django_assert_max_num_queries(11):
        assert client.get(LIST + "?person=nguyen-thi-thanh").status_code == 200


@pytest.mark.parametrize("n", [2, 25])
def test_person_and_organization_queries_bounded(
    client, site_settings, django_assert_max_num_queries, n
):
    org, thanh = _many(n, site_settings)
    client.get(LIST)
    # 10: one is the "person-end" slot's block (the documents the person signed, issue 21),
    # one the roles of the page's participations (issue 18).
    with django_assert_max_num_queries(10):
        assert client.get(thanh.get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(org.get_absolute_url()).status_code == 200


def test_detail_queries_bounded(client, sample, django_assert_max_num_queries):
    conf = sample["conference"]
    for i in range(10):
        make_criticism(
            conf, title=f"Dự thảo {i}", opinions=(("Ông A", "Ý kiến"), ("Bà B", "Ý kiến"))
        )
    client.get(LIST)
    # 15: two are the "conference-end" slot's blocks (the conference's documents, issue 21;
    # the schedule entry it came from, issue 22), one the participants' roles (issue 18).
    with django_assert_max_num_queries(15):
        assert client.get(conf.get_absolute_url()).status_code == 200


def test_head_requests_are_answered(client, sample):
    assert client.head(LIST).status_code == 200
    assert client.head(sample["conference"].get_absolute_url()).status_code == 200
    assert client.post(LIST).status_code == 405


def test_person_who_only_signed_a_programme_has_a_page(client, sample):
    signer = make_person("Phạm Văn Ký")
    programme = sample["conference"].programmes.get()
    party = programme.parties.get(organization=sample["redcross"])
    party.signatory = signer
    party.save()
    response = client.get(signer.get_absolute_url())
    assert response.status_code == 200
    text = text_of(response)
    assert "Chương trình phối hợp đã ký" in text
    assert "thay mặt Hội Chữ thập đỏ quận Cầu Giấy" in text
