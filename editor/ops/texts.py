"""A document's texts: raw, current corrected text, and appending edits to its log.

Saving costs what the edits cost, not what the document weighs: the edits go in with one
statement, the spans they move are carried in one pass and written with one more, and the
corrected text is snapshotted as a revision only every ``SNAPSHOT_EVERY`` edits (and when the
window lets a document go), with the article structure carried to the snapshot then.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from editor.core.annotate.carry import Placed, carry, carry_reach
from editor.core.errors import ConflictError
from editor.core.layout.structure_map import carry as carry_structure
from editor.core.model import Status, Structure
from editor.core.text.edits import Edit, fold
from editor.store import Store

if TYPE_CHECKING:
    from editor.ops.operation import Recorder

SNAPSHOT_EVERY = 200


@dataclass(frozen=True, slots=True)
class Current:
    document_id: int
    decoding_id: int
    raw: str
    text: str
    seq: int  # log length folded into text


def current(store: Store, document_id: int) -> Current:
    doc = store.documents.get(document_id)
    raw = store.sources.decoding(doc.decoding_id).decoded.text
    rev = store.log.latest_revision(document_id, doc.decoding_id)
    text, seq = (rev.text, rev.seq) if rev else (raw, 0)
    rest = store.log.edits(document_id, doc.decoding_id, since=seq)
    return Current(document_id, doc.decoding_id, raw, fold(text, rest), seq + len(rest))


def append(store: Store, document_id: int, edits: Sequence[Edit], author: str | Sequence[str],
           change_ids: Sequence[int | None] | None = None, result: str | None = None,
           op: "Recorder | None" = None, expected_seq: int | None = None) -> int:
    """Append edits to the log in one transaction and carry the spans along; returns the new
    log length.

    ``author`` is "user" or "rule:<id>", or one such string per edit. ``result``: the text the
    edits produce, when the caller already folded them (a cleanup run over a long text).
    ``op``: the operation they belong to. ``expected_seq``: the log length the edits were made
    against, by a caller that holds that text (the window): ConflictError when another program
    appended since, and edits that carry their ``before`` are taken as they are, without folding
    the document's text to check them."""
    authors = [author] * len(edits) if isinstance(author, str) else list(author)
    change_ids = list(change_ids) if change_ids is not None else [None] * len(edits)
    with store.atomic():
        decoding_id = store.documents.get(document_id).decoding_id
        length = store.log.length(document_id, decoding_id)
        if expected_seq is not None and length != expected_seq:
            raise ConflictError(f"document {document_id}", "was changed by another program since it was opened")
        trusted = all(e.before is not None for e in edits) and (result is not None or expected_seq is not None)
        text = result
        if trusted:
            logged = list(edits)
        else:
            logged, text = [], current(store, document_id).text
            for e in edits:
                if e.end > len(text):
                    raise ValueError(f"edit {e.start}..{e.end} beyond the text of document {document_id}")
                if e.before is not None and text[e.start:e.end] != e.before:
                    raise ConflictError(f"document {document_id}", "its text is not what the edit expects to replace")
                e = Edit(e.start, e.end, e.insert, text[e.start:e.end])
                text = e.apply(text)
                logged.append(e)
        seq = store.log.append(document_id, decoding_id, logged, authors, change_ids,
                               op.id if op is not None else None)
        _carry_spans(store, document_id, decoding_id, seq, logged, op)
        if seq - _snapshot_seq(store, document_id, decoding_id) >= SNAPSHOT_EVERY:
            snapshot(store, document_id, None if text is None else
                     Current(document_id, decoding_id, "", text, seq))
        status = _update_status(store, document_id, seq)
        if op is not None:
            op.text_changed(document_id, length, logged, status)
        return seq


def _carry_spans(store: Store, document_id: int, decoding_id: int, seq: int, logged: Sequence[Edit],
                 op: "Recorder | None") -> None:
    """Stored spans are always where they stand in the current text. Those past everything the
    edits reach shift in one statement; the few they reach are mapped edit by edit and written;
    those before them do not move. Spans an edit changed inside are remembered by the
    operation, so an undo puts them back as they were."""
    if not logged:
        return
    reach = carry_reach(logged)
    if reach is None:  # a cleanup run: every span through the batches
        placed = store.spans.placed(document_id, decoding_id)
    else:
        lo, hi, delta = reach
        placed = store.spans.placed(document_id, decoding_id, lo, hi)
        if delta:
            store.spans.shift_after(document_id, decoding_id, hi, delta)
    moved = carry([Placed(sid, start, end, status) for _, sid, start, end, status in placed], logged)
    if not moved:
        return
    if op is not None:
        touched = [m.id for m in moved if m.touched]
        for sid, image in store.spans.images(touched).items():
            store.history.remember(op.id, "span", sid, image)
        if touched:
            op.note_spans(document_id)
    store.spans.move_many(seq, [(m.id, m.start, m.end, m.status) for m in moved])


def _snapshot_seq(store: Store, document_id: int, decoding_id: int) -> int:
    latest = store.log.latest_revision(document_id, decoding_id)
    return latest.seq if latest is not None else 0


def snapshot(store: Store, document_id: int, cur: Current | None = None) -> int | None:
    """Store the current text as a revision and carry the article structure to it; returns the
    revision id (None when the latest revision already holds this text)."""
    with store.atomic():
        cur = cur or current(store, document_id)
        latest = store.log.latest_revision(document_id, cur.decoding_id)
        if latest is not None and latest.seq == cur.seq:
            return None
        structure = _structure_at(store, document_id, cur)
        revision_id = store.log.add_revision(document_id, cur.decoding_id, cur.seq, cur.text)
        if structure is not None:
            store.articles.replace(document_id, revision_id, cur.text, structure)
        store.spans.rebase(document_id, cur.decoding_id, cur.seq)
        return revision_id


def _structure_at(store: Store, document_id: int, cur: Current) -> Structure | None:
    """The stored article structure carried to the current text; None when there is none for
    this decoding."""
    revision_id, stored = store.articles.structure(document_id)
    if revision_id is None or not stored.articles:
        return None
    rev = store.log.revision(revision_id, cur.decoding_id)
    if rev is None or rev.seq > cur.seq:
        return None  # the structure is of another decoding
    if rev.seq == cur.seq:
        return stored
    return carry_structure(stored, rev.text, store.log.edits(document_id, cur.decoding_id, since=rev.seq), cur.text)


def structure(store: Store, document_id: int, cur: Current | None = None) -> Structure:
    """The document's articles in the current text: the stored ones carried through the edits
    since their revision, else segmented now (a document imported without cleanup)."""
    cur = cur or current(store, document_id)
    carried = _structure_at(store, document_id, cur)
    if carried is not None:
        return carried
    from editor.core.layout.segment import segment  # its line patterns cost start-up time

    return segment(cur.text)


def spans(store: Store, document_id: int, statuses: Sequence[str] | None = None):
    """The document's spans on its current text (stored where they stand now)."""
    doc = store.documents.get(document_id)
    return [span for _, span in store.spans.for_document(document_id, statuses, doc.decoding_id)]


def _update_status(store: Store, document_id: int, seq: int) -> str | None:
    """The document's new status when the edits moved it on from raw."""
    doc = store.documents.get(document_id)
    if doc.status == Status.RAW and seq > 0:
        store.documents.set_status(document_id, Status.CORRECTED)
        return Status.CORRECTED.value
    return None


