"""Writes that touch several document-library models (HOUSE_RULES 4), and serving a file.

- ``document_refresh_search_text`` after a document's files change (their text is searched);
- ``conference_documents_promote`` copies conference documents (events.ConferenceDocument)
  into the library as draft documents linked to their conference, keeping the original file
  where it was and a copy in the library's private storage;
- ``document_file_response`` streams a file to a reader who may see its document.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.core.files import File
from django.db import transaction
from django.http import FileResponse
from django.utils import timezone

from core.text import fold
from documents.models import Document, DocumentConference, DocumentFile, DocumentType
from events.models import Conference, ConferenceDocument


def document_refresh_search_text(*, document: Document) -> None:
    """Recompute the folded search text (number, title, abstract, the files' text)."""
    with transaction.atomic():
        text = document.build_search_text()
        if text != document.search_text:
            document.search_text = text
            Document.objects.filter(pk=document.pk).update(search_text=text)


# --- Promotion of conference documents ---------------------------------------------------------

# Folded title prefix -> document type code (first match wins; longer prefixes first).
TYPE_BY_TITLE = (
    ("du thao", "du-thao"),
    ("chuong trinh phoi hop", "chuong-trinh-phoi-hop"),
    ("nghi quyet", "nghi-quyet"),
    ("quyet dinh", "quyet-dinh"),
    ("ke hoach", "ke-hoach"),
    ("chuong trinh", "chuong-trinh"),
    ("thong bao ket luan", "ket-luan"),
    ("ket luan", "ket-luan"),
    ("thong bao", "thong-bao"),
    ("bao cao", "bao-cao"),
    ("huong dan", "huong-dan"),
    ("to trinh", "to-trinh"),
    ("cong van", "cong-van"),
)
FALLBACK_TYPE = "khac"
ROLE_BY_TYPE = {
    "du-thao": DocumentConference.Role.CRITICISED_DRAFT,
    "chuong-trinh-phoi-hop": DocumentConference.Role.SIGNED_PROGRAMME,
    "ket-luan": DocumentConference.Role.CONCLUSION,
}


def guess_type_code(title: str) -> str:
    folded = fold(title)
    for prefix, code in TYPE_BY_TITLE:
        if folded.startswith(prefix):
            return code
    return FALLBACK_TYPE


@dataclass
class Promotion:
    created: list[Document] = field(default_factory=list)
    already: list[ConferenceDocument] = field(default_factory=list)
    missing: list[ConferenceDocument] = field(default_factory=list)


def conference_documents_promote(
    *, conference_documents: Iterable[ConferenceDocument], by=None
) -> Promotion:
    """Each conference document not yet in the library becomes a draft document.

    The draft takes the title, the conference's organiser as issuer, its date as the issue
    date (to be corrected), the conference's visibility, a type guessed from the title and a
    link to the conference with the matching role. Its file is a copy of the conference
    document's file in the library's private storage; the original stays with the conference.
    A document already promoted is left alone; one whose file is gone is reported.
    """
    result = Promotion()
    types = {t.code: t for t in DocumentType.objects.all()}
    with transaction.atomic():
        for source in conference_documents:
            if DocumentFile.objects.filter(source=source).exists():
                result.already.append(source)
                continue
            conference: Conference = source.conference
            code = guess_type_code(source.title)
            document_type = types.get(code) or types.get(FALLBACK_TYPE)
            if document_type is None:  # the types list was emptied by hand
                document_type = DocumentType.objects.create(code=FALLBACK_TYPE, name="Văn bản khác")
                types[FALLBACK_TYPE] = document_type
            try:
                opened = source.file.open("rb")
            except (FileNotFoundError, OSError, ValueError):
                result.missing.append(source)
                continue
            with opened:
                document = Document.objects.create(
                    title=source.title,
                    document_type=document_type,
                    issuing_body=conference.organizer,
                    issued_on=timezone.localdate(conference.starts_at),
                    legal_status=Document.LegalStatus.IN_FORCE,
                    visibility=(
                        Document.Visibility.INTERNAL
                        if not conference.is_public
                        else Document.Visibility.PUBLIC
                    ),
                    status=Document.Status.DRAFT,
                    created_by=by,
                )
                copy = DocumentFile(document=document, source=source, order=source.order)
                copy.file.save(PurePosixPath(source.file.name).name, File(opened), save=False)
                copy.save()
            DocumentConference.objects.create(
                document=document,
                conference=conference,
                role=ROLE_BY_TYPE.get(document_type.code, DocumentConference.Role.RELATED),
            )
            document_refresh_search_text(document=document)
            result.created.append(document)
    return result


# --- Serving a file ---------------------------------------------------------------------------


def document_file_response(*, document_file: DocumentFile, inline: bool = False) -> FileResponse:
    """The file as a download, or shown in the browser (``inline``, PDF only).

    For the public views (documents/views.py); check the document's visibility first.
    """
    inline = inline and document_file.is_pdf
    response = FileResponse(
        document_file.file.open("rb"),
        as_attachment=not inline,
        filename=document_file.download_name,
        content_type=document_file.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
