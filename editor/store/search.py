"""The full-text index (FTS5, trigram) and the entity spans, searched.

Why trigram and not a jieba-segmented shadow column (benchmarks/search_store.py): trigram finds
every substring of three characters or more with no word list to miss a name, costs nothing to
keep up to date beyond SQLite's own tokenizing, and needs no jieba at import. One- and
two-character queries, which trigram cannot look up, scan the same stored text with instr():
tens of milliseconds over 50 MB, still inside the 50 ms goal for 10,000 documents.

What is stale is kept by triggers (db/0002): the editing code never calls this module.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

COLUMNS = ("corrected", "raw")


@dataclass(frozen=True, slots=True)
class Candidate:
    document_id: int
    name: str
    text: str
    rank: float  # lower is better (bm25 is negative)


@dataclass(frozen=True, slots=True)
class EntityHit:
    document_id: int
    name: str
    label: str
    start: int
    end: int
    quote: str


def _fts_phrase(query: str) -> str:
    return '"' + query.replace('"', '""') + '"'


class SearchIndex:
    def __init__(self, db):
        self.db = db

    def stale(self, limit: int | None = None) -> list[int]:
        sql = "SELECT document_id FROM search_stale ORDER BY document_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.db.conn.execute(sql)]

    def stale_count(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM search_stale").fetchone()[0]

    def put(self, rows: Iterable[tuple[int, str, str]]) -> None:
        """(document id, corrected text, raw text) rows in, their stale marks out. The caller
        holds the transaction, so a mark that arrived after the text was read would be lost;
        it reads the texts inside it."""
        rows = list(rows)
        ids = [(r[0],) for r in rows]
        c = self.db.conn
        c.executemany("DELETE FROM search_text WHERE rowid = ?", ids)
        c.executemany("INSERT INTO search_text (rowid, corrected, raw) VALUES (?, ?, ?)", rows)
        c.executemany("DELETE FROM search_stale WHERE document_id = ?", ids)

    def drop_missing(self) -> None:
        """Marks of documents that are gone (cannot happen through the triggers; cheap to be sure)."""
        self.db.conn.execute("DELETE FROM search_stale WHERE document_id NOT IN (SELECT id FROM document)")

    def candidates(self, query: str, column: str, issue_id: int | None = None,
                   limit: int = 100) -> list[Candidate]:
        """Documents whose ``column`` holds ``query``, best first: bm25 through the trigram
        index for three characters or more, a scan for fewer (ranked by the caller)."""
        if column not in COLUMNS:
            raise ValueError(f"no indexed column {column!r}")
        where_issue = "AND d.issue_id = ?" if issue_id is not None else ""
        extra = [issue_id] if issue_id is not None else []
        if len(query) >= 3:
            sql = (f"SELECT s.rowid, d.name, s.{column}, bm25(search_text) FROM search_text s "
                   f"JOIN document d ON d.id = s.rowid WHERE search_text MATCH ? {where_issue} "
                   f"ORDER BY bm25(search_text) LIMIT ?")
            args = [f"{{{column}}} : {_fts_phrase(query)}", *extra, limit]
        else:
            sql = (f"SELECT s.rowid, d.name, s.{column}, 0.0 FROM search_text s "
                   f"JOIN document d ON d.id = s.rowid WHERE instr(s.{column}, ?) > 0 {where_issue}")
            args = [query, *extra]
        return [Candidate(*r) for r in self.db.conn.execute(sql, args)]

    def entities(self, query: str, label: str | None, issue_id: int | None = None,
                 limit: int = 1000) -> list[EntityHit]:
        """Accepted and proposed spans whose quote holds ``query`` (any, when empty), of ``label``
        when given. Spans are read where they live, so they are never behind."""
        sql = ("SELECT s.document_id, d.name, s.label, s.start, s.end, s.quote FROM span s "
               "JOIN document d ON d.id = s.document_id AND d.decoding_id = s.decoding_id "
               "WHERE s.status IN ('accepted', 'proposed') AND instr(s.quote, ?) > 0")
        args: list = [query]
        if label is not None:
            sql += " AND s.label = ? COLLATE NOCASE"
            args.append(label)
        if issue_id is not None:
            sql += " AND d.issue_id = ?"
            args.append(issue_id)
        sql += " ORDER BY s.label, s.quote, s.document_id, s.start LIMIT ?"
        args.append(limit)
        return [EntityHit(*r) for r in self.db.conn.execute(sql, args)]

    def size_bytes(self) -> int:
        """Pages the index's own tables take, when SQLite has the dbstat table; else 0."""
        try:
            return self.db.conn.execute(
                "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search_text%'").fetchone()[0]
        except Exception:  # dbstat is a compile-time option
            return 0

    def rebuild_marks(self, ids: Sequence[int] | None = None) -> None:
        c = self.db.conn
        if ids is None:
            c.execute("INSERT OR IGNORE INTO search_stale (document_id) SELECT id FROM document")
        else:
            c.executemany("INSERT OR IGNORE INTO search_stale (document_id) VALUES (?)", [(i,) for i in ids])
