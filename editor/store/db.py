"""Opening a store file safely: validate, migrate, configure. The only place that decides
whether a path is a Jiaokan store."""
from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database as _Database

from editor.core.errors import StoreError
from editor.store.migrations import APPLICATION_ID, latest_version, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class Database(_Database):
    """sqlite-utils' Database whose transactions begin IMMEDIATE.

    A deferred transaction that reads and then writes fails at once with "database is locked"
    when another connection committed in between, and the busy timeout cannot help it; an
    immediate one takes the write lock first and waits out the busy timeout for it."""

    @contextlib.contextmanager
    def atomic(self, wait_ms: int | None = None) -> Iterator["Database"]:
        """One transaction, a savepoint when nested. ``wait_ms``: how long to wait for the write
        lock this time (the window saves with a short wait and retries rather than freeze)."""
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        if wait_ms is not None:
            conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        finally:
            if wait_ms is not None:
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        try:
            yield self
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise


def _check_path(path: Path) -> bool:
    """Raise StoreError for a path we must not touch; return whether the file exists."""
    if path.exists():
        if path.is_dir():
            raise StoreError(path, "is a folder, not a store file")
        if not os.access(path, os.R_OK):
            raise StoreError(path, "cannot be read (permission denied)")
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise StoreError(path, "is not an SQLite database, so it cannot be a Jiaokan store")
        return bool(head)
    if not path.parent.is_dir():
        raise StoreError(path, f"its folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise StoreError(path, f"cannot create it: the folder {path.parent} is not writable")
    return False


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if app_id != APPLICATION_ID and tables:
        raise StoreError(path, "is an SQLite database of another program, not a Jiaokan store; "
                               "it was left untouched")
    if version > latest_version():
        raise StoreError(path, f"was written by a newer Jiaokan (schema {version}; this version knows "
                               f"up to {latest_version()}); it was left untouched")


def open_database(path: str | Path, *, readonly: bool = False) -> Database:
    path = Path(path).expanduser()
    exists = _check_path(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        _check_identity(conn, path)
    except sqlite3.DatabaseError as err:
        raise StoreError(path, f"cannot be opened as SQLite ({err})") from None
    if readonly and not exists:
        raise StoreError(path, "does not exist")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db = Database(conn)
    if not readonly:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(db)
        except sqlite3.OperationalError as err:
            raise StoreError(path, f"cannot be written ({err})") from None
    return db
