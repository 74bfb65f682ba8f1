"""Demo documents for ``seed_demo``: a dozen documents of the sample committee's library.

Two belong to the sample conference (demo/events.py, docs/domain.md#the-sample-article): the
draft resolution it reviewed in social criticism and the coordination programme signed there,
linked to it with those roles; a third is the conclusion notice issued after it. The others
show what the library holds: plans, a guidance, an official letter, a resolution, a report
kept as a scan (no text: flagged), a plan replaced by a later one, and one internal report
(only officials see it). Numbers, dates and signers are plausible examples, not real records.

Idempotent: each document is found by its slug and brought back to this content; files are
written once the data is committed (a dry run leaves none), and only for a document without
files (an editor's upload is never replaced).
"""

from __future__ import annotations

import importlib
import io
from datetime import date

from django.core.files.base import ContentFile
from django.db import transaction

from demo import events as demo_events
from documents.models import (
    Document,
    DocumentConference,
    DocumentField,
    DocumentFile,
    DocumentType,
)
from documents.services import document_refresh_search_text
from events import services as event_services
from events.models import Conference

FIELDS = {
    "van-dong": "Công tác vận động",
    "nhan-dao": "Nhân đạo, từ thiện, an sinh xã hội",
    "giam-sat": "Giám sát, phản biện xã hội",
    "to-chuc": "Tổ chức, hoạt động của Mặt trận",
}

SIGNER = "Nguyễn Thị Thanh"
SIGNER_POSITION = "TM. Ban Thường trực, Chủ tịch"
DEPUTY = "Ngô Đức Cường"
DEPUTY_POSITION = "TM. Ban Thường trực, Phó Chủ tịch"

