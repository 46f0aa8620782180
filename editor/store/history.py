"""The undo history: operation entries, the edits each appended, and images of the rows each
changed (kept by the triggers of db/0002_history.sql while an operation is recorded)."""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from editor.core.text.edits import Edit

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

# The columns an image holds, as the triggers write them.
IMAGE_COLUMNS = {
    "issue": ("publication_id", "label", "date", "page", "editors", "furniture", "created_at", "updated_at"),
    "document": ("issue_id", "position", "name", "status", "updated_at"),
    "change": ("status", "seq", "decided_by", "decided_at", "withdrawn_by"),
    "span": ("seq", "start", "end", "status", "label", "updated_at"),
}


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    kind: str
    detail: dict
    role: str
    target: int | None
    state: str
    author: str
    documents: tuple[int, ...]
    created_at: str


@dataclass(frozen=True, slots=True)
class OperationEdit:
    document_id: int
    decoding_id: int
    seq: int
    edit: Edit
    change_id: int | None


@dataclass(frozen=True, slots=True)
class RowImage:
    tbl: str
    row_id: int
    before: dict | None
    after: dict | None


_ENTRY = "id, kind, detail, role, target, state, author, documents, created_at"


def _entry(row) -> Entry:
    oid, kind, detail, role, target, state, author, docs, created = row
    return Entry(oid, kind, json.loads(detail), role, target, state, author, tuple(json.loads(docs)), created)


def _image_sql(tbl: str) -> str:
    pairs = ", ".join(f"'{c}', \"{c}\"" for c in IMAGE_COLUMNS[tbl])
    return f"SELECT json_object({pairs}) FROM \"{tbl}\" WHERE id = ?"


