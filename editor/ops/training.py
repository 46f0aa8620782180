"""Train the learned suggester on the store's accepted spans: long work for the worker, with
progress and Cancel. Texts are read first (short reads, no transaction held), the model is
built without touching the store, and only the finished model is written, in one
transaction: a cancel or a failure leaves the previous model in place."""
from __future__ import annotations

import time
from dataclasses import dataclass

from editor.core.annotate.suggest.learned import NAME, sentences, train
from editor.core.annotate.suggest.lexical import Unavailable, analyzer
from editor.core.errors import ConflictError
from editor.core.model import SpanStatus
from editor.core.progress import NullProgress, Progress
from editor.ops import texts
from editor.store import Store

GROWTH = 0.2  # retrain once accepted spans grew by this share since the model was trained
MIN_NEW = 20


@dataclass(frozen=True, slots=True)
class Trained:
    documents: int
    sentences: int
    spans: int
    labels: tuple[str, ...]
    seconds: float
    lexical: bool  # the analyzer's tags were features
    note: str = ""  # why they were not


def examples(store: Store) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(current text, accepted (start, end, label)) of every document with accepted spans."""
    out = []
    for document_id in store.spans.documents_with_accepted():
        cur = texts.current(store, document_id)
        spans = [(s.start, s.end, s.label) for s in texts.spans(store, document_id, [str(SpanStatus.ACCEPTED)])
                 if s.end > s.start]
        if spans:
            out.append((cur.text, spans))
    return out


def train_suggester(store: Store, progress: Progress = NullProgress()) -> Trained:
    """Raises Cancelled when cancelled, ConflictError when there is nothing to learn from."""
    begun = time.perf_counter()
    data = examples(store)
    if not data:
        raise ConflictError("learned suggester", "the store has no accepted spans to learn from")
    try:
        analyze, note = analyzer(), ""
    except Unavailable as err:
        analyze, note = None, str(err)
    model = train(data, analyze, progress)
    spans = sum(len(s) for _, s in data)
    with store.atomic():
        store.suggestions.save_model(NAME, model.data, len(sentences(data)), spans, model.labels)
    return Trained(len(data), len(sentences(data)), spans, tuple(sorted(model.labels)),
                   time.perf_counter() - begun, analyze is not None, note)


def needs_training(store: Store) -> bool:
    """No model yet while spans are accepted, or accepted spans grew enough since."""
    total = store.spans.accepted_total()
    stored = store.suggestions.model(NAME)
    if stored is None:
        return total > 0
    grown = total - stored.spans
    return grown >= MIN_NEW and grown >= GROWTH * stored.spans
