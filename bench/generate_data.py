"""Fill a database with realistic Vietnamese content at scale, for the benchmark (issue 9).

    python manage.py generate_bench_data --articles 100000 --conferences 10000 --people 20000

(The command itself is ``demo/management/commands/generate_bench_data.py``, which imports this.)

What it writes (every row's slug starts with ``bench-``, so bench content is recognisable):
categories, tags, articles (a body of 4–9 blocks drawn from templated paragraphs of the
article's topic, 70 % with a cover whose renditions are shared files), tags on articles,
organisations, people, conferences with kinds, participants (one very busy chair), criticism
subjects with opinions and responses, coordination programmes, links to articles, and "most
read" counts for the last 30 days.

It is fast because it never calls ``save()``: rows go in with ``bulk_create`` in batches
(about 100,000 articles in a few minutes on two cores), with progress output. The hidden
fields ``save()`` would fill are filled with the same helpers (``core.text.fold``,
``name_sort_key``, ``vi_slugify``, ``django.utils.html.strip_tags``); bodies are already in the
shape ``sanitize_news_html`` gives and in NFC. At the end a random sample is recomputed with
the models' own code (``Article.save()``'s formula, ``Conference.build_search_text()``) and
the command fails if anything differs. PostgreSQL search vectors are kept by the search
app's triggers on insert (search/migrations/0001_postgres_search.py), so nothing else is
needed for them.

Safety: it refuses to touch a database that holds anything but bench content (any article,
category, tag, conference, person, organisation or committee page whose slug does not start
with ``bench-``) unless ``--force``; ``--reset`` deletes the earlier bench content first (on
PostgreSQL with TRUNCATE when the database holds nothing else, which is instant).
"""

from __future__ import annotations

import contextlib
import io
import random
import time
from datetime import datetime, timedelta

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import strip_tags

from bench import vocabulary as V
from core.text import fold, name_sort_key, vi_slugify

PREFIX = "bench-"
# Articles are spread back from now at a steady rate (a district committee and its wards
# publish a couple of dozen items a day), so the newest pages look the same at 1,000 and at
# 100,000 articles; 100,000 reach back about eleven years.
ARTICLES_PER_DAY = 25
# How often each kind of conference happens (signings are rare: a few programmes a year).
KIND_WEIGHTS = {
    "ky-ket": 3,
    "phan-bien": 10,
    "hoi-nghi": 40,
    "giam-sat": 20,
    "tiep-xuc-cu-tri": 17,
    "khac": 10,
}
COVER_COUNT = 3
POOL_PER_TOPIC = 40
COVER_SHARE = 0.7


def bench_models():
    """(label, model) of every content model whose slug marks bench rows."""
    names = [
        ("news", "Article"),
        ("news", "Category"),
        ("news", "Tag"),
        ("events", "Conference"),
        ("events", "Person"),
        ("events", "Organization"),
        ("committee", "Page"),
    ]
    found = []
    for app_label, model_name in names:
        with contextlib.suppress(LookupError):
            found.append((f"{app_label}.{model_name}", apps.get_model(app_label, model_name)))
    return found


# Content with no slug: any row at all is someone's real content.
UNMARKED_MODELS = [("committee", "Leader"), ("committee", "Letter")]


def foreign_content() -> dict[str, int]:
    """Rows that are not bench content, per model (empty when the database is bench-only)."""
    counts = {}
    for label, model in bench_models():
        n = model.objects.exclude(slug__startswith=PREFIX).count()
        if n:
            counts[label] = n
    for app_label, model_name in UNMARKED_MODELS:
        with contextlib.suppress(LookupError):
            n = apps.get_model(app_label, model_name).objects.count()
            if n:
                counts[f"{app_label}.{model_name}"] = n
    return counts


@contextlib.contextmanager
def keep_given_timestamps(*models):
    """Let bulk_create store the created/updated times we give (auto_now would overwrite)."""
    saved = []
    for model in models:
        for field in model._meta.concrete_fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                saved.append((field, field.auto_now, field.auto_now_add))
                field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


