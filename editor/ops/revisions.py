"""How a document's text came to be: its operations and revisions, diffs, restoring one.

Built on the edit log alone (author, time, seq): an operation is a run of consecutive edits by
one author in the same second (a cleanup run makes one per rule); a revision is the text after
an operation, computed as the fold of the log up to it (from the nearest snapshot below), so
it does not matter how often the store takes snapshots."""
from __future__ import annotations

from dataclasses import dataclass

from editor.core.text.diff import Op, changes, diff
from editor.core.text.edits import Edit, fold
from editor.ops.texts import Current, append, current
from editor.store import Store


@dataclass(frozen=True, slots=True)
class Operation:
    first: int  # seq of its first edit
    seq: int  # the log length after it: the revision it leaves
    author: str  # user, or rule:<id>
    time: str  # ISO UTC of its last edit
    edits: int
    inserted: int  # code points
    removed: int


@dataclass(frozen=True, slots=True)
class History:
    document_id: int
    decoding_id: int
    name: str
    raw_length: int
    operations: tuple[Operation, ...]  # oldest first
    snapshots: tuple[tuple[int, int, str], ...]  # stored revision (id, seq, created_at)


def history(store: Store, document_id: int) -> History:
    doc = store.documents.get(document_id)
    raw = store.sources.decoding(doc.decoding_id).decoded.text
    ops: list[Operation] = []
    for e in store.log.entries(document_id, doc.decoding_id):
        ins, rem = len(e.edit.insert), e.edit.end - e.edit.start
        last = ops[-1] if ops else None
        if last is not None and last.author == e.author and last.time[:19] == e.created_at[:19]:
            ops[-1] = Operation(last.first, e.seq + 1, e.author, e.created_at, last.edits + 1,
                                last.inserted + ins, last.removed + rem)
        else:
            ops.append(Operation(e.seq, e.seq + 1, e.author, e.created_at, 1, ins, rem))
    return History(document_id, doc.decoding_id, doc.name, len(raw), tuple(ops),
                   tuple(store.log.revision_points(document_id, doc.decoding_id)))


def text_at(store: Store, document_id: int, seq: int) -> str:
    """The corrected text after the first ``seq`` edits of the current decoding's log."""
    doc = store.documents.get(document_id)
    length = store.log.length(document_id, doc.decoding_id)
    if not 0 <= seq <= length:
        raise ValueError(f"document {document_id} has {length} edits, no revision {seq}")
    snap = store.log.revision_before(document_id, doc.decoding_id, seq)
    text, since = (snap.text, snap.seq) if snap else (store.sources.decoding(doc.decoding_id).decoded.text, 0)
    return fold(text, store.log.edits_between(document_id, doc.decoding_id, since, seq))


def diff_with_current(store: Store, document_id: int, seq: int) -> tuple[str, str, list[Op]]:
    """(revision text, current text, opcodes from the revision to the current text)."""
    old, cur = text_at(store, document_id, seq), current(store, document_id).text
    return old, cur, diff(old, cur)


def restore(store: Store, document_id: int, seq: int, author: str = "user") -> Current:
    """Make the current text that of revision ``seq`` by appending the edits between them (one
    ``append``, so one step in the log; nothing is removed from it)."""
    with store.atomic():
        target = text_at(store, document_id, seq)
        cur = current(store, document_id).text
        edits = [Edit(op.b_start, op.b_end, target[op.a_start:op.a_end], cur[op.b_start:op.b_end])
                 for op in reversed(changes(diff(target, cur)))]  # right to left: offsets stay valid
        if not edits:
            return current(store, document_id)
        return append(store, document_id, edits, author, result=target)
