"""Reading the text of a document's file, for search (pypdf for PDF, python-docx for DOCX).

A PDF whose pages give no text is a scan: accepted, and flagged ("Bản quét, không có chữ") so
an editor knows search cannot see inside it. Spreadsheets are not read. A file the libraries
cannot parse is still accepted (it passed the upload checks) and flagged "Không đọc được chữ".
Reading is bounded (pages, characters) so a hostile file cannot hold a request for long.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from core.text import collapse_spaces, nfc

logger = logging.getLogger(__name__)

MAX_PDF_PAGES = 300
MAX_CHARS = 400_000
# Fewer letters or digits than this on every page together: a scan (page numbers, a stamp).
MIN_TEXT_CHARS = 20


@dataclass(frozen=True)
class Extracted:
    text: str
    status: str  # a DocumentFile.TextStatus value


def extract_text(file, extension: str) -> Extracted:
    """The text of ``file`` (an open-able Django File) and what became of reading it."""
    if extension not in ("pdf", "docx"):
        return Extracted("", "not-read")
    try:
        file.open("rb")
        file.seek(0)
        data = file.read()
        file.seek(0)
    except (OSError, ValueError):
        logger.warning("documents: could not open %s for text extraction", file.name)
        return Extracted("", "failed")
    try:
        text = _pdf_text(data) if extension == "pdf" else _docx_text(data)
    except Exception:  # any parser error: the file is kept, only its text is missing
        logger.info("documents: no text read from %s", file.name, exc_info=True)
        return Extracted("", "failed")
    text = collapse_spaces(nfc(text) or "")[:MAX_CHARS]
    if sum(ch.isalnum() for ch in text) < MIN_TEXT_CHARS:
        return Extracted(text, "scanned" if extension == "pdf" else "found")
    return Extracted(text, "found")


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    parts: list[str] = []
    length = 0
    for page in reader.pages[:MAX_PDF_PAGES]:
        part = page.extract_text() or ""
        parts.append(part)
        length += len(part)
        if length > MAX_CHARS:
            break
    return "\n".join(parts)


def _docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)
