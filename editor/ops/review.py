"""What the side-by-side view marks: every rule change and the editor's own edits, in the raw
and in the current text, each with its origin (the pane colours by it)."""
from __future__ import annotations

from editor.core.model import ChangeStatus
from editor.core.text.marks import Mark, locate
from editor.store import Store


def marks(store: Store, document_id: int) -> tuple[list[Mark], list[Mark]]:
    """(marks in the raw text, marks in the current corrected text). A mark with no width is a
    deletion, drawn as a caret at its place."""
    doc = store.documents.get(document_id)
    rows = store.changes.for_document(doc.id, doc.decoding_id)
    applied = [(r.id, r.seq, "applied") for r in rows if r.status == ChangeStatus.ACCEPTED and r.seq is not None]
    pending = [(r.id, r.base_seq, r.change.start, r.change.end, "proposed")
               for r in rows if r.status == ChangeStatus.PROPOSED]
    entries = store.log.entries(doc.id, doc.decoding_id)
    # a replace-all (author "replace:<pattern>") is the editor's own edit too
    typed = [(-1 - e.seq, e.seq, "user") for e in entries
             if (e.author == "user" or e.author.startswith("replace:")) and e.change_id is None]
    corrected = locate([e.edit for e in entries], applied + typed, pending)
    raw = [Mark(r.id, r.raw_start, r.raw_end, "removed" if r.status == ChangeStatus.ACCEPTED else "proposed")
           for r in rows if r.status in (ChangeStatus.ACCEPTED, ChangeStatus.PROPOSED)]
    return raw, corrected
