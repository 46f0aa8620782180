"""Copies of a store through SQLite's online backup API, and putting one back.

A copy is written to a temporary name in the target's folder, synced and renamed, so the target
is either the previous file or a whole backup, never half of one (a kill during the copy leaves
only a ``.tmp`` file, removed by the next backup to that folder)."""
from __future__ import annotations

import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import StoreError
from editor.store.migrations import APPLICATION_ID

TMP_SUFFIX = ".jiaokan-backup.tmp"
PAGES_PER_STEP = 1024  # other connections may write between steps


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    size: int
    documents: int
    issues: int
    edits: int
    created_at: str  # the newest edit or import it holds, ISO UTC ('' when empty)


def _sync_folder(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_leftovers(folder: Path) -> list[Path]:
    gone = []
    for p in folder.glob(f".*{TMP_SUFFIX}"):
        p.unlink(missing_ok=True)
        gone.append(p)
    return gone


def copy_to(conn: sqlite3.Connection, target: Path) -> Path:
    """Back up the open database ``conn`` into ``target`` (replaced if it exists)."""
    target = Path(target)
    if not target.parent.is_dir():
        raise StoreError(target, f"its folder {target.parent} does not exist")
    remove_leftovers(target.parent)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{TMP_SUFFIX}")
    try:
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(dest, pages=PAGES_PER_STEP)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as err:
        raise StoreError(target, f"cannot write the backup ({err.strerror or err})") from None
    finally:
        tmp.unlink(missing_ok=True)
    _sync_folder(target.parent)
    return target


def describe(path: Path) -> BackupInfo:
    """Counts and date of a backup file, read without writing to it."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            q = lambda sql: conn.execute(sql).fetchone()[0]
            if q("PRAGMA application_id") != APPLICATION_ID:
                raise sqlite3.DatabaseError("not a Jiaokan store")
            info = BackupInfo(Path(path), Path(path).stat().st_size, q("SELECT count(*) FROM document"),
                              q("SELECT count(*) FROM issue"), q("SELECT count(*) FROM edit"),
                              q("SELECT max(coalesce((SELECT max(created_at) FROM edit), ''), "
                                "coalesce((SELECT max(imported_at) FROM source), ''))"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as err:
        raise StoreError(path, f"is not a readable Jiaokan backup ({err})") from None
    return info


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """Problems PRAGMA quick_check finds; empty when the file is sound."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    return [] if rows == ["ok"] else rows


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Copy ``backup`` over the open database ``conn`` through the backup API: SQLite writes it
    in one transaction of the destination, so readers see the old store or the restored one,
    and the write-ahead log stays consistent (a file rename under an open WAL store would not)."""
    try:
        src = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as err:
        raise StoreError(backup, f"cannot be opened ({err})") from None
    try:
        if src.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError(backup, "is not a Jiaokan store, so it cannot be restored")
        problems = quick_check(src)
        if problems:
            raise StoreError(backup, f"is damaged ({problems[0]}); choose another backup")
        src.backup(conn)
    except sqlite3.DatabaseError as err:
        raise StoreError(backup, f"cannot be restored ({err})") from None
    finally:
        src.close()
