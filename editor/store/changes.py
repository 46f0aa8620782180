"""Rule proposals with their status; runs of the cleanup pipeline."""
from __future__ import annotations

import json
from dataclasses import dataclass

from editor.core.model import Change

_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


@dataclass(frozen=True, slots=True)
class ChangeRow:
    id: int
    document_id: int
    decoding_id: int
    change: Change
    base_seq: int
    raw_start: int
    raw_end: int
    status: str
    seq: int | None
    decided_by: str | None


_COLS = ("id, document_id, decoding_id, rule, start, end, before, after, reason, confidence, data, base_seq, raw_start, raw_end, "
         "status, seq, decided_by")


def _row(r) -> ChangeRow:
    cid, doc, dec, rule, start, end, before, after, reason, conf, data, base, rs, re_, status, seq, by = r
    change = Change(rule, start, end, before, after, reason, conf, json.loads(data) if data else None)
    return ChangeRow(cid, doc, dec, change, base, rs, re_, status, seq, by)


class Changes:
    def __init__(self, db):
        self.db = db

    def add_run(self, document_id: int, decoding_id: int, profile_json: str) -> int:
        return self.db["clean_run"].insert(
            {"document_id": document_id, "decoding_id": decoding_id, "profile": profile_json}).last_pk

    def add(self, document_id: int, decoding_id: int, run_id: int | None, change: Change, base_seq: int,
            raw_start: int, raw_end: int, status: str, seq: int | None, decided_by: str | None = None) -> int:
        # Plain sqlite3, not Table.insert: a cleanup run adds thousands of rows, and
        # sqlite-utils' per-call introspection was half of the import time.
        return self.db.conn.execute(
            "INSERT INTO change (document_id, decoding_id, run_id, rule, base_seq, start, \"end\", raw_start, raw_end, "
            "\"before\", \"after\", reason, confidence, data, status, seq, decided_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [document_id, decoding_id, run_id, change.rule, base_seq, change.start, change.end, raw_start, raw_end,
             change.before, change.after, change.reason, change.confidence,
             json.dumps(dict(change.data), ensure_ascii=False) if change.data else None,
             str(status), seq, decided_by]).lastrowid

    def for_document(self, document_id: int, decoding_id: int, status: str | None = None) -> list[ChangeRow]:
        sql = f"SELECT {_COLS} FROM change WHERE document_id = ? AND decoding_id = ? AND withdrawn_by IS NULL"
        args: list = [document_id, decoding_id]
        if status:
            sql += " AND status = ?"
            args.append(status)
        return [_row(r) for r in self.db.conn.execute(sql + " ORDER BY raw_start, id", args)]

    def listed(self, change_ids) -> list[ChangeRow]:
        """These changes as the Changes list shows them: those an undone run withdrew are left out."""
        ids = list(change_ids)
        out = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            out += [_row(r) for r in self.db.conn.execute(
                f"SELECT {_COLS} FROM change WHERE id IN ({','.join('?' * len(chunk))}) AND withdrawn_by IS NULL",
                chunk)]
        return out

    def get(self, change_id: int) -> ChangeRow:
        row = self.db.conn.execute(f"SELECT {_COLS} FROM change WHERE id = ?", [change_id]).fetchone()
        if row is None:
            raise KeyError(f"no change {change_id}")
        return _row(row)

    def set_status(self, change_id: int, status: str, seq: int | None, by: str) -> None:
        self.db.conn.execute(
            f"UPDATE change SET status = ?, seq = ?, decided_by = ?, decided_at = {_NOW} WHERE id = ?",
            [status, seq, by, change_id])
