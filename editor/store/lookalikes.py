"""What the look-alike rule learns from a store: the editor's decisions on its proposals and
the text of the documents they corrected or reviewed."""
from __future__ import annotations

import json

# The editor's decisions only: a proposal the profile applied on its own (decided_by
# "rule:...") teaches nothing until the editor keeps or reverts it.
_DECIDED = ("FROM change WHERE rule = ? AND status IN ('accepted', 'rejected') "
            "AND (decided_by IS NULL OR decided_by NOT LIKE 'rule:%')")
_WORKED = ("FROM revision r JOIN document d ON d.id = r.document_id AND d.decoding_id = r.decoding_id "
           "WHERE d.status IN ('corrected', 'annotated', 'reviewed')")


class Lookalikes:
    def __init__(self, db):
        self.db = db

    def decisions(self, rule: str) -> list[tuple[str, str, bool, str, str]]:
        """(before, after, accepted, the two characters before, the two after) per decision."""
        out = []
        for before, after, status, data in self.db.conn.execute(
                f"SELECT \"before\", \"after\", status, data {_DECIDED} ORDER BY id", [rule]):
            d = json.loads(data) if data else {}
            out.append((before, after, status == "accepted", d.get("left", ""), d.get("right", "")))
        return out

    def worked_texts(self, max_chars: int) -> list[str]:
        """The latest revision of each corrected, annotated or reviewed document, newest
        first, up to about ``max_chars`` characters in all."""
        out, total = [], 0
        for (text,) in self.db.conn.execute(
                f"SELECT r.text {_WORKED} AND r.id = (SELECT max(id) FROM revision "
                "WHERE document_id = r.document_id AND decoding_id = r.decoding_id) ORDER BY r.id DESC"):
            out.append(text)
            total += len(text)
            if total >= max_chars:
                break
        return out

    def signature(self, rule: str) -> tuple:
        """Changes whenever what ``decisions`` and ``worked_texts`` return may have changed."""
        q = self.db.conn.execute
        decided = q(f"SELECT count(*), max(decided_at), max(id) {_DECIDED}", [rule]).fetchone()
        worked = q(f"SELECT count(*), max(r.id) {_WORKED}").fetchone()
        return tuple(decided) + tuple(worked)
