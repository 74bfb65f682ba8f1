"""What the document library brings to the site (core/sections.py): its URLs, menu entry,
part of /sitemap.xml, the page-cache tags its models drop, blocks on the conference and person
pages, and a search provider for the site search's "Văn bản" tab (``SEARCH_PROVIDER``)."""

from django.core.exceptions import ObjectDoesNotExist
from django.utils.translation import gettext_lazy as _

from core.keywords import Field
from core.pagecache import model_tag, object_tag
from core.sections import Block, MenuEntry, SearchProvider, Section
from documents import blocks
from documents.lookup import LIST_TAG
from documents.models import Document
from documents.search import search_documents
from documents.sitemaps import DocumentListSitemap, DocumentSitemap
from events.models import Conference, Person

# The site search lists documents with this (query_text, user) -> QuerySet, best match first;
# it reads through visible_to(user), so internal documents never reach the public.
SEARCH_PROVIDER = search_documents
SEARCH_LABEL = _("Văn bản")


def document_tags(document) -> list[str]:
    """A document shows on its page, the list and feed, the pages of the documents it is
    related to, its conferences' pages and its signer's page."""
    tags = [object_tag(document), LIST_TAG]
    if document.pk:
        tags += [
            model_tag(Conference, pk)
            for pk in document.conference_links.values_list("conference_id", flat=True)
        ]
    if document.signer_id:
        tags.append(model_tag(Person, document.signer_id))
    if document.replaced_by_id:
        tags.append(model_tag(type(document), document.replaced_by_id))
    return tags


def link_tags(link) -> list[str]:
    return [
        model_tag(Conference, link.conference_id),
        f"documents.document:{link.document_id}",
    ]


def file_tags(document_file) -> list[str]:
    try:
        return [f"documents.document:{document_file.document_id}"]
    except ObjectDoesNotExist:  # pragma: no cover - deleted with its document
        return []


SECTION = Section(
    urls="documents.urls",
    menu=[MenuEntry(_("Văn bản"), "documents:document_list", "documents", order=45)],
    sitemaps={"list": DocumentListSitemap, "documents": DocumentSitemap},
    invalidates={
        "documents.Document": document_tags,
        "documents.DocumentConference": link_tags,
        "documents.DocumentFile": file_tags,
        "documents.DocumentType": lambda document_type: [LIST_TAG],
        "documents.DocumentField": lambda field: [LIST_TAG],
    },
    # The site search's "Văn bản" tab, in search_documents' own order (number first).
    search=[
        SearchProvider(
            key="document",
            label=SEARCH_LABEL,
            order=50,
            queryset=lambda user: Document.objects.visible_to(user),
            fields=lambda document: [
                Field(document.title, "a"),
                Field(document.number_symbol, "a"),
                Field(document.abstract, "b"),
            ],
            find=SEARCH_PROVIDER,
            labels=lambda document: [document.number_symbol],
            tags=(LIST_TAG,),
        )
    ],
    blocks={
        "conference-end": [
            Block("documents/includes/conference_documents.html", blocks.conference_documents)
        ],
        "person-end": [Block("documents/includes/person_documents.html", blocks.person_documents)],
    },
)
