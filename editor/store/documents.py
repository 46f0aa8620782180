"""Documents: a decoded raw text placed in an issue, with a workflow status."""
from __future__ import annotations

from dataclasses import dataclass

from editor.core.model import Status

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@dataclass(frozen=True, slots=True)
class DocumentRow:
    id: int
    source_id: int
    decoding_id: int
    issue_id: int | None
    position: int
    name: str
    status: str


@dataclass(frozen=True, slots=True)
class TreeRow:
    """One document with its issue and publication, for the issue tree."""

    document_id: int
    name: str
    status: str
    issue_id: int | None
    issue_label: str | None
    issue_date: str | None
    issue_page: str | None
    publication_id: int | None
    publication: str | None
    created: str | None = None  # when the document was imported (UTC, ISO 8601)


_COLS = "id, source_id, decoding_id, issue_id, position, name, status"


class Documents:
    def __init__(self, db):
        self.db = db

    def add(self, source_id: int, decoding_id: int, name: str, issue_id: int | None = None) -> int:
        position = self.db.conn.execute(
            "SELECT coalesce(max(position) + 1, 0) FROM document WHERE issue_id IS ?", [issue_id]).fetchone()[0]
        return self.db["document"].insert({
            "source_id": source_id, "decoding_id": decoding_id, "issue_id": issue_id,
            "position": position, "name": name, "status": Status.RAW.value,
        }).last_pk

    def get(self, document_id: int) -> DocumentRow:
        row = self.db.conn.execute(f"SELECT {_COLS} FROM document WHERE id = ?", [document_id]).fetchone()
        if row is None:
            raise KeyError(f"no document {document_id}")
        return DocumentRow(*row)

    def all(self) -> list[DocumentRow]:
        return [DocumentRow(*r) for r in self.db.conn.execute(f"SELECT {_COLS} FROM document ORDER BY id")]

    def in_issue(self, issue_id: int) -> list[DocumentRow]:
        rows = self.db.conn.execute(
            f"SELECT {_COLS} FROM document WHERE issue_id = ? ORDER BY position, id", [issue_id])
        return [DocumentRow(*r) for r in rows]

    def for_source(self, source_id: int) -> list[DocumentRow]:
        rows = self.db.conn.execute(f"SELECT {_COLS} FROM document WHERE source_id = ? ORDER BY id", [source_id])
        return [DocumentRow(*r) for r in rows]

    def tree(self) -> list[TreeRow]:
        rows = self.db.conn.execute(
            "SELECT d.id, d.name, d.status, i.id, i.label, i.date, i.page, p.id, p.name, d.created_at "
            "FROM document d LEFT JOIN issue i ON i.id = d.issue_id "
            "LEFT JOIN publication p ON p.id = i.publication_id "
            "ORDER BY p.name IS NULL, p.name, i.date IS NULL, i.date, i.label, i.id, d.position, d.id")
        return [TreeRow(*r) for r in rows]

    def set_status(self, document_id: int, status: Status | str) -> None:
        self.db.conn.execute(f"UPDATE document SET status = ?, updated_at = {_NOW} WHERE id = ?",
                             [Status(status).value, document_id])

    def set_decoding(self, document_id: int, decoding_id: int) -> None:
        self.db.conn.execute(f"UPDATE document SET decoding_id = ?, updated_at = {_NOW} WHERE id = ?",
                             [decoding_id, document_id])

    def move(self, document_id: int, issue_id: int | None, position: int | None = None) -> None:
        if position is None:
            position = self.db.conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM document WHERE issue_id IS ?", [issue_id]).fetchone()[0]
        self.db.conn.execute(f"UPDATE document SET issue_id = ?, position = ?, updated_at = {_NOW} WHERE id = ?",
                             [issue_id, position, document_id])

    def delete(self, document_id: int) -> None:
        self.db.conn.execute("DELETE FROM document WHERE id = ?", [document_id])
