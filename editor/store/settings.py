"""Store-wide settings (the ``setting`` table): choices that belong to the store, not to the
machine, e.g. the cleanup profile imports run."""
from __future__ import annotations


class Settings:
    def __init__(self, db):
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.conn.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        self.db.conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
