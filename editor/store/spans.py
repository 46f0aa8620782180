"""Annotation spans on the corrected text, stored with the log length their offsets refer to."""
from __future__ import annotations

from typing import Iterable

from editor.core.model import Span

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_COLS = "start, end, label, quote, origin, status, prefix, suffix, id"


class Spans:
    def __init__(self, db):
        self.db = db

    def add(self, document_id: int, decoding_id: int, seq: int, spans: Iterable[Span]) -> list[int]:
        """Insert spans in one transaction; returns their ids in order."""
        ids = []
        with self.db.atomic():
            for s in spans:
                ids.append(self.db.conn.execute(
                    "INSERT INTO span (document_id, decoding_id, seq, label, start, \"end\", quote, prefix, suffix, "
                    "origin, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [document_id, decoding_id, seq, s.label, s.start, s.end, s.quote, s.prefix, s.suffix, s.origin,
                     str(s.status)]).lastrowid)
        return ids

    def for_document(self, document_id: int, statuses: Iterable[str] | None = None,
                     decoding_id: int | None = None) -> list[tuple[int, Span]]:
        """(seq the offsets refer to, span) pairs, in text order; of one decoding when given."""
        sql = f"SELECT seq, {_COLS} FROM span WHERE document_id = ?"
        args: list = [document_id]
        if decoding_id is not None:
            sql += " AND decoding_id = ?"
            args.append(decoding_id)
        if statuses is not None:
            statuses = list(statuses)
            sql += f" AND status IN ({','.join('?' * len(statuses))})"
            args += statuses
        rows = self.db.conn.execute(sql + " ORDER BY start, end, id", args)
        return [(r[0], Span(*r[1:])) for r in rows]

    def placed(self, document_id: int, decoding_id: int, lo: int | None = None,
               hi: int | None = None) -> list[tuple[int, int, int, int, str]]:
        """(seq, id, start, end, status) of the spans of the decoding that an edit can move; with
        ``lo`` and ``hi``, only those that reach into [lo, hi]."""
        sql = ("SELECT seq, id, start, \"end\", status FROM span WHERE document_id = ? AND decoding_id = ? "
               "AND status != 'orphaned'")
        args: list = [document_id, decoding_id]
        if lo is not None:
            sql += " AND start <= ? AND \"end\" >= ?"
            args += [hi, lo]
        return self.db.conn.execute(sql, args).fetchall()

    def shift_after(self, document_id: int, decoding_id: int, after: int, delta: int) -> None:
        """Every span starting after ``after`` moves by ``delta``: one statement."""
        self.db.conn.execute(
            "UPDATE span SET start = start + ?, \"end\" = \"end\" + ? "  # a shift is no change to the annotation
            "WHERE document_id = ? AND decoding_id = ? AND status != 'orphaned' AND start > ?",
            [delta, delta, document_id, decoding_id, after])

    def images(self, span_ids: Iterable[int]) -> dict[int, dict]:
        """The rows as history images (editor.store.history.IMAGE_COLUMNS['span'])."""
        ids = list(span_ids)
        out = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows = self.db.conn.execute(
                f"SELECT id, seq, start, \"end\", status, label, updated_at FROM span WHERE id IN "
                f"({','.join('?' * len(chunk))})", chunk)
            for sid, seq, start, end, status, label, updated in rows:
                out[sid] = {"seq": seq, "start": start, "end": end, "status": status, "label": label,
                            "updated_at": updated}
        return out

    def move_many(self, seq: int, moved: Iterable[tuple[int, int, int, str]]) -> None:
        """(id, start, end, status) rows, now referring to the text after ``seq`` edits: one statement."""
        self.db.conn.executemany(
            f"UPDATE span SET seq = ?, start = ?, \"end\" = ?, status = ?, updated_at = {_NOW} WHERE id = ?",
            [(seq, start, end, status, sid) for sid, start, end, status in moved])

    def rebase(self, document_id: int, decoding_id: int, seq: int) -> None:
        """Spans no edit moved since their seq stand where they stood: say they refer to ``seq``."""
        self.db.conn.execute("UPDATE span SET seq = ? WHERE document_id = ? AND decoding_id = ? AND seq < ?",
                             [seq, document_id, decoding_id, seq])

    def move(self, span_id: int, seq: int, start: int, end: int, status: str) -> None:
        self.db.conn.execute(
            f"UPDATE span SET seq = ?, start = ?, end = ?, status = ?, updated_at = {_NOW} WHERE id = ?",
            [seq, start, end, status, span_id])

    def count(self, document_id: int, status: str = "accepted") -> int:
        return self.db.conn.execute(
            "SELECT count(*) FROM span WHERE document_id = ? AND status = ?", [document_id, status]).fetchone()[0]

    def get(self, span_id: int) -> tuple[int, int, Span] | None:
        """(document id, seq, span) of one span."""
        row = self.db.conn.execute(f"SELECT document_id, seq, {_COLS} FROM span WHERE id = ?", [span_id]).fetchone()
        return (row[0], row[1], Span(*row[2:])) if row else None

    def set_status(self, span_ids: Iterable[int], status: str) -> None:
        self.db.conn.executemany(f"UPDATE span SET status = ?, updated_at = {_NOW} WHERE id = ?",
                                 [(status, i) for i in span_ids])

    def drop_proposed(self, document_id: int | None = None, label: str | None = None) -> int:
        """Delete waiting suggestions (of a document, of a label): they are no one's work yet."""
        sql, args = "DELETE FROM span WHERE status = 'proposed'", []
        if document_id is not None:
            sql, args = sql + " AND document_id = ?", args + [document_id]
        if label is not None:
            sql, args = sql + " AND label = ?", args + [label]
        return self.db.conn.execute(sql, args).rowcount

    def relabel(self, old: str, new: str) -> None:
        self.db.conn.execute(f"UPDATE span SET label = ?, updated_at = {_NOW} WHERE label = ?", [new, old])

    def documents_with_label(self, label: str) -> list[int]:
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT document_id FROM span WHERE label = ? ORDER BY document_id", [label])]

    def accepted_quotes(self) -> list[tuple[str, str]]:
        """(quote, label) of every accepted span in the store, for the gazetteer."""
        return self.db.conn.execute(
            "SELECT quote, label FROM span WHERE status = 'accepted' AND quote != ''").fetchall()

    def accepted_total(self) -> int:
        return self.db.conn.execute("SELECT count(*) FROM span WHERE status = 'accepted'").fetchone()[0]

    def documents_with_accepted(self) -> list[int]:
        return [r[0] for r in self.db.conn.execute(
            "SELECT DISTINCT document_id FROM span WHERE status = 'accepted' ORDER BY document_id")]
