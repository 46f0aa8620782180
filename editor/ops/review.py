"""What the side-by-side view marks: every rule change, in the raw and in the current text."""
from __future__ import annotations

from editor.core.text.marks import Mark, locate
from editor.core.model import ChangeStatus
from editor.store import Store


def marks(store: Store, document_id: int) -> tuple[list[Mark], list[Mark]]:
    """(marks in the raw text, marks in the current corrected text)."""
    doc = store.documents.get(document_id)
    rows = store.changes.for_document(doc.id, doc.decoding_id)
    applied = [(r.id, r.seq, "applied") for r in rows if r.status == ChangeStatus.ACCEPTED and r.seq is not None]
    pending = [(r.id, r.base_seq, r.change.start, r.change.end, "proposed")
               for r in rows if r.status == ChangeStatus.PROPOSED]
    corrected = locate(store.log.edits(doc.id, doc.decoding_id), applied, pending)
    raw = [Mark(r.id, r.raw_start, r.raw_end, "removed" if r.status == ChangeStatus.ACCEPTED else "proposed")
           for r in rows if r.status in (ChangeStatus.ACCEPTED, ChangeStatus.PROPOSED)]
    return raw, corrected
