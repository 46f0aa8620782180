"""How a document's text came to be: its operations and revisions, diffs, restoring one.

Built on the edit log (author, time, seq, operation): an operation is the run of consecutive
edits one history entry made (typing, accept, undo, ...) or, for edits outside the history (an
import's cleanup), by one author in the same second (one per rule); a revision is the text
after an operation, computed as the fold of the log up to it (from the nearest snapshot
below), so it does not matter how often the store takes snapshots."""
from __future__ import annotations

from dataclasses import dataclass

from editor.core.text.diff import Op, changes, diff
from editor.core.text.edits import Edit, fold
from editor.core.opchanges import OpChanges
from editor.ops.operation import recorded
from editor.ops.texts import append, current
from editor.store import Store


@dataclass(frozen=True, slots=True)
class Operation:
    first: int  # seq of its first edit
    seq: int  # the log length after it: the revision it leaves
    author: str  # user, or rule:<id>
    kind: str  # the history entry's kind (typing, accept, undo:accept, ...), or "" outside the history
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
    entry_of = store.log.operations_of(document_id, doc.decoding_id)
    last_key = None
    for e in store.log.entries(document_id, doc.decoding_id):
        ins, rem = len(e.edit.insert), e.edit.end - e.edit.start
        oid, kind = entry_of.get(e.seq, (None, ""))
        key = ("op", oid) if oid is not None else ("log", e.author, e.created_at[:19])
        if ops and key == last_key:
            last = ops[-1]
            ops[-1] = Operation(last.first, e.seq + 1, last.author, kind, e.created_at, last.edits + 1,
                                last.inserted + ins, last.removed + rem)
        else:
            ops.append(Operation(e.seq, e.seq + 1, e.author, kind, e.created_at, 1, ins, rem))
        last_key = key
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


def restore(store: Store, document_id: int, seq: int, author: str = "user") -> OpChanges:
    """Make the current text that of revision ``seq`` by appending the edits between them, in one
    ``append`` inside one history entry ("restore"): one undo step; nothing leaves the log."""
    with recorded(store, "restore", {"document": document_id, "seq": seq}, author) as op:
        target = text_at(store, document_id, seq)
        cur = current(store, document_id).text
        edits = [Edit(o.b_start, o.b_end, target[o.a_start:o.a_end], cur[o.b_start:o.b_end])
                 for o in reversed(changes(diff(target, cur)))]  # right to left: offsets stay valid
        if edits:
            append(store, document_id, edits, author, result=target, op=op)
    return op.changes
