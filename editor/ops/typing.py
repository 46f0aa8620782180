"""The editor's typing, saved as undo steps: one per word or pause.

The window groups keystrokes (a group breaks at a space or punctuation, a jump elsewhere or a
pause) and saves every few seconds, so a word typed across a save continues the step the
previous save began: its edits join that operation while it is still the latest one.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from editor.core.opchanges import OpChanges
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.operation import Recorder, recorded
from editor.store import Store

LABEL_CHARS = 24


@dataclass(frozen=True, slots=True)
class Group:
    edits: tuple[Edit, ...]
    continues: bool = False  # the same word as the last group saved


def _detail(edits: Sequence[Edit], detail: dict | None = None) -> dict:
    inserted = (detail or {}).get("inserted", "")
    removed = (detail or {}).get("removed", "")
    for e in edits:
        if e.insert:
            inserted += e.insert
        if e.before:
            removed = e.before + removed if not e.insert else removed + e.before
    return {"inserted": inserted[-LABEL_CHARS:] if len(inserted) > LABEL_CHARS else inserted,
            "removed": removed[:LABEL_CHARS]}


def save(store: Store, document_id: int, groups: Sequence[Group], expected_seq: int,
         continue_operation: int | None = None, wait_ms: int | None = None) -> OpChanges:
    """Append the groups' edits, one operation each, in one transaction. The first group joins
    ``continue_operation`` when it continues it and nothing happened since. ConflictError when
    the document changed elsewhere since ``expected_seq``; StoreBusy when the write lock did not
    come in ``wait_ms``. Either way nothing is written and the caller keeps its edits."""
    changes = OpChanges()
    with store.atomic(wait_ms):
        seq = expected_seq
        for i, group in enumerate(groups):
            target = _joinable(store, document_id, continue_operation) if i == 0 and group.continues else None
            if target is not None:
                op = Recorder(store, target.id)
                with store.history.recording(op.id):
                    new_seq = texts.append(store, document_id, group.edits, "user", op=op, expected_seq=seq)
                store.history.seal(op.id)
                store.history.update(op.id, detail=_detail(group.edits, target.detail), documents=(document_id,))
                changes |= op.changes
            else:
                with recorded(store, "typing", _detail(group.edits)) as op:
                    new_seq = texts.append(store, document_id, group.edits, "user", op=op, expected_seq=seq)
                changes |= op.changes
            seq = new_seq
    return changes


def _joinable(store: Store, document_id: int, operation_id: int | None):
    if operation_id is None:
        return None
    latest = store.history.latest()
    if latest is None or latest.id != operation_id or latest.kind != "typing" or latest.state != "done":
        return None
    return latest if latest.documents == (document_id,) else None
