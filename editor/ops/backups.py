"""Backups of a store: one on demand, a rotating set beside the store, listing and restoring.

``auto_backup`` is what the window runs on the worker when it opens a store; ``latest`` is the
backup it offers when a store fails to open or fails its quick_check."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import StoreError
from editor.store import Store
from editor.store.backup import BackupInfo, describe

KEEP = 5


def backup_folder(store_path: Path) -> Path:
    """``<store>.backups/`` beside the store file."""
    return store_path.with_name(store_path.name + ".backups")


def backup(store: Store, target: str | Path) -> Path:
    return store.backup_to(Path(target).expanduser().absolute())


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def auto_backup(store: Store, keep: int = KEEP) -> Path:
    """A new backup in the store's backup folder; only the newest ``keep`` are kept."""
    folder = backup_folder(store.path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{store.path.stem}-{_stamp()}.db"
    n = 1
    while target.exists():  # two backups in one second
        target = folder / f"{store.path.stem}-{_stamp()}-{n}.db"
        n += 1
    made = store.backup_to(target)
    for old in backups(store.path)[keep:]:
        old.unlink(missing_ok=True)
    return made


def backups(store_path: Path) -> list[Path]:
    """The automatic backups of a store, newest first."""
    folder = backup_folder(Path(store_path))
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("*.db") if p.is_file()), key=lambda p: (p.stat().st_mtime, p.name),
                  reverse=True)


def latest(store_path: Path) -> Path | None:
    found = backups(store_path)
    return found[0] if found else None


def list_backups(store_path: Path) -> list[BackupInfo]:
    """Each backup with its counts and date; unreadable ones are left out of the list."""
    out = []
    for p in backups(store_path):
        try:
            out.append(describe(p))
        except StoreError:
            continue
    return out


@dataclass(frozen=True, slots=True)
class Restored:
    store_path: Path
    backup: Path
    kept_aside: Path | None  # the store as it was, when it could be read


def restore(store_path: str | Path, backup_path: str | Path) -> Restored:
    """Put ``backup_path`` in place of the store at ``store_path``, keeping the current store
    aside as ``<store>.before-restore-<time>.db``. The store should be closed elsewhere.

    A store that opens is copied aside and overwritten through the backup API (one SQLite
    transaction); one that does not open (damaged) is renamed aside and the backup copied in
    under a temporary name and renamed over it, so the path always holds a whole file."""
    from editor.store.backup import copy_to
    from editor.store.db import open_database

    store_path = Path(store_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    describe(backup_path)  # readable at all
    aside = store_path.with_name(f"{store_path.name}.before-restore-{_stamp()}.db")
    try:
        store = Store.open(store_path)
    except StoreError:
        store = None
    if store is not None:
        try:
            store.backup_to(aside)
            store.restore_from(backup_path)
        finally:
            store.close()
    else:
        if store_path.exists():
            store_path.replace(aside)
            for extra in ("-wal", "-shm"):
                Path(f"{store_path}{extra}").unlink(missing_ok=True)
        else:
            aside = None
        src = open_database(backup_path, readonly=True)
        try:
            copy_to(src.conn, store_path)
        finally:
            src.close()
    Store.open(store_path).close()  # migrates an older backup, and proves it opens
    return Restored(store_path, backup_path, aside)
