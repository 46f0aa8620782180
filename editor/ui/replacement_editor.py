"""The user's replacement lists in a form: the lists on the left (ticked: on), the rows of the
chosen one on the right (pattern, replacement, regular expression or not, note), and a dry run
that counts what the lists would replace before anything is saved.

A row whose regular expression cannot run is marked in red with the reason; the dialog refuses
to save while any is. The dry run itself runs where the dialog decides (on the worker).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QListWidget, QListWidgetItem, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from editor.core.cleanup.replacement_check import (BAD_PATTERN, BAD_REPLACEMENT, DUPLICATE_NAME, Problem, problems,
                                           row_problem)
from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.ops.profiles import DryRun, ordered
from editor.ui.layouts import add_buttons, resize_columns, titled_pane

PATTERN, REPLACEMENT, REGEX, NOTE = range(4)
BAD = QColor("#fbd5d5")


def problem_text(p: Problem) -> str:
    """One sentence naming the list, the row and the pattern that cannot run."""
    if p.kind == BAD_PATTERN:
        text = QCoreApplication.translate(
            "ReplacementEditor", "List “%1”, row %2: the pattern “%3” is not a valid regular expression (%4).")
        values = (p.list_name, p.row + 1, p.pattern, p.detail)
    elif p.kind == BAD_REPLACEMENT:
        text = QCoreApplication.translate(
            "ReplacementEditor", "List “%1”, row %2: the replacement “%3” does not fit the pattern “%4” (%5).")
        values = (p.list_name, p.row + 1, p.replacement, p.pattern, p.detail)
    elif p.kind == DUPLICATE_NAME:
        text = QCoreApplication.translate("ReplacementEditor", "Two replacement lists are named “%1”.")
        values = (p.list_name,)
    else:
        text, values = QCoreApplication.translate("ReplacementEditor", "A replacement list needs a name."), ()
    for n, value in enumerate(values, start=1):
        text = text.replace(f"%{n}", str(value))
    return text


class ReplacementEditor(QWidget):
    changed = Signal()
    dry_run_requested = Signal()

    def __init__(self, scope: QWidget, parent=None):
        super().__init__(parent)
        self._lists: list[ReplacementList] = []
        self._current = -1
        self._loading = False

        self.list_view = QListWidget()
        self.list_view.setObjectName("replacementLists")
        self.list_view.currentRowChanged.connect(self._on_current)
        self.list_view.itemChanged.connect(self._on_list_item)
        self.new_button = QPushButton(self.tr("&New list…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.new_button.clicked.connect(self._ask_new)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(lambda: self.delete_list(self.list_view.currentRow()))
        list_buttons = add_buttons(QHBoxLayout(), self.new_button, self.rename_button, self.delete_button)
        left = titled_pane(self.tr("Lists (ticked: on)"), self.list_view, list_buttons)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("replacementRows")
        self.table.setHorizontalHeaderLabels([self.tr("Pattern"), self.tr("Replacement"), self.tr("Regex"),
                                              self.tr("Note")])
        self.table.verticalHeader().setDefaultSectionSize(self.table.verticalHeader().minimumSectionSize() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        resize_columns(self.table.horizontalHeader(), stretch, stretch, fit, stretch)  # pattern, replacement, regex, note
        self.table.itemChanged.connect(self._on_row_item)
        self.add_row_button = QPushButton(self.tr("&Add row"))
        self.remove_row_button = QPushButton(self.tr("&Remove rows"))
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button.clicked.connect(self.remove_rows)
        row_buttons = add_buttons(QHBoxLayout(), self.add_row_button, self.remove_row_button)
        row_buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setObjectName("replacementProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828")
        right = titled_pane(self.tr("Rows (the earlier row wins where matches overlap)"), self.table, row_buttons,
                            self.problem)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 560])

        self.scope = scope
        self.dry_run_button = QPushButton(self.tr("D&ry run"))
        self.dry_run_button.setAutoDefault(False)
        self.dry_run_button.setToolTip(self.tr("Count what every list, on or off, would replace in the current "
                                               "text of these documents. Nothing is changed or saved."))
        self.dry_run_button.clicked.connect(self.dry_run_requested)
        self.dry_run_result = QLabel()
        self.dry_run_result.setObjectName("dryRunResult")
        self.dry_run_result.setWordWrap(True)
        self.dry_run_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dry = QGroupBox(self.tr("Dry run"))
        dry_layout = QHBoxLayout(dry)
        dry_layout.addWidget(scope)
        dry_buttons = QVBoxLayout()
        dry_buttons.addWidget(self.dry_run_button)
        dry_buttons.addStretch(1)
        dry_layout.addLayout(dry_buttons)
        dry_layout.addWidget(self.dry_run_result, 1)

        hint = QLabel(self.tr("The lists run after all other rules, in the order of their names; where their "
                              "matches overlap, the earlier list wins."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(hint)
        layout.addWidget(dry)
        self._update_buttons()

    # ---- the lists
    def set_lists(self, lists: list[ReplacementList]) -> None:
        self._lists = ordered(lists)
        self._current = -1
        self._fill_list_view(0 if self._lists else -1)

    def lists(self) -> list[ReplacementList]:
        """The lists as edited, in running order; blank rows left out."""
        self._commit()
        return list(self._lists)

    def names(self) -> list[str]:
        return [lst.name for lst in self._lists]

    def new_list(self, name: str) -> bool:
        name = name.strip()
        if not name or name in self.names():
            return False
        self._commit()
        self._lists = ordered([*self._lists, ReplacementList(name)])
        self._current = -1
        self._fill_list_view(self.names().index(name))
        self.changed.emit()
        return True

    def rename_list(self, row: int, name: str) -> bool:
        name = name.strip()
        if row < 0 or not name or name in self.names():
            return False
        self._commit()
        self._lists[row] = replace(self._lists[row], name=name)
        self._lists = ordered(self._lists)
        self._current = -1
        self._fill_list_view(self.names().index(name))
        self.changed.emit()
        return True

    def delete_list(self, row: int) -> None:
        if row < 0:
            return
        self._commit()
        del self._lists[row]
        self._current = -1
        self._fill_list_view(min(row, len(self._lists) - 1))
        self.changed.emit()

    def select(self, list_index: int, row: int | None = None) -> None:
        """Show a list, and put the cursor on one of its rows."""
        self.list_view.setCurrentRow(list_index)
        if row is not None and row < self.table.rowCount():
            self.table.setCurrentCell(row, PATTERN)
            self.table.setFocus()

    def _ask_new(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New replacement list"), self.tr("Name of the list:"))
        if ok and not self.new_list(name) and name.strip():
            self.problem.setText(self.tr("A list named “%1” exists already.").replace("%1", name.strip()))

    def _ask_rename(self) -> None:
        row = self.list_view.currentRow()
        if row < 0:
            return
        old = self._lists[row].name
        name, ok = QInputDialog.getText(self, self.tr("Rename replacement list"), self.tr("New name:"), text=old)
        if ok and name.strip() != old and not self.rename_list(row, name) and name.strip():
            self.problem.setText(self.tr("A list named “%1” exists already.").replace("%1", name.strip()))

    def _fill_list_view(self, current: int) -> None:
        self._loading = True
        try:
            self.list_view.clear()
            for lst in self._lists:
                item = QListWidgetItem(lst.name)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if lst.enabled else Qt.CheckState.Unchecked)
                self.list_view.addItem(item)
        finally:
            self._loading = False
        self.list_view.setCurrentRow(current)
        if current < 0:
            self._on_current(-1)

    def _on_list_item(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list_view.row(item)
        enabled = item.checkState() == Qt.CheckState.Checked
        if self._lists[row].enabled != enabled:
            self._lists[row] = replace(self._lists[row], enabled=enabled)
            self.changed.emit()

    def _on_current(self, row: int) -> None:
        if self._loading:
            return
        self._commit()
        self._current = row
        self._fill_table(self._lists[row].entries if row >= 0 else ())
        self._update_buttons()

    # ---- the rows of the current list
    def _fill_table(self, entries) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for entry in entries:
                self._append(entry)
        finally:
            self._loading = False
        self._check_rows()

    def _append(self, entry: Replacement) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, PATTERN, QTableWidgetItem(entry.pattern))
        self.table.setItem(row, REPLACEMENT, QTableWidgetItem(entry.replacement))
        regex = QTableWidgetItem()
        regex.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        regex.setCheckState(Qt.CheckState.Checked if entry.regex else Qt.CheckState.Unchecked)
        self.table.setItem(row, REGEX, regex)
        self.table.setItem(row, NOTE, QTableWidgetItem(entry.note))

    def add_row(self, entry: Replacement | None = None) -> None:
        if self._current < 0:
            return
        self._loading = True
        try:
            self._append(entry or Replacement("", ""))
        finally:
            self._loading = False
        row = self.table.rowCount() - 1
        self._commit()
        self._check_rows()
        self.changed.emit()
        if entry is None:
            self.table.setCurrentCell(row, PATTERN)
            self.table.editItem(self.table.item(row, PATTERN))

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._commit()
            self._check_rows()
            self.changed.emit()

    def _entries(self) -> tuple[Replacement, ...]:
        out = []
        for row in range(self.table.rowCount()):
            text = lambda column: self.table.item(row, column).text()  # noqa: E731
            entry = Replacement(text(PATTERN), text(REPLACEMENT),
                                self.table.item(row, REGEX).checkState() == Qt.CheckState.Checked, text(NOTE))
            if entry.pattern or entry.replacement or entry.note:
                out.append(entry)
        return tuple(out)

    def _commit(self) -> None:
        """The table back into the current list (the lists are the state; the table a view)."""
        if 0 <= self._current < len(self._lists):
            self._lists[self._current] = replace(self._lists[self._current], entries=self._entries())

    def _on_row_item(self, _item: QTableWidgetItem) -> None:
        if self._loading:
            return
        self._commit()
        self._check_rows()
        self.changed.emit()

    def _check_rows(self) -> None:
        """Mark the rows of the shown list that cannot run; name the first one below."""
        self._loading = True
        first = None
        try:
            for row in range(self.table.rowCount()):
                item = self.table.item(row, PATTERN)
                entry = Replacement(item.text(), self.table.item(row, REPLACEMENT).text(),
                                    self.table.item(row, REGEX).checkState() == Qt.CheckState.Checked)
                found = row_problem(entry)
                for column in (PATTERN, REPLACEMENT):
                    cell = self.table.item(row, column)
                    bad = found is not None and (column == PATTERN) == (found[0] == BAD_PATTERN)
                    cell.setBackground(QBrush(BAD) if bad else QBrush())
                    cell.setToolTip(found[1] if bad else "")
                if found is not None and first is None:
                    first = Problem(found[0], self._current, self._lists[self._current].name, row, entry.pattern,
                                    entry.replacement, found[1])
        finally:
            self._loading = False
        self.problem.setText(problem_text(first) if first else "")

    def first_problem(self) -> Problem | None:
        found = problems(self.lists())
        return found[0] if found else None

    # ---- dry run
    def show_dry_run(self, result: DryRun) -> None:
        head = self.tr("Searched %1 document(s), %2 with matches. Replacements per list:") \
            .replace("%1", str(result.documents)).replace("%2", str(result.touched))
        lines = [self.tr("“%1”: %2").replace("%1", name).replace("%2", str(n))
                 for name, n in result.counts.items()]
        self.dry_run_result.setText("\n".join([head, *lines]))

    def _update_buttons(self) -> None:
        has = self._current >= 0
        for button in (self.rename_button, self.delete_button, self.add_row_button, self.remove_row_button):
            button.setEnabled(has)
        self.table.setEnabled(has)
        self.dry_run_button.setEnabled(bool(self._lists))
