"""Each figure of stats/figures.py against counts made another way: by walking the records in
Python with the visibility rules and Hà Nội days spelled out, on the world of conftest.py
(internal and draft records, records on both sides of each year's boundary)."""

import datetime as dt
from collections import Counter

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from events.models import (
    Conference,
    CoordinationProgramme,
    CriticismSubject,
    Participation,
    ProgrammeParty,
    Response,
)
from news.models import Article
from readership.models import ArticleDailyViews
from stats import figures
from stats.forms import Period

pytestmark = pytest.mark.django_db

YEAR = Period.of_year(2024)
ANONYMOUS = AnonymousUser()


def counted(conference: Conference, *, internal: bool) -> bool:
    """The visibility rule, written out: published, and public unless internal is allowed."""
    if conference.status != Conference.Status.PUBLISHED:
        return False
    return internal or conference.visibility == Conference.Visibility.PUBLIC


def local_day(moment) -> dt.date:
    return timezone.localtime(moment).date()


def conferences_in(period: Period, *, internal: bool) -> list[Conference]:
    return [
        c
        for c in Conference.objects.prefetch_related("kinds")
        if counted(c, internal=internal) and period.contains(local_day(c.starts_at))
    ]


# --- Conferences -----------------------------------------------------------------------------


@pytest.mark.parametrize("internal", [False, True])
def test_conferences_by_kind_and_month(world, official, internal):
    user = official if internal else ANONYMOUS
    figure = figures.conferences_by_month(YEAR, user)
    expected = conferences_in(YEAR, internal=internal)
    before = conferences_in(YEAR.previous(), internal=internal)

    assert figure.total == len(expected)
    assert figure.previous_total == len(before)
    by_kind = Counter(k.code for c in expected for k in c.kinds.all())
    by_kind[""] = sum(1 for c in expected if not c.kinds.all())
    assert figure.by_column == {key: n for key, n in by_kind.items() if n} | {
        c.key: by_kind[c.key] for c in figure.columns
    }
    by_month = Counter(local_day(c.starts_at).month for c in expected)
    previous_by_month = Counter(local_day(c.starts_at).month for c in before)
    assert [row.total for row in figure.months] == [by_month[m] for m in range(1, 13)]
    assert [row.previous_total for row in figure.months] == [
        previous_by_month[m] for m in range(1, 13)
    ]
    for row in figure.months:
        for column in figure.columns:
            expected_n = sum(
                1
                for c in expected
                if local_day(c.starts_at).month == row.month
                and (
                    column.key in {k.code for k in c.kinds.all()}
                    or (column.key == "" and not c.kinds.all())
                )
            )
            assert row.counts[column.key] == expected_n, (row.month, column.key)


def test_conference_year_boundaries_are_hanoi_days(world):
    figure = figures.conferences_by_month(YEAR, ANONYMOUS)
    # 01/01/2024 00:00 and 31/12/2024 23:30 are in 2024; 31/12/2023 23:59 and 01/01/2025 are not.
    assert figure.months[0].counts["hoi-nghi"] == 1
    assert figure.months[0].total == 2  # the midnight one and the signing on 15/01
    assert figure.months[11].counts["giam-sat"] == 1
    assert figure.months[11].previous_total == 1  # 31/12/2023 23:59
    # Public only: c1, first, last, no kind. Internal and draft ones are not counted.
    assert figure.total == 4
    assert figure.by_column["phan-bien"] == 1
    assert figure.by_column[""] == 1
    assert figure.columns[-1].name == "Chưa phân loại"


def test_an_official_counts_internal_conferences(world, official):
    public = figures.conferences_by_month(YEAR, ANONYMOUS)
    internal = figures.conferences_by_month(YEAR, official)
    assert internal.total == public.total + 1
    assert internal.by_column["phan-bien"] == public.by_column["phan-bien"] + 1
    assert internal.months[2].total == 1  # March: the internal one; the draft never


