"""The conference lookup (events/lookup.py) at its edges: day boundaries in Hà Nội time,
who may be filtered by, what links and labels say, abbreviations, and the helpers.

``make mutate MODULE=events/lookup.py`` runs this file with test_filters.py.
"""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from events.lookup import (
    ConferenceFilterForm,
    ConferenceLookup,
    keywords,
    start_of_day,
    visible_conferences,
    visible_organizations,
    visible_people,
)
from events.models import Conference, Participation
from tests.factories.events import (
    HANOI,
    at,
    make_conference,
    make_organization,
    make_participation,
    make_person,
    make_programme,
)
from tests.factories.users import make_user

pytestmark = pytest.mark.django_db

ROLE = Participation.Role
INTERNAL = Conference.Visibility.INTERNAL


def lookup(params: str, user=None) -> ConferenceLookup:
    return ConferenceLookup(user=user or AnonymousUser(), params=QueryDict(params))


def titles(params: str, user=None) -> list[str]:
    return list(lookup(params, user).queryset().values_list("title", flat=True))


# --- day boundaries ----------------------------------------------------------------------------


@pytest.fixture
def around_midnight():
    """Conferences just before, at and just after midnight between 9 and 10 June 2023 (Hà Nội)."""
    return [
        make_conference("Trước nửa đêm", starts_at=at(9, 6, 2023, 23, 59)),
        make_conference("Đúng nửa đêm", starts_at=at(10, 6, 2023, 0, 0)),
        make_conference("Sau nửa đêm", starts_at=at(10, 6, 2023, 0, 1)),
    ]


def test_to_stops_at_the_end_of_the_day_not_into_the_next(around_midnight):
    assert titles("to=09/06/2023") == ["Trước nửa đêm"]


def test_from_starts_at_midnight_of_the_day(around_midnight):
    assert titles("from=10/06/2023") == ["Sau nửa đêm", "Đúng nửa đêm"]


def test_one_day_is_exactly_that_day(around_midnight):
    assert titles("from=10/06/2023&to=10/06/2023") == ["Sau nửa đêm", "Đúng nửa đêm"]


def test_start_of_day_is_midnight_in_hanoi():
    moment = start_of_day(dt.date(2023, 6, 10))
    assert moment == dt.datetime(2023, 6, 10, 0, 0, tzinfo=HANOI)
    assert moment.utcoffset() == dt.timedelta(hours=7)


# --- newest first, ties in a stable order ------------------------------------------------------


def test_newest_conference_first_whatever_order_they_were_recorded_in():
    make_conference("Ghi sau, họp trước", starts_at=at(1, 6, 2023))
    make_conference("Ghi trước, họp sau", starts_at=at(1, 9, 2023))
    make_conference("Ghi cuối, họp giữa", starts_at=at(1, 7, 2023))
    assert titles("") == ["Ghi trước, họp sau", "Ghi cuối, họp giữa", "Ghi sau, họp trước"]


def test_same_start_time_lists_the_newer_record_first():
    first = make_conference("Thứ nhất", starts_at=at(9, 6, 2023))
    second = make_conference("Thứ hai", starts_at=at(9, 6, 2023))
    assert first.pk < second.pk
    assert titles("") == ["Thứ hai", "Thứ nhất"]


# --- who may see what --------------------------------------------------------------------------


@pytest.fixture
def internal_meeting():
    secret = make_person("Lê Văn Kín")
    party = make_organization("Ban Bí mật")
    conference = make_conference(
        "Họp nội bộ Ban Thường trực",
        visibility=INTERNAL,
        starts_at=at(1, 3, 2024),
        people=((secret, ROLE.PRESIDING, "Ủy viên", party),),
    )
    return {"conference": conference, "person": secret, "organization": party}


def test_an_internal_conference_is_listed_only_for_officials(internal_meeting, official):
    make_conference("Hội nghị công khai", starts_at=at(2, 3, 2024))
    assert titles("") == ["Hội nghị công khai"]
    assert titles("", official) == ["Hội nghị công khai", "Họp nội bộ Ban Thường trực"]
    assert list(visible_conferences(None)) == list(Conference.objects.visible_to(None))


