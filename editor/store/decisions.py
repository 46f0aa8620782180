"""The editor's decisions on cleanup proposals, gathered per publication for learning
(core/cleanup/priors.py). A decision is a change accepted or rejected by a person: a
profile's own acceptances are recorded as decided by ``rule:<id>`` and are no evidence."""
from __future__ import annotations

from editor.core.cleanup.priors import Decision

# The first two terms repeat the partial index change_decided (db/0003_decisions.sql), so
# that SQLite may use it; "+c.document_id" keeps it from walking every change of every
# document of the publication (change_document) instead of the few decided ones.
_DECIDED = ("c.decided_by IS NOT NULL AND c.decided_by NOT LIKE 'rule:%' "
            "AND c.status IN ('accepted', 'rejected') AND c.withdrawn_by IS NULL")
_GROUPED = (f"SELECT c.rule, c.before, c.after, c.status = 'accepted', count(*) FROM change c "
            f"JOIN document d ON d.id = +c.document_id LEFT JOIN issue i ON i.id = d.issue_id "
            f"WHERE {_DECIDED} AND {{scope}} GROUP BY 1, 2, 3, 4")


class Decisions:
    def __init__(self, db):
        self.db = db

    def _query(self, scope: str, args: list) -> list[Decision]:
        rows = self.db.conn.execute(_GROUPED.format(scope=scope), args)
        return [Decision(rule, before, after, bool(accepted), n) for rule, before, after, accepted, n in rows]

    def publication_of(self, document_id: int) -> int | None:
        row = self.db.conn.execute(
            "SELECT i.publication_id FROM document d LEFT JOIN issue i ON i.id = d.issue_id WHERE d.id = ?",
            [document_id]).fetchone()
        return row[0] if row else None

    def publication_id(self, name: str | None) -> int | None:
        if not name:
            return None
        row = self.db.conn.execute("SELECT id FROM publication WHERE name = ?", [name]).fetchone()
        return row[0] if row else None

    def for_publication(self, publication_id: int | None) -> list[Decision]:
        """The decisions in the publication's issues; for None, in the whole store."""
        if publication_id is None:
            return self._query("1", [])
        return self._query("i.publication_id = ?", [publication_id])
