"""The append-only edit log of a document's decoding and the revision snapshots of its fold."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from editor.core.text.edits import Edit


@dataclass(frozen=True, slots=True)
class LoggedEdit:
    seq: int
    edit: Edit
    author: str
    change_id: int | None
    created_at: str


@dataclass(frozen=True, slots=True)
class Revision:
    id: int
    seq: int
    text: str
    created_at: str


class Log:
    def __init__(self, db):
        self.db = db

    def length(self, document_id: int, decoding_id: int) -> int:
        return self.db.conn.execute(
            "SELECT coalesce(max(seq) + 1, 0) FROM edit WHERE document_id = ? AND decoding_id = ?",
            [document_id, decoding_id]).fetchone()[0]

    def append(self, document_id: int, decoding_id: int, edits: Sequence[Edit], authors: Sequence[str],
               change_ids: Sequence[int | None], operation_id: int | None = None) -> int:
        """Append edits (each in the coordinates left by the one before); returns the new length."""
        seq = self.length(document_id, decoding_id)
        rows = []
        for e, author, cid in zip(edits, authors, change_ids, strict=True):
            if e.before is None:
                raise ValueError("a logged edit must carry the text it removes")
            rows.append((document_id, decoding_id, seq, e.start, e.end, e.insert, e.before, author, cid, operation_id))
            seq += 1
        # Plain sqlite3, not Table.insert_all: a cleanup run logs thousands of edits, and
        # sqlite-utils' per-value conversion was a fifth of the import time.
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT INTO edit (document_id, decoding_id, seq, start, \"end\", inserted, removed, author, change_id, "
                "operation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        return seq

    def edits(self, document_id: int, decoding_id: int, since: int = 0) -> list[Edit]:
        rows = self.db.conn.execute(
            "SELECT start, end, inserted, removed FROM edit WHERE document_id = ? AND decoding_id = ? "
            "AND seq >= ? ORDER BY seq", [document_id, decoding_id, since])
        return [Edit(s, e, ins, rem) for s, e, ins, rem in rows]

    def entries(self, document_id: int, decoding_id: int, since: int = 0) -> list[LoggedEdit]:
        rows = self.db.conn.execute(
            "SELECT seq, start, end, inserted, removed, author, change_id, created_at FROM edit "
            "WHERE document_id = ? AND decoding_id = ? AND seq >= ? ORDER BY seq", [document_id, decoding_id, since])
        return [LoggedEdit(seq, Edit(s, e, ins, rem), a, cid, t) for seq, s, e, ins, rem, a, cid, t in rows]

    def add_revision(self, document_id: int, decoding_id: int, seq: int, text: str) -> int:
        return self.db["revision"].insert(
            {"document_id": document_id, "decoding_id": decoding_id, "seq": seq, "text": text}).last_pk

    def latest_revision(self, document_id: int, decoding_id: int) -> Revision | None:
        row = self.db.conn.execute(
            "SELECT id, seq, text, created_at FROM revision WHERE document_id = ? AND decoding_id = ? "
            "ORDER BY seq DESC, id DESC LIMIT 1", [document_id, decoding_id]).fetchone()
        return Revision(*row) if row else None

    def revision(self, revision_id: int, decoding_id: int) -> Revision | None:
        """The revision, when it is a snapshot of that decoding's log."""
        row = self.db.conn.execute("SELECT id, seq, text, created_at FROM revision WHERE id = ? AND decoding_id = ?",
                                   [revision_id, decoding_id]).fetchone()
        return Revision(*row) if row else None

    def revisions(self, document_id: int) -> list[Revision]:
        rows = self.db.conn.execute(
            "SELECT id, seq, text, created_at FROM revision WHERE document_id = ? ORDER BY id", [document_id])
        return [Revision(*r) for r in rows]

    def revision_points(self, document_id: int, decoding_id: int) -> list[tuple[int, int, str]]:
        """(revision id, seq, created_at) of a decoding's snapshots, without their texts."""
        return list(self.db.conn.execute(
            "SELECT id, seq, created_at FROM revision WHERE document_id = ? AND decoding_id = ? "
            "ORDER BY seq, id", [document_id, decoding_id]))

    def revision_before(self, document_id: int, decoding_id: int, seq: int) -> Revision | None:
        """The latest snapshot of the fold of at most ``seq`` edits."""
        row = self.db.conn.execute(
            "SELECT id, seq, text, created_at FROM revision WHERE document_id = ? AND decoding_id = ? "
            "AND seq <= ? ORDER BY seq DESC, id DESC LIMIT 1", [document_id, decoding_id, seq]).fetchone()
        return Revision(*row) if row else None

    def edits_between(self, document_id: int, decoding_id: int, since: int, until: int) -> list[Edit]:
        rows = self.db.conn.execute(
            "SELECT start, end, inserted, removed FROM edit WHERE document_id = ? AND decoding_id = ? "
            "AND seq >= ? AND seq < ? ORDER BY seq", [document_id, decoding_id, since, until])
        return [Edit(s, e, ins, rem) for s, e, ins, rem in rows]

    def operations_of(self, document_id: int, decoding_id: int) -> dict[int, tuple[int, str]]:
        """seq -> (operation id, its kind; "undo"/"redo" prefixed) for the edits an operation made."""
        rows = self.db.conn.execute(
            "SELECT e.seq, o.id, CASE o.role WHEN 'do' THEN o.kind ELSE o.role || ':' || o.kind END "
            "FROM edit e JOIN operation o ON o.id = e.operation_id "
            "WHERE e.document_id = ? AND e.decoding_id = ?", [document_id, decoding_id])
        return {seq: (oid, kind) for seq, oid, kind in rows}
