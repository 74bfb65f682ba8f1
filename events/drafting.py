"""Draft a conference record from the text of an article about it.

A pure function (no database, no clock): ``draft_conference(title=…, body=…, published_at=…)``
returns a :class:`ConferenceDraft` that the editor reviews, corrects and confirms in the admin
(``events.admin``); nothing is saved here. The rules follow how the committee writes its
reports (see docs/domain.md#the-sample-article):

- the date: "Sáng ngày 09/6/2023, …" (differs from the article's publication date);
- the kinds, from keywords ("ký kết chương trình phối hợp", "phản biện xã hội", …);
- the attendees: "Dự hội nghị có các đồng chí: Name - Position; Name - Position; …"
  (semicolons or commas, hyphen or en dash, "đ/c");
- officials by role: "đồng chí X – Position đã trình bày", "phát biểu khai mạc của đồng chí X",
  "Kết luận hội nghị, đồng chí X", "Phát biểu tiếp thu …, ông X";
- the opinion count ("11 ý kiến"), the partner organisation, the programme period
  ("giai đoạn 2023- 2027") and its numbered points ("05 nội dung cơ bản, bao gồm: A; B; …").

Text is never corrected: names and positions are proposed exactly as printed (typos included).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from core.text import collapse_spaces, fold, nfc
from events.positions import fuller_position, normalize_position

# Participation roles (values of events.models.Participation.Role; kept as strings so this
# module stays free of Django models).
ATTENDING = "attending"
PRESIDING = "presiding"
PRESENTING = "presenting"
OPENING = "opening"
SPEAKING = "speaking"
RESPONDING = "responding"
CONCLUDING = "concluding"
WITNESSING = "witnessing"

# Conference kind codes (events.models.ConferenceKind.Code).
KIND_SIGNING = "ky-ket"
KIND_CRITICISM = "phan-bien"
KIND_MEETING = "hoi-nghi"
KIND_SUPERVISION = "giam-sat"
KIND_VOTERS = "tiep-xuc-cu-tri"

# Folded keyword -> kind. Order is display order.
KIND_KEYWORDS: list[tuple[str, tuple[str, ...]]] = [
    (KIND_SIGNING, ("ky ket chuong trinh phoi hop", "ky ket quy che phoi hop", "ky ket")),
    (KIND_CRITICISM, ("phan bien xa hoi", "phan bien")),
    (KIND_SUPERVISION, ("giam sat",)),
    (KIND_VOTERS, ("tiep xuc cu tri",)),
]

# Folded role keyword -> role; longer phrases first so "phát biểu khai mạc" beats "phát biểu".
ROLE_KEYWORDS: list[tuple[str, str]] = [
    ("phat bieu khai mac", OPENING),
    ("phat bieu tiep thu", RESPONDING),
    ("phat bieu ket luan", CONCLUDING),
    ("phat bieu chi dao", SPEAKING),
    ("khai mac", OPENING),
    ("ket luan", CONCLUDING),
    ("tiep thu", RESPONDING),
    ("giai trinh", RESPONDING),
    ("trinh bay", PRESENTING),
    ("chu tri", PRESIDING),
    ("chung kien", WITNESSING),
    ("truong doan", PRESIDING),  # "do bà X – … làm trưởng đoàn" (a supervision team)
    ("phat bieu", SPEAKING),
]

DOCUMENT_TYPES = [
    ("nghi quyet", "resolution"),
    ("bao cao", "report"),
    ("de an", "project"),
    ("ke hoach", "plan"),
    ("quyet dinh", "decision"),
    ("chuong trinh", "programme"),
    ("chinh sach", "policy"),
]

SESSION_TIMES = {"sang": time(8, 0), "trua": time(11, 30), "chieu": time(14, 0), "toi": time(19, 0)}

# Where the old portal's chrome starts: nothing after these lines is content.
CHROME_MARKERS = ("cac tin tuc khac", "danh muc tin tuc", "tin lien quan", "tin cung chuyen muc")

DASH = r"[-–—‐‑]"
_DASHES = re.compile(r"\s*[–—‐‑]\s*")
_TITLE_WORD = re.compile(r"(?<![^\W\d_])(?:đồng chí|đ/c|đ\.c|ông|bà)(?:\s*:)?\s+", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
_DATE_NUMERIC = re.compile(
    r"(?:(?P<session>sáng|trưa|chiều|tối)\s+)?(?:(?:hôm\s+)?ngày\s+)?"
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>\d{4})",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(
    r"(?:(?P<session>sáng|trưa|chiều|tối)\s+)?ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})"
    r"\s+năm\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?:lúc|vào lúc|từ)\s+(?P<h>\d{1,2})\s*(?:h|giờ|:)\s*(?P<min>\d{2})?", re.I)
_PERIOD = re.compile(r"giai đoạn\s*(?P<a>\d{4})\s*[-–—‐‑]\s*(?P<b>\d{4})", re.IGNORECASE)
_OPINIONS = re.compile(r"(?P<n>\d{1,4})\s+(?:lượt\s+)?ý\s+kiến", re.IGNORECASE)
_ATTENDEE_COUNT = re.compile(
    r"(?:(?:hơn|trên|gần|khoảng|với|có)\s+)?(?P<n>\d{1,5})\s+(?:đại\s+biểu|đồng\s+chí)",
    re.IGNORECASE,
)
_POINTS = re.compile(
    r"(?P<n>\d{1,2})\s+(?:nội dung|nhiệm vụ|điểm)[^:]{0,60}:\s*(?P<rest>.+)",
    re.IGNORECASE,
)
_ATTENDEES_INTRO = re.compile(
    # "Dự hội nghị có các đồng chí: …", "Tham dự hội nghị có đ/c A – …; đ/c B – …" (no colon:
    # the list starts at the title), "Tham dự có …", "Dự và chứng kiến lễ ký kết có …",
    # "Làm việc với đoàn có ông …"
    r"^\s*(?P<intro>(?:tham\s+)?dự(?:\s+và\s+chứng\s+kiến)?|làm\s+việc\s+với\s+đoàn"
    r"(?:\s+giám\s+sát)?)(?=\s|:)(?P<mid>[^:]{0,80}?)"
    r"(?::\s*(?P<rest>.+)"
    r"|\s(?:còn\s+)?có\s+(?P<titled>(?:các\s+)?(?:đồng\s+chí|đ/c|đ\.c|ông|bà)\s.+))$",
    re.IGNORECASE,
)
# Where an attendee's position ends and the rest of the audience begins: "… quận cùng 45 đại
# biểu", "… phường Nghĩa Đô và hơn 120 cử tri", "… quận và đại diện 30 doanh nghiệp".
_AUDIENCE_TAIL = re.compile(
    r"(?i)\s+(?:cùng(?:\s+với)?|và)\s+(?:các|hơn|trên|gần|khoảng|đại\s+diện|lãnh\s+đạo|đông\s+đủ|"
    r"\d).*$"
)
_STARTS_WITH_TITLE = re.compile(r"(?i)^\s*(?:và\s+)?(?:các\s+)?(?:đồng chí|đ/c|đ\.c|ông|bà)\s")


ROLE_ORDER = [PRESIDING, PRESENTING, OPENING, SPEAKING, RESPONDING, CONCLUDING, WITNESSING]
ROLE_ORDER.append(ATTENDING)


@dataclass
class ProposedParticipant:
    """A person found in the text: the position as printed, the roles taken, a body.

    The draft holds one per person (every mention merged): ``roles`` in the order of
    ``ROLE_ORDER``, the position that says the most of all the text gives them, and in
    ``note`` any other wording of it (the clerk sees both; nothing is dropped).
    """

    full_name: str
    position: str = ""
    roles: list[str] = field(default_factory=lambda: [ATTENDING])
    organization_hint: str = ""
    note: str = ""

    @property
    def name_folded(self) -> str:
        return fold(self.full_name)

    @property
    def role(self) -> str:
        """The first role (the one a conference page lists the person under)."""
        return self.roles[0] if self.roles else ATTENDING

    @property
    def position_normalized(self) -> str:
        return normalize_position(self.position)


@dataclass
class ProgrammeDraft:
    title: str = ""
    parties: list[str] = field(default_factory=list)
    period_start_year: int | None = None
    period_end_year: int | None = None
    declared_point_count: int | None = None
    points: list[str] = field(default_factory=list)


@dataclass
class CriticismDraft:
    document_type: str = "resolution"
    document_title: str = ""
    issuing_body_hint: str = ""
    opinion_count: int | None = None
    opinion_summary: str = ""
    response_text: str = ""
    responder_name: str = ""


@dataclass
class ConferenceDraft:
    """What the parser proposes. Every field may be empty; the editor completes it."""

    title: str = ""
    starts_on: date | None = None
    starts_time: time | None = None
    time_is_estimated: bool = True
    kinds: list[str] = field(default_factory=list)
    summary: str = ""
    conclusion: str = ""
    participants: list[ProposedParticipant] = field(default_factory=list)
    group_attendees: list[str] = field(default_factory=list)
    attendee_count: int | None = None
    partner_organization: str = ""
    organizer_hint: str = ""
    programme: ProgrammeDraft | None = None
    criticism: CriticismDraft | None = None
    photo_captions: list[str] = field(default_factory=list)
    byline: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def starts_at(self) -> datetime | None:
        """Naive local date-time (the session's usual hour when no clock time is printed)."""
        if self.starts_on is None:
            return None
        return datetime.combine(self.starts_on, self.starts_time or time(8, 0))

    def with_role(self, role: str) -> list[ProposedParticipant]:
        return [p for p in self.participants if role in p.roles]

    @property
    def presenters(self) -> list[ProposedParticipant]:
        return self.with_role(PRESENTING)

    @property
    def presiding(self) -> list[ProposedParticipant]:
        return self.with_role(PRESIDING)

    @property
    def concluding(self) -> list[ProposedParticipant]:
        return self.with_role(CONCLUDING)

    @property
    def opinion_count(self) -> int | None:
        return self.criticism.opinion_count if self.criticism else None


# --- Text preparation ------------------------------------------------------------------------


def html_to_text(value: str) -> str:
    """Plain text from an article body's HTML: one line per paragraph, entities decoded."""
    if not value:
        return ""
    text = re.sub(r"(?i)<\s*br\s*/?\s*>", "\n", value)
    text = re.sub(r"(?i)</\s*(p|div|li|h[1-6]|tr|figcaption|blockquote)\s*>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    lines = [collapse_spaces(line) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _prepare(text: str) -> list[str]:
    """NFC, collapsed spaces, dashes as " – " kept; lines up to the old site's chrome."""
    lines = []
    for raw in nfc(text or "").splitlines():
        line = collapse_spaces(raw)
        if not line:
            continue
        if fold(line).startswith(CHROME_MARKERS):
            break
        lines.append(line)
    return lines


def _upper_word(word: str) -> bool:
    """A name word: capitalised, not an acronym ("UBND", "UVTV")."""
    return word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


def _take_name(text: str, pos: int) -> tuple[str, int]:
    """The capitalised words starting at ``pos`` (2 to 5 of them), and where they end."""
    words: list[str] = []
    end = pos
    cursor = pos
    while len(words) < 6:
        gap = re.match(r" ?", text[cursor:])
        start = cursor + (gap.end() if gap else 0)
        match = _WORD.match(text, start)
        if not match or not _upper_word(match.group()):
            break
        # a word glued to a digit or a slash is not part of a name
        words.append(match.group())
        end = match.end()
        cursor = end
    if not 2 <= len(words) <= 5:
        return "", pos
    return " ".join(words), end


def _clean_position(value: str) -> str:
    """Cut a position where the sentence goes on ("… quận đã trình bày …", "…, hội nghị …")."""
    # the next person of a list ("…; đồng chí B – …", "… và đ/c B") starts after this one
    value = re.split(r";|\s(?:và\s+)?(?:đồng chí|đ/c|đ\.c|ông|bà)\s", value, flags=re.I)[0]
    value = value.strip(" .,:;")
    value = re.split(
        r"(?i)\s+(?:đã|đang|cũng|sẽ|đến|làm|trình bày|phát biểu|chủ trì|kết luận|khai mạc|"
        r"tiếp thu|chứng kiến)(?=\s|$)",
        value,
    )[0]
    kept: list[str] = []
    for segment in value.split(","):
        segment = segment.strip()
        if not segment or not segment[0].isupper():
            break
        kept.append(segment)
    return ", ".join(kept).strip(" .,:;")


def _organization_hint(position: str) -> str:
    """The body in the last part of a position: "Phó Chủ tịch UBND quận" -> "UBND quận".

    A head of a unit keeps the unit's noun: "Trưởng phòng Quản lý đô thị quận" -> "Phòng
    Quản lý đô thị quận", "Chánh Văn phòng HĐND - UBND quận" -> "Văn phòng HĐND - UBND quận".
    """
    last = normalize_position(position).split(",")[-1].strip()
    unit = re.match(
        r"(?i)(?:phó\s+)?(?:trưởng|chánh)\s+(?P<body>(?:phòng|ban|văn\s+phòng|khoa|đài|"
        r"trạm|đoàn|hội)\s+.+)$",
        last,
    )
    if unit:
        body = unit.group("body").strip()
        return body[0].upper() + body[1:]
    # "Đội trưởng Đội Quản lý trật tự …": the team is the body
    team = re.match(
        r"(?i)(?:phó\s+)?(?:đội|tổ|trạm)\s+trưởng\s+(?P<body>(?:đội|tổ|trạm)\s+.+)$", last
    )
    if team:
        body = team.group("body").strip()
        return body[0].upper() + body[1:]
    match = re.match(
        r"(?i)(?:phó\s+)?(?:chủ\s+tịch|bí\s+thư|giám\s+đốc|ủy\s+viên|uỷ\s+viên|trưởng|"
        r"thường\s+trực)\s+(?P<body>.+)$",
        last,
    )
    # "Phó Bí thư Thường trực Quận ủy", "Ủy viên Ban Thường trực Ủy ban MTTQ phường": the body
    # is the committee, not its standing board
    return _body_of(match.group("body")) if match else ""


_ON_BEHALF = re.compile(
    r"(?i)thay\s+mặt\s+(?P<body>[^,;]{3,150}?)\s*,\s*(?=(?:đồng chí|đ/c|đ\.c|ông|bà)\s)"
)


def _on_behalf_of(sentence: str, name_start: int) -> str:
    """ "Thay mặt Ban Thường trực Ủy ban MTTQ quận, đồng chí X …" -> "Ủy ban MTTQ quận".

    Only when the clause comes right before the name; "lãnh đạo 2 cơ quan" names no body.
    The board of a body ("Ban Thường trực", "Thường trực", "lãnh đạo") is its body.
    """
    for match in _ON_BEHALF.finditer(sentence):
        if match.end() != name_start:
            continue
        body = _body_of(match["body"])
        if not body or re.match(r"(?i)(?:\d|các\b|hai\b|ba\b)", body):
            return ""
        return body
    return ""


def _body_of(text: str) -> str:
    """The body a board speaks for: "Ban Thường trực Ủy ban MTTQ quận" -> "Ủy ban MTTQ quận"."""
    body = re.sub(
        r"(?i)^(?:lãnh\s+đạo\s+)?(?:ban\s+thường\s+trực|thường\s+trực|ban\s+thường\s+vụ)\s+",
        "",
        text.strip(),
    )
    body = re.sub(r"(?i)^lãnh\s+đạo\s+", "", body)
    return body[0].upper() + body[1:] if body else ""


def _parse_person_item(item: str) -> ProposedParticipant | None:
    """ "đ/c Trần Việt Hà – Phó Chủ tịch UBND quận" -> participant; groups -> None."""
    item = item.strip(" .;,")
    item = re.sub(r"(?i)^(?:và\s+)?(?:các\s+)?(?:đồng chí|đ/c|đ\.c|ông|bà)\s*:?\s+", "", item)
    name, end = _take_name(item, 0)
    if not name:
        return None
    rest = item[end:]
    dash = re.match(rf"\s*{DASH}\s*", rest) or re.match(r"\s*,\s*", rest)
    if not dash and rest.strip():
        return None
    position = rest[dash.end() :].strip(" .;,") if dash else ""
    position = _AUDIENCE_TAIL.sub("", position).strip(" .;,")
    return ProposedParticipant(
        full_name=name,
        position=position,
        roles=[ATTENDING],
        organization_hint=_organization_hint(position),
    )


def _split_attendees(rest: str) -> list[str]:
    """Split "A - X, Y; B - Z; …" by semicolons, or by commas when there are none.

    With commas, a piece that does not start a new "Name - Position" (or a titled name, "bà
    X") is part of the previous position ("UVTV Quận ủy, Phó Chủ tịch UBND quận").
    """
    if ";" in rest:
        return [p for p in rest.split(";") if p.strip()]
    items: list[str] = []
    for piece in rest.split(","):
        candidate = _parse_person_item(piece)
        starts_new = candidate is not None and (
            candidate.position or _STARTS_WITH_TITLE.match(piece)
        )
        if items and not starts_new and _parse_person_item(items[-1]) is not None:
            items[-1] = f"{items[-1]},{piece}"
        else:
            items.append(piece)
    return [p for p in items if p.strip()]


# --- The parser ------------------------------------------------------------------------------


def _find_date(lines: list[str], published_at: datetime | None, draft: ConferenceDraft) -> None:
    for index, line in enumerate(lines):
        # the publication line ("10/06/2023 - 03:37 PM") is not the conference date
        if index < 2 and re.fullmatch(r"[\d/ :\-APMapm.]+", line):
            continue
        for pattern in (_DATE_WORDS, _DATE_NUMERIC):
            match = pattern.search(line)
            if not match:
                continue
            try:
                found = date(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                draft.warnings.append(f"Ngày không hợp lệ trong bài: {match.group(0)}")
                continue
            draft.starts_on = found
            session = fold(match["session"] or "")
            clock = _CLOCK.search(line)
            if clock and 0 <= int(clock["h"]) < 24 and 0 <= int(clock["min"] or 0) < 60:
                draft.starts_time = time(int(clock["h"]), int(clock["min"] or 0))
                draft.time_is_estimated = False
            else:
                draft.starts_time = SESSION_TIMES.get(session, time(8, 0))
            return
    if published_at is not None:
        draft.starts_on = published_at.date()
        draft.starts_time = time(8, 0)
        draft.warnings.append(
            "Không tìm thấy ngày hội nghị trong bài; tạm dùng ngày đăng bài, hãy kiểm tra."
        )
    else:
        draft.warnings.append("Không tìm thấy ngày hội nghị trong bài.")


def _find_kinds(folded_all: str) -> list[str]:
    kinds = [
        code
        for code, keywords in KIND_KEYWORDS
        if any(keyword in folded_all for keyword in keywords)
    ]
    return kinds or [KIND_MEETING]


def _conference_title(title: str) -> str:
    """ "Ủy ban … tổ chức hội nghị ký kết …" -> "Hội nghị ký kết …"."""
    title = collapse_spaces(nfc(title or ""))
    match = re.search(r"(?i)\b(hội nghị|hội thảo|buổi|lễ|phiên)\b", title)
    if match and match.start() > 0:
        rest = title[match.start() :]
        return rest[0].upper() + rest[1:]
    return title


def _role_mentions(sentence: str) -> list[ProposedParticipant]:
    """People named with a title in a sentence, each with the role nearest to the name."""
    folded = fold(sentence)
    # positions of role keywords in the folded sentence (same length as the original for
    # Vietnamese NFC text: folding only strips marks, đ->d, and collapses spaces)
    keyword_spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for keyword, role in ROLE_KEYWORDS:
        for match in re.finditer(rf"\b{re.escape(keyword)}\b", folded):
            span = match.span()
            if any(a <= span[0] < b for a, b in taken):
                continue
            taken.append(span)
            keyword_spans.append((span[0], span[1], role))
    found: list[ProposedParticipant] = []
    for title in _TITLE_WORD.finditer(sentence):
        name, end = _take_name(sentence, title.end())
        if not name:
            continue
        rest = sentence[end:]
        dash = re.match(rf"\s*{DASH}\s*", rest)
        position = _clean_position(rest[dash.end() :]) if dash else ""
        start = title.start()
        role = None
        best = None
        for k_start, k_end, k_role in keyword_spans:
            distance = start - k_end if k_end <= start else k_start - end
            distance = max(distance, 0)
            if best is None or distance < best:
                best, role = distance, k_role
        if role is None:
            continue
        found.append(
            ProposedParticipant(
                full_name=name,
                position=position,
                roles=[role],
                organization_hint=_on_behalf_of(sentence, title.start())
                or _organization_hint(position),
            )
        )
    return found


def merge_mentions(mentions: list[ProposedParticipant]) -> list[ProposedParticipant]:
    """One proposal per person, in order of first mention: every role, the fullest position
    the text gives (other wordings in the note), the first organisation named."""
    merged: dict[str, ProposedParticipant] = {}
    wordings: dict[str, list[str]] = {}
    for mention in mentions:
        key = mention.name_folded
        person = merged.get(key)
        if person is None:
            merged[key] = person = ProposedParticipant(
                full_name=mention.full_name, position="", roles=[]
            )
            wordings[key] = []
        for role in mention.roles:
            if role not in person.roles:
                person.roles.append(role)
        if mention.position and mention.position not in wordings[key]:
            wordings[key].append(mention.position)
        person.organization_hint = person.organization_hint or mention.organization_hint
    for key, person in merged.items():
        person.roles.sort(key=ROLE_ORDER.index)
        person.position = fuller_position(*wordings[key]) if wordings[key] else ""
        others = [
            text
            for text in wordings[key]
            if text != person.position
            and normalize_position(text) != normalize_position(person.position)
        ]
        if others:
            person.note = "Bài viết còn ghi chức vụ: " + "; ".join(others)
    return list(merged.values())


def _sentences(line: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", line) if s.strip()]


def _programme(lines: list[str], title: str, draft: ConferenceDraft) -> ProgrammeDraft:
    programme = ProgrammeDraft()
    text = "\n".join([title, *lines])
    period = _PERIOD.search(text)
    if period:
        start, end = int(period["a"]), int(period["b"])
        if end >= start:
            programme.period_start_year, programme.period_end_year = start, end
        else:
            draft.warnings.append(f"Giai đoạn không hợp lệ: {period.group(0)}")
    partner = re.search(
        r"(?i)phối hợp\s+với\s+(?P<org>.+?)"
        r"(?=\s+(?:giai đoạn|trong|về|năm|nhằm|để|tổ chức)\b|[,.;]|$)",
        text,
    )
    between = re.search(
        r"(?i)phối hợp\s+giữa\s+(?P<a>.+?)\s+và\s+(?P<b>.+?)"
        r"(?=\s+(?:giai đoạn|trong|về|năm|nhằm|để)\b|[,.;]|$)",
        text,
    )
    if between:
        programme.parties = [between["a"].strip(), between["b"].strip()]
    if partner:
        draft.partner_organization = partner["org"].strip()
    elif between:
        draft.partner_organization = between["b"].strip()
    if draft.partner_organization and not programme.parties:
        programme.parties = [draft.partner_organization]
    for line in lines:
        match = _POINTS.search(line)
        if match and "phối hợp" in line.lower():
            programme.declared_point_count = int(match["n"])
            points = [p.strip(" .;") for p in match["rest"].split(";")]
            programme.points = [p[0].upper() + p[1:] for p in points if p]
            head = re.match(r"(?i)(chương trình phối hợp.+?)\s+(?:được|đã được|gồm)\s", line)
            if head:
                programme.title = head.group(1).strip()
            break
    if not programme.title:
        parts = " và ".join(programme.parties) if len(programme.parties) > 1 else ""
        programme.title = "Chương trình phối hợp" + (f" giữa {parts}" if parts else "")
        if programme.period_start_year:
            programme.title += (
                f" giai đoạn {programme.period_start_year}–{programme.period_end_year}"
            )
    return programme


def _criticism(lines: list[str], title: str, draft: ConferenceDraft) -> CriticismDraft:
    criticism = CriticismDraft()
    for text in (title, *lines):
        match = re.search(
            r"(?i)phản biện xã hội\s+(?:vào|đối với|về|cho)\s+(?P<doc>dự thảo\s.+?)(?=[.;]|$)",
            text,
        )
        if match:
            doc = match["doc"].strip()
            criticism.document_title = doc[0].upper() + doc[1:]
            break
    folded_doc = fold(criticism.document_title)
    for keyword, doc_type in DOCUMENT_TYPES:
        if folded_doc.startswith(f"du thao {keyword}"):
            criticism.document_type = doc_type
            break
    body = "\n".join(lines)
    issuer = re.search(
        r"(?i)dự thảo\s+(?:nghị quyết|báo cáo|đề án|kế hoạch|quyết định)\s+của\s+"
        r"(?P<body>[^\s,.;]+(?:\s+quận|\s+phường|\s+thành phố)?)",
        body,
    )
    if issuer:
        criticism.issuing_body_hint = issuer["body"].strip()
    if not criticism.issuing_body_hint:
        # "Thay mặt UBND quận, đồng chí … trình bày dự thảo …": the body that drafted it
        for line in lines:
            folded = fold(line)
            if "du thao" not in folded or "trinh bay" not in folded:
                continue
            for match in _ON_BEHALF.finditer(line):
                body = _on_behalf_of(line, match.end())
                if body:
                    criticism.issuing_body_hint = body
                    break
            if criticism.issuing_body_hint:
                break
    for line in lines:
        folded = fold(line)
        count = _OPINIONS.search(line)
        if count and criticism.opinion_count is None:
            criticism.opinion_count = int(count["n"])
            if "gop y" in folded or "phan bien" in folded:
                criticism.opinion_summary = line
        if not criticism.response_text and "tiep thu" in folded and _TITLE_WORD.search(line):
            for mention in _role_mentions(line):
                if mention.role == RESPONDING:
                    criticism.response_text = line
                    criticism.responder_name = mention.full_name
                    break
    return criticism


def _is_caption(line: str, index: int, total: int) -> bool:
    if line.endswith((".", "./.", ":", ";")) or len(line) > 250:
        return False
    # a paragraph whose last full stop is missing ("Thay mặt …, đồng chí X … đã trình bày …")
    # tells what happened; a caption shows it
    if re.search(r"(?i)(?:^thay\s+mặt\s|\sđã\s)", line):
        return False
    if index == total - 1:
        return False  # the byline
    return not re.search(r"\d{1,2}/\d{1,2}/\d{4}\s*-\s*\d", line)


_ORGANIZER = re.compile(
    # "[Sáng ngày 09/6/2023, ][lúc 14h30, ][tại Hội trường …, ]Ban Thường trực Ủy ban MTTQ …
    # [đã ][phối hợp [với X ]]tổ chức …"
    r"^(?:[^,\n]*\d{4}\s*,\s*)?(?:(?:lúc|vào\s+lúc|tại)\s[^,\n]+,\s*)*"
    r"(?P<org>[^\W\d_][^,\n]{3,150}?)\s+(?:đã\s+)?(?:phối\s+hợp(?:\s+với\s+[^,\n]+?)?\s+)?"
    r"tổ\s+chức\s"
)
_SUPERVISION_TEAM = re.compile(
    r"(?i)\bđoàn\s+giám\s+sát\s+của\s+(?P<org>[^,\n]{3,150}?)(?=\s+do\s|,|\.|$)"
)


def _organizer(title: str, summary: str) -> str:
    """Who organised it: "Ban Thường trực Ủy ban MTTQ … tổ chức" -> the committee; the first
    of two co-organisers ("Ủy ban MTTQ quận và Công an quận tổ chức"); the body a supervision
    team belongs to ("Đoàn giám sát của Ban Thường trực Ủy ban MTTQ …")."""
    for text in (title, summary):
        organizer = _ORGANIZER.match(text or "")
        if organizer and organizer["org"][0].isupper():
            org = re.split(r"\s+và\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ])", organizer["org"])[0]
            return _body_of(org)
    for text in (title, summary):
        team = _SUPERVISION_TEAM.search(text or "")
        if team:
            return _body_of(team["org"])
    return ""


def draft_conference(
    *, title: str, body: str, published_at: datetime | None = None
) -> ConferenceDraft:
    """Propose a conference record from an article's title and plain-text body."""
    draft = ConferenceDraft()
    title = collapse_spaces(nfc(title or ""))
    lines = _prepare(body)
    # the old export repeats the title as the first line
    if lines and fold(lines[0]) == fold(title):
        lines = lines[1:]
    draft.title = _conference_title(title) or (lines[0][:300] if lines else "")
    _find_date(lines, published_at, draft)

    content = [line for line in lines if not re.fullmatch(r"[\d/ :\-APMapm.]+", line)]
    if content:
        draft.summary = content[0]
        if len(content) > 1 and len(content[-1]) < 80 and not content[-1].endswith("."):
            draft.byline = content[-1]
    draft.organizer_hint = _organizer(title, draft.summary)
    # kinds from the title and the lead paragraph only: the body mentions "giám sát" etc. in
    # passing (a programme point), which does not make the conference a supervision
    draft.kinds = _find_kinds(fold(f"{title} {draft.summary}"))

    participants: list[ProposedParticipant] = []
    attendee_lines: list[str] = []
    for line in content:
        match = _ATTENDEES_INTRO.match(line)
        if not match:
            continue
        attendee_lines.append(line)
        roles = [WITNESSING, ATTENDING] if "chung kien" in fold(match["intro"]) else [ATTENDING]
        for item in _split_attendees(match["rest"] or match["titled"]):
            person = _parse_person_item(item)
            if person is None:
                group = item.strip(" .;,")
                if group:
                    draft.group_attendees.append(group)
            else:
                person.roles = list(roles)
                participants.append(person)
    if not attendee_lines:
        draft.warnings.append('Không thấy đoạn "Dự hội nghị có các đồng chí: …" trong bài.')

    for line in content:
        if line in attendee_lines:
            continue
        for sentence in _sentences(line):
            participants.extend(_role_mentions(sentence))
        if fold(line).startswith("ket luan") and not draft.conclusion:
            draft.conclusion = line
    draft.participants = merge_mentions(participants)

    for line in content:
        count = _ATTENDEE_COUNT.search(line)
        if count and int(count["n"]) > 2:
            draft.attendee_count = int(count["n"])
            break

    if KIND_SIGNING in draft.kinds:
        draft.programme = _programme(content, title, draft)
    if KIND_CRITICISM in draft.kinds or _OPINIONS.search(" ".join(content)):
        draft.criticism = _criticism(content, title, draft)

    total = len(content)
    draft.photo_captions = [
        line
        for index, line in enumerate(content)
        if index > 0
        and line != draft.byline
        and _is_caption(line, index, total)
        and not _ATTENDEES_INTRO.match(line)
        and not (draft.programme and line.startswith(tuple(draft.programme.points or ["\0"])))
    ]
    return draft
