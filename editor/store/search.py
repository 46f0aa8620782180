"""The full-text index (FTS5) and the entity spans, searched.

Why trigram and not a jieba-segmented shadow column (benchmarks/search_store.py): trigram finds
every substring of three characters or more, with no word list to miss a name or a phrase
jieba cuts differently (the shadow index missed 4% of four-character words), and indexing needs
no jieba (whose segmentation of 50 MB takes minutes). Trigram cannot look up one or two
characters: those Chinese queries go to a second, contentless index where each Han character
is a token and a two-character word a phrase. Other short queries (Latin "AI") scan the stored
texts with instr().

What is stale is kept by triggers (db/0002): the editing code never calls this module.
"""
from __future__ import annotations

import re
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


_HAN = re.compile("([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff])")
_ALL_HAN = re.compile("^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+$")


def spaced(text: str) -> str:
    """Text for search_chars: a space each side of every Han character."""
    return _HAN.sub(r" \1 ", text)


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
        # A contentless row is deleted by giving its old text back.
        old = [("delete", i, spaced(a), spaced(b)) for (i,) in ids for a, b in
               c.execute("SELECT corrected, raw FROM search_text WHERE rowid = ?", [i])]
        c.executemany("INSERT INTO search_chars (search_chars, rowid, corrected, raw) VALUES (?, ?, ?, ?)", old)
        c.executemany("DELETE FROM search_text WHERE rowid = ?", ids)
        c.executemany("INSERT INTO search_text (rowid, corrected, raw) VALUES (?, ?, ?)", rows)
        c.executemany("INSERT INTO search_chars (rowid, corrected, raw) VALUES (?, ?, ?)",
                      [(i, spaced(a), spaced(b)) for i, a, b in rows])
        c.executemany("DELETE FROM search_stale WHERE document_id = ?", ids)

    def drop_missing(self) -> None:
        """Marks of documents that are gone (cannot happen through the triggers; cheap to be sure)."""
        self.db.conn.execute("DELETE FROM search_stale WHERE document_id NOT IN (SELECT id FROM document)")

    @staticmethod
    def ranked(query: str) -> bool:
        """Whether candidates() comes ranked through an index (or from a scan)."""
        return len(query) >= 3 or bool(_ALL_HAN.match(query))

    def candidates(self, query: str, column: str, issue_id: int | None = None,
                   limit: int = 100) -> list[Candidate]:
        """Documents whose ``column`` may hold ``query``, best first by bm25: through the trigram
        index for three characters or more, the character index for one or two Han characters
        (a candidate may have them apart, across punctuation: the caller finds the real hits),
        else a scan of the texts (unranked: the caller ranks)."""
        if column not in COLUMNS:
            raise ValueError(f"no indexed column {column!r}")
        extra = [issue_id] if issue_id is not None else []
        if self.ranked(query):
            # Rank ids first, then read the texts of the best only: selecting the text along with
            # bm25 makes SQLite sort every matching document's text (a few hundred ms at 10,000).
            table, phrase = (("search_text", query) if len(query) >= 3 else ("search_chars", " ".join(query)))
            in_issue = "AND rowid IN (SELECT id FROM document WHERE issue_id = ?)" if issue_id is not None else ""
            sql = (f"WITH top AS MATERIALIZED (SELECT rowid AS id, bm25({table}) AS r FROM {table} "
                   f"WHERE {table} MATCH ? {in_issue} ORDER BY r LIMIT ?) "
                   f"SELECT top.id, d.name, s.{column}, top.r FROM top JOIN search_text s ON s.rowid = top.id "
                   f"JOIN document d ON d.id = top.id ORDER BY top.r")
            args = [f"{{{column}}} : {_fts_phrase(phrase)}", *extra, limit]
        else:
            where_issue = "AND d.issue_id = ?" if issue_id is not None else ""
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
