"""The Changes list: every rule change of the open document, filtered by rule, status and
confidence, sortable, decided one at a time or in bulk (each decision one undo step).

The panel only asks (``decide_requested``); the window runs the operation through the workspace
and the panel then redraws the rows that changed, keeping its place.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Sequence

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QItemSelectionModel, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QMenu,
                               QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget)

from editor.ops.views import ChangeRow
from editor.ui.rule_names import rule_name
from editor.ui.teach_bar import TeachBar, offer

STATUS_COLORS = {"accepted": "#1f78b4", "proposed": "#ff7f00", "rejected": "#9e9e9e", "stale": "#e31a1c"}
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2



def status_name(status: str) -> str:
    return {"accepted": QCoreApplication.translate("ChangesPanel", "applied"),
            "proposed": QCoreApplication.translate("ChangesPanel", "proposed"),
            "rejected": QCoreApplication.translate("ChangesPanel", "reverted"),
            "stale": QCoreApplication.translate("ChangesPanel", "stale")}.get(status, status)


def visible(text: str) -> str:
    """Show white space: a removed line break or space is otherwise invisible."""
    return text.replace("\n", "⏎").replace(" ", "␣").replace("\u3000", "□").replace("\t", "⇥") or "∅"


def describe(before: str, after: str) -> str:
    """The change as the list shows it; a change of width only is named ("半角， → 全角，")."""
    if before != after and unicodedata.normalize("NFKC", before) == unicodedata.normalize("NFKC", after):
        wide = any(unicodedata.east_asian_width(c) in "FW" for c in after)
        was, now = (QCoreApplication.translate("ChangesPanel", "half-width"),
                    QCoreApplication.translate("ChangesPanel", "full-width"))
        if not wide:
            was, now = now, was
        return f"{was}{visible(before)} → {now}{visible(after)}"
    return f"{visible(before)} → {visible(after)}"


class ChangesModel(QAbstractTableModel):
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

    def replace_rows(self, rows: Sequence[ChangeRow]) -> bool:
        """Put these rows in place of the same changes; False when one is not listed (new rows:
        the caller resets)."""
        where = {r.id: i for i, r in enumerate(self.rows)}
        if any(r.id not in where for r in rows):
            return False
        for r in rows:
            i = where[r.id]
            self.rows[i] = r
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        return True

    def row_of(self, change_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == change_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (QCoreApplication.translate("ChangesPanel", "Rule"), QCoreApplication.translate("ChangesPanel", "Change"),
                    QCoreApplication.translate("ChangesPanel", "Conf."),
                    QCoreApplication.translate("ChangesPanel", "Status"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ChangesPanel", "Confidence") if section == 2 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        c = row.change
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (rule_name(c.rule), describe(c.before, c.after), f"{c.confidence:.2f}", status_name(row.status))[col]
        if role == SORT_ROLE:
            return (rule_name(c.rule), row.raw_start, c.confidence, row.status)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            before = QCoreApplication.translate("ChangesPanel", "before")
            after = QCoreApplication.translate("ChangesPanel", "after")
            return (f"<b>{rule_name(c.rule)}</b> ({c.rule})<br>{before}: {visible(c.before)}<br>"
                    f"{after}: {visible(c.after)}<br>{c.reason}")
        if role == Qt.ItemDataRole.ForegroundRole and col == 3:
            return QBrush(QColor(STATUS_COLORS.get(row.status, "#000000")))
        if role == CHANGE_ROLE:
            return row.id
        return None


class ChangeFilter(QSortFilterProxyModel):
    """Rows of one rule, one status, from a confidence up; sorted by the column clicked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rule: str | None = None
        self.status: str | None = None
        self.min_confidence = 0.0
        self.setSortRole(SORT_ROLE)

    def set_filter(self, rule: str | None, status: str | None, min_confidence: float) -> None:
        self.rule, self.status, self.min_confidence = rule, status, min_confidence
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        row = self.sourceModel().rows[source_row]
        return ((self.rule is None or row.change.rule == self.rule)
                and (self.status is None or row.status == self.status)
                and row.change.confidence >= self.min_confidence - 1e-9)


