"""Original bytes and their decodings: written once, never updated (triggers refuse)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from editor.core.model import Decoded, TextIssue


@dataclass(frozen=True, slots=True)
class SourceRow:
    id: int
    sha256: str
    size: int
    name: str
    path: str | None
    kind: str
    imported_at: str


@dataclass(frozen=True, slots=True)
class DecodingRow:
    id: int
    source_id: int
    part: int
    decoded: Decoded
    origin: str
    created_at: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Sources:
    def __init__(self, db):
        self.db = db

    def find(self, digest: str) -> SourceRow | None:
        row = self.db.conn.execute(
            "SELECT id, sha256, size, name, path, kind, imported_at FROM source WHERE sha256 = ?", [digest]
        ).fetchone()
        return SourceRow(*row) if row else None

    def add(self, data: bytes, name: str, path: str | None, kind: str) -> int:
        return self.db["source"].insert(
            {"sha256": sha256(data), "bytes": data, "size": len(data), "name": name, "path": path, "kind": kind}
        ).last_pk

    def get(self, source_id: int) -> SourceRow:
        row = self.db.conn.execute(
            "SELECT id, sha256, size, name, path, kind, imported_at FROM source WHERE id = ?", [source_id]
        ).fetchone()
        return SourceRow(*row)

    def data(self, source_id: int) -> bytes:
        return self.db.conn.execute("SELECT bytes FROM source WHERE id = ?", [source_id]).fetchone()[0]

    def add_decoding(self, source_id: int, decoded: Decoded, part: int = 0, origin: str = "auto") -> int:
        return self.db["decoding"].insert({
            "source_id": source_id, "part": part, "encoding": decoded.encoding,
            "confidence": decoded.confidence, "repairs": json.dumps(list(decoded.repairs), ensure_ascii=False),
            "warnings": json.dumps([{"kind": w.kind, "position": w.position, "char": w.char}
                                    for w in decoded.warnings], ensure_ascii=False),
            "text": decoded.text, "origin": origin,
        }).last_pk

    def decoding(self, decoding_id: int) -> DecodingRow:
        row = self.db.conn.execute(
            "SELECT id, source_id, part, encoding, confidence, repairs, warnings, text, origin, created_at "
            "FROM decoding WHERE id = ?", [decoding_id]).fetchone()
        return _decoding(row)

    def decodings(self, source_id: int) -> list[DecodingRow]:
        rows = self.db.conn.execute(
            "SELECT id, source_id, part, encoding, confidence, repairs, warnings, text, origin, created_at "
            "FROM decoding WHERE source_id = ? ORDER BY id", [source_id]).fetchall()
        return [_decoding(r) for r in rows]


def _decoding(row) -> DecodingRow:
    did, sid, part, enc, conf, repairs, warnings, text, origin, created = row
    decoded = Decoded(text, enc, conf, tuple(json.loads(repairs)),
                      tuple(TextIssue(w["kind"], w["position"], w["char"]) for w in json.loads(warnings)))
    return DecodingRow(did, sid, part, decoded, origin, created)
