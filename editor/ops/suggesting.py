"""Entity suggestions for a document, stored as proposed spans (origin ``suggest:<name>``),
and accepting or rejecting them, one or all of a label. A rejection is remembered with the
string and a few characters around it, so the same suggestion there is not made again.

Each call is one transaction and returns what it changed (OpChanges; its value an
ops.annotated.Annotated). The lexical analyzer loads on the first call that needs it
(``warm_up`` loads it on purpose, on the worker); when it cannot load, the other suggesters
still run and the result says why."""
from __future__ import annotations

from typing import Collection, Iterable

from editor.core.annotate.suggest import Context, context_key
from editor.core.annotate.suggest.combine import suggest
from editor.core.annotate.suggest.gazetteer import gazetteer
from editor.core.annotate.suggest.learned import NAME as LEARNED, Model, train
from editor.core.annotate.suggest.lexical import Unavailable, analyzer
from editor.core.errors import ConflictError, InputError
from editor.core.model import Span, SpanStatus, Status
from editor.core.progress import NullProgress, Progress
from editor.ops import texts
from editor.core.opchanges import OpChanges
from editor.ops.annotated import annotated
from editor.ops.import_jsonl import with_context
from editor.store import Store

ORIGIN = "suggest:"
_models: dict[tuple[str, str], Model] = {}  # (store path, trained at) -> the model read once


def warm_up() -> str | None:
    """Load the lexical analyzer now (for the worker, after the window shows); the reason
    when it cannot load."""
    try:
        analyzer()
    except Unavailable as err:
        return str(err)
    return None


def context(store: Store) -> tuple[Context, str | None]:
    """What the suggesters know of this store: its accepted names, its learned model and the
    analyzer; with why the analyzer is missing, if it is."""
    try:
        analyze, why = analyzer(), None
    except Unavailable as err:
        analyze, why = None, str(err)
    return Context(gazetteer(store.spans.accepted_quotes()), stored_model(store), analyze), why


def stored_model(store: Store) -> Model | None:
    stored = store.suggestions.model(LEARNED)
    if stored is None:
        return None
    key = (str(store.path), stored.trained_at)
    if key not in _models:
        _models.clear()
        _models[key] = Model(stored.data)
    return _models[key]


def suggest_document(store: Store, document_id: int, labels: Collection[str] | None = None,
                     ctx: Context | None = None) -> OpChanges:
    """Replace the document's waiting suggestions by new ones. Accepted spans and the user's
    decisions stay; no suggestion overlaps an accepted span or repeats a rejected one."""
    why = None
    if ctx is None:
        ctx, why = context(store)
    with store.atomic():
        cur = texts.current(store, document_id)
        store.spans.drop_proposed(document_id=document_id)
        accepted = [(s.start, s.end) for s in texts.spans(store, document_id, [str(SpanStatus.ACCEPTED)])]
        found = suggest(cur.text, ctx, annotated=accepted, rejected=store.suggestions.rejected(), labels=labels)
        spans = [with_context(Span(s.start, s.end, s.label, cur.text[s.start:s.end], origin=ORIGIN + s.source,
                                   status=SpanStatus.PROPOSED), cur.text) for s in found.suggestions]
        ids = store.spans.add(document_id, cur.decoding_id, cur.seq, spans)
    skipped = "; ".join(f"{name}: {reason}" for name, reason in found.skipped if name == "lexical") or why
    return annotated([document_id], spans=ids,
                     message=f"{len(ids)} suggestions" + (f" ({skipped})" if skipped else ""))


def accept(store: Store, span_ids: Iterable[int]) -> OpChanges:
    return _decide(store, list(span_ids), SpanStatus.ACCEPTED)


def reject(store: Store, span_ids: Iterable[int]) -> OpChanges:
    return _decide(store, list(span_ids), SpanStatus.REJECTED)


def accept_all(store: Store, document_id: int, label: str | None = None) -> OpChanges:
    return _decide(store, _waiting(store, document_id, label), SpanStatus.ACCEPTED)


def reject_all(store: Store, document_id: int, label: str | None = None) -> OpChanges:
    return _decide(store, _waiting(store, document_id, label), SpanStatus.REJECTED)


def _waiting(store: Store, document_id: int, label: str | None) -> list[int]:
    return [s.id for _, s in store.spans.for_document(document_id, [str(SpanStatus.PROPOSED)])
            if label is None or s.label == label]


def _decide(store: Store, span_ids: list[int], status: SpanStatus) -> OpChanges:
    documents: set[int] = set()
    statuses: dict[int, str] = {}
    with store.atomic():
        rejected = []
        currents: dict[int, texts.Current] = {}
        for span_id in span_ids:
            found = store.spans.get(span_id)
            if found is None:
                raise InputError(f"span {span_id}", "is not in the store")
            document_id, _, span = found
            if span.status != SpanStatus.PROPOSED:
                raise ConflictError(f"span {span_id}", f"is {span.status}, not a suggestion waiting")
            documents.add(document_id)
            if status == SpanStatus.REJECTED:
                cur = currents.get(document_id) or currents.setdefault(document_id, texts.current(store, document_id))
                rejected.append((*context_key(cur.text, span.start, span.end, span.label), span.origin))
        store.spans.set_status(span_ids, str(status))
        store.suggestions.reject(rejected)
        if status == SpanStatus.ACCEPTED:
            for document_id in documents:
                if store.documents.get(document_id).status in (Status.RAW, Status.CORRECTED):
                    store.documents.set_status(document_id, Status.ANNOTATED)
                    statuses[document_id] = Status.ANNOTATED.value
    verb = "accepted" if status == SpanStatus.ACCEPTED else "rejected"
    return annotated(documents, spans=span_ids, message=f"{len(span_ids)} {verb}", statuses=statuses)


def suggest_texts(texts: Iterable[str], learn_from: Iterable[tuple[str, Iterable[tuple[int, int, str]]]] = (),
                  labels: Collection[str] | None = None, progress: Progress = NullProgress()
                  ) -> tuple[list[list[tuple[int, int, str]]], str | None]:
    """Suggestions for texts outside any store (``jiaokan suggest``): with ``learn_from``
    (annotated texts), the gazetteer and the learned model are made from them first, as a
    store's accepted spans make them. Returns (start, end, label) per text, in code points,
    and why the analyzer is missing, if it is."""
    try:
        analyze, why = analyzer(), None
    except Unavailable as err:
        analyze, why = None, str(err)
    examples = [(text, [tuple(s) for s in spans]) for text, spans in learn_from]
    model = train(examples, analyze, progress) if any(s for _, s in examples) else None
    ctx = Context(gazetteer((t[s:e], l) for t, sp in examples for s, e, l in sp), model, analyze)
    return [[(s.start, s.end, s.label) for s in suggest(text, ctx, labels=labels).suggestions]
            for text in texts], why
