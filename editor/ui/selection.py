"""What the editor points at: the document or issue selected in the tree, else the open one."""
from __future__ import annotations

from editor.ui.tree_model import DOCUMENT_ROLE, ISSUE_ROLE


def pointed(window) -> tuple[int | None, int | None]:
    """(document, issue): an issue row gives (None, issue); a document row, or the open document
    when the tree points at neither, gives (document, its issue)."""
    index = window.tree.currentIndex().siblingAtColumn(0)
    document_id, issue_id = index.data(DOCUMENT_ROLE), index.data(ISSUE_ROLE)
    if document_id is None and issue_id is None and window.session is not None:
        document_id = window.session.document_id
    if document_id is not None and issue_id is None:
        issue_id = window.store.documents.get(document_id).issue_id
    return document_id, issue_id


def open_issue(window) -> int | None:
    """The issue of the open document, else of the row selected in the tree."""
    if window.session is not None:
        return window.store.documents.get(window.session.document_id).issue_id
    return pointed(window)[1]


def chosen_documents(window) -> list[int]:
    """The documents selected in the tree, else the open document."""
    selection = window.tree.selectionModel()
    rows = selection.selectedRows(0) if selection is not None else []
    ids = list(dict.fromkeys(i.data(DOCUMENT_ROLE) for i in rows if i.data(DOCUMENT_ROLE) is not None))
    if not ids and window.session is not None:
        ids = [window.session.document_id]
    return ids
