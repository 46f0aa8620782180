"""Entity labels: name, colour, key, description, in the order the label bar shows them."""
from __future__ import annotations

from editor.core.model import DEFAULT_LABELS, Label


class Labels:
    def __init__(self, db):
        self.db = db

    def ensure_defaults(self) -> None:
        """An emptied label table gets the defaults back (a migrated store has them)."""
        if self.db.conn.execute("SELECT count(*) FROM label").fetchone()[0]:
            return
        with self.db.atomic():
            for label in DEFAULT_LABELS:
                self.add(label)

    def all(self) -> list[Label]:
        return [Label(*r) for r in self.db.conn.execute(
            "SELECT name, color, shortcut, description FROM label ORDER BY position, name")]

    def get(self, name: str) -> Label | None:
        row = self.db.conn.execute(
            "SELECT name, color, shortcut, description FROM label WHERE name = ?", [name]).fetchone()
        return Label(*row) if row else None

    def ensure(self, name: str) -> None:
        """A label met in imported data that the store does not know yet."""
        if self.get(name) is None:
            self.add(Label(name, "#888888"))

    def add(self, label: Label) -> None:
        pos = self.db.conn.execute("SELECT coalesce(max(position) + 1, 0) FROM label").fetchone()[0]
        self.db.conn.execute(
            "INSERT INTO label (name, color, shortcut, description, position) VALUES (?, ?, ?, ?, ?)",
            [label.name, label.color, label.shortcut, label.description, pos])

    def update(self, name: str, label: Label) -> None:
        """Replace the label ``name`` by ``label``; a new name is carried to its spans (the
        foreign key cascades) and to the suggestions rejected under it."""
        self.db.conn.execute("UPDATE label SET name = ?, color = ?, shortcut = ?, description = ? WHERE name = ?",
                             [label.name, label.color, label.shortcut, label.description, name])
        if label.name != name:
            self.db.conn.execute("UPDATE rejected_suggestion SET label = ? WHERE label = ?", [label.name, name])

    def delete(self, name: str) -> None:
        self.db.conn.execute("DELETE FROM rejected_suggestion WHERE label = ?", [name])
        self.db.conn.execute("DELETE FROM label WHERE name = ?", [name])

    def usage(self, name: str) -> dict[str, int]:
        """Spans of this label by status."""
        return dict(self.db.conn.execute(
            "SELECT status, count(*) FROM span WHERE label = ? GROUP BY status", [name]).fetchall())
