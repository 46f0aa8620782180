"""The store: the only code that speaks SQL. ``Store.open(path)`` validates and migrates."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite3

from editor.core.errors import StoreBusy
from editor.store.db import open_database


class Store:
    def __init__(self, db, path: Path):
        from editor.store.articles import Articles
        from editor.store.changes import Changes
        from editor.store.decisions import Decisions
        from editor.store.documents import Documents
        from editor.store.history import History
        from editor.store.integrity import Integrity
        from editor.store.issues import Issues
        from editor.store.labels import Labels
        from editor.store.log import Log
        from editor.store.lookalikes import Lookalikes
        from editor.store.profiles import Profiles
        from editor.store.search import SearchIndex
        from editor.store.settings import Settings
        from editor.store.sources import Sources
        from editor.store.spans import Spans
        from editor.store.suggestions import Suggestions

        self.db = db
        self.path = path
        self.sources = Sources(db)
        self.documents = Documents(db)
        self.issues = Issues(db)
        self.log = Log(db)
        self.changes = Changes(db)
        self.decisions = Decisions(db)
        self.articles = Articles(db)
        self.labels = Labels(db)
        self.spans = Spans(db)
        self.profiles = Profiles(db)
        self.settings = Settings(db)
        self.lookalikes = Lookalikes(db)
        self.history = History(db)
        self.suggestions = Suggestions(db)
        self.search = SearchIndex(db)
        self.integrity = Integrity(db)

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = Path(path).expanduser().resolve()
        store = cls(open_database(path), path)
        store.labels.ensure_defaults()
        return store

    @contextmanager
    def atomic(self, wait_ms: int | None = None) -> Iterator["Store"]:
        """One transaction (a savepoint when nested): all or nothing. It begins IMMEDIATE, so it
        waits for another connection's write lock (``wait_ms``, default the busy timeout) and
        raises StoreBusy when that does not end in time."""
        try:
            with self.db.atomic(wait_ms):
                yield self
        except sqlite3.OperationalError as err:
            if "locked" in str(err) or "busy" in str(err):
                raise StoreBusy(self.path, "is busy: another program is writing to it") from err
            raise

    def close(self) -> None:
        self.db.close()

    def backup_to(self, target: str | Path) -> Path:
        """A whole copy of the store at ``target`` through SQLite's online backup API."""
        from editor.store.backup import copy_to

        return copy_to(self.db.conn, Path(target))

    def restore_from(self, backup: str | Path) -> None:
        """Replace this store's content with ``backup``'s, in one transaction of SQLite's."""
        from editor.store.backup import restore_into

        restore_into(self.db.conn, Path(backup))

    def quick_check(self) -> list[str]:
        from editor.store.backup import quick_check

        return quick_check(self.db.conn)

    def counts(self) -> dict[str, int]:
        q = self.db.conn.execute
        return {
            "publications": q("SELECT count(*) FROM publication").fetchone()[0],
            "issues": q("SELECT count(*) FROM issue").fetchone()[0],
            "documents": q("SELECT count(*) FROM document").fetchone()[0],
            "spans": q("SELECT count(*) FROM span WHERE status = 'accepted'").fetchone()[0],
        }
