"""What an operation changed, so every view refreshes only that (Anki's OpChanges).

Each mutating use case in editor/ops returns one. Results of several steps combine with ``|``.
``edits`` carries, per document whose text changed, the log length the edits start at and the
edits themselves, so an open pane can apply them instead of reloading the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from editor.core.text.edits import Edit


@dataclass(frozen=True, slots=True)
class OpChanges:
    operation: int | None = None  # its entry in the store's undo history
    text: frozenset[int] = frozenset()  # documents whose text changed
    changes: frozenset[int] = frozenset()  # change rows added or decided
    change_documents: frozenset[int] = frozenset()  # documents whose change list changed
    spans: frozenset[int] = frozenset()  # documents whose spans changed
    statuses: Mapping[int, str] = field(default_factory=dict)  # document -> its new status
    tree: bool = False  # documents moved, issues added, edited, merged or dropped
    labels: bool = False
    settings: bool = False
    history: bool = False  # the undo history changed (a new entry, an undo, a redo)
    edits: Mapping[int, tuple[int, tuple[Edit, ...]]] = field(default_factory=dict)
    value: Any = None  # what the use case returns besides (an id, a report)

    def __or__(self, other: "OpChanges") -> "OpChanges":
        edits = dict(self.edits)
        for doc, (seq, more) in other.edits.items():
            if doc in edits:
                start, have = edits[doc]
                edits[doc] = (start, have + more) if start + len(have) == seq else (start, ())
            else:
                edits[doc] = (seq, more)
        return OpChanges(
            operation=other.operation if other.operation is not None else self.operation,
            text=self.text | other.text, changes=self.changes | other.changes,
            change_documents=self.change_documents | other.change_documents, spans=self.spans | other.spans,
            statuses={**self.statuses, **other.statuses}, tree=self.tree or other.tree,
            labels=self.labels or other.labels, settings=self.settings or other.settings,
            history=self.history or other.history, edits=edits,
            value=other.value if other.value is not None else self.value)

    def with_value(self, value: Any) -> "OpChanges":
        return replace(self, value=value)

    def touches_document(self, document_id: int) -> bool:
        return (document_id in self.text or document_id in self.change_documents or document_id in self.spans
                or document_id in self.statuses)
