"""Permission names in Vietnamese: "Thêm bài viết", "Sửa bài viết", "Xóa …", "Xem …".

django.contrib.auth names the four default permissions of a model "Can add <verbose name>"
when it creates them (after every ``migrate``), in English and from the untranslated name,
so the admin's user and group forms listed "Can add lãnh đạo" and "Can change log entry".
``name_permissions`` rewrites those rows with the model's verbose name in Vietnamese; the
``post_migrate`` handler connected in ``CoreConfig.ready`` runs it after auth's own handler,
so permissions of models added later are Vietnamese from the start, and migration 0002 of
this app renamed the ones that already existed. Custom permissions (``Meta.permissions``)
are the apps' own words and are left alone.
"""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

#: Django's default actions and the verb each one gets (docs/glossary.md, section 6).
VERBS = {
    "add": _("Thêm"),
    "change": _("Sửa"),
    "delete": _("Xóa"),
    "view": _("Xem"),
}
NAME_MAX = 255  # auth.Permission.name


def permission_name(action: str, verbose_name) -> str:
    """ "Thêm bài viết": the verb and the model's verbose name, in Vietnamese."""
    with translation.override("vi"):
        # A historical model (in a migration) holds the untranslated name: look it up.
        return f"{VERBS[action]} {gettext(str(verbose_name))}"[:NAME_MAX]


def name_permissions(*, permission_model, content_type_model, models, using="default") -> int:
    """Rename the default permissions of ``models`` (model classes, real or historical).

    Returns how many rows changed. Only rows whose codename is Django's default for the
    model ("add_article") are touched.
    """
    changed = 0
    for model in models:
        opts = model._meta
        content_type = (
            content_type_model.objects.using(using)
            .filter(app_label=opts.app_label, model=opts.model_name)
            .first()
        )
        if content_type is None:
            continue
        for action in opts.default_permissions:
            if action not in VERBS:
                continue
            name = permission_name(action, opts.verbose_name)
            changed += (
                permission_model.objects.using(using)
                .filter(content_type=content_type, codename=f"{action}_{opts.model_name}")
                .exclude(name=name)
                .update(name=name)
            )
    return changed


def name_new_permissions(sender, app_config=None, using="default", apps=None, **kwargs):
    """post_migrate: after auth created this app's permissions, give them Vietnamese names."""
    from django.apps import apps as global_apps

    apps = apps or global_apps
    try:
        permission_model = apps.get_model("auth", "Permission")
        content_type_model = apps.get_model("contenttypes", "ContentType")
    except LookupError:
        return
    if app_config is None or app_config.models_module is None:
        return
    try:
        models = list(apps.get_app_config(app_config.label).get_models())
    except LookupError:
        return
    name_permissions(
        permission_model=permission_model,
        content_type_model=content_type_model,
        models=models,
        using=using,
    )
