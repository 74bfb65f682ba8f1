"""What the visitor typed, parsed: ``core.keywords`` (one parser and matcher for every search
box of the portal — the site search and the conference lookup's ``q``)."""

from core.keywords import MAX_QUERY_LENGTH, MAX_WORDS, ParsedQuery, Term, parse_query

__all__ = ["MAX_QUERY_LENGTH", "MAX_WORDS", "ParsedQuery", "Term", "parse_query"]
