"""The library's public pages: the filtered list, a document, its files, and the feed.

Every read starts from ``Document.objects.visible_to(user)``: an internal document does not
exist for a reader without ``documents.view_internal_document`` — 404 on its pages and files,
absent from the list, the counts, the feed, the sitemap, search and other pages' blocks.
Pages for signed-in readers are never stored (``private_for_signed_in``); anonymous pages are
stored by the page cache and dropped by the tags in documents/section.py. Each page runs a
fixed number of queries whatever the number of documents (pinned in tests/documents).
"""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core import schema_org
from core.http import private_for_signed_in
from core.models import SiteSettings
from core.pagecache import object_tag, public_page, tag
from core.pagination import paginate
from documents import services
from documents.lookup import FILTER_KEYS, LIST_TAG, PAGE_SIZE, DocumentLookup
from documents.models import Document, DocumentConference, DocumentFile, may_see_internal
from events.lookup import visible_conferences

# Types whose documents are normative acts in schema.org's sense (a resolution, a decision).
LEGISLATION_TYPES = {"nghi-quyet", "quyet-dinh"}


def _list_queryset(documents):
    return documents.select_related("document_type", "issuing_body")


@require_safe
@public_page(params=(*FILTER_KEYS, "page"), loose=("q",))
def document_list(request):
    lookup = DocumentLookup(user=request.user, params=request.GET)
    base = reverse("documents:document_list")
    query = lookup.query_string()
    pagination = paginate(
        request, _list_queryset(lookup.queryset()), per_page=PAGE_SIZE, path=base, query=query
    )
    years = lookup.years()
    year_value = lookup.values.get("year")
    if year_value and year_value not in years:
        years = sorted([*years, year_value], reverse=True)
    advanced = ("issuer", "field", "year", "from", "to", "status")
    context = {
        "lookup": lookup,
        "form": lookup.form,
        **pagination.context(),
        "documents": pagination.page.object_list,
        "active_filters": lookup.active_filters(base),
        "filter_errors": lookup.error_messages,
        "query": query,
        "years": years,
        "type_counts": lookup.type_counts(),
        "type_query": lookup.query_string(without="type"),
        "can_see_internal": may_see_internal(request.user),
        "advanced_count": sum(1 for key in advanced if key in lookup.values),
        "advanced_open": any(k in lookup.values or k in lookup.form.errors for k in advanced),
        "nav_section": "documents",
    }
    response = render(request, "documents/document_list.html", context)
    return private_for_signed_in(request, tag(response, LIST_TAG))


def _get_document(request, slug) -> Document:
    return get_object_or_404(
        Document.objects.visible_to(request.user).select_related(
            "document_type", "issuing_body", "signer", "field"
        ),
        slug=slug,
    )


def _related_documents(request, document: Document) -> list[dict]:
    """The visible documents replacing, replaced by, or related to this one (one query)."""
    related = (
        Document.objects.visible_to(request.user)
        .filter(Q(pk=document.replaced_by_id) | Q(replaced_by=document) | Q(related=document))
        .exclude(pk=document.pk)
        .select_related("document_type")
        .distinct()
        .order_by("-issued_on", "-pk")
    )
    rows = []
    for other in related:
        if other.pk == document.replaced_by_id:
            relation = _("Văn bản thay thế văn bản này")
        elif other.replaced_by_id == document.pk:
            relation = _("Văn bản bị văn bản này thay thế")
        else:
            relation = _("Văn bản liên quan")
        rows.append({"document": other, "relation": relation})
    return rows


def document_json_ld(request, document: Document, absolute_url: str, files) -> dict:
    """schema.org data: ``Legislation`` for resolutions and decisions, else ``DigitalDocument``."""
    site = SiteSettings.load()
    issuer = document.issuing_body.name if document.issuing_body_id else site.name
    data = {
        "@context": "https://schema.org",
        "@type": "DigitalDocument",
        "@id": absolute_url,
        "url": absolute_url,
        "name": document.title,
        "abstract": document.abstract or None,
        "identifier": document.number_symbol or None,
        "genre": document.document_type.name,
        "dateCreated": document.issued_on.isoformat(),
        "dateModified": document.updated_at.isoformat() if document.updated_at else None,
        "inLanguage": "vi",
        "author": {"@type": "Organization", "name": issuer},
        "publisher": schema_org.organization(request, site),
    }
    if document.document_type.code in LEGISLATION_TYPES:
        data["@type"] = "Legislation"
        data["legislationIdentifier"] = document.number_symbol or None
        data["legislationDate"] = document.issued_on.isoformat()
        data["legislationPassedBy"] = data["author"]
        data["legislationType"] = document.document_type.name
        data["legislationLegalForce"] = (
            "https://schema.org/InForce"
            if document.legal_status == Document.LegalStatus.IN_FORCE
            else "https://schema.org/NotInForce"
        )
    if document.effective_on:
        data["temporalCoverage"] = f"{document.effective_on.isoformat()}/.."
    if document.signer_id:
        data["creator"] = {"@type": "Person", "name": document.signer.full_name}
    if document.is_public:
        data["associatedMedia"] = [
            {
                "@type": "MediaObject",
                "contentUrl": request.build_absolute_uri(f.get_absolute_url()),
                "encodingFormat": f.content_type,
                "contentSize": str(f.size),
                "name": f.label or document.title,
            }
            for f in files
        ]
    return {key: value for key, value in data.items() if value is not None}


@require_safe
@public_page
def document_detail(request, slug):
    document = _get_document(request, slug)
    files = list(document.files.all())
    for document_file in files:
        document_file.document = document  # download names without another query
    links = list(
        DocumentConference.objects.filter(
            document=document, conference__in=visible_conferences(request.user)
        )
        .select_related("conference")
        .order_by("conference__starts_at", "pk")
    )
    related = _related_documents(request, document)
    absolute_url = request.build_absolute_uri(document.get_absolute_url())
    context = {
        "document": document,
        "files": files,
        "main_file": files[0] if files else None,
        "scanned": any(f.is_scanned for f in files),
        "links": links,
        "related": related,
        "absolute_url": absolute_url,
        "json_ld": document_json_ld(request, document, absolute_url, files),
        "nav_section": "documents",
    }
    response = render(request, "documents/document_detail.html", context)
    tags = {object_tag(document), *(object_tag(link.conference) for link in links)}
    tags.update(object_tag(row["document"]) for row in related)
    if document.issuing_body_id:
        tags.add(object_tag(document.issuing_body))
    if document.signer_id:
        tags.add(object_tag(document.signer))
    return private_for_signed_in(request, tag(response, *tags))


def _file_response(request, slug, pk, *, inline: bool):
    document = _get_document(request, slug)
    document_file = get_object_or_404(DocumentFile, document=document, pk=pk)
    document_file.document = document
    if inline and not document_file.is_pdf:
        raise Http404(_("Chỉ xem trực tiếp được tệp PDF; hãy tải tệp về."))
    try:
        response = services.document_file_response(document_file=document_file, inline=inline)
    except (FileNotFoundError, OSError) as exc:
        raise Http404(_("Không tìm thấy tệp văn bản.")) from exc
    return private_for_signed_in(request, response)


@require_safe
def document_file(request, slug, pk):
    """A file as a download, only to readers who may see the document."""
    return _file_response(request, slug, pk, inline=False)


@require_safe
def document_file_view(request, slug, pk):
    """A PDF shown in the browser, only to readers who may see the document."""
    return _file_response(request, slug, pk, inline=True)
