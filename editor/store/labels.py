"""Entity labels: name, colour, default shortcut."""
from __future__ import annotations

from editor.core.model import DEFAULT_LABELS, Label


class Labels:
    def __init__(self, db):
        self.db = db

    def ensure_defaults(self) -> None:
        if self.db.conn.execute("SELECT count(*) FROM label").fetchone()[0]:
            return
        with self.db.atomic():
            self.db["label"].insert_all([
                {"name": l.name, "color": l.color, "shortcut": l.shortcut, "description": l.description,
                 "position": i} for i, l in enumerate(DEFAULT_LABELS)])

    def all(self) -> list[Label]:
        return [Label(*r) for r in self.db.conn.execute(
            "SELECT name, color, shortcut, description FROM label ORDER BY position, name")]

    def ensure(self, name: str) -> None:
        """A label met in imported data that the store does not know yet."""
        if not self.db.conn.execute("SELECT 1 FROM label WHERE name = ?", [name]).fetchone():
            pos = self.db.conn.execute("SELECT coalesce(max(position) + 1, 0) FROM label").fetchone()[0]
            self.db["label"].insert({"name": name, "color": "#888888", "shortcut": None,
                                     "description": "", "position": pos})
