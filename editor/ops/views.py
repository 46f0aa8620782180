"""The rows the window shows, read for it: the issue tree and a document's changes. The ui
reads view rows here, never from store modules."""
from __future__ import annotations

from editor.store import Store
from editor.store.changes import ChangeRow
from editor.store.documents import TreeRow


def tree(store: Store) -> list[TreeRow]:
    return store.documents.tree()


def changes(store: Store, document_id: int) -> list[ChangeRow]:
    doc = store.documents.get(document_id)
    return store.changes.for_document(doc.id, doc.decoding_id)


def change_rows(store: Store, change_ids) -> list[ChangeRow] | None:
    """Just these changes, as they are now (a decision on a few in a long document); None when
    one of them is no longer listed (withdrawn by an undo)."""
    rows = store.changes.listed(change_ids)
    return rows if len(rows) == len(set(change_ids)) else None


__all__ = ["ChangeRow", "TreeRow", "change_rows", "changes", "tree"]
