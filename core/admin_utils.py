"""Admin helpers shared by every app."""

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
