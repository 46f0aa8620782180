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

from editor.core.errors import StoreDamaged, StoreError
from editor.core.input_files import special_kind
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
    """Raise StoreError for a path we must not touch; return whether the file exists.
    Checked with stat before anything opens it: opening a FIFO would wait for a writer."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as err:
        raise StoreError(path, f"cannot be used ({err.strerror or err})") from None
    if st is not None:
        kind = special_kind(st.st_mode)
        if kind is not None:
            raise StoreError(path, f"is {kind}, not a store file")
        if not os.access(path, os.R_OK):
            raise StoreError(path, "cannot be read (permission denied)")
        if st.st_size == 0:
            raise StoreError(path, "is an empty file (0 bytes), not a store; it was left untouched. "
                                   "Give a path that does not exist yet to create a new store")
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head != SQLITE_MAGIC:
            raise StoreError(path, "is not an SQLite database, so it cannot be a Jiaokan store")
        return True
    if not path.parent.is_dir():
        raise StoreError(path, f"its folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise StoreError(path, f"cannot create it: the folder {path.parent} is not writable")
    return False


def _untouched(path: Path) -> str:
    """How much a refused file was touched. Reading an SQLite file whose write-ahead log holds
    commits makes SQLite recover them into its shared-memory index (and a writer would
    checkpoint them into the file), so with a -wal beside it we claim no more than we did."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return ("Jiaokan opened it read-only and wrote nothing, but SQLite read its pending "
                f"write-ahead log {wal.name} to do so")
    return "it was left untouched"


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    if app_id != APPLICATION_ID and tables:
        raise StoreError(path, "is an SQLite database of another program, not a Jiaokan store; "
                               + _untouched(path))
    if version > latest_version():
        raise StoreError(path, f"was written by a newer Jiaokan (schema {version}; this version knows "
                               f"up to {latest_version()}); " + _untouched(path))


def _damage(err: sqlite3.DatabaseError) -> bool:
    return any(w in str(err) for w in ("malformed", "corrupt"))


def _identify(path: Path) -> None:
    """Check an existing file through a read-only connection, so that nothing is written to a
    file that turns out not to be ours (a read-write connection checkpoints on close)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.DatabaseError as err:
        raise StoreError(path, f"cannot be opened as SQLite ({err})") from None
    try:
        _check_identity(conn, path)
    except sqlite3.DatabaseError as err:
        if _damage(err):
            raise StoreDamaged(path, f"is damaged: SQLite reports {err}; " + _untouched(path)) from None
        raise StoreError(path, f"cannot be opened as SQLite ({err}); " + _untouched(path)) from None
    finally:
        conn.close()


def _check_sound(conn: sqlite3.Connection, path: Path) -> None:
    """PRAGMA quick_check (pages, b-trees, records; tens of ms for a 50 MB store), so a damaged
    file is found on open, where the window can offer a backup, not halfway through an edit."""
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as err:
        rows = [str(err)]
    if rows != ["ok"]:
        conn.close()
        raise StoreDamaged(path, f"is damaged: SQLite's quick_check reports {rows[0]}"
                                 + (f" and {len(rows) - 1} more problems" if len(rows) > 1 else ""))


def open_database(path: str | Path, *, readonly: bool = False) -> Database:
    path = Path(path).expanduser()
    exists = _check_path(path)
    if readonly and not exists:
        raise StoreError(path, "does not exist")
    if exists:
        _identify(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        _check_identity(conn, path)
    except sqlite3.DatabaseError as err:
        raise StoreError(path, f"cannot be opened as SQLite ({err})") from None
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    if exists:
        _check_sound(conn, path)
    db = Database(conn)
    if not readonly:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(db)
        except sqlite3.OperationalError as err:
            raise StoreError(path, f"cannot be written ({err})") from None
    return db
