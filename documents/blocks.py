"""The library's blocks on other apps' pages (declared in documents/section.py):

- ``conference-end``: a conference page lists its documents (the draft criticised there, the
  programme signed, the conclusion issued after it);
- ``person-end``: a person page lists the documents they signed.

Each reads through ``visible_to(user)`` and returns the tags of what it shows, so the page is
dropped when one of them changes; linking a new document drops the page through the
conference's or person's own tag (documents/section.py).
"""

from __future__ import annotations

from core.pagecache import object_tag
from documents.models import Document, DocumentConference

PERSON_DOCUMENTS = 20
# The order a reader follows a conference: the draft reviewed, the programme signed, the
# conclusion issued afterwards, then anything else.
ROLE_ORDER = list(DocumentConference.Role.values)


def conference_documents(request, conference) -> dict | None:
    user = getattr(request, "user", None)
    links = list(
        DocumentConference.objects.filter(
            conference=conference, document__in=Document.objects.visible_to(user)
        )
        .select_related("document__document_type")
        .order_by("-document__issued_on", "pk")
    )
    if not links:
        return None
    links.sort(key=lambda link: ROLE_ORDER.index(link.role) if link.role in ROLE_ORDER else 99)
    return {
        "document_links": links,
        "page_tags": [object_tag(link.document) for link in links],
    }


def person_documents(request, person) -> dict | None:
    user = getattr(request, "user", None)
    documents = list(
        Document.objects.visible_to(user)
        .filter(signer=person)
        .select_related("document_type", "issuing_body")
        .order_by("-issued_on", "-pk")[:PERSON_DOCUMENTS]
    )
    if not documents:
        return None
    return {
        "signed_documents": documents,
        "page_tags": [object_tag(document) for document in documents],
    }
