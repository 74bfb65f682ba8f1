"""Cache invalidation only (no business logic): the main menu lists published pages.

The menu is in every page, so the anonymous page cache of the news portal (``news.cache``)
is dropped too; otherwise cached news pages would keep showing the old menu.

Receivers rather than a ``save()`` override so that the admin's bulk delete, which calls
``QuerySet.delete()``, also refreshes the menu.
"""

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from committee.models import Page
from portal.navigation import invalidate_main_menu


@receiver(post_save, sender=Page, dispatch_uid="committee_page_saved_menu")
@receiver(post_delete, sender=Page, dispatch_uid="committee_page_deleted_menu")
def _refresh_main_menu(sender, **kwargs):
    invalidate_main_menu()
    # Again after commit: a request served meanwhile may have cached the old menu.
    transaction.on_commit(invalidate_main_menu)
    if apps.is_installed("news"):
        from news.cache import invalidate as invalidate_public_pages

        invalidate_public_pages()
