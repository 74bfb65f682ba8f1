"""Helpers shared by the data migrations that put permissions into groups."""

from django.contrib.auth.management import create_permissions


def ensure_permissions(apps, app_label: str) -> None:
    """Create ``app_label``'s permissions now, so a data migration can give them to a group.

    Django normally creates permissions after all migrations (post_migrate). The app's
    ``models_module`` is restored afterwards, never left None on the live registry (as a test
    running the migration function does), or post_migrate would skip the app after a flush.
    """
    app_config = apps.get_app_config(app_label)
    previous_models_module = getattr(app_config, "models_module", None)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = previous_models_module
