"""What the suggesters keep in the store: the suggestions a user rejected (so they are not
proposed again for the same string in the same context) and the models they learned."""
from __future__ import annotations

from typing import Iterable


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

    def save_model(self, name: str, data: bytes, sentences: int, labels: Iterable[str]) -> None:
        self.db.conn.execute(
            "INSERT OR REPLACE INTO suggester_model (name, data, sentences, labels) VALUES (?, ?, ?, ?)",
            [name, data, sentences, ",".join(sorted(labels))])

    def model(self, name: str) -> tuple[bytes, int, tuple[str, ...], str] | None:
        """(data, sentences learned from, labels, trained at) of a stored model."""
        row = self.db.conn.execute(
            "SELECT data, sentences, labels, trained_at FROM suggester_model WHERE name = ?", [name]).fetchone()
        return (row[0], row[1], tuple(filter(None, row[2].split(","))), row[3]) if row else None