# slug -> the document's fields; "org" is a key of demo.events.ORGANIZATIONS, "signer" a name,
# "file" how its demo file is made ("docx", "scan" or None), "body" the text inside the file.
DOCUMENTS = {
    "du-thao-nghi-quyet-nhiem-vu-trong-tam-6-thang-cuoi-nam-2023": {
        "type": "du-thao",
        "number": "",
        "title": demo_events.DRAFT_TITLE,
        "abstract": (
            "Dự thảo Nghị quyết của HĐND quận về thực hiện nhiệm vụ phát triển kinh tế - xã hội, "
            "đảm bảo quốc phòng an ninh 6 tháng cuối năm 2023, đưa ra phản biện xã hội tại hội "
            "nghị ngày 09/6/2023."
        ),
        "org": "hdnd",
        "issued": date(2023, 5, 30),
        "status": Document.LegalStatus.NOT_YET,
        "field": "giam-sat",
        "link": DocumentConference.Role.CRITICISED_DRAFT,
        "file": "docx",
        "body": [
            "HỘI ĐỒNG NHÂN DÂN QUẬN CẦU GIẤY",
            "DỰ THẢO",
            "NGHỊ QUYẾT về nhiệm vụ trọng tâm công tác 6 tháng cuối năm 2023 của quận",
            "Điều 1. Nhất trí với báo cáo của Ủy ban nhân dân quận về kết quả thực hiện nhiệm "
            "vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng an ninh 6 tháng đầu năm 2023.",
            "Điều 2. Tập trung thu ngân sách, chỉnh trang đô thị, bảo đảm an sinh xã hội và "
            "chăm lo đời sống Nhân dân trong 6 tháng cuối năm 2023.",
        ],
    },
    "chuong-trinh-phoi-hop-mttq-hoi-chu-thap-do-2023-2027": {
        "type": "chuong-trinh-phoi-hop",
        "number": "01/CTrPH-MTTQ-CTĐ",
        "title": demo_events.PROGRAMME_TITLE,
        "abstract": (
            "Phối hợp tổ chức các hoạt động nhân đạo, từ thiện, an sinh xã hội giai đoạn "
            "2023–2027, gồm 05 nội dung cơ bản."
        ),
        "org": "mttq",
        "signer": SIGNER,
        "position": "Chủ tịch Ủy ban MTTQ Việt Nam quận",
        "issued": date(2023, 6, 9),
        "effective": date(2023, 6, 9),
        "field": "nhan-dao",
        "link": DocumentConference.Role.SIGNED_PROGRAMME,
        "file": "docx",
        "body": [
            "ỦY BAN MTTQ VIỆT NAM QUẬN CẦU GIẤY – HỘI CHỮ THẬP ĐỎ QUẬN CẦU GIẤY",
            "CHƯƠNG TRÌNH PHỐI HỢP",
            demo_events.PROGRAMME_TITLE,
            *[f"{n}. {text}" for n, text in enumerate(demo_events.PROGRAMME_POINTS, start=1)],
        ],
    },
    "thong-bao-ket-luan-hoi-nghi-phan-bien-xa-hoi-09-6-2023": {
        "type": "ket-luan",
        "number": "52/TB-MTTQ-BTT",
        "title": (
            "Thông báo kết luận hội nghị phản biện xã hội vào dự thảo Nghị quyết về nhiệm vụ "
            "trọng tâm công tác 6 tháng cuối năm 2023 của quận"
        ),
        "abstract": "Kết luận của đồng chí Chủ tịch Ủy ban MTTQ Việt Nam quận tại hội nghị.",
        "org": "mttq",
        "signer": SIGNER,
        "position": SIGNER_POSITION,
        "issued": date(2023, 6, 12),
        "field": "giam-sat",
        "link": DocumentConference.Role.CONCLUSION,
        "file": "docx",
        "body": ["THÔNG BÁO KẾT LUẬN", demo_events.CONCLUSION],
    },
    "ke-hoach-ngay-hoi-dai-doan-ket-toan-dan-toc-2023": {
        "type": "ke-hoach",
        "number": "45/KH-MTTQ-BTT",
        "title": "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
        "abstract": (
            "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100% khu dân cư, gắn với kỷ niệm 93 "
            "năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2023)."
        ),
        "org": "mttq",
        "signer": SIGNER,
        "position": SIGNER_POSITION,
        "issued": date(2023, 8, 15),
        "field": "van-dong",
        "file": "docx",
        "body": [
            "KẾ HOẠCH tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2023",
            "I. Mục đích, yêu cầu: phát huy sức mạnh khối đại đoàn kết toàn dân tộc ở khu dân "
            "cư; biểu dương gia đình văn hóa, tổ dân phố tiêu biểu.",
            "II. Thời gian: từ ngày 01/11 đến ngày 18/11/2023, tại các khu dân cư.",
        ],
    },
    "ke-hoach-giam-sat-nam-2023": {
        "type": "ke-hoach",
        "number": "12/KH-MTTQ-BTT",
        "title": "Kế hoạch giám sát và phản biện xã hội năm 2023",
        "abstract": "Nội dung, đối tượng và thời gian giám sát, phản biện xã hội trong năm 2023.",
        "org": "mttq",
        "signer": DEPUTY,
        "position": DEPUTY_POSITION,
        "issued": date(2023, 2, 20),
        "status": Document.LegalStatus.EXPIRED,
        "field": "giam-sat",
        "file": "docx",
        "body": [
            "KẾ HOẠCH giám sát và phản biện xã hội năm 2023",
            "Giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi; phản biện "
            "dự thảo Nghị quyết của HĐND quận về nhiệm vụ 6 tháng cuối năm.",
        ],
    },
    "bao-cao-cong-tac-mat-tran-6-thang-dau-nam-2023": {
        "type": "bao-cao",
        "number": "60/BC-MTTQ-BTT",
        "title": "Báo cáo kết quả công tác Mặt trận 6 tháng đầu năm, phương hướng 6 tháng cuối "
        "năm 2023",
        "abstract": "Bản lưu là bản quét (ảnh chụp) của văn bản giấy.",
        "org": "mttq",
        "signer": SIGNER,
        "position": SIGNER_POSITION,
        "issued": date(2023, 6, 20),
        "field": "to-chuc",
        "file": "scan",
    },
    "huong-dan-lay-y-kien-nhan-dan-o-khu-dan-cu": {
        "type": "huong-dan",
        "number": "05/HD-MTTQ-BTT",
        "title": "Hướng dẫn tổ chức hội nghị lấy ý kiến Nhân dân ở khu dân cư",
        "abstract": "Trình tự tổ chức hội nghị, ghi biên bản và tổng hợp ý kiến gửi về quận.",
        "org": "mttq",
        "signer": DEPUTY,
        "position": DEPUTY_POSITION,
        "issued": date(2023, 3, 10),
        "field": "to-chuc",
        "file": "docx",
        "body": [
            "HƯỚNG DẪN tổ chức hội nghị lấy ý kiến Nhân dân ở khu dân cư",
            "Ban Công tác Mặt trận khu dân cư chủ trì, mời đại diện các hộ gia đình; biên bản "
            "ghi rõ số người dự, số ý kiến và nội dung từng ý kiến.",
        ],
    },
    "cong-van-van-dong-ung-ho-quy-vi-nguoi-ngheo-2023": {
        "type": "cong-van",
        "number": "88/MTTQ-BTT",
        "title": "Công văn về việc vận động ủng hộ Quỹ “Vì người nghèo” năm 2023",
        "abstract": "V/v vận động ủng hộ Quỹ “Vì người nghèo” và an sinh xã hội năm 2023",
        "org": "mttq",
        "signer": DEPUTY,
        "position": DEPUTY_POSITION,
        "issued": date(2023, 10, 2),
        "field": "nhan-dao",
        "file": "docx",
        "body": [
            "V/v vận động ủng hộ Quỹ “Vì người nghèo” năm 2023",
            "Đề nghị các cơ quan, đơn vị, doanh nghiệp trên địa bàn hưởng ứng, ủng hộ Quỹ; "
            "danh sách ủng hộ được công khai tại trụ sở Ủy ban MTTQ Việt Nam các phường.",
        ],
    },
    "nghi-quyet-chuong-trinh-phoi-hop-thong-nhat-hanh-dong-2024": {
        "type": "nghi-quyet",
        "number": "03/NQ-MTTQ",
        "title": "Nghị quyết về chương trình phối hợp và thống nhất hành động năm 2024",
        "abstract": (
            "Ủy ban MTTQ Việt Nam quận và các tổ chức thành viên thống nhất các nội dung phối "
            "hợp trọng tâm năm 2024."
        ),
        "org": "mttq",
        "signer": SIGNER,
        "position": "TM. Ủy ban, Chủ tịch",
        "issued": date(2023, 12, 20),
        "effective": date(2024, 1, 1),
        "field": "to-chuc",
        "file": "docx",
        "body": [
            "NGHỊ QUYẾT về chương trình phối hợp và thống nhất hành động năm 2024",
            "Các tổ chức thành viên thống nhất phối hợp thực hiện cuộc vận động “Toàn dân đoàn "
            "kết xây dựng nông thôn mới, đô thị văn minh”.",
        ],
    },
    "ke-hoach-thang-cao-diem-vi-nguoi-ngheo-2023": {
        "type": "ke-hoach",
        "number": "10/KH-MTTQ-BTT",
        "title": "Kế hoạch tổ chức Tháng cao điểm “Vì người nghèo” năm 2023",
        "abstract": "Thời gian, chỉ tiêu vận động và cách tổ chức Tháng cao điểm.",
        "org": "mttq",
        "signer": DEPUTY,
        "position": DEPUTY_POSITION,
        "issued": date(2023, 9, 5),
        "status": Document.LegalStatus.REPLACED,
        "replaced_by": "ke-hoach-thang-cao-diem-vi-nguoi-ngheo-2023-thay-the",
        "field": "nhan-dao",
        "file": "docx",
        "body": ["KẾ HOẠCH tổ chức Tháng cao điểm “Vì người nghèo” năm 2023 (bản đầu)."],
    },
    "ke-hoach-thang-cao-diem-vi-nguoi-ngheo-2023-thay-the": {
        "type": "ke-hoach",
        "number": "70/KH-MTTQ-BTT",
        "title": "Kế hoạch tổ chức Tháng cao điểm “Vì người nghèo” năm 2023 (thay thế Kế "
        "hoạch số 10/KH-MTTQ-BTT)",
        "abstract": "Điều chỉnh thời gian từ 17/10 đến 18/11/2023 và bổ sung chỉ tiêu vận động.",
        "org": "mttq",
        "signer": SIGNER,
        "position": SIGNER_POSITION,
        "issued": date(2023, 9, 25),
        "field": "nhan-dao",
        "file": "docx",
        "body": [
            "KẾ HOẠCH tổ chức Tháng cao điểm “Vì người nghèo” năm 2023",
            "Kế hoạch này thay thế Kế hoạch số 10/KH-MTTQ-BTT ngày 05/9/2023.",
        ],
    },
    "bao-cao-tinh-hinh-tu-tuong-nhan-dan-quy-iii-2023": {
        "type": "bao-cao",
        "number": "95/BC-MTTQ-BTT",
        "title": "Báo cáo tình hình tư tưởng Nhân dân quý III năm 2023",
        "abstract": "Báo cáo nội bộ gửi Thường trực Quận ủy.",
        "org": "mttq",
        "signer": SIGNER,
        "position": SIGNER_POSITION,
        "issued": date(2023, 10, 5),
        "field": "to-chuc",
        "visibility": Document.Visibility.INTERNAL,
        "file": "docx",
        "body": [
            "BÁO CÁO tình hình tư tưởng Nhân dân quý III năm 2023 (tài liệu nội bộ)",
            "Nhân dân quan tâm đến tiến độ giải phóng mặt bằng và trật tự đô thị.",
        ],
    },
}


