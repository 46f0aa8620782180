"""Document > Move to issue and Document > Merge issues, and documents dragged onto another
issue in the tree: the editor regroups what the import grouped."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem,
                               QVBoxLayout)

from editor.core.model import IssueMeta
from editor.ops import issues
from editor.ui.selection import pointed

ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_ISSUE = -1


def label(meta: IssueMeta) -> str:
    """An issue as the tree names it."""
    parts = [p for p in (meta.issue_label, meta.date, meta.page) if p]
    return " · ".join(parts) if parts else QCoreApplication.translate("IssueTree", "Undated issue")


def describe(meta: IssueMeta, documents: int) -> str:
    publication = meta.publication or QCoreApplication.translate("IssueTree", "Unknown publication")
    count = QCoreApplication.translate("IssuePicker", "1 document") if documents == 1 else \
        QCoreApplication.translate("IssuePicker", "%1 documents").replace("%1", str(documents))
    return f"{publication} — {label(meta)} ({count})"


class IssuePicker(QDialog):
    """Pick one issue other than ``exclude``; with ``allow_new``, a new issue is a choice too."""

    def __init__(self, store, title: str, prompt: str, exclude: int | None, allow_new: bool, ok_text: str,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(560, 420)
        self.issues = QListWidget()
        self.issues.setObjectName("issues")
        self.issues.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if allow_new:
            item = QListWidgetItem(self.tr("New issue"))
            item.setData(ISSUE_ID_ROLE, NEW_ISSUE)
            self.issues.addItem(item)
        for s in issues.summaries(store):
            if s.id != exclude:
                item = QListWidgetItem(describe(s.meta, s.documents))
                item.setData(ISSUE_ID_ROLE, s.id)
                self.issues.addItem(item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.issues.itemDoubleClicked.connect(lambda _: self.accept())
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.issues, 1)
        layout.addWidget(self.buttons)
        self.issues.currentRowChanged.connect(self._on_row)
        self.issues.setCurrentRow(0)
        self._on_row(self.issues.currentRow())

    def _on_row(self, row: int) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(row >= 0)

    def chosen(self) -> int | None:
        item = self.issues.currentItem()
        return item.data(ISSUE_ID_ROLE) if item is not None else None

    def choose(self, issue_id: int) -> None:
        for row in range(self.issues.count()):
            if self.issues.item(row).data(ISSUE_ID_ROLE) == issue_id:
                self.issues.setCurrentRow(row)


def move_documents(window, document_ids: list[int], issue_id: int) -> None:
    window.workspace.perform(issues.move_documents, document_ids, issue_id)


def _move_chosen(window, document_id: int, picker: IssuePicker) -> None:
    target = picker.chosen()
    if target == NEW_ISSUE:
        old = window.store.documents.get(document_id).issue_id
        publication = window.store.issues.get(old).meta.publication if old is not None else None
        window.workspace.perform(issues.move_to_new_issue, document_id, IssueMeta(publication))
    elif target is not None:
        move_documents(window, [document_id], target)


def open_move(window) -> IssuePicker | None:
    doc_id, issue_id = pointed(window)
    if doc_id is None:
        return None
    name = window.store.documents.get(doc_id).name
    picker = IssuePicker(window.store, QCoreApplication.translate("IssuePicker", "Move to issue"),
                         QCoreApplication.translate("IssuePicker", "Move “%1” to:").replace("%1", name),
                         issue_id, True, QCoreApplication.translate("IssuePicker", "Move"), window)
    picker.accepted.connect(lambda: _move_chosen(window, doc_id, picker))
    picker.open()
    return picker


def _merge_chosen(window, into_id: int, picker: IssuePicker) -> None:
    other = picker.chosen()
    if other is not None and other != NEW_ISSUE:
        window.workspace.perform(issues.merge_issues, into_id, other)


def open_merge(window) -> IssuePicker | None:
    doc_id, issue_id = pointed(window)
    if doc_id is not None:
        issue_id = window.store.documents.get(doc_id).issue_id
    if issue_id is None:
        return None
    prompt = QCoreApplication.translate(
        "IssuePicker", "The documents of the issue you pick join “%1” after its own, and the issue you pick "
                       "is removed. “%1” keeps its metadata.").replace("%1", label(window.store.issues.get(issue_id).meta))
    picker = IssuePicker(window.store, QCoreApplication.translate("IssuePicker", "Merge issues"), prompt,
                         issue_id, False, QCoreApplication.translate("IssuePicker", "Merge"), window)
    picker.accepted.connect(lambda: _merge_chosen(window, issue_id, picker))
    picker.open()
    return picker


def install(window) -> None:
    window.actions["document.move"].triggered.connect(lambda: open_move(window))
    window.actions["document.merge_issues"].triggered.connect(lambda: open_merge(window))
    window.tree.setDragEnabled(True)
    window.tree.setAcceptDrops(True)
    window.tree.setDropIndicatorShown(True)
    window.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
    window.tree_model.documents_dropped.connect(lambda ids, issue_id: move_documents(window, ids, issue_id),
                                                Qt.ConnectionType.QueuedConnection)
