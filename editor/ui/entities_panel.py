"""The Entities panel (a tab beside Changes): the open document's entities, one row per label
and text with how often it is labelled, its suggestions, and each orphaned span (its text was
deleted by a correction) for review; filterable by label. Clicking a row selects its span in
the corrected pane (again: the next one); an orphan is reviewed by deleting it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QRegularExpression, \
    QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from editor.core.model import Span, SpanStatus
from editor.ops import annotating, texts

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1



@dataclass(frozen=True, slots=True)
class Entry:
    label: str
    text: str
    status: str
    spans: tuple[Span, ...]  # in text order


def entries(spans: list[Span]) -> list[Entry]:
    """Accepted and suggested spans grouped by (label, text), most frequent first; orphans one
    by one after them."""
    groups: dict[tuple[str, str, str], list[Span]] = {}
    orphans = []
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        if s.status == SpanStatus.ORPHANED:
            orphans.append(Entry(s.label, s.quote, s.status, (s,)))
        elif s.status in (SpanStatus.ACCEPTED, SpanStatus.PROPOSED):
            groups.setdefault((s.label, s.quote, s.status), []).append(s)
    found = [Entry(label, text, status, tuple(group)) for (label, text, status), group in groups.items()]
    found.sort(key=lambda e: (e.status != SpanStatus.ACCEPTED, -len(e.spans), e.label, e.text))
    return found + orphans


class EntitiesModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("Entities", "Label"), QT_TRANSLATE_NOOP("Entities", "Text"),
               QT_TRANSLATE_NOOP("Entities", "Count"), QT_TRANSLATE_NOOP("Entities", "State"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Entry] = []
        self.colors: dict[str, str] = {}

    def set_entries(self, rows: list[Entry], colors: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.colors = rows, colors
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return QCoreApplication.translate("Entities", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (e.label, e.text.replace("\n", "⏎") or QCoreApplication.translate("Entities", "(deleted)"), len(e.spans), _state(e.status))[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 0:
            return QColor(self.colors.get(e.label, "#888888"))
        if role == Qt.ItemDataRole.ForegroundRole and e.status != SpanStatus.ACCEPTED:
            return QColor("#888888")
        if role == ENTRY_ROLE:
            return e
        return None


def _state(status: str) -> str:
    return {SpanStatus.ACCEPTED: QCoreApplication.translate("Entities", "labelled"), SpanStatus.PROPOSED: QCoreApplication.translate("Entities", "suggested"),
            SpanStatus.ORPHANED: QCoreApplication.translate("Entities", "orphaned")}.get(status, status)


class EntitiesPanel(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.model = EntitiesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(0)
        self.filter = QComboBox()
        self.filter.setObjectName("entityLabelFilter")
        self.filter.currentIndexChanged.connect(self._filter)
        self.delete = QPushButton(QCoreApplication.translate("Entities", "Delete"))
        self.delete.setToolTip(QCoreApplication.translate("Entities", "Delete the selected span (an orphan once reviewed; a row of one span)"))
        self.delete.clicked.connect(self._delete)
        self.view = QTableView()
        self.view.setObjectName("entities")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().currentChanged.connect(lambda index, _prev: self._enable(index))
        self._enable(QModelIndex())
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        self._next: dict[tuple, int] = {}  # row key -> the span a click shows next
        window.workspace.changed.connect(self._on_changed)
        window.document_opened.connect(lambda _doc: self.reload())
        self.reload()

    def reload(self) -> None:
        labels = self.window.store.labels.all()
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(QCoreApplication.translate("Entities", "All labels"), None)
        for label in labels:
            self.filter.addItem(label.name, label.name)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)) if chosen else 0)
        self.filter.blockSignals(False)
        session = self.window.session
        spans = texts.spans(self.window.store, session.document_id) if session is not None else []
        self.model.set_entries(entries(spans), {lbl.name: lbl.color for lbl in labels})
        self._filter()
        self.view.resizeColumnsToContents()
        self._enable(self.view.currentIndex())

    def _filter(self) -> None:
        name = self.filter.currentData()
        self.proxy.setFilterRegularExpression(QRegularExpression(f"^{re.escape(name)}$" if name else ""))

    def _on_changed(self, changes, _origin) -> None:
        session = self.window.session
        if changes.labels or (session is not None and (session.document_id in changes.spans or
                                                       session.document_id in changes.text)):
            self.reload()

    def entry(self, index: QModelIndex) -> Entry | None:
        return index.data(ENTRY_ROLE) if index.isValid() else None

    def _clicked(self, index: QModelIndex) -> None:
        e = self.entry(index)
        annotator = getattr(self.window, "annotator", None)
        if e is None or annotator is None:
            return
        key = (e.label, e.text, e.status, e.spans[0].id)
        i = self._next.get(key, 0) % len(e.spans)
        self._next[key] = i + 1
        annotator.show_range(e.spans[i].start, e.spans[i].end)

    def _enable(self, index: QModelIndex) -> None:
        e = self.entry(index)
        self.delete.setEnabled(e is not None and len(e.spans) == 1)

    def _delete(self) -> None:
        e = self.entry(self.view.currentIndex())
        if e is not None and len(e.spans) == 1:
            self.window.workspace.perform(annotating.delete_span, e.spans[0].id)


def install(window) -> None:
    window.entities = EntitiesPanel(window)
    window.side_tabs.insertTab(window.side_tabs.indexOf(window.changes) + 1, window.entities, QCoreApplication.translate("Entities", "Entities"))
