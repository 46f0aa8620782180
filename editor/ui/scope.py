"""Which documents a tool works on: the selected document, its issue, or all documents."""
from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from editor.ops.profiles import ALL, DOCUMENT, ISSUE, scope_documents
from editor.store import Store


class ScopeChoice(QWidget):
    """Radio buttons: the selected document, its issue, all documents (each with its count)."""

    def __init__(self, store: Store, document_id: int | None, issue_id: int | None, parent=None):
        super().__init__(parent)
        self.store, self.document_id, self.issue_id = store, document_id, issue_id
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        issue_count = len(scope_documents(store, ISSUE, issue_id=issue_id))
        all_count = len(scope_documents(store, ALL))
        name = store.documents.get(document_id).name if document_id is not None else ""
        texts = {
            DOCUMENT: self.tr("The selected &document (%1)").replace("%1", name) if name
            else self.tr("The selected &document"),
            ISSUE: self.tr("Its &issue (documents: %1)").replace("%1", str(issue_count)),
            ALL: self.tr("&All documents (%1)").replace("%1", str(all_count)),
        }
        self.buttons: dict[str, QRadioButton] = {}
        for scope, text in texts.items():
            button = self.buttons[scope] = QRadioButton(text)
            button.setObjectName(f"scope_{scope}")
            self.group.addButton(button)
            layout.addWidget(button)
        self.buttons[DOCUMENT].setEnabled(document_id is not None)
        self.buttons[ISSUE].setEnabled(issue_count > 0)
        self.buttons[ALL].setEnabled(all_count > 0)
        first = next((b for b in self.buttons.values() if b.isEnabled()), self.buttons[ALL])
        first.setChecked(True)

    def scope(self) -> str:
        return next(s for s, b in self.buttons.items() if b.isChecked())

    def document_ids(self) -> list[int]:
        return scope_documents(self.store, self.scope(), self.document_id, self.issue_id)