def docx_file(lines: list[str]) -> bytes:
    """A Word document with ``lines`` as paragraphs (python-docx)."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """A one-page PDF holding only a picture of a page (what a scanner makes): no text."""
    from PIL import Image, ImageDraw

    page = Image.new("RGB", (850, 1100), (250, 248, 240))
    draw = ImageDraw.Draw(page)
    draw.rectangle((300, 60, 550, 75), fill=(70, 70, 70))
    for row in range(40):
        top = 140 + row * 22
        width = 700 if row % 7 != 6 else 380
        draw.rectangle((80, top, 80 + width, top + 8), fill=(110, 110, 110))
    draw.ellipse((560, 900, 720, 1060), outline=(190, 30, 30), width=6)  # the seal
    buffer = io.BytesIO()
    page.save(buffer, "PDF", resolution=100.0)
    return buffer.getvalue()


def _file_for(slug: str, spec: dict) -> ContentFile | None:
    if spec.get("file") == "docx":
        return ContentFile(docx_file(spec.get("body") or [spec["title"]]), name=f"{slug}.docx")
    if spec.get("file") == "scan":
        return ContentFile(scanned_pdf(), name=f"{slug}.pdf")
    return None


def _add_files(document_ids: dict[str, int]) -> None:
    for slug, pk in document_ids.items():
        document = Document.objects.filter(pk=pk).first()
        if document is None or document.files.exists():
            continue
        content = _file_for(slug, DOCUMENTS[slug])
        if content is None:
            continue
        document_file = DocumentFile(document=document)
        document_file.file.save(content.name, content, save=False)
        document_file.save()
        document_refresh_search_text(document=document)


def _types() -> dict[str, DocumentType]:
    """The types the data migration makes, made again if a flushed test database lost them."""
    migration = importlib.import_module("documents.migrations.0002_types_and_groups")
    types = {t.code: t for t in DocumentType.objects.all()}
    for order, (code, name, abbreviation) in enumerate(migration.TYPES, start=1):
        if code not in types:
            types[code] = DocumentType.objects.create(
                code=code, name=name, abbreviation=abbreviation, order=order * 10
            )
    return types


def seed(*, stdout, verbosity: int = 1) -> None:
    with transaction.atomic():
        types = _types()
        fields = {}
        for order, (slug, name) in enumerate(FIELDS.items(), start=1):
            fields[slug], _created = DocumentField.objects.update_or_create(
                slug=slug, defaults={"name": name, "order": order * 10}
            )
        orgs = {
            key: event_services.organization_find_or_create(name=name)[0]
            for key, (name, _short) in demo_events.ORGANIZATIONS.items()
        }
        conference = Conference.objects.filter(slug=demo_events.SLUG).first()
        ids: dict[str, int] = {}
        # Replacements first point at documents made later: save them all, then link.
        for slug, spec in DOCUMENTS.items():
            signer = (
                event_services.person_find_or_create(full_name=spec["signer"])[0]
                if spec.get("signer")
                else None
            )
            document, _created = Document.objects.get_or_create(
                slug=slug,
                defaults={
                    "title": spec["title"],
                    "document_type": types[spec["type"]],
                    "issued_on": spec["issued"],
                },
            )
            document.number_symbol = spec["number"]
            document.document_type = types[spec["type"]]
            document.title = spec["title"]
            document.abstract = spec.get("abstract", "")
            document.issuing_body = orgs[spec["org"]]
            document.signer = signer
            document.signer_position = spec.get("position", "")
            document.issued_on = spec["issued"]
            document.effective_on = spec.get("effective")
            document.field = fields[spec["field"]]
            document.legal_status = Document.LegalStatus.IN_FORCE
            document.replaced_by = None
            document.visibility = spec.get("visibility", Document.Visibility.PUBLIC)
            document.status = Document.Status.PUBLISHED
            document.save()
            ids[slug] = document.pk
        for slug, spec in DOCUMENTS.items():
            status = spec.get("status", Document.LegalStatus.IN_FORCE)
            replaced_by = ids.get(spec.get("replaced_by", ""))
            Document.objects.filter(pk=ids[slug]).update(
                legal_status=status, replaced_by_id=replaced_by
            )
            if conference is not None and spec.get("link"):
                DocumentConference.objects.get_or_create(
                    document_id=ids[slug], conference=conference, role=spec["link"]
                )
        # The draft resolution and the conclusion are related to each other.
        draft = Document.objects.get(
            pk=ids["du-thao-nghi-quyet-nhiem-vu-trong-tam-6-thang-cuoi-nam-2023"]
        )
        draft.related.add(ids["thong-bao-ket-luan-hoi-nghi-phan-bien-xa-hoi-09-6-2023"])
        transaction.on_commit(lambda: _add_files(ids))
    if verbosity >= 2:
        stdout.write(f"  văn bản mẫu: {len(ids)}")
