"""Finding documents by number and symbol or by words: ``search_documents(query, user)``.

For the site search's "Văn bản" tab (``SEARCH_PROVIDER`` in documents/section.py) and the
library's keyword filter. Works alike on SQLite and PostgreSQL, on folded text
(``core.text.fold``: accents, case, tone placement, đ):

1. a query shaped like a number and symbol finds that document first, however it is written:
   "45/KH-MTTQ-BTT", "45 KH MTTQ BTT", "45-kh-mttq-btt" (the same letters and digits), then
   the documents whose number starts with it ("45/KH"), then those containing it ("KH-MTTQ");
2. then documents whose number, title or abstract hold every word of the query;
3. then documents whose files' text (or issuer, signer) holds every word.

Ties: newest issue date first. Only documents ``user`` may see (``visible_to``): internal
documents never reach a reader without ``documents.view_internal_document``.
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from documents.models import Document, number_key
from events.lookup import keywords

# Rank values (lower is better).
EXACT_NUMBER, NUMBER_PREFIX, NUMBER_PART, HEADING, TEXT = range(5)
MIN_NUMBER_PART = 3  # letters/digits a query needs before it is looked for inside numbers


def search_documents(query_text: str, user) -> QuerySet[Document]:
    """Visible documents matching ``query_text``, best first (see the module); annotated with
    ``search_rank``. An empty query matches nothing."""
    visible = Document.objects.visible_to(user)
    words = keywords(query_text or "")
    compact = number_key(query_text or "")
    if not words or not compact:
        return visible.none()
    words_everywhere = Q()
    words_in_heading = Q()
    for word in words:
        words_everywhere &= Q(search_text__contains=word)
        words_in_heading &= Q(heading_folded__contains=word)
    number_ranks = [(Q(number_key=compact), EXACT_NUMBER)]
    if any(ch.isdigit() for ch in compact):
        number_ranks.append((Q(number_key__startswith=compact), NUMBER_PREFIX))
    if len(compact) >= MIN_NUMBER_PART:
        number_ranks.append((Q(number_key__contains=compact), NUMBER_PART))
    matches = words_everywhere
    for condition, _rank in number_ranks:
        matches |= condition
    whens = [When(condition, then=Value(rank)) for condition, rank in number_ranks]
    return (
        visible.filter(matches)
        .annotate(
            search_rank=Case(
                *whens,
                When(words_in_heading, then=Value(HEADING)),
                default=Value(TEXT),
                output_field=IntegerField(),
            )
        )
        .order_by("search_rank", "-issued_on", "-pk")
    )
