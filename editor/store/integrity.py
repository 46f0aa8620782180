"""What SQLite and the stored hashes say about a store file: the SQL half of ``jiaokan check``."""
from __future__ import annotations

import hashlib
from typing import Iterator


class Integrity:
    def __init__(self, db):
        self.db = db

    def integrity_check(self) -> list[str]:
        rows = [r[0] for r in self.db.conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def foreign_key_check(self) -> list[str]:
        return [f"{table} row {rowid} points at a missing {parent} row"
                for table, rowid, parent, _ in self.db.conn.execute("PRAGMA foreign_key_check")]

    def source_hashes(self) -> Iterator[tuple[int, str, bool]]:
        """(source id, name, whether the bytes still hash to the stored sha256), one row at a
        time so a store of large sources is never read into memory at once."""
        ids = [r[0] for r in self.db.conn.execute("SELECT id FROM source ORDER BY id")]
        for sid in ids:
            name, digest, data = self.db.conn.execute(
                "SELECT name, sha256, bytes FROM source WHERE id = ?", [sid]).fetchone()
            yield sid, name, hashlib.sha256(data).hexdigest() == digest

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.db.conn.execute("SELECT id FROM document ORDER BY id")]

    def log_gaps(self) -> list[tuple[int, int, int]]:
        """(document, decoding, edits) whose seq numbers are not 0..n-1."""
        return list(self.db.conn.execute(
            "SELECT document_id, decoding_id, count(*) FROM edit GROUP BY document_id, decoding_id "
            "HAVING max(seq) != count(*) - 1 OR min(seq) != 0"))
