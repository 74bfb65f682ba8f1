"""Admin helpers shared by every app."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib.admin.options import IS_POPUP_VAR
from django.db.models import Q

from core.text import fold


class FoldedSearchMixin:
    """Accent-, case-, tone-placement- and Unicode-form-insensitive admin search.

    Set ``folded_search_fields`` to fields that hold ``core.text.fold()`` of the searchable
    text (kept current in the model's ``save()``); "cau giay" then finds "Cầu Giấy". Every word
    of the query must appear (in any of the fields). ``search_fields`` must still be non-empty
    for the admin to show its search box; they are searched too, as usual.
    """

    folded_search_fields: tuple[str, ...] = ()

    def get_search_results(self, request, queryset, search_term):
        if not search_term or not self.folded_search_fields:
            return super().get_search_results(request, queryset, search_term)
        condition = Q()
        for word in fold(search_term).split():
            word_q = Q()
            for field in self.folded_search_fields:
                word_q |= Q(**{f"{field}__contains": word})
            condition &= word_q
        return queryset.filter(condition), False


# --- Actions that other apps contribute to a model's admin ------------------------------------
#
# An app may offer an admin action on another app's model without that app importing it (news
# must not know events): the contributing app's admin.py calls ``contribute_action`` at import
# time (admin autodiscovery imports every admin.py before the first request), and the model
# admin includes ``ContributedActionsMixin``.

_contributed: dict[str, list[tuple[Callable, Callable | None]]] = {}


def contribute_action(
    model_label: str, action: Callable, *, allowed: Callable[[Any], bool] | None = None
) -> None:
    """Offer ``action`` on the admin change list of ``model_label`` ("app_label.ModelName").

    ``allowed(request)`` decides who is offered it (everybody with access to the list when
    None); ``allowed_permissions`` set by ``@admin.action(permissions=...)`` are checked on the
    model admin as usual. Contributing the same action twice keeps one.
    """
    key = model_label.lower()
    actions = _contributed.setdefault(key, [])
    if all(existing is not action for existing, _allowed in actions):
        actions.append((action, allowed))


class ContributedActionsMixin:
    """Adds to ``get_actions()`` the actions other apps contributed for this admin's model.

    They come after the admin's own actions; an own action of the same name wins.
    """

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.actions is None or IS_POPUP_VAR in request.GET:
            return actions  # no actions at all here, as Django decides
        label = self.model._meta.label_lower
        offered = []
        for action, allowed in _contributed.get(label, []):
            if allowed is not None and not allowed(request):
                continue
            offered.append(self.get_action(action))
        for func, name, description in self._filter_actions_by_permissions(request, offered):
            actions.setdefault(name, (func, name, description))
        return actions
