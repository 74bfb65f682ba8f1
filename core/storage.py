"""Private storage: files never served under MEDIA_URL (conference documents, for example).

Each private storage names an entry of ``settings.STORAGES``, looked up on every call, so a
deployment or a test can point it elsewhere. The view that serves such a file checks who may
read it and streams it itself.
"""

from django.core.files.storage import Storage, storages
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(Storage):
    """Forwards every storage call to ``settings.STORAGES[alias]``."""

    _forwarded = frozenset(
        {
            "save",
            "open",
            "delete",
            "exists",
            "listdir",
            "size",
            "url",
            "path",
            "get_available_name",
            "get_valid_name",
            "generate_filename",
            "get_alternative_name",
            "get_accessed_time",
            "get_created_time",
            "get_modified_time",
        }
    )

    def __init__(self, alias: str = "documents"):
        self.alias = alias

    def __getattribute__(self, name):
        if name in type(self)._forwarded:
            return getattr(storages[object.__getattribute__(self, "alias")], name)
        return super().__getattribute__(name)
