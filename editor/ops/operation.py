"""Recording a user-level operation: one entry in the store's undo history, the edits it
appends, images of the rows it changes, and the OpChanges it reports.

    with recorded(store, "accept", {"rule": rule}) as op:
        ...  # store writes; texts.append(..., op=op) tags the edits
    return op.changes

Work over many documents that commits per document (a cleanup run a user can cancel) is one
entry too: ``LongOperation.unit()`` is one transaction each, all recorded under one id.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

from editor.core.opchanges import OpChanges
from editor.core.text.edits import Edit
from editor.store import Store


class Recorder:
    def __init__(self, store: Store, operation_id: int):
        self.store = store
        self.id = operation_id
        self.changes = OpChanges(operation=operation_id, history=True)
        self.documents: set[int] = set()

    def text_changed(self, document_id: int, from_seq: int, edits: Sequence[Edit], status: str | None) -> None:
        self.documents.add(document_id)
        self.changes |= OpChanges(text=frozenset([document_id]), edits={document_id: (from_seq, tuple(edits))},
                                  statuses={document_id: status} if status else {})

    def note_spans(self, document_id: int) -> None:
        self.changes |= OpChanges(spans=frozenset([document_id]))

    def note(self, changes: OpChanges) -> None:
        self.changes |= changes

    def _seal(self, detail: dict | None = None) -> None:
        history = self.store.history
        history.seal(self.id)
        history.update(self.id, detail=detail, documents=tuple(self.documents))


@contextmanager
def recorded(store: Store, kind: str, detail: dict | None = None, author: str = "user",
             wait_ms: int | None = None) -> Iterator[Recorder]:
    """One transaction holding the operation and its entry; nothing of it stays on an error."""
    with store.atomic(wait_ms):
        op = Recorder(store, store.history.add(kind, detail or {}, author))
        with store.history.recording(op.id):
            yield op
        op._seal()


class LongOperation:
    """One history entry over several transactions; the entry appears with the first unit."""

    def __init__(self, store: Store, kind: str, detail: dict | None = None, author: str = "user"):
        self.store, self.kind, self.detail, self.author = store, kind, dict(detail or {}), author
        self.recorder: Recorder | None = None

    @contextmanager
    def unit(self) -> Iterator[Recorder]:
        with self.store.atomic():
            if self.recorder is None:
                self.recorder = Recorder(self.store, self.store.history.add(self.kind, self.detail, self.author))
            with self.store.history.recording(self.recorder.id):
                yield self.recorder
            self.recorder._seal(self.detail)

    @property
    def changes(self) -> OpChanges:
        return self.recorder.changes if self.recorder is not None else OpChanges()