def test_a_range_compares_with_the_same_days_a_year_earlier(world):
    period = Period(dt.date(2024, 1, 1), dt.date(2024, 1, 15))
    figure = figures.conferences_by_month(period, ANONYMOUS)
    assert [(row.year, row.month) for row in figure.months] == [(2024, 1)]
    assert figure.total == 2  # 01/01 00:00 and 15/01 08:00 (the last day is included)
    assert (
        figures.conferences_by_month(
            Period(dt.date(2024, 1, 1), dt.date(2024, 1, 14)), ANONYMOUS
        ).total
        == 1
    )
    assert figure.previous_total == 0  # 01/01–15/01/2023: nothing


# --- Social criticism ------------------------------------------------------------------------


def criticism_another_way(period: Period, *, internal: bool):
    rows = {}
    for subject in CriticismSubject.objects.select_related("conference", "issuing_body"):
        conference = subject.conference
        if not counted(conference, internal=internal):
            continue
        if not period.contains(local_day(conference.starts_at)):
            continue
        opinions = list(subject.opinions.all())
        responses = list(subject.responses.all())
        raised = subject.opinion_count if subject.opinion_count is not None else len(opinions)
        answering = [r for r in responses if r.outcome in ("accepted", "explained")]
        if any(r.opinion_id is None for r in answering):
            answered = raised
        else:
            answered = len({r.opinion_id for r in answering})
        row = rows.setdefault(
            subject.issuing_body.name if subject.issuing_body else "",
            Counter(),
        )
        row.update(
            drafts=1,
            raised=raised,
            answered=min(answered, raised),
            accepted=sum(r.outcome == "accepted" for r in responses),
            explained=sum(r.outcome == "explained" for r in responses),
            noted=sum(r.outcome == "noted" for r in responses),
        )
    return rows


@pytest.mark.parametrize("internal", [False, True])
def test_criticism_by_issuing_body(world, official, internal):
    figure = figures.criticism_by_body(YEAR, official if internal else ANONYMOUS)
    expected = criticism_another_way(YEAR, internal=internal)
    got = {
        row.body: Counter(
            {
                k: getattr(row, k)
                for k in ("drafts", "raised", "answered", "accepted", "explained", "noted")
                if getattr(row, k)
            }
        )
        for row in figure.rows
    }
    assert got == expected
    assert figure.total.drafts == sum(r["drafts"] for r in expected.values())


def test_criticism_figures_as_an_official_reads_them(world, official):
    public = figures.criticism_by_body(YEAR, ANONYMOUS)
    # 3 itemised opinions (2 answered: one tiếp thu, one giải trình; a ghi nhận is not an
    # answer) + 11 declared, answered together.
    assert (public.total.drafts, public.total.raised, public.total.answered) == (2, 14, 13)
    assert (public.total.accepted, public.total.explained, public.total.noted) == (2, 1, 1)
    assert public.total.share == pytest.approx(13 / 14)
    assert public.previous_drafts == 1
    internal = figures.criticism_by_body(YEAR, official)
    assert (internal.total.drafts, internal.total.raised, internal.total.answered) == (3, 19, 13)
    ubnd = next(r for r in internal.rows if r.body == "Ủy ban nhân dân quận Cầu Giấy")
    assert (ubnd.drafts, ubnd.raised, ubnd.answered) == (2, 16, 11)


def test_answers_never_exceed_the_opinions_raised(world):
    subject = world.subjects.two
    subject.opinion_count = 0
    subject.save()
    figure = figures.criticism_by_body(YEAR, ANONYMOUS)
    ubnd = next(r for r in figure.rows if r.body == "Ủy ban nhân dân quận Cầu Giấy")
    assert (ubnd.raised, ubnd.answered, ubnd.share) == (0, 0, None)
    Response.objects.create(subject=world.subjects.one, text="Trả lời chung", outcome="explained")
    hdnd = next(
        r
        for r in figures.criticism_by_body(YEAR, ANONYMOUS).rows
        if r.body == "Hội đồng nhân dân quận Cầu Giấy"
    )
    assert (hdnd.raised, hdnd.answered) == (3, 3)


