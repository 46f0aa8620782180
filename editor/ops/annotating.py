"""The annotator's span actions, each one undoable operation: add a span on the current text,
relabel one, delete one (its status becomes 'rejected': the row stays, so undo and redo only
change its status), and label every occurrence of a string in a document, with a preview.

Span rows are not imaged by the history triggers: each action remembers a span's image before
it changes it; a span the action creates is remembered with no image, which undo turns into
'rejected' (editor.store.history.History.restore)."""
from __future__ import annotations

from typing import Iterable

from editor.core.errors import InputError
from editor.core.model import Span, SpanStatus, Status
from editor.core.opchanges import OpChanges
from editor.ops import texts
from editor.ops.annotated import annotated
from editor.ops.import_jsonl import with_context
from editor.ops.operation import Recorder, recorded
from editor.store import Store

_LIVE = (str(SpanStatus.ACCEPTED), str(SpanStatus.PROPOSED), str(SpanStatus.ORPHANED))


def add_span(store: Store, document_id: int, label: str, start: int, end: int) -> OpChanges:
    """A span of ``label`` over [start, end) of the document's current text (code points)."""
    return _add(store, document_id, label, [(start, end)], "label")


def occurrences(store: Store, document_id: int, needle: str, label: str) -> list[tuple[int, int]]:
    """Where ``needle`` stands in the current text, without those already a span of ``label``:
    what ``label_all`` would add (its preview)."""
    if not needle:
        return []
    text = texts.current(store, document_id).text
    have = {(s.start, s.end) for s in texts.spans(store, document_id, _LIVE) if s.label == label}
    found, at = [], text.find(needle)
    while at >= 0:
        if (at, at + len(needle)) not in have:
            found.append((at, at + len(needle)))
        at = text.find(needle, at + len(needle))
    return found


def label_all(store: Store, document_id: int, needle: str, label: str) -> OpChanges:
    """Every occurrence ``occurrences`` finds becomes a span of ``label``: one operation."""
    return _add(store, document_id, label, occurrences(store, document_id, needle, label), "label-all")


def relabel_span(store: Store, span_id: int, label: str) -> OpChanges:
    _label(store, label)
    with recorded(store, "relabel", {"label": label}) as op:
        document_id, span = _remember(store, op, span_id)
        op.store.history.update(op.id, detail={"label": label, "quote": span.quote, "was": span.label})
        store.db.conn.execute("UPDATE span SET label = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                              "WHERE id = ?", [label, span_id])
        _mark_annotated(store, document_id, op)
    return op.changes | annotated([document_id], spans=[span_id], message=f"span {span_id} is {label}")


def delete_span(store: Store, span_id: int) -> OpChanges:
    with recorded(store, "unlabel") as op:
        document_id, span = _remember(store, op, span_id)
        op.store.history.update(op.id, detail={"label": span.label, "quote": span.quote})
        store.spans.set_status([span_id], str(SpanStatus.REJECTED))
    return op.changes | annotated([document_id], spans=[span_id], message=f"span {span_id} deleted")


def _add(store: Store, document_id: int, label: str, ranges: Iterable[tuple[int, int]], kind: str) -> OpChanges:
    _label(store, label)
    ranges = list(ranges)
    with recorded(store, kind, {"label": label, "count": len(ranges)}) as op:
        cur = texts.current(store, document_id)
        for start, end in ranges:
            if not 0 <= start < end <= len(cur.text):
                raise InputError(f"span {start}..{end}", f"is not a stretch of the text (0..{len(cur.text)})")
        spans = [with_context(Span(s, e, label, cur.text[s:e]), cur.text) for s, e in ranges]
        ids = store.spans.add(document_id, cur.decoding_id, cur.seq, spans)
        for span_id in ids:
            store.history.remember(op.id, "span", span_id, None)
        if spans:
            store.history.update(op.id, detail={"label": label, "count": len(spans), "quote": spans[0].quote})
        op.documents.add(document_id)
        op.note_spans(document_id)
        _mark_annotated(store, document_id, op)
    return op.changes | annotated([document_id], spans=ids, message=f"{len(ids)} {label} spans added",
                                  statuses=op.changes.statuses)


def remember_spans(store: Store, op: Recorder, span_ids: Iterable[int]) -> None:
    """Image spans before an operation changes them."""
    for span_id, image in store.spans.images(span_ids).items():
        store.history.remember(op.id, "span", span_id, image)


def _remember(store: Store, op: Recorder, span_id: int) -> tuple[int, Span]:
    found = store.spans.get(span_id)
    if found is None:
        raise InputError(f"span {span_id}", "is not in the store")
    document_id, _, span = found
    remember_spans(store, op, [span_id])
    op.documents.add(document_id)
    op.note_spans(document_id)
    return document_id, span


def _mark_annotated(store: Store, document_id: int, op: Recorder) -> None:
    if store.documents.get(document_id).status in (Status.RAW, Status.CORRECTED):
        store.documents.set_status(document_id, Status.ANNOTATED)
        op.note(OpChanges(statuses={document_id: Status.ANNOTATED.value}, tree=True))


def _label(store: Store, name: str) -> None:
    if store.labels.get(name) is None:
        known = ", ".join(lbl.name for lbl in store.labels.all())
        raise InputError(f"label {name!r}", f"is not a label of this store; its labels: {known}")


__all__ = ["add_span", "delete_span", "label_all", "occurrences", "relabel_span", "remember_spans"]
