"""Documents of the library (the documents app), and real PDF / DOCX files with text in them."""

from __future__ import annotations

import io
from datetime import date
from itertools import count

from django.core.files.base import ContentFile

from documents.models import Document, DocumentConference, DocumentFile, DocumentType
from documents.services import document_refresh_search_text

_seq = count(1)


def doc_type(code: str = "ke-hoach") -> DocumentType:
    """One of the types the data migration made (nghi-quyet, ke-hoach, du-thao, …)."""
    return DocumentType.objects.get(code=code)


def make_document(
    title: str = "",
    *,
    type_code: str = "ke-hoach",
    number: str = "",
    issued_on: date | None = None,
    status: str = Document.Status.PUBLISHED,
    files=(),
    conferences=(),
    **fields,
) -> Document:
    """A published public document (unless told otherwise), issued 15/08/2023 by default.

    ``files`` are ``(name, bytes)`` pairs stored as its files (text read as on upload);
    ``conferences`` are ``(conference, role)`` pairs.
    """
    document = Document.objects.create(
        title=title or f"Kế hoạch thử {next(_seq)}",
        document_type=doc_type(type_code),
        number_symbol=number,
        issued_on=issued_on or date(2023, 8, 15),
        status=status,
        **fields,
    )
    for order, (name, data) in enumerate(files):
        add_file(document, name, data, order=order)
    for conference, role in conferences:
        DocumentConference.objects.create(document=document, conference=conference, role=role)
    return document


def add_file(document: Document, name: str, data: bytes, **fields) -> DocumentFile:
    document_file = DocumentFile(document=document, **fields)
    document_file.file.save(name, ContentFile(data), save=False)
    document_file.save()
    document_refresh_search_text(document=document)
    document.refresh_from_db()
    return document_file


def pdf_with_text(*lines: str) -> bytes:
    """A one-page PDF whose page shows ``lines`` (ASCII) in Helvetica: pypdf reads them back."""
    escaped = [line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for line in lines]
    stream = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(f"({t}) '" for t in escaped) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF that is only a picture of a page (a scan): no text to read."""
    from demo.documents import scanned_pdf as make

    return make()


def docx_with_text(*paragraphs: str) -> bytes:
    """A real Word document (python-docx) with ``paragraphs``, Vietnamese welcome."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
