"""Benchmark of the conference lookup at scale (issue 6): 10,000 conferences, 200,000
participations. Measures the list page with each filter, the person and organisation pages,
and prints the PostgreSQL plans of the person-filter queries.

Run against a database of its own (it is filled, not cleaned):

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_lookup_bench SECRET_KEY=x \\
        .venv/bin/python bench/events_lookup.py [--conferences 10000] [--per-conference 20]

Loading takes about a minute the first time; later runs reuse the data.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

# Production-like (DEBUG off, cached templates) but without needing collectstatic.
settings.STORAGES = {
    **settings.STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

import datetime as dt  # noqa: E402

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from core.text import fold, name_sort_key  # noqa: E402
from events.models import (  # noqa: E402
    Conference,
    ConferenceKind,
    Organization,
    Participation,
    ParticipationRole,
    Person,
)

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Lương"]
MIDDLE = ["Văn", "Thị", "Đức", "Mậu", "Việt", "Thanh", "Minh", "Hồng", "Quang"]
GIVEN = ["Hà", "Hùng", "Thanh", "Cường", "Lan", "Dũng", "Hải", "Hòa", "Nam", "Tuấn", "Mai"]
TOPICS = [
    "ký kết chương trình phối hợp",
    "phản biện xã hội dự thảo Nghị quyết",
    "giám sát an toàn thực phẩm",
    "tiếp xúc cử tri",
    "tổng kết công tác Mặt trận",
]
ROLES = [r for r, _ in Participation.Role.choices]


def load(n_conferences: int, per_conference: int) -> None:
    if Conference.objects.count() >= n_conferences:
        print(f"Dữ liệu đã có: {Conference.objects.count()} hội nghị, bỏ qua bước nạp.")
        return
    rng = random.Random(42)
    start = time.perf_counter()
    with transaction.atomic():
        orgs = Organization.objects.bulk_create(
            Organization(
                name=f"Tổ chức số {i}", slug=f"to-chuc-so-{i}", name_folded=f"to chuc so {i}"
            )
            for i in range(200)
        )
        people = []
        for i in range(n_conferences // 2):
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)} {i}"
            key = name_sort_key(name)
            people.append(
                Person(
                    full_name=name,
                    slug=f"dai-bieu-{i}",
                    sort_key=key,
                    sort_key_folded=fold(key),
                    name_folded=fold(name),
                )
            )
        people = Person.objects.bulk_create(people, batch_size=2000)
        base = timezone.make_aware(dt.datetime(2015, 1, 1, 8, 0))
        conferences = []
        for i in range(n_conferences):
            topic = rng.choice(TOPICS)
            title = f"Hội nghị {topic} số {i}"
            conferences.append(
                Conference(
                    title=title,
                    slug=f"hoi-nghi-{i}",
                    starts_at=base + dt.timedelta(hours=9 * i),
                    organizer=rng.choice(orgs),
                    status="published",
                    visibility="internal" if i % 10 == 0 else "public",
                    summary=f"Tóm tắt {topic}.",
                    search_text=fold(f"{title} tóm tắt {topic}"),
                )
            )
        conferences = Conference.objects.bulk_create(conferences, batch_size=2000)
        kinds = list(ConferenceKind.objects.all())
        through = Conference.kinds.through
        through.objects.bulk_create(
            (through(conference=c, conferencekind=rng.choice(kinds)) for c in conferences),
            batch_size=5000,
        )
        # One very busy official (the chair, at a third of all conferences), the rest random.
        chair = people[0]
        parts, roles = [], []
        for c in conferences:
            chosen = set(rng.sample(range(1, len(people)), per_conference - 1))
            if c.pk % 3 == 0:
                parts.append(
                    Participation(
                        conference=c,
                        person=chair,
                        position="Chủ tịch",
                        position_normalized="Chủ tịch",
                    )
                )
                roles.append("presiding")
            else:
                chosen.add(rng.randrange(1, len(people)))
            for order, idx in enumerate(list(chosen)[: per_conference - (c.pk % 3 == 0)]):
                parts.append(
                    Participation(
                        conference=c,
                        person=people[idx],
                        position="Đại biểu",
                        position_normalized="Đại biểu",
                        organization=rng.choice(orgs),
                        order=order,
                    )
                )
                roles.append(rng.choice(ROLES))
        Participation.objects.bulk_create(parts, batch_size=5000)
        ParticipationRole.objects.bulk_create(
            (ParticipationRole(participation=p, role=r) for p, r in zip(parts, roles, strict=True)),
            batch_size=5000,
        )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(
        f"Đã nạp {Conference.objects.count()} hội nghị, {Participation.objects.count()} lượt "
        f"tham dự, {Person.objects.count()} người trong {time.perf_counter() - start:.1f} s."
    )


def timed(client: Client, url: str, runs: int = 7) -> tuple[float, int, int]:
    client.get(url)  # warm
    samples, queries = [], 0
    status = 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            samples.append((time.perf_counter() - t0) * 1000)
        queries = len(ctx.captured_queries)
        status = response.status_code
    return statistics.median(samples), queries, status


def explain(sql: str, params) -> str:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conferences", type=int, default=10_000)
    parser.add_argument("--per-conference", type=int, default=20)
    parser.add_argument("--plans", action="store_true", help="print the query plans")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    load(args.conferences, args.per_conference)

    chair = Person.objects.get(slug="dai-bieu-0")
    typical = Person.objects.get(slug="dai-bieu-1234")
    org = Organization.objects.get(slug="to-chuc-so-7")
    client = Client()
    urls = [
        ("danh sách, không lọc", "/hoi-nghi/"),
        ("trang 200", "/hoi-nghi/?page=200"),
        ("từ khóa", "/hoi-nghi/?q=phan+bien+nghi+quyet"),
        ("loại + năm", "/hoi-nghi/?kind=giam-sat&year=2020"),
        ("khoảng ngày", "/hoi-nghi/?from=01/01/2019&to=31/12/2019"),
        (
            f"đại biểu bận nhất ({chair.participations.count()} lượt)",
            f"/hoi-nghi/?person={chair.slug}",
        ),
        (
            f"đại biểu thường ({typical.participations.count()} lượt)",
            f"/hoi-nghi/?person={typical.slug}",
        ),
        ("đại biểu + từ khóa + năm", f"/hoi-nghi/?person={chair.slug}&q=giam+sat&year=2018"),
        ("tổ chức", f"/hoi-nghi/?organization={org.slug}"),
        ("trang đại biểu bận nhất", chair.get_absolute_url()),
        ("trang đại biểu thường", typical.get_absolute_url()),
        ("trang tổ chức", org.get_absolute_url()),
        ("CSV theo đại biểu bận nhất", f"/hoi-nghi/export.csv?person={chair.slug}"),
    ]
    print(f"\n{'trang':<48} {'trung vị ms':>11} {'truy vấn':>9} {'mã':>4}")
    for label, url in urls:
        ms, queries, status = timed(client, url, runs=3 if "CSV" in label else 7)
        print(f"{label:<48} {ms:>11.1f} {queries:>9} {status:>4}")

    if args.plans:
        from django.contrib.auth.models import AnonymousUser
        from django.http import QueryDict

        from events.lookup import ConferenceLookup

        lookup = ConferenceLookup(user=AnonymousUser(), params=QueryDict(f"person={chair.slug}"))
        qs = lookup.queryset()
        sql, params = qs[:20].query.sql_with_params()
        print(
            "\nKế hoạch truy vấn (trang đầu, lọc theo đại biểu bận nhất):\n" + explain(sql, params)
        )
        sql, params = qs.values("pk").query.sql_with_params()
        print(
            "\nKế hoạch truy vấn (đếm):\n" + explain(f"SELECT COUNT(*) FROM ({sql}) AS sub", params)
        )


if __name__ == "__main__":
    main()
