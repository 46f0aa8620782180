"""What the suggesters keep in the store: the suggestions a user rejected (so they are not
proposed again for the same string in the same context) and the models they learned."""
from __future__ import annotations

from typing import Iterable, NamedTuple


class Suggestions:
    def __init__(self, db):
        self.db = db

    def reject(self, keys: Iterable[tuple[str, str, str, str, str]]) -> None:
        """(label, quote, prefix, suffix, origin) rows; a key rejected before is kept once."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO rejected_suggestion (label, quote, prefix, suffix, origin) VALUES (?, ?, ?, ?, ?)",
            list(keys))

    def rejected(self) -> set[tuple[str, str, str, str]]:
        return set(self.db.conn.execute("SELECT label, quote, prefix, suffix FROM rejected_suggestion"))

    def save_model(self, name: str, data: bytes, sentences: int, spans: int, labels: Iterable[str]) -> None:
        self.db.conn.execute(
            "INSERT OR REPLACE INTO suggester_model (name, data, sentences, spans, labels) VALUES (?, ?, ?, ?, ?)",
            [name, data, sentences, spans, ",".join(sorted(labels))])

    def model(self, name: str) -> StoredModel | None:
        row = self.db.conn.execute(
            "SELECT data, sentences, spans, labels, trained_at FROM suggester_model WHERE name = ?", [name]).fetchone()
        return StoredModel(row[0], row[1], row[2], tuple(filter(None, row[3].split(","))), row[4]) if row else None


class StoredModel(NamedTuple):
    data: bytes
    sentences: int
    spans: int  # accepted spans it learned from
    labels: tuple[str, ...]
    trained_at: str
