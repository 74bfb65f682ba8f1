"""What an app brings to the public site, declared in one module of its own: ``<app>/section.py``.

Each app that has public pages defines ``SECTION = Section(...)`` there. The site layer
(``portal/``) collects every installed app's declaration and assembles the site from them:
URLs, the main menu, ``/sitemap.xml``, the page cache's invalidation, the home page's blocks.
Adding a section means adding an app with a ``section.py`` and listing it in
``INSTALLED_APPS``; no other app changes (docs/architecture.md, "Adding a section").

The kernel only defines the shapes and finds the declarations; it names no app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module, util
from typing import Any

from django.apps import apps
from django.core.signals import setting_changed


@dataclass(frozen=True)
class NavItem:
    """One link of the main menu, as the header shows it."""

    label: str
    url: str
    section: str  # the key a page sets as ``nav_section`` to mark its entry as current
    order: int = 100


@dataclass(frozen=True)
class MenuEntry:
    """A fixed main-menu link, by URL name (left out if the URL is not installed)."""

    label: Any  # a lazy translation
    url_name: str
    section: str
    order: int = 100


@dataclass(frozen=True)
class Block:
    """A part of a page rendered in a named slot of another page (the home page's columns).

    ``context(request)`` returns the template's context, or None to leave the block out.
    ``tags`` are the page-cache tags of what the block shows (see ``core.pagecache``).
    """

    template: str
    context: Callable[..., Mapping[str, Any] | None]
    order: int = 100
    tags: Sequence[str] = ()


@dataclass(frozen=True)
class SearchProvider:
    """One tab of the site search (``/tim-kiem/``): what an app lets readers find.

    The search app ranks every provider by the same rules (``core.keywords``: phrases and the
    tones typed first, then title > summary > the rest, then newest), unless ``find`` is given.

    - ``queryset(user)``: what ``user`` may find, through the model's one door
      (``published()``, ``visible_to(user)``), with what a result shows (select_related…);
    - ``fields(obj)``: the record's searchable text as ``core.keywords.Field`` (weight "a"
      title, "b" summary, "c" the rest, "d" text whose tones the index does not keep); the
      first "a" field is the result's title, the others make its excerpt;
    - ``folded_field``: a column holding ``fold()`` of every word (candidates on SQLite and for
      small tables); ``vector``: the stored ``search_vector`` column (PostgreSQL ranks in SQL;
      search/migrations) or "" to rank the candidates in Python;
    - ``vector_untoned``: the vector's weight D holds folded text whose tones are unknown (a
      phrase found only there counts as exact); ``one_pass``: a small table, levelled in one
      query;
    - ``date_field``: newest first within a level, and the date filters; "" for none;
    - ``filters``: the filters it understands ("dates", "category"); a search using another
      one leaves this tab out; ``narrow(queryset, filters)`` applies the category;
    - ``find(query_text, user)``: an app's own ranking instead (a QuerySet, best first);
    - ``model``: for a tab ranked in Python (no vector), its model: the search first looks
      whether any row's ``folded_field`` could match before building ``queryset(user)``;
    - ``excerpt_prefetch``: prefetch lookups for text that only an excerpt of a match outside
      the title and summary needs (a conference's participants and opinions): fetched for
      those results only, and for every candidate ranked in Python; ``fields(obj)`` leaves
      that text out when it was not fetched;
    - ``tags``: page-cache tags of what its results show (the search page is dropped with them).
    """

    key: str  # the ?type= value
    label: Any  # a lazy translation: the tab's name
    queryset: Callable[[Any], Any]
    fields: Callable[[Any], Sequence[Any]]
    order: int = 100
    folded_field: str = "search_text"
    vector: str = ""
    vector_untoned: bool = False
    one_pass: bool = False
    date_field: str = ""
    filters: frozenset[str] = frozenset()
    narrow: Callable[[Any, Any], Any] | None = None
    labels: Callable[[Any], Sequence[str]] | None = None
    find: Callable[[str, Any], Any] | None = None
    model: Any = None
    excerpt_prefetch: Sequence[Any] = ()
    tags: Sequence[str] = ()
    template: str = "search/includes/result.html"


@dataclass(frozen=True)
class WorkItem:
    """One thing waiting for somebody in the admin (an article to review, a letter to answer).

    ``when`` is the moment that orders the queue and that the home shows (submitted, due,
    received…); ``detail`` a short line (the writer, the handler); ``note`` a longer one (the
    editor's reason for sending an article back).
    """

    label: str
    url: str
    when: Any = None  # an aware datetime, or None
    detail: str = ""
    note: str = ""


@dataclass(frozen=True)
class WorkQueue:
    """A list on the admin home (backoffice/): what one person has to do of one kind.

    Built by a Section's ``work_queues(user)``, which reads through the same doors as the rest
    (``visible_to(user)``, the admin's own querysets and permissions), so a queue never shows
    what its reader could not open. ``count`` is the whole queue, ``items`` its first few;
    ``url`` opens the whole list (an admin change list with its filter); ``role`` groups the
    queues on the home ("editor", "writer", "clerk", "letters", …) and ``order`` sorts them.
    """

    key: str
    title: Any  # a lazy translation
    count: int
    items: Sequence[WorkItem] = ()
    url: str = ""
    role: str = ""
    order: int = 100
    empty: Any = ""  # what the home says when the queue is empty ("" : leave it out)


@dataclass(frozen=True)
class Section:
    """Everything one app contributes to the public site. Every field is optional."""

    # URLconf module included at the site root (its own app_name namespace).
    urls: str | None = None
    # Sitemap classes by section name, merged into /sitemap.xml.
    sitemaps: Mapping[str, type] = field(default_factory=dict)
    # Fixed main-menu entries, and a callable giving entries read from the database.
    menu: Sequence[MenuEntry] = ()
    menu_items: Callable[[], Iterable[NavItem]] | None = None
    # Page-cache invalidation: "app_label.ModelName" -> function(instance) -> the tags of the
    # cached pages that show that instance. Saving, deleting or changing its many-to-many
    # relations drops those pages, and only those.
    invalidates: Mapping[str, Callable[[Any], Iterable[str]]] = field(default_factory=dict)
    # When public content changes next without anybody saving (a scheduled article going
    # live): a callable returning that aware datetime or None. Cached pages expire then.
    next_change: Callable[[], Any] | None = None
    # Called for every anonymous read of a public page, cached or not, with the request and
    # the page's ``page_meta`` dict (readership counts article reads this way).
    on_page_read: Callable[[Any, Mapping[str, Any]], None] | None = None
    # Blocks by slot name ("home-main", "home-aside").
    blocks: Mapping[str, Sequence[Block]] = field(default_factory=dict)
    # Tabs of the site search (SearchProvider), in the order given by their ``order``.
    search: Sequence[SearchProvider] = ()
    # The admin home's to-do lists: a callable(user) -> the WorkQueues that user has (none
    # for a user the app has nothing for). Assembled by backoffice/, by ``order``.
    work_queues: Callable[[Any], Iterable[WorkQueue]] | None = None


@cache
def declared_sections() -> tuple[tuple[str, Section], ...]:
    """(app label, Section) of every installed app that has a ``section`` module, in
    ``INSTALLED_APPS`` order."""
    found = []
    for config in apps.get_app_configs():
        module_name = f"{config.name}.section"
        if util.find_spec(module_name) is None:
            continue
        section = getattr(import_module(module_name), "SECTION", None)
        if isinstance(section, Section):
            found.append((config.label, section))
    return tuple(found)


def sections() -> list[Section]:
    return [section for _label, section in declared_sections()]


def search_providers() -> list[SearchProvider]:
    """Every installed app's search tabs, by order."""
    found = [provider for section in sections() for provider in section.search]
    return sorted(found, key=lambda provider: provider.order)


def work_queues(user) -> list[WorkQueue]:
    """Every installed app's work queues for ``user``, by order."""
    found = [
        queue
        for section in sections()
        if section.work_queues is not None
        for queue in section.work_queues(user)
    ]
    return sorted(found, key=lambda queue: queue.order)


def blocks(slot: str) -> list[Block]:
    """Every block declared for ``slot``, by order."""
    found = [block for section in sections() for block in section.blocks.get(slot, ())]
    return sorted(found, key=lambda block: block.order)


def shown_on_page(request, label: str) -> set:
    """Primary keys of ``label`` objects ("news.Article") that an earlier block of this page
    has shown. Blocks render in slot order, so a later block leaves these out and the page
    shows each object once (the home page: top story, latest, categories, most read)."""
    if request is None:
        return set()
    registry = request.__dict__.setdefault("_shown_on_page", {})
    return registry.setdefault(label, set())


def _forget_sections(*, setting, **kwargs) -> None:
    if setting == "INSTALLED_APPS":
        declared_sections.cache_clear()


setting_changed.connect(_forget_sections, dispatch_uid="core-sections-installed-apps")
