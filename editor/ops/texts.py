"""A document's texts: raw, current corrected text, and appending edits to its log."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from editor.core.text.edits import Edit, fold, map_range
from editor.core.model import SpanStatus, Status
from editor.core.layout.structure_map import carry
from editor.store import Store


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
           carry_structure: bool = True) -> Current:
    """Append edits to the log in one transaction, snapshot the result, carry the spans along.

    ``author`` is "user" or "rule:<id>", or one such string per edit. ``result``: the text the
    edits produce, when the caller already folded them (a cleanup run over a long text).
    ``carry_structure``: fit the stored articles to the result (off when the caller stores new ones)."""
    authors = [author] * len(edits) if isinstance(author, str) else list(author)
    change_ids = list(change_ids) if change_ids is not None else [None] * len(edits)
    with store.atomic():
        cur = current(store, document_id)
        if result is not None and all(e.before is not None for e in edits):
            logged, text = list(edits), result
        else:
            logged, text = [], cur.text
            for e in edits:
                if e.end > len(text):
                    raise ValueError(f"edit {e.start}..{e.end} beyond the text of document {document_id}")
                e = Edit(e.start, e.end, e.insert, text[e.start:e.end])
                text = e.apply(text)
                logged.append(e)
        before = store.log.latest_revision(document_id, cur.decoding_id)
        seq = store.log.append(document_id, cur.decoding_id, logged, authors, change_ids)
        revision_id = store.log.add_revision(document_id, cur.decoding_id, seq, text)
        _carry_spans(store, document_id, cur.decoding_id, seq, text)
        if carry_structure:
            _carry_structure(store, document_id, before, cur.seq, cur.text, logged, text, revision_id)
        _update_status(store, document_id, seq)
        return Current(document_id, cur.decoding_id, cur.raw, text, seq)


def _carry_spans(store: Store, document_id: int, decoding_id: int, seq: int, text: str) -> None:
    for span_seq, span in store.spans.for_document(document_id, decoding_id=decoding_id):
        if span_seq >= seq or span.status == SpanStatus.ORPHANED:
            continue
        start, end, _ = map_range(store.log.edits(document_id, decoding_id, since=span_seq), span.start, span.end)
        status = span.status
        if end <= start and span.end > span.start:
            status = SpanStatus.ORPHANED  # its text was deleted: keep it for review
        store.spans.move(span.id, seq, start, end, status)


def _carry_structure(store: Store, document_id: int, before, seq: int, before_text: str, logged: Sequence[Edit],
                     text: str, revision_id: int) -> None:
    """Fit the stored articles to the new text when they describe the text the edits applied to."""
    stored_revision, structure = store.articles.structure(document_id)
    if structure.articles and before is not None and before.id == stored_revision and before.seq == seq:
        store.articles.replace(document_id, revision_id, text, carry(structure, before_text, logged, text))


def _update_status(store: Store, document_id: int, seq: int) -> None:
    doc = store.documents.get(document_id)
    if doc.status == Status.RAW and seq > 0:
        store.documents.set_status(document_id, Status.CORRECTED)