class ChangesPanel(QWidget):
    decide_requested = Signal(str, list)  # "accept" | "revert" | "reject", change ids
    change_selected = Signal(object)  # ChangeRow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ChangesModel(self)
        self.proxy = ChangeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("changesTable")
        self.view.setModel(self.proxy)
        # The store gives the rows in text order: no sort until the editor clicks a header.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Stretch,
                                       QHeaderView.ResizeMode.Interactive, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        # The Change column gets the room: the others are as narrow as their values.
        metrics = self.view.fontMetrics()
        self.view.setColumnWidth(0, metrics.horizontalAdvance("Spaces in Chin") + 12)
        self.view.setColumnWidth(2, metrics.horizontalAdvance("0.00") + 16)
        self.view.setColumnWidth(3, metrics.horizontalAdvance("proposed") + 16)
        self.view.setWordWrap(False)

        self.rule_filter = QComboBox()
        self.rule_filter.setObjectName("ruleFilter")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        for status in (None, "proposed", "accepted", "rejected", "stale"):
            self.status_filter.addItem(QCoreApplication.translate("ChangesPanel", "All statuses") if status is None else status_name(status), status)
        self.confidence = QDoubleSpinBox()
        self.confidence.setRange(0.0, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setPrefix("≥ ")
        self.confidence.setToolTip(QCoreApplication.translate("ChangesPanel", "Only changes at least this confident"))
        filters = QHBoxLayout()
        filters.addWidget(self.rule_filter, 2)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.confidence)
        for w in (self.rule_filter, self.status_filter):
            w.currentIndexChanged.connect(self._apply_filter)
        self.confidence.valueChanged.connect(self._apply_filter)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.accept_button = QPushButton(QCoreApplication.translate("ChangesPanel", "Apply"))
        self.accept_button.setToolTip(QCoreApplication.translate("ChangesPanel", "Apply the selected proposals (Ctrl+Shift+R)"))
        self.revert_button = QPushButton(QCoreApplication.translate("ChangesPanel", "Revert"))
        self.revert_button.setToolTip(QCoreApplication.translate("ChangesPanel", "Put back the raw text of the selected applied changes (Ctrl+R)"))
        self.reject_button = QPushButton(QCoreApplication.translate("ChangesPanel", "Reject"))
        self.reject_button.setToolTip(QCoreApplication.translate("ChangesPanel", "Decline the selected proposals, leaving the text as it is"))
        self.more = QToolButton()
        self.more.setText(QCoreApplication.translate("ChangesPanel", "All…"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.accept_rule_action = menu.addAction(QCoreApplication.translate("ChangesPanel", "Apply all proposals of this rule"))
        self.reject_rule_action = menu.addAction(QCoreApplication.translate("ChangesPanel", "Reject all proposals of this rule"))
        menu.addSeparator()
        self.accept_all_action = menu.addAction(QCoreApplication.translate("ChangesPanel", "Apply all proposals in the document"))
        self.more.setMenu(menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(filters)
        self.teach = TeachBar()
        self.teach.decide.connect(self.decide_requested)
        layout.addWidget(self.teach)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(lambda: self._decide_selected("accept"))
        self.revert_button.clicked.connect(lambda: self._decide_selected("revert"))
        self.reject_button.clicked.connect(lambda: self._decide_selected("reject"))
        self.accept_rule_action.triggered.connect(lambda: self._decide_rule("accept"))
        self.reject_rule_action.triggered.connect(lambda: self._decide_rule("reject"))
        self.accept_all_action.triggered.connect(self._accept_all)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._refresh_buttons())
        self._last: tuple[str, str] | None = None  # the latest decision, for the teach bar
        self._on_current(QModelIndex())

    # ---- rows
    def set_changes(self, rows: Sequence[ChangeRow]) -> None:
        self.model.reset(rows)
        self._fill_rules()
        self._summarize()
        self._on_current(QModelIndex())

    def replace_changes(self, rows: Sequence[ChangeRow]) -> bool:
        """A few decided changes redrawn in place, the selection where it was; False when the
        list must be read again."""
        if not self.model.replace_rows(rows):
            return False
        self._summarize()
        self._refresh_buttons()
        if self._last is not None:
            self.teach.show_offer(self._last[0], offer(self.model.rows, self._last[1], self._last[0]))
            self._last = None
        return True

    def update_changes(self, rows: Sequence[ChangeRow], changed: frozenset[int]) -> None:
        """After a decision: the rows that changed are redrawn and the selection stays where it was."""
        current = self.current()
        if not self.model.update(rows, changed):
            self.model.reset(rows)
            self._fill_rules()
            if current is not None:
                self.select_change(current.id)
        self._summarize()
        self._refresh_buttons()
        if self._last is not None:
            self.teach.show_offer(self._last[0], offer(self.model.rows, self._last[1], self._last[0]))
            self._last = None

    def select_change(self, change_id: int) -> None:
        row = self.model.row_of(change_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _fill_rules(self) -> None:
        chosen = self.rule_filter.currentData()
        counts = Counter(r.change.rule for r in self.model.rows)
        self.rule_filter.blockSignals(True)
        self.rule_filter.clear()
        self.rule_filter.addItem(QCoreApplication.translate("ChangesPanel", "All rules (%1)").replace("%1", str(len(self.model.rows))), None)
        for rule, n in sorted(counts.items(), key=lambda kv: rule_name(kv[0])):
            self.rule_filter.addItem(f"{rule_name(rule)} ({n})", rule)
        self.rule_filter.setCurrentIndex(max(0, self.rule_filter.findData(chosen)))
        self.rule_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.rule_filter.currentData(), self.status_filter.currentData(), self.confidence.value())
        self._summarize()

    def _summarize(self) -> None:
        rows = self.model.rows
        applied = sum(1 for r in rows if r.status == "accepted")
        proposed = sum(1 for r in rows if r.status == "proposed")
        text = QCoreApplication.translate("ChangesPanel", "%1 changes, %2 applied, %3 proposed").replace("%1", str(len(rows))).replace(
            "%2", str(applied)).replace("%3", str(proposed))
        if self.proxy.rowCount() != len(rows):
            text += " · " + QCoreApplication.translate("ChangesPanel", "%1 shown").replace("%1", str(self.proxy.rowCount()))
        self.summary.setText(text)

    # ---- what is selected
    def current(self) -> ChangeRow | None:
        index = self.view.currentIndex()
        return self.model.rows[self.proxy.mapToSource(index).row()] if index.isValid() else None

    def selected(self) -> list[ChangeRow]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        if not rows and self.current() is not None:
            return [self.current()]
        return [self.model.rows[r] for r in sorted(rows)]

    def step(self, delta: int) -> None:
        """The next or previous change in the list as shown, from the current row."""
        count = self.proxy.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        row = (row + delta) % count if row >= 0 else (0 if delta > 0 else count - 1)
        self.view.selectionModel().setCurrentIndex(
            self.proxy.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # ---- decisions
    def _decide_selected(self, kind: str) -> None:
        wanted = {"accept": ("proposed", "rejected", "stale"), "revert": ("accepted",),
                  "reject": ("proposed", "stale")}[kind]
        rows = [r for r in self.selected() if r.status in wanted]
        if rows:
            rules = {r.change.rule for r in rows}
            self._last = (kind, rules.pop()) if len(rules) == 1 and kind != "revert" else None
            self.decide_requested.emit(kind, [r.id for r in rows])

    def _decide_rule(self, kind: str) -> None:
        row = self.current()
        if row is None:
            return
        ids = [r.id for r in self.model.rows if r.change.rule == row.change.rule and r.status == "proposed"]
        if ids:
            self.decide_requested.emit(kind, ids)

    def _accept_all(self) -> None:
        ids = [r.id for r in self.model.rows if r.status == "proposed"]
        if ids:
            self.decide_requested.emit("accept", ids)

    def _refresh_buttons(self) -> None:
        rows = self.selected()
        self.revert_button.setEnabled(any(r.status == "accepted" for r in rows))
        self.accept_button.setEnabled(any(r.status in ("proposed", "rejected", "stale") for r in rows))
        self.reject_button.setEnabled(any(r.status in ("proposed", "stale") for r in rows))
        current = self.current()
        self.accept_rule_action.setEnabled(current is not None)
        self.reject_rule_action.setEnabled(current is not None)

    def _on_current(self, index: QModelIndex) -> None:
        self._refresh_buttons()
        row = self.current() if index.isValid() else None
        if row is not None:
            self.change_selected.emit(row)
