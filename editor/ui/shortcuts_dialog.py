"""Help > Keyboard shortcuts: every action of the menus with its shortcut, changed here and
kept in the settings (QSettings group "shortcuts", by action id, as ui/actions.py reads them).
A shortcut another action already has is refused with a message naming that action."""
from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QKeySequenceEdit,
                               QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout)

from editor.ui.actions import MENUS, SETTINGS_GROUP, SPEC_BY_ID, default_shortcuts

NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    """A menu text without its mnemonic: "&Find…" and "查找(&F)…" as "Find…" and "查找…"."""
    text = re.sub(r"\(&\w\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(sequences: list[QKeySequence]) -> str:
    return ", ".join(s.toString(NATIVE) for s in sequences if not s.isEmpty())


class ShortcutsModel(QAbstractTableModel):
    """Rows: the menu actions in menu order; columns: menu, action, shortcut, default."""

    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.actions = actions
        self.rows: list[tuple[str, str]] = [(QCoreApplication.translate("Actions", title), action_id)
                                            for _key, title, ids in MENUS for action_id in ids
                                            if action_id is not None and action_id in actions]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (QCoreApplication.translate("Shortcuts", "Menu"), QCoreApplication.translate("Shortcuts", "Action"),
                    QCoreApplication.translate("Shortcuts", "Shortcut"),
                    QCoreApplication.translate("Shortcuts", "Default"))[section]
        return None

    def action_id(self, row: int) -> str:
        return self.rows[row][1]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        menu, action_id = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            spec = SPEC_BY_ID[action_id]
            return (_plain(menu), _plain(QCoreApplication.translate("Actions", spec.text)),
                    _shown(self.actions[action_id].shortcuts()), _shown(default_shortcuts(spec)))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (2, 3):
            return self.data(index).replace(", ", "\n")
        if role == Qt.ItemDataRole.UserRole:
            return action_id
        return None

    def owner(self, sequence: QKeySequence, besides: str) -> str | None:
        """The action other than ``besides`` that already has ``sequence``."""
        for _menu, action_id in self.rows:
            if action_id != besides and any(s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                                            for s in self.actions[action_id].shortcuts()):
                return action_id
        return None

    def set_shortcut(self, row: int, sequences: list[QKeySequence], is_default: bool) -> None:
        action_id = self.action_id(row)
        self.actions[action_id].setShortcuts(sequences)
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        if is_default:
            settings.remove(action_id)
        else:
            settings.setValue(action_id, sequences[0].toString() if sequences else "")
        settings.endGroup()
        self.dataChanged.emit(self.index(row, 2), self.index(row, 2))


class ShortcutsDialog(QDialog):
    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(640, 560)
        self.model = ShortcutsModel(actions, self)
        self.table = QTableView(objectName="shortcuts")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 150)
        self.table.resizeColumnToContents(0)
        self.keys = QKeySequenceEdit(objectName="newShortcut")
        self.keys.setMaximumSequenceLength(1)
        self.set_button = QPushButton(self.tr("&Set"), objectName="setShortcut")
        self.clear_button = QPushButton(self.tr("&No shortcut"))
        self.default_button = QPushButton(self.tr("&Default"), objectName="defaultShortcut")
        self.message = QLabel(self.tr("Pick an action, press the new keys, then Set."))
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("New shortcut:")))
        row.addWidget(self.keys, 1)
        for b in (self.set_button, self.clear_button, self.default_button):
            row.addWidget(b)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.set_button.clicked.connect(lambda: self.assign(self.keys.keySequence()))
        self.clear_button.clicked.connect(lambda: self.assign(QKeySequence()))
        self.default_button.clicked.connect(self.restore_default)
        self.table.selectRow(0)

    def _row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def assign(self, sequence: QKeySequence) -> bool:
        """Give the selected action ``sequence`` (empty: none); refused when another has it."""
        row = self._row()
        if row is None:
            return False
        action_id = self.model.action_id(row)
        if not sequence.isEmpty():
            other = self.model.owner(sequence, action_id)
            if other is not None:
                return self._taken(sequence, other)
        spec = SPEC_BY_ID[action_id]
        defaults = default_shortcuts(spec)
        is_default = [s.toString() for s in defaults][:1] == ([sequence.toString()] if not sequence.isEmpty() else [])
        self.model.set_shortcut(row, defaults if is_default else ([sequence] if not sequence.isEmpty() else []),
                                is_default)
        self.message.setText(self.tr("Saved."))
        return True

    def _taken(self, sequence: QKeySequence, other: str) -> bool:
        self.message.setText(self.tr("Not changed."))
        text = (self.tr("%1 is already the shortcut of “%2”. Give that action another shortcut first.")
                .replace("%1", sequence.toString(NATIVE))
                .replace("%2", _plain(QCoreApplication.translate("Actions", SPEC_BY_ID[other].text))))
        self.warning = QMessageBox(QMessageBox.Icon.Warning, self.tr("Shortcut taken"), text,
                                   QMessageBox.StandardButton.Ok, self)
        self.warning.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.warning.open()  # not exec(): the dialog stays responsive, and a test can read it
        return False

    def restore_default(self) -> bool:
        row = self._row()
        if row is None:
            return False
        action_id = self.model.action_id(row)
        defaults = default_shortcuts(SPEC_BY_ID[action_id])
        for s in defaults:
            other = self.model.owner(s, action_id)
            if other is not None:
                return self._taken(s, other)
        self.model.set_shortcut(row, defaults, True)
        self.message.setText(self.tr("Saved."))
        return True