def test_someone_known_only_from_an_internal_meeting_cannot_be_filtered_by(
    internal_meeting, official
):
    slug = internal_meeting["person"].slug
    public = lookup(f"person={slug}")
    assert public.has_errors and "person" not in public.values
    assert public.queryset().count() == 0  # nothing public at all here
    assert titles(f"person={slug}", official) == ["Họp nội bộ Ban Thường trực"]
    assert not lookup(f"person={slug}", official).has_errors


def test_an_organisation_known_only_from_an_internal_meeting_cannot_be_filtered_by(
    internal_meeting, official
):
    slug = internal_meeting["organization"].slug
    make_conference("Hội nghị công khai", starts_at=at(2, 3, 2024))
    assert lookup(f"organization={slug}").has_errors
    assert not lookup(f"organization={slug}", official).has_errors
    assert titles(f"organization={slug}", official) == ["Họp nội bộ Ban Thường trực"]


def test_visible_people_come_from_participation_or_signature():
    attendee, signatory, absent = (
        make_person("Người Dự"),
        make_person("Người Ký"),
        make_person("Người Vắng"),
    )
    conference = make_conference(people=((attendee, ROLE.ATTENDING, "Đại biểu"),))
    make_programme(
        conference, title="Chương trình", parties=((make_organization(), signatory, ""),)
    )
    hidden = make_conference(visibility=INTERNAL)
    make_participation(hidden, absent)
    secret_signatory = make_person("Người Ký Nội Bộ")
    make_programme(hidden, title="Nội bộ", parties=((make_organization(), secret_signatory, ""),))
    assert set(visible_people(None)) == {attendee, signatory}
    assert set(visible_people(make_user("official"))) == {
        attendee,
        signatory,
        absent,
        secret_signatory,
    }


def test_visible_organisations_organised_attended_or_signed():
    organizer, attending, signing, hidden, idle = (make_organization() for _ in range(5))
    conference = make_conference(organizer=organizer)
    make_participation(conference, organization=attending)
    make_programme(conference, title="Chương trình", parties=((signing, None, ""),))
    make_conference(visibility=INTERNAL, organizer=hidden)
    secret_signing = make_organization()
    make_programme(
        make_conference(visibility=INTERNAL), title="Nội bộ", parties=((secret_signing, None, ""),)
    )
    assert set(visible_organizations(None)) == {organizer, attending, signing}
    assert secret_signing in set(visible_organizations(make_user("official")))
    assert hidden in set(visible_organizations(make_user("official")))
    assert idle not in set(visible_organizations(make_user("official")))


def test_filter_by_an_organisation_that_only_attended():
    attending = make_organization("Hội Cựu chiến binh quận")
    conference = make_conference("Hội nghị có Hội Cựu chiến binh")
    make_participation(conference, organization=attending)
    make_conference("Hội nghị khác")
    assert titles(f"organization={attending.slug}") == ["Hội nghị có Hội Cựu chiến binh"]


def test_person_and_organisation_values_are_trimmed():
    person = make_person("Nguyễn Thị Thanh")
    make_conference("Có chị Thanh", people=((person, ROLE.ATTENDING, "Đại biểu"),))
    found = lookup(f"person=%20{person.slug}%20")
    assert found.values == {"person": person.slug}
    assert [a.value for a in found.active_filters("/hoi-nghi/")] == ["Nguyễn Thị Thanh"]


# --- what is valid, what links say --------------------------------------------------------------


def test_values_keep_only_valid_non_empty_filters():
    make_conference(kinds=("ky-ket",))
    found = lookup("q=&kind=ky-ket&year=abc&from=01/01/2023&person=&organization=")
    assert found.values == {"kind": "ky-ket", "from": dt.date(2023, 1, 1)}
    assert found.has_errors
    assert len(found.error_messages) == 1


def test_no_errors_without_bad_values():
    found = lookup("year=2023")
    assert not found.has_errors and found.error_messages == []


def test_error_messages_follow_the_order_of_the_form():
    found = lookup("to=hôm qua&year=abc&q=" + "a" * 201)
    assert len(found.error_messages) == 3
    assert found.error_messages[0].startswith("Từ khóa")
    assert "2023" in found.error_messages[1]  # the year's example
    assert "hôm qua" in found.error_messages[2]


