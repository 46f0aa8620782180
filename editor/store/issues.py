"""Publications and issues, and the metadata that groups documents into them."""
from __future__ import annotations

import json
from dataclasses import dataclass

from editor.core.model import IssueMeta

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@dataclass(frozen=True, slots=True)
class IssueRow:
    id: int
    publication_id: int | None
    meta: IssueMeta


class Issues:
    def __init__(self, db):
        self.db = db

    def publication(self, name: str) -> int:
        row = self.db.conn.execute("SELECT id FROM publication WHERE name = ?", [name]).fetchone()
        return row[0] if row else self.db["publication"].insert({"name": name}).last_pk

    def get(self, issue_id: int) -> IssueRow:
        row = self.db.conn.execute(
            "SELECT i.id, i.publication_id, p.name, i.label, i.date, i.page, i.editors, i.furniture "
            "FROM issue i LEFT JOIN publication p ON p.id = i.publication_id WHERE i.id = ?", [issue_id]).fetchone()
        if row is None:
            raise KeyError(f"no issue {issue_id}")
        iid, pid, pub, label, date, page, editors, furniture = row
        meta = IssueMeta(pub, label, date, page, tuple(tuple(e) for e in json.loads(editors)),
                         tuple(json.loads(furniture)))
        return IssueRow(iid, pid, meta)

    def all(self) -> list[IssueRow]:
        return [self.get(r[0]) for r in self.db.conn.execute("SELECT id FROM issue ORDER BY id")]

    def find(self, meta: IssueMeta) -> int | None:
        """The issue with the same publication, label and date, when all that is known matches."""
        if not (meta.issue_label or meta.date):
            return None
        row = self.db.conn.execute(
            "SELECT i.id FROM issue i LEFT JOIN publication p ON p.id = i.publication_id "
            "WHERE p.name IS ? AND i.label IS ? AND i.date IS ? ORDER BY i.id LIMIT 1",
            [meta.publication, meta.issue_label, meta.date]).fetchone()
        return row[0] if row else None

    def add(self, meta: IssueMeta) -> int:
        pid = self.publication(meta.publication) if meta.publication else None
        return self.db["issue"].insert({
            "publication_id": pid, "label": meta.issue_label, "date": meta.date, "page": meta.page,
            "editors": json.dumps([list(e) for e in meta.editors], ensure_ascii=False),
            "furniture": json.dumps(list(meta.furniture), ensure_ascii=False),
        }).last_pk

    def update(self, issue_id: int, meta: IssueMeta) -> None:
        pid = self.publication(meta.publication) if meta.publication else None
        self.db.conn.execute(
            f"UPDATE issue SET publication_id = ?, label = ?, date = ?, page = ?, editors = ?, furniture = ?, "
            f"updated_at = {_NOW} WHERE id = ?",
            [pid, meta.issue_label, meta.date, meta.page,
             json.dumps([list(e) for e in meta.editors], ensure_ascii=False),
             json.dumps(list(meta.furniture), ensure_ascii=False), issue_id])

    def merge(self, into_id: int, from_id: int) -> None:
        """Move every document of ``from_id`` to the end of ``into_id`` and drop ``from_id``."""
        start = self.db.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM document WHERE issue_id = ?", [into_id]).fetchone()[0]
        self.db.conn.execute(
            "UPDATE document SET issue_id = ?, position = position + ? WHERE issue_id = ?", [into_id, start, from_id])
        self.db.conn.execute("DELETE FROM issue WHERE id = ?", [from_id])

    def drop_if_empty(self, issue_id: int) -> bool:
        empty = not self.db.conn.execute("SELECT 1 FROM document WHERE issue_id = ?", [issue_id]).fetchone()
        if empty:
            self.db.conn.execute("DELETE FROM issue WHERE id = ?", [issue_id])
        return empty
