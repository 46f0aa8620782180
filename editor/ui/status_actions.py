"""Proofreading status set by the editor: Document > Mark as raw / corrected / annotated /
reviewed (Alt+1 … Alt+4) and the same four on the Status toolbar, for the documents selected in
the issue tree, else the open one. Each is one undo step; only the editor ever sets
"reviewed" (rules and imports stop at corrected or annotated)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolBar

from editor.core.model import Status
from editor.ops import issues
from editor.ui.status_icons import status_icon
from editor.ui.selection import chosen_documents

STATUSES = ("raw", "corrected", "annotated", "reviewed")


class StatusFeature:
    def __init__(self, window):
        self.window = window
        self.group = QActionGroup(window)
        self.group.setExclusive(True)
        self.toolbar = QToolBar(QCoreApplication.translate("StatusBar", "Proofreading status"), window)
        self.toolbar.setObjectName("statusToolbar")
        for status in STATUSES:
            action = window.actions[f"document.status_{status}"]
            action.setIcon(status_icon(status))
            action.setCheckable(True)
            action.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString()})")
            self.group.addAction(action)
            self.toolbar.addAction(action)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
        window.addToolBar(self.toolbar)
        window.document_opened.connect(lambda _doc: self.show_current())
        window.workspace.changed.connect(lambda changes, _origin: self.show_current())
        self.show_current()

    def set_status(self, status: str) -> None:
        ids = chosen_documents(self.window)
        if ids:
            self.window.workspace.perform(issues.set_status, ids, Status(status))
        self.show_current()

    def show_current(self) -> None:
        """The open document's status checked on the toolbar."""
        session = self.window.session
        status = self.window.store.documents.get(session.document_id).status if session is not None else None
        for s in STATUSES:
            action = self.window.actions[f"document.status_{s}"]
            action.setChecked(s == status)


def install(window) -> None:
    window.status_feature = StatusFeature(window)
    window.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    # The progress column ("3/5 reviewed") takes what it needs; the names take the rest.
    header = window.tree.header()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