# --- Coordination programmes -----------------------------------------------------------------


def programmes_another_way(period: Period, *, internal: bool, committee: str):
    signed, in_force = set(), set()
    for programme in CoordinationProgramme.objects.select_related("conference"):
        conference = programme.conference
        if not counted(conference, internal=internal):
            continue
        held = local_day(conference.starts_at)
        start = programme.period_start_year or held.year
        end = programme.period_end_year or programme.period_start_year or held.year
        if period.contains(held):
            signed.add(programme.pk)
        if held <= period.end and start <= period.end.year and end >= period.start.year:
            in_force.add(programme.pk)
    partners = {}
    for party in ProgrammeParty.objects.select_related("organization"):
        if party.organization.name == committee:
            continue
        row = partners.setdefault(party.organization.name, [0, 0])
        row[0] += party.programme_id in signed
        row[1] += party.programme_id in in_force
    partners = {name: tuple(row) for name, row in partners.items() if any(row)}
    return signed, in_force, partners


@pytest.mark.parametrize("internal", [False, True])
def test_programmes_signed_and_in_force_by_partner(world, official, internal):
    figure = figures.programmes(
        YEAR, official if internal else ANONYMOUS, exclude_name=world.site.name
    )
    signed, in_force, partners = programmes_another_way(
        YEAR, internal=internal, committee=world.site.name
    )
    assert (figure.signed, figure.in_force) == (len(signed), len(in_force))
    assert {p.name: (p.signed, p.in_force) for p in figure.partners} == partners
    assert len(figure.timeline) == len(in_force)


def test_programmes_as_read(world, official):
    public = figures.programmes(YEAR, ANONYMOUS, exclude_name=world.site.name)
    # Signed in 2024: the humanitarian programme; in force: it and the women's (2023–2027);
    # the youth one ended in 2023. The committee itself is no partner.
    assert (public.signed, public.in_force, public.previous_signed) == (1, 2, 2)
    assert [(p.name, p.signed, p.in_force) for p in public.partners] == [
        ("Hội Chữ thập đỏ quận Cầu Giấy", 1, 1),
        ("Hội Liên hiệp Phụ nữ quận", 0, 1),
    ]
    assert [(p.title, p.start_year, p.end_year, p.signed_in_period) for p in public.timeline] == [
        ("Chương trình phụ nữ", 2023, 2027, False),
        ("Chương trình nhân đạo", 2024, 2026, True),
    ]
    internal = figures.programmes(YEAR, official, exclude_name=world.site.name)
    # The internal one has no period: it runs for the year it was signed.
    assert (internal.signed, internal.in_force) == (2, 3)
    assert ("Chương trình nội bộ", 2024, 2024) in [
        (p.title, p.start_year, p.end_year) for p in internal.timeline
    ]


def test_the_timeline_is_limited(world):
    figure = figures.programmes(YEAR, ANONYMOUS, limit=1)
    assert figure.in_force == 2
    assert len(figure.timeline) == 1


# --- Who took part most -----------------------------------------------------------------------


def participation_another_way(period: Period, key: str, *, internal: bool):
    conferences, roles = Counter(), {}
    seen = set()
    for part in Participation.objects.select_related("conference", "person", "organization"):
        if not counted(part.conference, internal=internal):
            continue
        if not period.contains(local_day(part.conference.starts_at)):
            continue
        who = getattr(part, key)
        if who is None:
            continue
        name = who.full_name if key == "person" else who.name
        if (name, part.conference_id) not in seen:
            seen.add((name, part.conference_id))
            conferences[name] += 1
        for role in roles_of(part):
            roles.setdefault(name, Counter())[role] += 1
    return conferences, roles