def test_query_string_writes_dates_day_first_and_adds_extras():
    found = lookup("from=2023-06-09&to=10.06.2023&year=2023&q=chữ thập")
    assert QueryDict(found.query_string()) == QueryDict(
        "q=chữ thập&year=2023&from=09/06/2023&to=10/06/2023"
    )
    assert found.query_string().count("/") == 4  # slashes kept readable, not %2F
    assert QueryDict(found.query_string(without="year", page=2)) == QueryDict(
        "q=chữ thập&from=09/06/2023&to=10/06/2023&page=2"
    )
    assert found.query_string(without="q").startswith("year=2023&")


def test_active_filters_label_each_value():
    thanh = make_person("Nguyễn Thị Thanh")
    mttq = make_organization("Ủy ban MTTQ quận")
    make_conference(
        kinds=("ky-ket",), organizer=mttq, people=((thanh, ROLE.PRESIDING, "Chủ tịch"),)
    )
    found = lookup(
        f"q=ký kết&kind=ky-ket&year=2023&from=01/06/2023&to=30/06/2023"
        f"&person={thanh.slug}&organization={mttq.slug}"
    )
    shown = {a.key: (a.label, a.value) for a in found.active_filters("/hoi-nghi/")}
    assert shown == {
        "q": ("Từ khóa", "“ký kết”"),
        "kind": ("Loại", "Ký kết chương trình phối hợp"),
        "year": ("Năm", "2023"),
        "from": ("Từ ngày", "01/06/2023"),
        "to": ("Đến ngày", "30/06/2023"),
        "person": ("Đại biểu", "Nguyễn Thị Thanh"),
        "organization": ("Tổ chức", "Ủy ban MTTQ quận"),
    }


def test_removing_the_only_filter_links_to_the_bare_list():
    (active,) = lookup("year=2023").active_filters("/hoi-nghi/")
    assert active.remove_url == "/hoi-nghi/"


def test_the_form_offers_every_kind_after_all_kinds():
    form = ConferenceFilterForm(QueryDict(""), user=None)
    choices = form.fields["kind"].choices
    assert choices[0] == ("", "Tất cả các loại")
    assert {code for code, _ in choices[1:]} == {kind.code for kind in form.kinds}
    assert len(choices) > 1
    assert list(form.fields) == ["q", "kind", "year", "from", "to", "person", "organization"]


def test_the_form_takes_the_kinds_it_is_given():
    form = ConferenceFilterForm(QueryDict("kind=giam-sat"), user=None, kinds=[])
    assert form.fields["kind"].choices == [("", "Tất cả các loại")]
    assert not form.is_valid()


@pytest.mark.parametrize("field", ["q", "person", "organization"])
def test_a_nul_character_is_explained_in_each_text_field(field):
    found = lookup(f"{field}=a%00b")
    assert found.error_messages == ["Giá trị có ký tự không hợp lệ."]


# --- keywords ----------------------------------------------------------------------------------


def test_an_abbreviation_finds_the_spelled_out_position():
    make_conference(
        "Tiếp xúc cử tri",
        people=((make_person("Trần Việt Hà"), ROLE.RESPONDING, "Phó Chủ tịch UBND quận"),),
    )
    make_conference("Hội nghị khác")
    assert titles("q=ubnd") == ["Tiếp xúc cử tri"]
    assert titles("q=ủy ban nhân dân") == ["Tiếp xúc cử tri"]


def test_an_abbreviation_finds_the_words_it_stands_for_anywhere():
    make_conference("Làm việc với chính quyền", summary="Báo cáo của Ủy ban nhân dân quận.")
    make_conference("Hội nghị khác", summary="Báo cáo của Ban Thường trực.")
    make_conference("Viết tắt", starts_at=at(1, 1, 2023), summary="Báo cáo của UBND quận.")
    assert titles("q=ubnd") == ["Làm việc với chính quyền", "Viết tắt"]
    assert titles("q=ubnd quận") == ["Làm việc với chính quyền", "Viết tắt"]
    assert titles('q="ubnd quận"') == ["Viết tắt"]  # a quoted phrase is taken as written


def test_keywords_fold_and_drop_punctuation():
    assert keywords("Chữ thập đỏ, “Cầu Giấy”!") == ["chu", "thap", "do", "cau", "giay"]
    assert keywords("") == []
