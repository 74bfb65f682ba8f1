"""Backups hold citizens' letters, password hashes and private documents: only their owner
may read them (issue 20, item 4)."""

import stat

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages

from core.models import SiteSettings
from portal.backups import backup_create


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.django_db(transaction=True)
def test_backup_files_are_readable_by_their_owner_only(tmp_path, settings):
    SiteSettings.load()
    storages["documents"].save("bien-ban.pdf", ContentFile(b"%PDF-1.4 bien ban noi bo"))
    root = tmp_path / "backups"

    backup = backup_create(root=root)

    assert mode(root) == 0o700
    assert mode(backup.path) == 0o700
    files = list(backup.path.iterdir())
    assert {path.name for path in files} >= {"media.tar.gz", "manifest.json"}
    for path in files:
        assert mode(path) == 0o600, path.name


@pytest.mark.django_db(transaction=True)
def test_an_existing_shared_root_still_gets_a_private_backup_folder(tmp_path):
    root = tmp_path / "shared"
    root.mkdir(mode=0o755)
    backup = backup_create(root=root)
    assert mode(backup.path) == 0o700
    assert all(mode(path) == 0o600 for path in backup.path.iterdir())
