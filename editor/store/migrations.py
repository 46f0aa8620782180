"""Numbered SQL migrations from db/, applied in order with sqlite-utils' Migrations.

PRAGMA user_version mirrors the number of applied migrations so an older Jiaokan can refuse
a newer file before touching it; PRAGMA application_id marks the file as ours.
"""
from __future__ import annotations

import re
import sqlite3
from functools import cache
from pathlib import Path

from sqlite_utils import Database, Migrations

from editor.paths import MIGRATIONS

APPLICATION_ID = 0x4A4B414E  # "JKAN"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@cache
def migration_files(folder: Path = MIGRATIONS) -> tuple[Path, ...]:
    files = sorted(p for p in folder.iterdir() if _NAME.match(p.name))
    numbers = [int(_NAME.match(p.name).group(1)) for p in files]
    if numbers != list(range(1, len(files) + 1)):
        raise RuntimeError(f"migrations in {folder} are not numbered 0001.. without gaps: {numbers}")
    return tuple(files)


def latest_version() -> int:
    return len(migration_files())


def statements(sql: str) -> list[str]:
    """Split a script into statements (triggers hold semicolons, so ask SQLite where they end).
    executescript() would commit the surrounding transaction, so we run statements one by one."""
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip() and not all(l.strip().startswith("--") or not l.strip() for l in buf.splitlines()):
        raise ValueError(f"incomplete SQL statement at the end: {buf.strip()[:80]}")
    return out


def _migrations() -> Migrations:
    m = Migrations("jiaokan")
    for number, path in enumerate(migration_files(), start=1):
        def apply(db: Database, path=path, number=number) -> None:
            for stmt in statements(path.read_text(encoding="utf-8")):
                db.conn.execute(stmt)
            db.conn.execute(f"PRAGMA user_version = {number}")
        m(name=path.stem)(apply)
    return m


def migrate(db: Database) -> None:
    """Bring the file to the latest schema. Under the write lock, so two processes opening a
    new store at once apply each migration once; a store already current takes no lock."""
    conn = db.conn
    if (conn.execute("PRAGMA user_version").fetchone()[0] == latest_version()
            and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID):
        return
    with db.atomic():
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrations().apply(db)
