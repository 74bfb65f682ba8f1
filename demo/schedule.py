"""Demo working schedule for ``seed_demo``: this week's and last week's, published.

Built from the demo's people (the sample conference's: Nguyễn Thị Thanh, Ngô Đức Cường,
Trần Việt Hà, Lương Mậu Hùng) and organisations, relative to the day the command runs, so
``make run`` always shows a current week. It shows each case a reader meets: a recurring
Monday briefing, a changed entry (with the time of the change), a cancelled one, an internal
one (officials only), a whole-day entry, an evening one, and last week's conference that still
has no record (the clerk's queue). Idempotent: weeks are found by their ISO number and entries
by week, day and content; running again changes nothing.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.utils import timezone

from events import services as event_services
from events.models import Organization
from schedule.models import ScheduleEntry, ScheduleLeader, ScheduleWeek
from schedule.weeks import IsoWeek

P = ScheduleEntry.PartOfDay
R = ScheduleLeader.Role
S = ScheduleEntry.Status

THANH = "Nguyễn Thị Thanh"
CUONG = "Ngô Đức Cường"
HA = "Trần Việt Hà"
HUNG = "Lương Mậu Hùng"

# (weekday 0-6, start "HH:MM" or part, end, content, venue, preparing unit, partner name,
#  leaders [(name, role)], extra fields)
WEEK = [
    (
        0,
        "08:00",
        "09:30",
        "Giao ban Thường trực Ủy ban MTTQ Việt Nam quận",
        "Phòng họp tầng 2, trụ sở Ủy ban MTTQ quận",
        "Văn phòng",
        None,
        [(THANH, R.PRESIDING), (CUONG, R.ATTENDING)],
        {"recurring": True},
    ),
    (
        0,
        "14:00",
        "16:30",
        "Làm việc với Hội Chữ thập đỏ quận về kết quả thực hiện chương trình phối hợp năm nay",
        "Trụ sở Hội Chữ thập đỏ quận",
        "Ban Phong trào",
        "Hội Chữ thập đỏ quận Cầu Giấy",
        [(CUONG, R.WORKING_WITH)],
        {},
    ),
    (
        1,
        "08:30",
        "11:00",
        "Dự Hội nghị tiếp xúc cử tri với đại biểu HĐND quận trước kỳ họp cuối năm",
        "Hội trường UBND phường Dịch Vọng",
        "Ban Dân chủ – Pháp luật",
        "Hội đồng nhân dân quận Cầu Giấy",
        [(THANH, R.ATTENDING), (HUNG, R.ATTENDING)],
        {},
    ),
    (
        1,
        P.AFTERNOON,
        None,
        "Tiếp công dân định kỳ",
        "Phòng tiếp công dân quận",
        "Văn phòng",
        None,
        [(CUONG, R.RECEIVING)],
        {"recurring": True},
    ),
    (
        2,
        "08:00",
        "11:30",
        "Hội nghị phản biện xã hội dự thảo Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm tới",
        "Hội trường tầng 3, UBND quận",
        "Ban Dân chủ – Pháp luật",
        "Ủy ban nhân dân quận Cầu Giấy",
        [(THANH, R.PRESIDING), (HA, R.ATTENDING), (CUONG, R.ATTENDING)],
        {"is_conference": True},
    ),
    (
        2,
        "14:00",
        None,
        "Họp Ban Thường trực bàn công tác cán bộ",
        "Phòng họp tầng 2",
        "Văn phòng",
        None,
        [(THANH, R.PRESIDING), (CUONG, R.ATTENDING)],
        {"visibility": ScheduleEntry.Visibility.INTERNAL},
    ),
    (
        3,
        P.ALL_DAY,
        None,
        "Kiểm tra, giám sát việc thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” tại các phường",
        "Các phường Dịch Vọng Hậu, Quan Hoa, Yên Hòa",
        "Ban Phong trào",
        None,
        [(CUONG, R.PRESIDING)],
        {},
    ),
    (
        4,
        "09:00",
        "10:30",
        "Làm việc với Hội Chữ thập đỏ quận về kế hoạch chăm lo Tết cho hộ nghèo",
        "Phòng họp tầng 2",
        "Ban Phong trào",
        "Hội Chữ thập đỏ quận Cầu Giấy",
        [(THANH, R.WORKING_WITH)],
        {
            "status": S.CHANGED,
            "change_note": "Chuyển từ 14:00 chiều Thứ Năm sang 09:00 sáng Thứ Sáu.",
        },
    ),
    (
        4,
        "15:00",
        None,
        "Dự Lễ phát động tháng cao điểm “Vì người nghèo”",
        "Nhà văn hóa phường Nghĩa Đô",
        "Ban Phong trào",
        None,
        [(THANH, R.ATTENDING)],
        {"status": S.CANCELLED, "change_note": "Hoãn, sẽ thông báo lịch mới."},
    ),
    (
        5,
        "19:30",
        "21:00",
        "Dự chương trình văn nghệ “Đại đoàn kết toàn dân tộc” tại khu dân cư",
        "Sân khu dân cư số 5, phường Mai Dịch",
        "Ban Tuyên giáo",
        None,
        [(CUONG, R.ATTENDING)],
        {},
    ),
]
LAST_WEEK_ONLY = [
    (
        3,
        "08:00",
        "11:30",
        "Hội nghị giao ban công tác Mặt trận quý IV",
        "Hội trường tầng 3, UBND quận",
        "Văn phòng",
        None,
        [(THANH, R.PRESIDING), (CUONG, R.ATTENDING), (HA, R.ATTENDING)],
        {"is_conference": True},
    ),
]


def _clock(value) -> tuple[str, time | None]:
    if value and ":" in str(value):
        hours, minutes = str(value).split(":")
        return P.MORNING, time(int(hours), int(minutes))
    return value, None


def _week(iso: IsoWeek, note: str) -> ScheduleWeek:
    week, _created = ScheduleWeek.objects.get_or_create(
        year=iso.year, week=iso.week, defaults={"note": note}
    )
    if not week.is_published:
        friday_before = iso.monday - timedelta(days=3)
        week.published_at = timezone.make_aware(datetime.combine(friday_before, time(16, 0)))
        week.save(update_fields=["published_at", "updated_at"])
    return week


def _entries(week: ScheduleWeek, rows, people, organizations) -> int:
    created_count = 0
    for weekday, start, end, content, venue, unit, partner, leaders, extra in rows:
        day = week.iso.monday + timedelta(days=weekday)
        part, start_time = _clock(start)
        extra = dict(extra)
        if extra.get("status") == S.CHANGED:
            extra["changed_at"] = week.published_at + timedelta(days=1, hours=-6)
            extra["sequence"] = 1
        if extra.get("status") == S.CANCELLED:
            extra["changed_at"] = week.published_at + timedelta(days=2)
            extra["sequence"] = 1
        entry, created = ScheduleEntry.objects.get_or_create(
            week=week,
            date=day,
            content=content,
            defaults={
                "part_of_day": part,
                "start_time": start_time,
                "end_time": _clock(end)[1] if end else None,
                "venue": venue,
                "preparing_unit": unit,
                "partner": organizations.get(partner),
                **extra,
            },
        )
        if created:
            created_count += 1
            ScheduleLeader.objects.bulk_create(
                [
                    ScheduleLeader(entry=entry, person=people[name], role=role, order=order)
                    for order, (name, role) in enumerate(leaders, start=1)
                ]
            )
    return created_count


def seed(*, stdout, verbosity: int = 1) -> None:
    people = {
        name: event_services.person_find_or_create(full_name=name)[0]
        for name in (THANH, CUONG, HA, HUNG)
    }
    organizations = {o.name: o for o in Organization.objects.all()}
    this_week = IsoWeek.current()
    note = "Lịch có thể thay đổi; mọi thay đổi được ghi rõ trên lịch. Liên hệ Văn phòng: 024 3833 0000."
    created = 0
    for iso, rows in ((this_week.previous, [*WEEK, *LAST_WEEK_ONLY]), (this_week, WEEK)):
        created += _entries(_week(iso, note), rows, people, organizations)
    if verbosity >= 2:
        stdout.write(f"  lịch công tác: {created} mục mới (tuần {this_week.code} và tuần trước)")
