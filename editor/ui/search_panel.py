"""Edit > Search the store (Ctrl+Shift+F): Chinese full-text search over corrected text, raw
text or entity spans (``label:PER 龚建华``), ranked, each hit in context; a click opens the
document at the match, highlighted. The search runs on the worker (it may index first)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListView, QTextEdit, QVBoxLayout,
                               QWidget)

from editor.ops.search import Hit, search

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
LIMIT = 200


class HitsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []

    def reset(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = f"[{hit.label}] " if hit.label else ""
            return f"{label}{hit.context}   · {hit.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.name} ({hit.where}, {hit.start}–{hit.end})"
        if role == HIT_ROLE:
            return hit
        return None


class SearchPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.query = QLineEdit()
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(self.tr("Search the store, e.g. 复工 or label:PER 龚建华"))
        self.where = QComboBox()
        for value, text in (("corrected", self.tr("corrected text")), ("raw", self.tr("raw text")),
                            ("entities", self.tr("entities"))):
            self.where.addItem(text, value)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("all issues"), None)
        self.scope.addItem(self.tr("this issue"), "issue")
        self.model = HitsModel(self)
        self.results = QListView()
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.results.setUniformItemSizes(True)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.where)
        row.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.query)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.returnPressed.connect(self.run)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)

    def run(self) -> None:
        text = self.query.text().strip()
        if not text:
            return
        where = self.where.currentData()
        issue_id = None
        if self.scope.currentData() == "issue" and self.window.session is not None:
            issue_id = self.window.store.documents.get(self.window.session.document_id).issue_id
        self.status.setText(self.tr("Searching…"))

        def connect(handle) -> None:
            handle.done.connect(lambda hits: self._show(text, hits))
            handle.failed.connect(lambda message: self.status.setText(message))
        self.window.workspace.submit(self.tr("Search"), lambda store, _progress: search(
            store, text, where, issue_id, LIMIT), connect)

    def _show(self, text: str, hits: list[Hit]) -> None:
        self.model.reset(hits)
        documents = len({h.document_id for h in hits})
        self.status.setText(self.tr("%1 hits in %2 documents for “%3”").replace("%1", str(len(hits)))
                            .replace("%2", str(documents)).replace("%3", text) if hits
                            else self.tr("Nothing found for “%1”").replace("%1", text))
        if hits:
            self.results.setCurrentIndex(self.model.index(0))

    def _open(self, index: QModelIndex) -> None:
        hit: Hit = index.data(HIT_ROLE)
        if hit is None or not self.window.open_document(hit.document_id):
            return
        session = self.window.session
        raw = hit.where == "raw"
        edit = self.window.panes.raw.edit if raw else self.window.panes.corrected.edit
        offsets = session.raw_offsets if raw else session.offsets
        start, end = (hit.start, hit.end) if raw else session.map_saved(hit.start, hit.end)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format.setBackground(Qt.GlobalColor.yellow)
        edit.setExtraSelections([selection])
        edit.setTextCursor(cursor)
        edit.centerCursor()


class SearchFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.panel = SearchPanel(window)
        self.index = window.side_tabs.addTab(self.panel, self.tr("Search"))
        window.actions["edit.search"].triggered.connect(self.focus)

    def focus(self) -> None:
        window = self.panel.window
        window.dock.show()
        window.side_tabs.setCurrentWidget(self.panel)
        self.panel.query.setFocus()
        self.panel.query.selectAll()


def install(window) -> None:
    window.searcher = SearchFeature(window)
