"""Demo conference for ``seed_demo``: the sample article's conference, recorded completely.

Source: the sample article (docs/domain.md#the-sample-article; tests/fixtures/import/). This
is the record a clerk would keep from it: each person once, with all their roles and one
position written out in full; the article's typos ("UVTVQuận ủy", "tươgn thân", "2023- 2027",
"HĐND- UBND") stay in the imported article (demo/news.py), not here. Idempotent: the
conference is found by its slug and brought back to this content; the people and
organisations are found by name, never duplicated.

Then the records of 2024–2026 (``demo/conferences.py``): thirteen more conferences of every
kind, two of them internal (with documents and photos only officials see), thirty people whose
positions change over time, each record keeping the position held that day. Each is created
once with its participants, programme or draft, opinions and response; an editor's later
changes are kept.

Photos: the article's images are not in the export, so the demo attaches drawn illustrations
(``demo/illustrations.py``: the signing, the hall) whose captions — also their alt text — are
the article's real captions marked "(ảnh minh họa)". Grey placeholders left by an older
``seed_demo`` are replaced once; photos an editor uploaded are never touched.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.db import transaction

from events import services
from events.models import (
    Conference,
    ConferenceDocument,
    ConferenceKind,
    ConferencePhoto,
    CoordinationProgramme,
    CriticismSubject,
    Opinion,
    Participation,
    ProgrammeParty,
    ProgrammePoint,
    Response,
)

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
SLUG = "hoi-nghi-ky-ket-chuong-trinh-phoi-hop-va-phan-bien-xa-hoi-09-06-2023"

ORGANIZATIONS = {
    "mttq": ("Ủy ban MTTQ Việt Nam quận Cầu Giấy", "MTTQ quận"),
    "mttq_city": ("Ủy ban MTTQ Việt Nam thành phố Hà Nội", "MTTQ Thành phố"),
    "red_cross": ("Hội Chữ thập đỏ quận Cầu Giấy", "Hội Chữ thập đỏ quận"),
    "ubnd": ("Ủy ban nhân dân quận Cầu Giấy", "UBND quận"),
    "hdnd": ("Hội đồng nhân dân quận Cầu Giấy", "HĐND quận"),
}

# (name, position then, organisation key, roles): one entry per person (issue 18)
PARTICIPANTS = [
    (
        "Trần Việt Hà",
        "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch UBND quận Cầu Giấy",
        "ubnd",
        ("attending", "responding"),
    ),
    ("Lương Mậu Hùng", "Quận ủy viên, Phó Chủ tịch HĐND quận", "hdnd", ("attending",)),
    (
        "Nguyễn Thị Thanh",
        "Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "mttq",
        ("attending", "opening", "concluding"),
    ),
    ("Ngô Đức Cường", "Phó Chủ tịch Ủy ban MTTQ Việt Nam", "mttq", ("presenting",)),
]

TITLE = (
    "Hội nghị ký kết chương trình phối hợp với Hội Chữ thập đỏ quận giai đoạn 2023–2027 và "
    "phản biện xã hội vào dự thảo Nghị quyết về nhiệm vụ trọng tâm công tác 6 tháng cuối năm "
    "2023 của quận"
)
SUMMARY = (
    "Sáng ngày 09/6/2023, Ban Thường trực Ủy ban MTTQ Việt Nam quận Cầu Giấy đã tổ chức hội "
    "nghị ký kết chương trình phối hợp giữa Ủy ban MTTQ Việt Nam quận và Hội Chữ thập đỏ quận "
    "trong tổ chức các hoạt động nhân đạo, từ thiện, an sinh xã hội giai đoạn 2023–2027 và "
    "phản biện xã hội vào dự thảo Nghị quyết về nhiệm vụ trọng tâm công tác 6 tháng cuối năm "
    "2023 của quận Cầu Giấy.\n"
    "Dự hội nghị còn có: đại diện Ủy ban MTTQ Việt Nam Thành phố; các đồng chí trong Ban "
    "Thường trực Ủy ban MTTQ Việt Nam quận; các đồng chí đại diện lãnh đạo các ban xây dựng "
    "Đảng, Văn phòng Quận ủy, Văn phòng HĐND - UBND quận; lãnh đạo các ban của HĐND quận; đại "
    "diện lãnh đạo các đoàn thể chính trị - xã hội, các phòng, ngành của quận; các đồng chí "
    "Chủ tịch, Phó Chủ tịch, Trưởng ban Thanh tra nhân dân Ủy ban MTTQ Việt Nam các phường trên "
    "địa bàn."
)
CONCLUSION = (
    "Kết luận hội nghị, đồng chí Nguyễn Thị Thanh - Ủy viên Ban Thường vụ Quận ủy, Chủ tịch Ủy "
    "ban MTTQ Việt Nam quận đã cảm ơn, đánh giá cao tinh thần trách nhiệm, tâm huyết của các đại biểu dự hội "
    "nghị; nêu rõ những nội dung cần được tiếp thu, chỉnh sửa, bổ sung đầy đủ trong báo cáo và "
    "nghị quyết về thực hiện các nhiệm vụ 6 tháng cuối năm 2023 của HĐND, UBND quận; các ý "
    "kiến đóng góp của các đại biểu tại hội nghị sẽ được Ủy ban MTTQ Việt Nam quận Cầu Giấy "
    "tổng hợp đầy đủ, sàng lọc trọng tâm để UBND quận đưa vào nhiệm vụ, giải pháp nhằm triển "
    "khai thực hiện một cách cụ thể, đạt kết quả cao trong 6 tháng cuối năm 2023."
)
PROGRAMME_TITLE = (
    "Chương trình phối hợp tổ chức các hoạt động từ thiện, nhân đạo, an sinh xã hội giai đoạn "
    "2023–2027 giữa Ủy ban MTTQ Việt Nam quận và Hội Chữ thập đỏ quận"
)
PROGRAMME_POINTS = [
    "Tuyên truyền các giá trị nhân đạo, tinh thần tương thân, tương ái, truyền thống Đại đoàn "
    "kết của dân tộc Việt Nam",
    "Tổ chức vận động, tiếp nhận, phân phối nguồn đóng góp tự nguyện để khắc phục khó khăn do "
    "thiên tai, dịch bệnh, sự cố nghiêm trọng và tổ chức các hoạt động nhân đạo khác",
    "Tổ chức thực hiện các phong trào, cuộc vận động, chương trình nhân đạo do hai bên phát động",
    "Phối hợp tổ chức kiểm tra, giám sát, phản biện xã hội về chính sách, pháp luật hoạt động "
    "nhân đạo, từ thiện, an sinh xã hội",
    "Phối hợp tổ chức các hoạt động biểu dương, tôn vinh, khen thưởng các tổ chức, cá nhân "
    "trong và ngoài quận, ngoài nước có thành tích xuất sắc trong công tác nhân đạo, từ thiện, "
    "an sinh xã hội",
]
DRAFT_TITLE = "Dự thảo Nghị quyết về nhiệm vụ trọng tâm công tác 6 tháng cuối năm 2023 của quận"
OPINION_SUMMARY = (
    "Tại hội nghị, đã có 11 ý kiến góp ý phản biện trực tiếp của các vị đại biểu. Các ý kiến "
    "tham gia đóng góp vào dự thảo Nghị quyết của HĐND về thực hiện nhiệm vụ phát triển kinh tế "
    "- xã hội (KT-XH), đảm bảo quốc phòng - an ninh (QP-AN) của quận Cầu Giấy 6 tháng cuối năm "
    "2023 cơ bản đều nhất trí với nội dung báo cáo của UBND quận, đánh giá cao vai trò lãnh đạo "
    "của Quận ủy Cầu Giấy, chỉ đạo, điều hành của HĐND - UBND - Ủy ban MTTQ Việt Nam quận để đạt "
    "được kết quả thực hiện như trong báo cáo được trình bày tại hội nghị; bố cục báo cáo chặt "
    "chẽ, đúng quy cách, nội dung toàn diện, giải pháp thực hiện có tính khả thi. Đồng thời, "
    "cũng phân tích một số tồn tại, hạn chế và nguyên nhân cả khách quan lẫn chủ quan ảnh hưởng "
    "tới việc thực hiện các nhiệm vụ trong 6 tháng cuối năm 2023."
)
RESPONSE_TEXT = (
    "Trân trọng tiếp thu các ý kiến tâm huyết, trách nhiệm của các vị đại biểu đã phát biểu "
    "tại hội nghị; khẳng định những nội dung phát biểu đóng góp rất cụ thể, phản ánh đúng, "
    "trúng và chi tiết tới từng lĩnh vực của đời sống xã hội và được UBND quận tổng hợp, đánh "
    "giá cụ thể trong báo cáo thực hiện nhiệm vụ trong 6 tháng đầu năm 2023; thông tin những "
    "vấn đề lớn, cơ bản về kết quả thực hiện nhiệm vụ phát triển KT-XH, đảm bảo QP-AN 6 tháng "
    "đầu năm 2023 của quận, đặc biệt là kết quả thu ngân sách trên địa bàn những tháng đầu năm."
)
PHOTO_CAPTIONS = [
    "Các đồng chí đại diện lãnh đạo quận chứng kiến ký kết chương trình phối hợp giai đoạn "
    "2023–2027 giữa Ủy ban MTTQ Việt Nam và Hội Chữ thập đỏ quận",
    "Toàn cảnh hội nghị",
]


# Captions an earlier seed_demo wrote with the article's typo; brought up to date on re-run.
OLD_PHOTO_CAPTIONS = {
    PHOTO_CAPTIONS[0].replace("2023–2027", "2023- 2027"): PHOTO_CAPTIONS[0],  # copy: not text
}
PHOTO_SCENES = ("signing", "hall")
ILLUSTRATION_NOTE = " (ảnh minh họa)"


def _illustration(order: int) -> ContentFile:
    from core.images import clean_uploaded_image
    from demo.illustrations import illustration_jpeg

    upload = ContentFile(
        illustration_jpeg(PHOTO_SCENES[order % len(PHOTO_SCENES)], palette="red", seed=order),
        name=f"hoi-nghi-09-06-2023-{order + 1}.jpg",
    )
    return clean_uploaded_image(upload).content


def _is_old_placeholder(photo: ConferencePhoto) -> bool:
    """A grey box from an earlier seed_demo: its caption is a bare article caption and the
    file is the 960 × 540 PNG it drew."""
    if photo.caption not in PHOTO_CAPTIONS or not photo.image.name.endswith(".png"):
        return False
    try:
        return (photo.image.width, photo.image.height) == (960, 540)
    except (OSError, ValueError):
        return True  # the file is gone: nothing worth keeping


def _sample_article():
    try:
        from demo.news import SAMPLE_LEGACY_URL
        from news.models import Article
    except ImportError:  # news demo not there: nothing to link
        return None
    article = Article.objects.filter(legacy_url=SAMPLE_LEGACY_URL).first()
    if article is None:
        article = Article.objects.filter(
            title__startswith="Ủy ban MTTQ Việt Nam quận Cầu Giấy tổ chức hội nghị ký kết"
        ).first()
    return article


def _add_illustrations(conference_id: int) -> None:
    conference = Conference.objects.filter(pk=conference_id).first()
    if conference is None:
        return
    for photo in conference.photos.all():
        if _is_old_placeholder(photo):
            photo.image.delete(save=False)
            photo.delete()
    for photo in conference.photos.all():
        for old, new in OLD_PHOTO_CAPTIONS.items():
            if photo.caption == old + ILLUSTRATION_NOTE:
                photo.caption = new + ILLUSTRATION_NOTE
                photo.save(update_fields=["caption"])
    if conference.photos.exists():
        return
    for order, caption in enumerate(PHOTO_CAPTIONS):
        photo = ConferencePhoto(
            conference=conference, caption=caption + ILLUSTRATION_NOTE, order=order
        )
        content = _illustration(order)
        photo.image.save(content.name, content, save=False)
        photo.save()


def seed(*, stdout, verbosity: int = 1) -> None:
    with transaction.atomic():
        orgs = {
            key: services.organization_find_or_create(name=name)[0]
            for key, (name, _short) in ORGANIZATIONS.items()
        }
        for key, (_name, short) in ORGANIZATIONS.items():
            if not orgs[key].short_name:
                orgs[key].short_name = short
                orgs[key].save()

        conference, created = Conference.objects.get_or_create(
            slug=SLUG,
            defaults={
                "title": TITLE,
                "starts_at": datetime(2023, 6, 9, 8, 0, tzinfo=HANOI),
                "time_known": False,  # the article says only "Sáng ngày 09/6/2023"
                "status": Conference.Status.PUBLISHED,
            },
        )
        conference.title = TITLE
        conference.organizer = orgs["mttq"]
        conference.venue = conference.venue or ""
        conference.summary = SUMMARY
        conference.conclusion = CONCLUSION
        conference.save()
        conference.kinds.set(
            ConferenceKind.objects.filter(
                code__in=[ConferenceKind.Code.SIGNING, ConferenceKind.Code.CRITICISM]
            )
        )
        article = _sample_article()
        if article is not None:
            conference.articles.add(article)

        # Rebuild the children so a re-run gives exactly the recorded content.
        conference.participations.all().delete()
        conference.programmes.all().delete()
        conference.criticism_subjects.all().delete()
        participations = {}
        for order, (name, position, org_key, roles) in enumerate(PARTICIPANTS, start=1):
            person = services.person_find_or_create(full_name=name)[0]
            participations[name] = Participation.objects.create(
                conference=conference,
                person=person,
                position=position,
                organization=orgs[org_key],
                order=order * 10,
            )
            services.participation_set_roles(participation=participations[name], roles=roles)

        programme = CoordinationProgramme.objects.create(
            conference=conference,
            title=PROGRAMME_TITLE,
            period_start_year=2023,
            period_end_year=2027,
            signed_on=date(2023, 6, 9),
            declared_point_count=5,
        )
        for order, key in enumerate(("mttq", "red_cross")):
            ProgrammeParty.objects.create(programme=programme, organization=orgs[key], order=order)
        for number, text in enumerate(PROGRAMME_POINTS, start=1):
            ProgrammePoint.objects.create(programme=programme, number=number, text=text)

        subject = CriticismSubject.objects.create(
            conference=conference,
            document_type=CriticismSubject.DocumentType.RESOLUTION,
            document_title=DRAFT_TITLE,
            issuing_body=orgs["hdnd"],
            opinion_count=11,
            opinion_summary=OPINION_SUMMARY,
        )
        Response.objects.create(
            subject=subject,
            responder=participations["Trần Việt Hà"],
            text=RESPONSE_TEXT,
            outcome=Response.Outcome.ACCEPTED,
        )

        # Image files are written only once the data is committed, so a dry run (rolled
        # back) leaves no stray files in MEDIA_ROOT.
        transaction.on_commit(lambda: _add_illustrations(conference.pk))

        services.conference_refresh_search_text(conference=conference)
    if verbosity >= 2:
        state = "tạo mới" if created else "cập nhật"
        stdout.write(f"  hội nghị mẫu 09/06/2023: {state}")


def seed_records(*, stdout, verbosity: int = 1) -> None:
    """The conference records of 2024–2026 (after the news, whose articles they link to)."""
    with transaction.atomic():
        orgs = {
            key: services.organization_find_or_create(name=name)[0]
            for key, (name, _short) in ORGANIZATIONS.items()
        }
        created = _seed_records(orgs)
    if verbosity >= 2:
        stdout.write(f"  hồ sơ hội nghị 2024–2026: {created} mới")


def _kinds() -> dict[str, ConferenceKind]:
    """The kinds the data migration makes, made again if a flushed test database lost them."""
    kinds = {kind.code: kind for kind in ConferenceKind.objects.all()}
    for order, (code, label) in enumerate(ConferenceKind.Code.choices, start=1):
        if code not in kinds:
            kinds[code] = ConferenceKind.objects.create(code=code, name=label, order=order * 10)
    return kinds


def _seed_records(orgs: dict) -> int:
    """The conferences of demo/conferences.py, each created once with all it holds."""
    from demo.conferences import CONFERENCES, position_on
    from demo.conferences import ORGANIZATIONS as MORE_ORGANIZATIONS
    from demo.news import publish_time
    from news.models import Article

    orgs = dict(orgs)
    for key, (name, short) in MORE_ORGANIZATIONS.items():
        orgs[key] = services.organization_find_or_create(name=name)[0]
        if short and not orgs[key].short_name:
            orgs[key].short_name = short
            orgs[key].save()
    kinds = _kinds()
    created = 0
    for demo in CONFERENCES:
        starts_at = publish_time(demo.starts_at)
        conference, was_created = Conference.objects.get_or_create(
            slug=demo.slug,
            defaults={
                "title": demo.title,
                "starts_at": starts_at,
                "time_known": True,
                "venue": demo.venue,
                "summary": demo.summary,
                "conclusion": demo.conclusion,
                "attendee_count": demo.attendee_count,
                "organizer": orgs[demo.organizer],
                "visibility": Conference.Visibility.INTERNAL
                if demo.internal
                else Conference.Visibility.PUBLIC,
                "status": Conference.Status.PUBLISHED,
            },
        )
        if not was_created:
            continue  # built once: an editor's changes to the record are kept
        created += 1
        conference.kinds.set([kinds[code] for code in demo.kinds])
        conference.articles.add(*Article.objects.filter(slug__in=demo.articles))
        day = starts_at.date()
        participations = {}
        for order, (key, roles) in enumerate(demo.participants, start=1):
            name, position, org_key = position_on(key, day)
            participations[key] = Participation.objects.create(
                conference=conference,
                person=services.person_find_or_create(full_name=name)[0],
                position=position,
                organization=orgs[org_key],
                order=order * 10,
            )
            services.participation_set_roles(participation=participations[key], roles=roles)
        if demo.programme is not None:
            programme = CoordinationProgramme.objects.create(
                conference=conference,
                title=demo.programme.title,
                period_start_year=demo.programme.years[0],
                period_end_year=demo.programme.years[1],
                signed_on=day,
                declared_point_count=len(demo.programme.points),
            )
            for order, key in enumerate(demo.programme.parties):
                ProgrammeParty.objects.create(
                    programme=programme, organization=orgs[key], order=order
                )
            for number, text in enumerate(demo.programme.points, start=1):
                ProgrammePoint.objects.create(programme=programme, number=number, text=text)
        if demo.criticism is not None:
            draft = demo.criticism
            subject = CriticismSubject.objects.create(
                conference=conference,
                document_type=draft.document_type,
                document_title=draft.title,
                issuing_body=orgs[draft.issuing_body],
                opinion_count=draft.opinion_count,
                opinion_summary=draft.summary,
            )
            for order, (key, content) in enumerate(draft.opinions, start=1):
                Opinion.objects.create(
                    subject=subject, speaker=participations[key], content=content, order=order
                )
            Response.objects.create(
                subject=subject,
                responder=participations[draft.responder],
                text=draft.response,
                outcome=draft.outcome,
            )
        services.conference_refresh_search_text(conference=conference)
    # Files once the data is committed (a dry run leaves none), for records without any.
    transaction.on_commit(_add_record_files)
    return created


def _add_record_files() -> None:
    """Drawn photos and the internal conferences' documents, for the demo records that have
    none (an editor's uploads are never replaced)."""
    from core.images import clean_uploaded_image
    from demo.conferences import CONFERENCES
    from demo.documents import docx_file
    from demo.illustrations import illustration_jpeg
    from demo.news import SCENE_TEXT

    records = {c.slug: c for c in Conference.objects.filter(slug__in=[d.slug for d in CONFERENCES])}
    for demo in CONFERENCES:
        conference = records.get(demo.slug)
        if conference is None:
            continue
        if not conference.photos.exists():
            for order, (scene, palette, caption) in enumerate(demo.photos):
                upload = ContentFile(
                    illustration_jpeg(scene, palette=palette, seed=order + 1),
                    name=f"{demo.slug[:60]}-{order + 1}.jpg",
                )
                ConferencePhoto.objects.create(
                    conference=conference,
                    image=clean_uploaded_image(upload).content,
                    caption=caption + ILLUSTRATION_NOTE,
                    alt_text=SCENE_TEXT[scene][1],
                    order=order,
                )
        if demo.documents and not conference.documents.exists():
            for order, (title, lines) in enumerate(demo.documents):
                ConferenceDocument.objects.create(
                    conference=conference,
                    title=title,
                    file=ContentFile(docx_file(list(lines)), name=f"tai-lieu-{order + 1}.docx"),
                    order=order,
                )
