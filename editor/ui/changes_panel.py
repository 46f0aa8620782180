"""The Changes list: every rule change of the open document, with a way to revert one."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from editor.ops.views import ChangeRow

STATUS_COLORS = {"accepted": "#1f78b4", "proposed": "#ff7f00", "rejected": "#9e9e9e", "stale": "#e31a1c"}
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def status_name(status: str) -> str:
    return {"accepted": QCoreApplication.translate("ChangesPanel", "applied"), "proposed": QCoreApplication.translate("ChangesPanel", "proposed"), "rejected": QCoreApplication.translate("ChangesPanel", "reverted"),
            "stale": QCoreApplication.translate("ChangesPanel", "stale")}.get(status, status)


def visible(text: str) -> str:
    """Show whitespace changes: a removed line break is otherwise invisible."""
    return text.replace("\n", "⏎").replace(" ", "␣").replace("\u3000", "□") or "∅"


class ChangesModel(QAbstractTableModel):
    HEADERS = ("Rule", "Change", "Confidence", "Status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ChangeRow] = []

    def reset(self, rows: Sequence[ChangeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update(self, rows: Sequence[ChangeRow], changed: frozenset[int]) -> bool:
        """Take the new rows in place when they are the same changes in the same order, telling
        the view only which rows changed; False when a reset is needed."""
        if [r.id for r in rows] != [r.id for r in self.rows]:
            return False
        self.rows = list(rows)
        for i, row in enumerate(self.rows):
            if row.id in changed:
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True

    def row_of(self, change_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == change_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ChangesPanel", "Rule"), QCoreApplication.translate("ChangesPanel", "Change"), QCoreApplication.translate("ChangesPanel", "Confidence"), QCoreApplication.translate("ChangesPanel", "Status"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        c = row.change
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (c.rule, f"{visible(c.before)} → {visible(c.after)}", f"{c.confidence:.2f}",
                    status_name(row.status))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{c.rule}: {c.reason}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(QColor(STATUS_COLORS.get(row.status, "#000000")))
        if role == CHANGE_ROLE:
            return row.id
        return None


class ChangesPanel(QWidget):
    revert_requested = Signal(int)
    accept_requested = Signal(int)
    change_selected = Signal(object)  # ChangeRow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ChangesModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.setWordWrap(False)
        self.summary = QLabel()
        self.revert_button = QPushButton(QCoreApplication.translate("ChangesPanel", "Revert"))
        self.accept_button = QPushButton(QCoreApplication.translate("ChangesPanel", "Apply"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.revert_button.clicked.connect(lambda: self._emit(self.revert_requested))
        self.accept_button.clicked.connect(lambda: self._emit(self.accept_requested))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self._on_current(QModelIndex())

    def set_changes(self, rows: Sequence[ChangeRow]) -> None:
        self.model.reset(rows)
        self._summarize()
        self._on_current(QModelIndex())

    def update_changes(self, rows: Sequence[ChangeRow], changed: frozenset[int]) -> None:
        """After a decision: the rows that changed are redrawn and the selection stays where it was."""
        current = self.current()
        if not self.model.update(rows, changed):
            self.model.reset(rows)
            row = self.model.row_of(current.id) if current is not None else -1
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
        self._summarize()
        self._refresh_buttons()

    def _summarize(self) -> None:
        rows = self.model.rows
        applied = sum(1 for r in rows if r.status == "accepted")
        self.summary.setText(QCoreApplication.translate("ChangesPanel", "%1 changes, %2 applied")
                             .replace("%1", str(len(rows))).replace("%2", str(applied)))

    def current(self) -> ChangeRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def step(self, delta: int) -> None:
        if not self.model.rows:
            return
        row = self.view.currentIndex().row()
        row = (row + delta) % len(self.model.rows) if row >= 0 else (0 if delta > 0 else len(self.model.rows) - 1)
        self.view.selectRow(row)

    def _emit(self, signal) -> None:
        row = self.current()
        if row is not None:
            signal.emit(row.id)

    def _refresh_buttons(self) -> None:
        row = self.current()
        self.revert_button.setEnabled(row is not None and row.status == "accepted")
        self.accept_button.setEnabled(row is not None and row.status in ("proposed", "rejected"))

    def _on_current(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()] if index.isValid() else None
        self._refresh_buttons()
        if row is not None:
            self.change_selected.emit(row)
