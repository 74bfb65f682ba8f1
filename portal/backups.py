"""Backups of the database and the uploaded media, and their restore (`make backup/restore`).

A backup is one timestamped folder, ``var/backups/20260126-221500/`` by default:

- ``database.dump``: ``pg_dump -Fc`` on PostgreSQL (``database.sqlite3`` on SQLite);
- ``media.tar.gz``: MEDIA_ROOT and PRIVATE_MEDIA_ROOT (conference documents);
- ``manifest.json``: when, which database engine and name, file sizes and SHA-256 sums.

Backups hold citizens' letters, password hashes and private documents: the folder is 0700 and
its files 0600 (a backup root created here is 0700 too). It is written under ``<name>.partial``
and renamed when complete, so an interrupted backup
never looks like a good one. A restore checks the sums first, restores the database in one
transaction (``pg_restore --single-transaction``: a failed restore changes nothing) and moves
the current media folder aside (``<MEDIA_ROOT>.before-restore-<time>``) instead of deleting it.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

DATABASE_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA_ARCHIVE = "media.tar.gz"
MANIFEST = "manifest.json"


class BackupError(Exception):
    """A backup or restore could not be completed; the message says why (Vietnamese)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    manifest: dict


def default_backup_root() -> Path:
    return Path(os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "var" / "backups")


def _engine(alias: str = "default") -> str:
    engine = settings.DATABASES[alias]["ENGINE"]
    if engine.endswith("postgresql"):
        return "postgresql"
    if engine.endswith("sqlite3"):
        return "sqlite"
    raise BackupError(f"Chưa hỗ trợ sao lưu cơ sở dữ liệu {engine}.")


def _pg_args(alias: str = "default") -> tuple[list[str], dict[str, str]]:
    db = settings.DATABASES[alias]
    args = []
    if db.get("HOST"):
        args += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", str(db["USER"])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _run(command: list[str], env: dict[str, str]) -> None:
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise BackupError(
            f"Không tìm thấy lệnh {command[0]}: cài gói postgresql-client (apt-get install "
            "postgresql-client)."
        ) from exc
    except subprocess.CalledProcessError as exc:
        raise BackupError(f"{command[0]} thất bại: {exc.stderr.strip()}") from exc


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def backup_create(*, root: Path | None = None, alias: str = "default") -> Backup:
    """Dump the database and archive MEDIA_ROOT into a new timestamped folder under root."""
    root = Path(root or default_backup_root())
    engine = _engine(alias)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    final = root / stamp
    suffix = 1
    while final.exists():
        suffix += 1
        final = root / f"{stamp}-{suffix}"
    partial = final.with_name(final.name + ".partial")
    # Private from the first byte: the backup folder (and a root created here) is 0700, so
    # nobody else can open what pg_dump, tar and sqlite create with the process's umask.
    if not root.exists():
        root.mkdir(mode=0o700, parents=True)
        root.chmod(0o700)
    partial.mkdir(mode=0o700)
    partial.chmod(0o700)
    try:
        if engine == "postgresql":
            database_file = partial / DATABASE_DUMP
            args, env = _pg_args(alias)
            name = settings.DATABASES[alias]["NAME"]
            _run(
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", *args]
                + ["--file", str(database_file), "--dbname", name],
                env,
            )
        else:
            database_file = partial / SQLITE_COPY
            connection = connections[alias]
            connection.ensure_connection()
            target = sqlite3.connect(database_file)
            try:
                connection.connection.backup(target)
            finally:
                target.close()
        media_root = Path(settings.MEDIA_ROOT)
        media_files = 0
        with tarfile.open(partial / MEDIA_ARCHIVE, "w:gz") as archive:
            for arcname, folder in _file_roots():
                if folder.is_dir():
                    archive.add(folder, arcname=arcname)
                    media_files += sum(1 for p in folder.rglob("*") if p.is_file())
        manifest = {
            "created_at": timezone.now().isoformat(),
            "engine": engine,
            "database": str(settings.DATABASES[alias]["NAME"]),
            "media_root": str(media_root),
            "media_files": media_files,
            "files": {
                p.name: {"bytes": p.stat().st_size, "sha256": _sha256(p)}
                for p in (database_file, partial / MEDIA_ARCHIVE)
            },
        }
        (partial / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False))
        for path in partial.iterdir():
            path.chmod(0o600)  # readable by the backup's owner only, wherever it is copied
        partial.rename(final)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return Backup(final, manifest)


def backup_load(path: Path) -> Backup:
    """Read and verify a backup folder (manifest present, every file's size and sum match)."""
    path = Path(path)
    manifest_file = path / MANIFEST
    if not manifest_file.is_file():
        raise BackupError(f"{path} không phải một bản sao lưu (thiếu {MANIFEST}).")
    manifest = json.loads(manifest_file.read_text())
    for name, expected in manifest["files"].items():
        file = path / name
        if not file.is_file() or _sha256(file) != expected["sha256"]:
            raise BackupError(f"Tệp {name} trong bản sao lưu bị thiếu hoặc hỏng.")
    return Backup(path, manifest)


def backup_restore(*, backup: Backup, alias: str = "default", media: bool = True) -> Path | None:
    """Replace the database (and MEDIA_ROOT) with the backup's. Returns the old media folder."""
    engine = _engine(alias)
    if backup.manifest["engine"] != engine:
        raise BackupError(
            f"Bản sao lưu là của {backup.manifest['engine']}, cơ sở dữ liệu hiện tại là {engine}."
        )
    connections[alias].close()
    if engine == "postgresql":
        args, env = _pg_args(alias)
        _run(
            ["pg_restore", "--clean", "--if-exists", "--no-owner", "--no-privileges"]
            + ["--single-transaction", "--exit-on-error", *args]
            + ["--dbname", settings.DATABASES[alias]["NAME"], str(backup.path / DATABASE_DUMP)],
            env,
        )
    else:
        connection = connections[alias]
        connection.ensure_connection()
        source = sqlite3.connect(backup.path / SQLITE_COPY)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    connections[alias].close()
    return _restore_media(backup) if media else None


def _file_roots() -> list[tuple[str, Path]]:
    """Uploaded files to keep: public media, and the private conference documents."""
    roots = [("media", Path(settings.MEDIA_ROOT))]
    private = settings.PRIVATE_MEDIA_ROOT
    if private:
        roots.append(("private", Path(private)))
    return roots


def _restore_media(backup: Backup) -> Path | None:
    media_root = Path(settings.MEDIA_ROOT)
    staging = media_root.with_name(media_root.name + ".restoring")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    with tarfile.open(backup.path / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(staging, filter="data")  # refuses absolute paths, .., devices
    (staging / "media").mkdir(exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    previous_media = None
    for arcname, root in _file_roots():
        extracted = staging / arcname
        if not extracted.is_dir():  # a backup made before private documents existed
            continue
        if root.exists():
            previous = root.with_name(f"{root.name}.before-restore-{stamp}")
            root.rename(previous)
            if arcname == "media":
                previous_media = previous
        root.parent.mkdir(parents=True, exist_ok=True)
        extracted.rename(root)
    shutil.rmtree(staging, ignore_errors=True)
    return previous_media
