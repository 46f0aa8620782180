"""Undo and redo over the store's history (linear, store-wide, surviving a restart).

Undo reverses the latest operation still done: it appends the inverse of the operation's
edits, last first (the log never shrinks), and puts back every row the operation changed from
the image taken before it. Redo appends the operation's edits again and restores the images
taken after it. Both are history entries themselves.
"""
from __future__ import annotations

from typing import Sequence

from editor.core.errors import ConflictError
from editor.core.opchanges import OpChanges
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.operation import Recorder
from editor.store import Store
from editor.store.history import Entry, OperationEdit, RowImage

# Rows go back parents first; rows to remove go last, once nothing refers to them.
_ORDER = {"issue": 0, "document": 1, "change": 2, "span": 3}


def undo_entry(store: Store) -> Entry | None:
    return store.history.undo_target()


def redo_entry(store: Store) -> Entry | None:
    return store.history.redo_target()


def undo(store: Store, wait_ms: int | None = None) -> OpChanges:
    """Reverse the latest operation; an OpChanges with nothing in it when there is none."""
    return _step(store, wait_ms, redo=False)


def redo(store: Store, wait_ms: int | None = None) -> OpChanges:
    return _step(store, wait_ms, redo=True)


def _step(store: Store, wait_ms: int | None, redo: bool) -> OpChanges:
    """Undo (inverse edits, before images) or redo (the edits again, after images) as an entry."""
    with store.atomic(wait_ms):
        target = store.history.redo_target() if redo else store.history.undo_target()
        if target is None:
            return OpChanges()
        op = Recorder(store, store.history.add(target.kind, target.detail, "user", "redo" if redo else "undo",
                                               target.id))
        new_seq = _replay(store, op, store.history.edits(target.id), inverse=not redo)
        _restore(store, op, store.history.images(target.id), new_seq, use_before=not redo)
        store.history.update(target.id, state="done" if redo else "undone")
        store.history.update(op.id, documents=tuple(op.documents))
        return op.changes.with_value(target)


def _replay(store: Store, op: Recorder, edits: Sequence[OperationEdit], inverse: bool) -> dict[int, int]:
    """Append the edits again (or their inverses, last first) per document; returns, per change
    id, the log position of the new edit that now holds its text."""
    by_doc: dict[int, list[OperationEdit]] = {}
    for e in edits:
        by_doc.setdefault(e.document_id, []).append(e)
    seq_of: dict[int, int] = {}
    for doc_id, logged in by_doc.items():
        if store.documents.get(doc_id).decoding_id != logged[0].decoding_id:
            raise ConflictError(f"document {doc_id}", "was re-decoded since: this step cannot be undone")
        steps = [_inverse(e.edit) for e in reversed(logged)] if inverse else [e.edit for e in logged]
        ids = [e.change_id for e in (reversed(logged) if inverse else logged)]
        try:
            seq = texts.append(store, doc_id, steps, "user", ids, op=op)
        except (ValueError, ConflictError):
            raise ConflictError(f"document {doc_id}", "its text was changed elsewhere since: this step cannot be "
                                                      "undone automatically") from None
        first = seq - len(steps)
        for i, cid in enumerate(ids):
            if cid is not None:
                seq_of[cid] = first + i
    return seq_of


def _inverse(edit: Edit) -> Edit:
    """Replace what the edit inserted by what it removed."""
    return Edit(edit.start, edit.start + len(edit.insert), edit.before or "", edit.insert)


def _restore(store: Store, op: Recorder, images: Sequence[RowImage], new_seq: dict[int, int],
             use_before: bool) -> None:
    keep = [(i, i.before if use_before else i.after) for i in images]
    put = sorted(((i, img) for i, img in keep if img is not None), key=lambda p: _ORDER[p[0].tbl])
    gone = sorted(((i, img) for i, img in keep if img is None), key=lambda p: -_ORDER[p[0].tbl])
    changes = OpChanges()
    for image, values in put + gone:
        if values is not None and image.tbl == "change" and image.row_id in new_seq and values.get("status") in (
                "accepted", "rejected"):
            values = {**values, "seq": new_seq[image.row_id]}  # the edit that holds its text now
        if values is not None and image.tbl == "span":
            doc_id = _span_document(store, image.row_id)
            values = {**values, "seq": texts.current(store, doc_id).seq}
        store.history.restore(image.tbl, image.row_id, values, withdrawn_by=op.id)
        changes |= _what(store, image, values)
    op.note(changes)


def _span_document(store: Store, span_id: int) -> int:
    return store.db.conn.execute("SELECT document_id FROM span WHERE id = ?", [span_id]).fetchone()[0]


def _what(store: Store, image: RowImage, values: dict | None) -> OpChanges:
    if image.tbl == "issue":
        return OpChanges(tree=True)
    if image.tbl == "document":
        status = values.get("status") if values else None
        return OpChanges(tree=True, statuses={image.row_id: status} if status else {})
    if image.tbl == "change":
        row = store.changes.get(image.row_id)
        return OpChanges(changes=frozenset([image.row_id]), change_documents=frozenset([row.document_id]))
    return OpChanges(spans=frozenset([_span_document(store, image.row_id)]))