class Text:
    """Random text from the templates, reproducible from a seed."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def slots(self, when: datetime | None = None) -> dict:
        rng = self.rng
        day = when or datetime(2023, 6, 9, 8, 0)
        year = day.year
        ward = rng.choice(V.WARDS)
        return {
            "ward": ward,
            "year": year,
            "year_end": year + rng.choice((1, 4, 5)),
            "n": rng.choice((3, 5, 7, 8, 11, 12, 15, 20, 25, 30, 45, 50, 60, 100, 120, 200)),
            "org": rng.choice(V.DISTRICT_ORGS)[0],
            "occasion": rng.choice(V.OCCASIONS),
            "campaign": rng.choice(V.CAMPAIGNS),
            "draft": rng.choice(V.DRAFTS).format(ward=ward, year=year, year_end=year + 5),
            "field": rng.choice(V.FIELDS),
            "group": rng.choice(V.GROUPS),
            "meeting": rng.choice(V.MEETINGS),
            "date": f"{day.day:02d}/{day.month:02d}/{day.year}",
        }

    def fill(self, template: str, when: datetime | None = None) -> str:
        return template.format(**self.slots(when))

    def person_name(self) -> str:
        rng = self.rng
        middle = rng.choice(V.MIDDLE)
        if rng.random() < 0.3:
            middle = f"{middle} {rng.choice(V.MIDDLE)}"
        return f"{rng.choice(V.FAMILY)} {middle} {rng.choice(V.GIVEN)}"


class Block:
    """One block of an article body: its HTML and the fold of its text (computed once)."""

    __slots__ = ("html", "folded")

    def __init__(self, html: str):
        self.html = html
        self.folded = fold(strip_tags(html))


class Command(BaseCommand):
    help = (
        "Tạo dữ liệu đo hiệu năng (bài viết, hội nghị, đại biểu) với văn bản tiếng Việt, "
        "đường dẫn bắt đầu bằng “bench-”. Không chạy trên cơ sở dữ liệu có nội dung thật "
        "trừ khi có --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="Số bài viết.")
        parser.add_argument(
            "--conferences", type=int, default=None, help="Số hội nghị (mặc định: bài viết / 10)."
        )
        parser.add_argument(
            "--people", type=int, default=None, help="Số đại biểu (mặc định: bài viết / 5)."
        )
        parser.add_argument("--seed", type=int, default=20260609, help="Hạt giống ngẫu nhiên.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument(
            "--reset", action="store_true", help="Xóa dữ liệu đo cũ (bench-…) trước khi tạo."
        )
        parser.add_argument(
            "--force",
            action="store_true",
            help="Chạy cả khi cơ sở dữ liệu có nội dung không phải dữ liệu đo (không xóa nó).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Chỉ kiểm tra và in kế hoạch, không ghi gì."
        )

    # --- entry point ---------------------------------------------------------------------

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        n_articles = max(0, options["articles"])
        n_conferences = options["conferences"]
        n_conferences = max(0, n_articles // 10 if n_conferences is None else n_conferences)
        n_people = options["people"]
        n_people = max(0, max(40, n_articles // 5) if n_people is None else n_people)
        if n_conferences and n_people < 30:
            raise CommandError("Cần ít nhất 30 đại biểu khi có hội nghị (--people).")
        self.batch = max(100, options["batch_size"])

        foreign = foreign_content()
        if foreign and not options["force"]:
            listed = ", ".join(f"{label}: {n}" for label, n in foreign.items())
            raise CommandError(
                "Cơ sở dữ liệu này có nội dung không phải dữ liệu đo "
                f"({listed}). Hãy dùng một cơ sở dữ liệu riêng (ví dụ "
                "DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench), hoặc thêm "
                "--force nếu chắc chắn (nội dung đó được giữ nguyên)."
            )
        from news.models import Article

        existing = Article.objects.filter(slug__startswith=PREFIX).exists()
        if existing and not options["reset"]:
            raise CommandError(
                "Đã có dữ liệu đo (đường dẫn bench-…). Thêm --reset để xóa và tạo lại."
            )
        plan = (
            f"{n_articles} bài viết, {n_conferences} hội nghị, {n_people} đại biểu "
            f"(hạt giống {options['seed']}, lô {self.batch})"
        )
        if options["dry_run"]:
            self.say(
                f"Chạy thử: sẽ tạo {plan}" + ("; xóa dữ liệu đo cũ trước." if existing else ".")
            )
            return

        started = time.perf_counter()
        self.say(f"Tạo dữ liệu đo: {plan}.")
        if existing or options["reset"]:
            self.reset(only_bench=bool(foreign))
        self.rng = random.Random(options["seed"])
        self.text = Text(self.rng)
        self.now = timezone.now()
        self.start = self.now - timedelta(days=max(n_articles / ARTICLES_PER_DAY, 7))
        self.make_taxonomy()
        self.make_covers()
        self.make_blocks()
        articles = self.make_articles(n_articles)
        people, orgs = self.make_people_and_orgs(n_people)
        self.make_conferences(n_conferences, people, orgs, articles)
        self.make_daily_views(articles)
        self.verify()
        self.finish()
        self.say(self.style.SUCCESS(f"Xong trong {time.perf_counter() - started:.0f} s."), level=1)

    def say(self, message: str, level: int = 1) -> None:
        if self.verbosity >= level:
            self.stdout.write(message)
            self.stdout.flush()

    # --- reset -------------------------------------------------------------------------

    def reset(self, *, only_bench: bool) -> None:
        from events.models import Conference, Organization, Person
        from news.models import Article, Category, Tag

        t0 = time.perf_counter()
        # TRUNCATE is instant but needs its own transaction (deferred foreign-key checks of
        # rows written earlier in the same transaction block it, e.g. in tests).
        if connection.vendor == "postgresql" and not only_bench and not connection.in_atomic_block:
            tables = [
                Article._meta.db_table,
                Category._meta.db_table,
                Tag._meta.db_table,
                Conference._meta.db_table,
                Person._meta.db_table,
                Organization._meta.db_table,
            ]
            with connection.cursor() as cursor:
                # CASCADE empties every table that refers to these (participations, tag
                # links, read counts, opinions, …) — the database holds only bench content.
                cursor.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
        else:
            with transaction.atomic():
                Conference.objects.filter(slug__startswith=PREFIX).delete()
                Article.objects.filter(slug__startswith=PREFIX).delete()
                Category.objects.filter(slug__startswith=PREFIX).delete()
                Tag.objects.filter(slug__startswith=PREFIX).delete()
                Person.objects.filter(slug__startswith=PREFIX).delete()
                Organization.objects.filter(slug__startswith=PREFIX).delete()
        self.say(f"Đã xóa dữ liệu đo cũ ({time.perf_counter() - t0:.1f} s).")

    # --- categories, tags, covers, paragraph pool ----------------------------------------

    def make_taxonomy(self) -> None:
        from news.models import Category, Tag

        self.categories = Category.objects.bulk_create(
            Category(
                name=name,
                slug=PREFIX + vi_slugify(name),
                description=description,
                order=index,
            )
            for index, (name, description, _topic) in enumerate(V.CATEGORIES)
        )
        self.topics = {
            c.pk: topic for c, (_n, _d, topic) in zip(self.categories, V.CATEGORIES, strict=True)
        }
        names = list(V.TAGS) + [f"phường {ward}" for ward in V.WARDS]
        names += [f"năm {year}" for year in range(self.start.year, self.now.year + 1)]
        self.tags = Tag.objects.bulk_create(
            Tag(name=name, slug=PREFIX + vi_slugify(name)) for name in names
        )

    def make_covers(self) -> None:
        """A few real cover images with real renditions, shared by the articles' covers."""
        from PIL import Image, ImageDraw

        from core.images import RENDITION_WIDTHS, make_renditions

        self.covers = []
        for index in range(COVER_COUNT):
            name = f"news/covers/bench/bench-cover-{index + 1}.jpg"
            made = [
                {
                    "width": w,
                    "height": round(1067 * w / 1600),
                    "webp": f"news/covers/bench/bench-cover-{index + 1}-{w}.webp",
                    "jpeg": f"news/covers/bench/bench-cover-{index + 1}-{w}.jpg",
                    "source": name,
                }
                for w in RENDITION_WIDTHS
            ]
            if default_storage.exists(name) and all(
                default_storage.exists(r[fmt]) for r in made for fmt in ("webp", "jpeg")
            ):
                self.covers.append({"name": name, "width": 1600, "height": 1067, "r": made})
                continue
            for stale in [name] + [r[fmt] for r in made for fmt in ("webp", "jpeg")]:
                if default_storage.exists(stale):
                    default_storage.delete(stale)
            image = Image.new("RGB", (1600, 1067), (180 - 40 * index, 30, 40 + 50 * index))
            draw = ImageDraw.Draw(image)
            for stripe in range(0, 1600, 80):
                draw.rectangle((stripe, 0, stripe + 30, 1067), fill=(200, 160, 60))
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=80)
            name = default_storage.save(name, ContentFile(buffer.getvalue()))
            field_file = type("Stored", (), {"name": name, "storage": default_storage})()
            renditions = [{**r, "source": name} for r in make_renditions(field_file)]
            self.covers.append({"name": name, "width": 1600, "height": 1067, "r": renditions})

    def make_blocks(self) -> None:
        """Paragraphs per topic, filled once; articles pick from them (fold computed once)."""
        text = self.text
        years = range(self.start.year, self.now.year + 1)
        self.pool: dict[str, list[Block]] = {}
        for topic, templates in V.PARAGRAPHS.items():
            blocks = []
            for i in range(POOL_PER_TOPIC):
                when = datetime(self.rng.choice(years), 1 + i % 12, 1 + i % 28)
                sentences = [text.fill(templates[i % len(templates)], when)]
                if i % 3:  # most paragraphs have two or three sentences
                    sentences += [
                        text.fill(t, when) for t in self.rng.sample(templates, min(2, i % 3))
                    ]
                blocks.append(Block(f"<p>{' '.join(sentences)}</p>"))
            self.pool[topic] = blocks
        self.generic = []
        for i in range(POOL_PER_TOPIC):
            sentences = self.rng.sample(V.GENERIC_PARAGRAPHS, 1 + i % 2)
            self.generic.append(Block(f"<p>{' '.join(text.fill(t) for t in sentences)}</p>"))
        self.headings = [Block(f"<h2>{h}</h2>") for h in V.SUBHEADINGS]
        self.figures = []
        for cover in self.covers:
            middle = cover["r"][len(cover["r"]) // 2]
            url = default_storage.url(middle["jpeg"])
            for caption in V.CAPTIONS:
                self.figures.append(
                    Block(
                        f'<figure class="image"><img src="{url}" alt="{caption}" '
                        f'width="{middle["width"]}" height="{middle["height"]}">'
                        f"<figcaption>{caption}</figcaption></figure>"
                    )
                )

    # --- articles ------------------------------------------------------------------------

    def article_time(self, index: int, total: int) -> datetime:
        span = (self.now - timedelta(hours=2)) - self.start
        base = self.start + span * (index / max(total, 1))
        return base + timedelta(minutes=self.rng.randrange(0, 50))

    def make_articles(self, total: int) -> list[tuple[int, datetime | None, str]]:
        """Insert ``total`` articles; return (pk, publish_at, status) of each."""
        from news.models import Article

        rng = self.rng
        through = Article.tags.through
        made: list[tuple[int, datetime | None, str]] = []
        t0 = time.perf_counter()
        with keep_given_timestamps(Article):
            for start in range(0, total, self.batch):
                rows = []
                for index in range(start, min(start + self.batch, total)):
                    rows.append(self.article(index, total))
                with transaction.atomic():
                    created = Article.objects.bulk_create(rows)
                    links = []
                    for article in created:
                        for tag in rng.sample(self.tags, rng.choice((1, 2, 2, 3))):
                            links.append(through(article_id=article.pk, tag_id=tag.pk))
                    through.objects.bulk_create(links)
                made += [(a.pk, a.publish_at, a.status) for a in created]
                done = len(made)
                rate = done / max(time.perf_counter() - t0, 1e-6)
                self.say(f"  bài viết: {done:,}/{total:,} ({rate:,.0f}/s)".replace(",", "."))
        return made

    def article(self, index: int, total: int):
        from news.models import Article

        rng, text = self.rng, self.text
        category = self.categories[rng.randrange(len(self.categories))]
        topic = self.topics[category.pk]
        when = self.article_time(index, total)
        roll = rng.random()
        status, publish_at = Article.Status.PUBLISHED, when
        if total - index <= 3 and total >= 100:  # a few scheduled days ahead: realistic
            publish_at = self.now + timedelta(days=2 + total - index)
        elif roll < 0.01:
            status, publish_at = Article.Status.DRAFT, None
        elif roll < 0.015:
            status = Article.Status.PENDING
            publish_at = None
        elif roll < 0.02:
            status = Article.Status.WITHDRAWN
        title = text.fill(rng.choice(V.TITLES[topic]), when)
        sapo = text.fill(V.SAPOS[topic], when)
        byline = text.fill(rng.choice(V.BYLINES), when)
        lead = f"<p>{text.fill(rng.choice(V.LEADS), when)}</p>"
        blocks = rng.sample(self.pool[topic], rng.randint(3, 6))
        blocks += rng.sample(self.generic, rng.randint(1, 3))
        if rng.random() < 0.4:
            blocks.insert(rng.randrange(1, len(blocks) + 1), rng.choice(self.headings))
        if rng.random() < 0.4:
            blocks.insert(rng.randrange(0, len(blocks) + 1), rng.choice(self.figures))
        body = "\n".join([lead, *(b.html for b in blocks)])
        # = fold(" ".join([title, sapo, byline, strip_tags(body)])) as Article.save() computes
        # it: fold() of a concatenation is the concatenation of the folds around whitespace.
        head = fold(" ".join([title, sapo, byline, strip_tags(lead)]))
        search_text = " ".join([head, *(b.folded for b in blocks)])
        cover = {}
        if rng.random() < COVER_SHARE:
            chosen = rng.choice(self.covers)
            caption = rng.choice(V.CAPTIONS)
            cover = {
                "cover_image": chosen["name"],
                "cover_width": chosen["width"],
                "cover_height": chosen["height"],
                "cover_renditions": chosen["r"],
                "cover_caption": caption,
                "cover_alt": caption,
            }
        stamp = publish_at if publish_at and publish_at < self.now else when
        return Article(
            title=title,
            slug=f"{PREFIX}{vi_slugify(title, max_length=180)}-{index + 1}",
            sapo=sapo,
            body=body,
            byline=byline,
            category=category,
            status=status,
            publish_at=publish_at,
            featured=status == Article.Status.PUBLISHED and rng.random() < 0.007,
            created_at=stamp,
            updated_at=stamp,
            version=1,
            search_text=search_text,
            **cover,
        )

    # --- people, organisations, conferences ----------------------------------------------

    def make_people_and_orgs(self, total: int):
        from events.models import Organization, Person

        orgs = [Organization(name=name, short_name=short) for name, short in V.DISTRICT_ORGS]
        for ward in V.WARDS:
            orgs += [
                Organization(name=name.format(ward=ward), short_name=short.format(ward=ward))
                for name, short in V.WARD_ORGS
            ]
        for org in orgs:
            org.slug = PREFIX + vi_slugify(org.name)
            org.name_folded = fold(f"{org.name} {org.short_name}")
        with keep_given_timestamps(Organization, Person):
            stamp = self.start
            for org in orgs:
                org.created_at = org.updated_at = stamp
            orgs = Organization.objects.bulk_create(orgs)
            people = []
            t0 = time.perf_counter()
            for start in range(0, total, self.batch * 2):
                rows = []
                for index in range(start, min(start + self.batch * 2, total)):
                    name = self.text.person_name()
                    key = name_sort_key(name)
                    rows.append(
                        Person(
                            full_name=name,
                            slug=f"{PREFIX}{vi_slugify(name)}-{index + 1}",
                            sort_key=key,
                            sort_key_folded=fold(key),
                            name_folded=fold(name),
                            created_at=stamp,
                            updated_at=stamp,
                        )
                    )
                people += Person.objects.bulk_create(rows)
                rate = len(people) / max(time.perf_counter() - t0, 1e-6)
                self.say(f"  đại biểu: {len(people):,}/{total:,} ({rate:,.0f}/s)".replace(",", "."))
        return people, orgs

    def make_conferences(self, total, people, orgs, articles) -> None:
        from events.models import Conference, ConferenceKind

        if not total:
            return
        kinds = {k.code: k for k in ConferenceKind.objects.all()}
        if not kinds:
            raise CommandError("Chưa có loại hội nghị: hãy chạy migrate trước.")
        # The article nearest in time (by index) for linking a conference to its news.
        published = [(pk, when) for pk, when, status in articles if status == "published" and when]
        t0 = time.perf_counter()
        done = 0
        with keep_given_timestamps(Conference):
            for start in range(0, total, self.batch // 2):
                stop = min(start + self.batch // 2, total)
                with transaction.atomic():
                    self.conference_batch(start, stop, total, people, orgs, kinds, published)
                done = stop
                rate = done / max(time.perf_counter() - t0, 1e-6)
                self.say(f"  hội nghị: {done:,}/{total:,} ({rate:,.0f}/s)".replace(",", "."))

    def conference_batch(self, start, stop, total, people, orgs, kinds, published) -> None:
        """Plan a batch of conferences with everything in them, compute their folded search
        text in memory (so each row is written, and its search vector computed, once), then
        insert parents before children."""
        from events.models import (
            Conference,
            CoordinationProgramme,
            CriticismSubject,
            Opinion,
            Participation,
            ParticipationRole,
            ProgrammeParty,
            ProgrammePoint,
            Response,
        )
        from events.positions import normalize_position

        rng, text = self.rng, self.text
        normalized: dict[str, str] = {}  # positions repeat: normalise each once
        part_roles: list[tuple] = []  # (participation, role): one role per generated row
        roles = [r for r, _label in Participation.Role.choices]
        leaders = people[:40]
        codes = list(kinds)
        weights = [KIND_WEIGHTS.get(code, 5) for code in codes]
        conferences, kind_links, participations = [], [], []
        subjects, opinions, responses = [], [], []
        programmes, parties, points, article_links = [], [], [], []
        for index in range(start, stop):
            when = self.article_time(index, total).replace(minute=0) + timedelta(hours=1)
            main = rng.choices(codes, weights=weights)[0]
            extra = {"ky-ket": "phan-bien"}.get(main) if rng.random() < 0.3 else None
            slots = text.slots(when)
            title = V.CONFERENCE_TITLES[main].format(**slots)
            roll = rng.random()
            topic = {"phan-bien": "pb", "giam-sat": "gs"}.get(main, "mt")
            conference = Conference(
                title=title,
                slug=f"{PREFIX}{vi_slugify(title, max_length=150)}-{index + 1}",
                starts_at=when,
                ends_at=when + timedelta(hours=rng.choice((2, 3, 4))),
                venue=rng.choice(V.VENUES).format(**slots),
                organizer=orgs[0] if rng.random() < 0.6 else rng.choice(orgs),
                summary=text.fill(V.SAPOS[topic], when),
                conclusion=text.fill(rng.choice(V.GENERIC_PARAGRAPHS), when),
                attendee_count=rng.choice((None, 30, 50, 80, 120)),
                visibility="internal" if roll < 0.1 else "public",
                status="draft" if 0.1 <= roll < 0.13 else "published",
                created_at=when,
                updated_at=when,
            )
            conferences.append(conference)
            kind_links += [(conference, kinds[code]) for code in (main, extra) if code]

            # Participants: sometimes the long-serving chair (the busiest person page).
            chosen: list[tuple] = []
            seen = set()
            if rng.random() < 0.25:
                chosen.append((people[0], "presiding", V.POSITIONS[2], orgs[0]))
                seen.add(people[0].pk)
            moment = index / max(total, 1)
            # About 20 people per conference: 200,000 participations at 10,000 conferences,
            # the size issue 23 asks the statistics page to hold.
            for _ in range(rng.randint(12, 30)):
                if rng.random() < 0.35:
                    person = rng.choice(leaders)
                else:  # a skewed pick: some people come often, most rarely
                    person = people[int(len(people) * rng.random() ** 1.6)]
                if person.pk in seen:
                    continue
                seen.add(person.pk)
                role = "attending" if rng.random() < 0.6 else rng.choice(roles)
                position, org = self.position_of(person, moment, orgs)
                chosen.append((person, role, position, org))
            rows = []
            for order, (person, role, position, org) in enumerate(chosen):
                if position not in normalized:
                    normalized[position] = normalize_position(position)
                row = Participation(
                    conference=conference,
                    person=person,
                    position=position,
                    position_normalized=normalized[position],
                    organization=org,
                    order=order,
                )
                rows.append(row)
                part_roles.append((row, role))
            participations += rows
            # Folded search text in Conference.build_search_text()'s order.
            parts = [conference.title, conference.venue, conference.summary, conference.conclusion]
            for row in rows:
                parts += [row.person.full_name, row.position, row.position_normalized]

            if "phan-bien" in (main, extra):
                subject = CriticismSubject(
                    conference=conference,
                    document_title=slots["draft"][0].upper() + slots["draft"][1:],
                    issuing_body=orgs[3],
                    opinion_count=rng.choice((None, 8, 11, 15)),
                )
                subjects.append(subject)
                parts += [subject.document_title, subject.opinion_summary]
                mine = []
                for order in range(rng.randint(2, 6)):
                    speaker = rng.choice(rows) if rows and rng.random() < 0.8 else None
                    mine.append(
                        Opinion(
                            subject=subject,
                            speaker=speaker,
                            speaker_name=speaker.person.full_name
                            if speaker
                            else text.person_name(),
                            content=rng.choice(V.OPINIONS).format(**slots),
                            order=order,
                        )
                    )
                opinions += mine
                for opinion in mine:
                    parts += [opinion.speaker_name, opinion.content]
                responder = rows[0] if rows else None
                for order, opinion in enumerate([None, *mine[:2]]):
                    response = Response(
                        subject=subject,
                        opinion=opinion,
                        responder=responder,
                        responder_name=responder.person.full_name if responder else "",
                        text=rng.choice(V.RESPONSES),
                        outcome=rng.choice(("accepted", "explained", "noted")),
                        order=order,
                    )
                    responses.append(response)
                    parts += [response.responder_name, response.text]
            if "ky-ket" in (main, extra):
                programme = CoordinationProgramme(
                    conference=conference,
                    title=f"Chương trình phối hợp giai đoạn {slots['year']} – {slots['year'] + 4}",
                    period_start_year=slots["year"],
                    period_end_year=slots["year"] + 4,
                    signed_on=timezone.localtime(when).date(),
                    declared_point_count=5,
                )
                programmes.append(programme)
                parts.append(programme.title)
                partner = rng.choice(orgs[1:])
                for order, org in enumerate((orgs[0], partner)):
                    signer = rows[order] if len(rows) > order else None
                    parties.append(
                        ProgrammeParty(
                            programme=programme,
                            organization=org,
                            signatory=signer.person if signer else None,
                            signatory_position=signer.position if signer else "",
                            order=order,
                        )
                    )
                for number, point in enumerate(V.PROGRAMME_POINTS[:5], start=1):
                    points.append(ProgrammePoint(programme=programme, number=number, text=point))
            conference.search_text = fold(" ".join(p for p in parts if p))

            # About a third are linked to the news article written about them.
            if published and rng.random() < 0.33:
                position = min(int(len(published) * index / total), len(published) - 1)
                article_links.append((conference, published[position][0]))

        # Parents first: bulk_create fills in the primary keys the children point to.
        Conference.objects.bulk_create(conferences)
        through = Conference.kinds.through
        through.objects.bulk_create(
            through(conference_id=c.pk, conferencekind_id=k.pk) for c, k in kind_links
        )
        Participation.objects.bulk_create(participations)
        ParticipationRole.objects.bulk_create(
            ParticipationRole(participation=row, role=role) for row, role in part_roles
        )
        CriticismSubject.objects.bulk_create(subjects)
        Opinion.objects.bulk_create(opinions)
        Response.objects.bulk_create(responses)
        CoordinationProgramme.objects.bulk_create(programmes)
        ProgrammeParty.objects.bulk_create(parties)
        ProgrammePoint.objects.bulk_create(points)
        through = Conference.articles.through
        through.objects.bulk_create(
            through(conference_id=c.pk, article_id=a) for c, a in article_links
        )

    def position_of(self, person, moment: float, orgs) -> tuple[str, object]:
        """The position a person held at ``moment`` (0 = first conference, 1 = today).

        Each person gets a short career once (one to three positions, each with its
        organisation), as in real records: "Chức vụ qua các thời kỳ" lists a few lines.
        """
        careers = self.__dict__.setdefault("careers", {})
        career = careers.get(person.pk)
        if career is None:
            rng = self.rng
            ward = rng.choice(V.WARDS)
            slots = {"ward": ward, "n": rng.randint(1, 40)}
            career = [
                (rng.choice(V.POSITIONS).format(**slots), rng.choice(orgs))
                for _ in range(rng.choice((1, 1, 2, 3)))
            ]
            careers[person.pk] = career
        return career[min(len(career) - 1, int(moment * len(career)))]

    # --- "most read" -----------------------------------------------------------------------

    def make_daily_views(self, articles) -> None:
        from readership.models import ArticleDailyViews

        today = timezone.localdate()
        since = self.now - timedelta(days=30)
        rows = []
        for pk, when, status in articles:
            if status != "published" or when is None or not since <= when <= self.now:
                continue
            first = timezone.localtime(when).date()
            popularity = self.rng.random() ** 3 * 2000
            day = first
            while day <= today:
                views = int(popularity * self.rng.uniform(0.3, 1.0) / (1 + (day - first).days))
                if views:
                    rows.append(ArticleDailyViews(article_id=pk, day=day, views=views))
                day += timedelta(days=1)
        ArticleDailyViews.objects.bulk_create(rows, batch_size=self.batch)
        self.say(f"  lượt đọc theo ngày: {len(rows):,} dòng".replace(",", "."))

    # --- checks and housekeeping -------------------------------------------------------------

    def verify(self, sample: int = 25) -> None:
        """Recompute a sample with the models' own code; fail loudly on any difference."""
        from core.html import sanitize_news_html
        from core.text import nfc
        from events.models import Conference
        from news.models import Article

        rng = random.Random(1)
        ids = list(Article.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        for article in Article.objects.filter(pk__in=rng.sample(ids, min(sample, len(ids)))):
            body = sanitize_news_html(article.body)
            expected = fold(
                " ".join([article.title, article.sapo, article.byline, strip_tags(body)])
            )
            if body != article.body or nfc(body) != body or expected != article.search_text:
                raise CommandError(
                    f"Bài {article.slug}: nội dung hoặc search_text khác với Article.save()."
                )
        ids = list(Conference.objects.filter(slug__startswith=PREFIX).values_list("pk", flat=True))
        for conference in Conference.objects.filter(pk__in=rng.sample(ids, min(sample, len(ids)))):
            if conference.build_search_text() != conference.search_text:
                raise CommandError(
                    f"Hội nghị {conference.slug}: search_text khác với build_search_text()."
                )
        self.say("  kiểm tra mẫu: search_text giống hệt cách save() tính.", level=2)

    def finish(self) -> None:
        from django.core.cache import cache

        cache.clear()  # bench data replaces the content: drop every cached page
        if connection.vendor == "postgresql":
            t0 = time.perf_counter()
            # What autovacuum would do soon anyway: fresh statistics and visibility map, so the
            # measured plans are the ones production would get. (Inside a transaction, e.g. a
            # test, VACUUM is not allowed: statistics only.)
            statement = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                cursor.execute(statement)
            self.say(f"  {statement}: {time.perf_counter() - t0:.0f} s")