def roles_of(part: Participation) -> list[str]:
    """The roles of one participation: a field of its own, or (one participation per person
    per conference, issue 18) the related ``roles``."""
    if hasattr(part, "roles"):
        return [r.role for r in part.roles.all()]
    return [part.role]


@pytest.mark.parametrize("internal", [False, True])
@pytest.mark.parametrize("key", ["person", "organization"])
def test_who_took_part_most_and_in_which_roles(world, official, key, internal):
    user = official if internal else ANONYMOUS
    rows = (figures.top_people if key == "person" else figures.top_organizations)(YEAR, user)
    conferences, roles = participation_another_way(YEAR, key, internal=internal)
    assert {r.name: r.conferences for r in rows} == dict(conferences)
    assert {r.name: Counter(r.roles) for r in rows} == roles
    assert [r.conferences for r in rows] == sorted((r.conferences for r in rows), reverse=True)


def test_people_as_read(world, official):
    rows = figures.top_people(YEAR, ANONYMOUS)
    thanh = rows[0]
    # c1 (chủ trì + khai mạc), the midnight one (dự), the last one (chủ trì); the internal one
    # only for officials; the draft and next year's never.
    assert (thanh.name, thanh.conferences) == ("Nguyễn Thị Thanh", 3)
    assert thanh.roles == {"presiding": 2, "opening": 1, "attending": 1}
    assert figures.top_people(YEAR, official)[0].conferences == 4
    assert "Lương Mậu Hùng" in [r.name for r in rows]
    assert next(r for r in rows if r.name == "Lương Mậu Hùng").conferences == 1
    assert len(figures.top_people(YEAR, ANONYMOUS, limit=2)) == 2


# --- News ------------------------------------------------------------------------------------


def test_news_by_category_and_month(world):
    figure = figures.news_by_category(YEAR)
    published = [
        a
        for a in Article.objects.select_related("category")
        if a.status == Article.Status.PUBLISHED and a.publish_at <= timezone.now()
    ]
    this_year = [a for a in published if YEAR.contains(local_day(a.publish_at))]
    last_year = [a for a in published if YEAR.previous().contains(local_day(a.publish_at))]
    assert figure.total == len(this_year) == 5
    assert figure.previous_total == len(last_year) == 2
    by_category = Counter(str(a.category_id) if a.category_id else "" for a in this_year)
    assert {k: v for k, v in figure.by_column.items() if v} == dict(by_category)
    names = {c.key: c.name for c in figure.columns}
    assert names[str(world.categories.a.pk)] == "Hoạt động Mặt trận"
    assert names[""] == "Chưa có chuyên mục"
    by_month = Counter(local_day(a.publish_at).month for a in this_year)
    assert [row.total for row in figure.months] == [by_month[m] for m in range(1, 13)]


def test_most_read_in_the_period(world):
    figure = figures.most_read(YEAR)
    expected = Counter()
    for row in ArticleDailyViews.objects.select_related("article"):
        article = row.article
        if article.status == Article.Status.PUBLISHED and YEAR.contains(row.day):
            expected[article.title] += row.views
    assert [(r.title, r.views) for r in figure.rows] == expected.most_common()
    assert figure.rows[0].title == "Tin cuối năm"
    assert figure.total_views == sum(expected.values()) == 1504
    assert figure.rows[0].url == world.articles.last.get_absolute_url()


def test_years_with_records(world, official):
    years = figures.years_with_records(ANONYMOUS)
    this_year = timezone.localdate().year
    assert years == list(range(max(this_year, 2025), 2022, -1))


def test_a_period_without_records_is_all_zero(world):
    empty = Period.of_year(1990)
    assert figures.conferences_by_month(empty, ANONYMOUS).total == 0
    assert figures.criticism_by_body(empty, ANONYMOUS).rows == []
    assert figures.programmes(empty, ANONYMOUS).partners == []
    assert figures.top_people(empty, ANONYMOUS) == []
    assert figures.news_by_category(empty).total == 0
    assert figures.most_read(empty).rows == []