class History:
    def __init__(self, db):
        self.db = db

    # ---- entries
    def add(self, kind: str, detail: dict, author: str = "user", role: str = "do",
            target: int | None = None) -> int:
        return self.db.conn.execute(
            "INSERT INTO operation (kind, detail, role, target, author) VALUES (?, ?, ?, ?, ?)",
            [kind, json.dumps(detail, ensure_ascii=False), role, target, author]).lastrowid

    def get(self, operation_id: int) -> Entry:
        row = self.db.conn.execute(f"SELECT {_ENTRY} FROM operation WHERE id = ?", [operation_id]).fetchone()
        if row is None:
            raise KeyError(f"no operation {operation_id}")
        return _entry(row)

    def update(self, operation_id: int, detail: dict | None = None, documents: tuple[int, ...] | None = None,
               state: str | None = None) -> None:
        sets, args = [f"updated_at = {_NOW}"], []
        if detail is not None:
            sets.append("detail = ?")
            args.append(json.dumps(detail, ensure_ascii=False))
        if documents is not None:
            sets.append("documents = ?")
            args.append(json.dumps(sorted(documents)))
        if state is not None:
            sets.append("state = ?")
            args.append(state)
        self.db.conn.execute(f"UPDATE operation SET {', '.join(sets)} WHERE id = ?", [*args, operation_id])

    def undo_target(self) -> Entry | None:
        """The latest operation still done."""
        row = self.db.conn.execute(
            f"SELECT {_ENTRY} FROM operation WHERE role = 'do' AND state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def redo_target(self) -> Entry | None:
        """The operation undone last, when no new operation came since its undo (a new one
        clears what there was to redo)."""
        cols = ", ".join(f"o.{c.strip()}" for c in _ENTRY.split(","))
        row = self.db.conn.execute(
            f"SELECT {cols} FROM operation o JOIN operation u ON u.target = o.id AND u.role = 'undo' "
            "WHERE o.role = 'do' AND o.state = 'undone' "
            "AND u.id = (SELECT max(id) FROM operation WHERE target = o.id AND role = 'undo') "
            "AND u.id > (SELECT max(id) FROM operation WHERE role = 'do') "
            "ORDER BY u.id DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def latest(self) -> Entry | None:
        row = self.db.conn.execute(f"SELECT {_ENTRY} FROM operation ORDER BY id DESC LIMIT 1").fetchone()
        return _entry(row) if row else None

    def entries(self, document_id: int | None = None, limit: int = 500) -> list[Entry]:
        """Newest first; of one document: those that changed its text or its rows."""
        if document_id is None:
            rows = self.db.conn.execute(f"SELECT {_ENTRY} FROM operation ORDER BY id DESC LIMIT ?", [limit])
        else:
            rows = self.db.conn.execute(
                f"SELECT {_ENTRY} FROM operation WHERE EXISTS (SELECT 1 FROM json_each(documents) "
                "WHERE value = ?) ORDER BY id DESC LIMIT ?", [document_id, limit])
        return [_entry(r) for r in rows]

    # ---- edits
    def edits(self, operation_id: int) -> list[OperationEdit]:
        """The edits the operation appended, in log order per document."""
        rows = self.db.conn.execute(
            "SELECT document_id, decoding_id, seq, start, \"end\", inserted, removed, change_id FROM edit "
            "WHERE operation_id = ? ORDER BY document_id, seq", [operation_id])
        return [OperationEdit(d, dec, seq, Edit(s, e, ins, rem), cid) for d, dec, seq, s, e, ins, rem, cid in rows]

    # ---- row images
    @contextmanager
    def recording(self, operation_id: int) -> Iterator[None]:
        """The triggers keep the first image of each row changed meanwhile (call in a transaction)."""
        self.db.conn.execute("INSERT INTO recording (operation_id) VALUES (?)", [operation_id])
        try:
            yield
        finally:
            self.db.conn.execute("DELETE FROM recording")

    def remember(self, operation_id: int, tbl: str, row_id: int, before: dict | None) -> None:
        """An image the triggers cannot take (spans moved by an edit)."""
        self.db.conn.execute(
            "INSERT OR IGNORE INTO operation_row (operation_id, tbl, row_id, before) VALUES (?, ?, ?, ?)",
            [operation_id, tbl, row_id, None if before is None else json.dumps(before, ensure_ascii=False)])

    def seal(self, operation_id: int) -> None:
        """Take the after image of every row the operation changed (None: the row is gone)."""
        rows = self.db.conn.execute(
            "SELECT tbl, row_id FROM operation_row WHERE operation_id = ?", [operation_id]).fetchall()
        updates = []
        for tbl, row_id in rows:
            got = self.db.conn.execute(_image_sql(tbl), [row_id]).fetchone()
            updates.append((got[0] if got else None, operation_id, tbl, row_id))
        self.db.conn.executemany(
            "UPDATE operation_row SET after = ? WHERE operation_id = ? AND tbl = ? AND row_id = ?", updates)

    def images(self, operation_id: int) -> list[RowImage]:
        rows = self.db.conn.execute(
            "SELECT tbl, row_id, before, after FROM operation_row WHERE operation_id = ?", [operation_id])
        return [RowImage(t, r, json.loads(b) if b else None, json.loads(a) if a else None) for t, r, b, a in rows]

    def restore(self, tbl: str, row_id: int, image: dict | None, withdrawn_by: int | None = None) -> None:
        """Put a row back as ``image`` says. No image: the operation created the row; an issue
        goes, a change is withdrawn (edits still name it), a span is rejected (the row stays, so
        a redo only gives it its status back)."""
        conn = self.db.conn
        if image is None:
            if tbl == "span":
                conn.execute(f"UPDATE span SET status = 'rejected', updated_at = {_NOW} WHERE id = ?", [row_id])
            elif tbl == "issue":
                conn.execute("DELETE FROM issue WHERE id = ?", [row_id])
            elif tbl == "change":
                conn.execute("UPDATE change SET withdrawn_by = ? WHERE id = ?", [withdrawn_by, row_id])
            return
        cols = [c for c in IMAGE_COLUMNS[tbl] if c in image]
        exists = conn.execute(f"SELECT 1 FROM \"{tbl}\" WHERE id = ?", [row_id]).fetchone()
        if exists:
            conn.execute(f"UPDATE \"{tbl}\" SET {', '.join(f'{chr(34)}{c}{chr(34)} = ?' for c in cols)} WHERE id = ?",
                         [image[c] for c in cols] + [row_id])
        else:
            names = ", ".join(f'"{c}"' for c in ["id", *cols])
            conn.execute(f"INSERT INTO \"{tbl}\" ({names}) VALUES ({', '.join('?' * (len(cols) + 1))})",
                         [row_id] + [image[c] for c in cols])
