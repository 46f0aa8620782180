"""Backups from the window: a rotating backup when the window opens a store (the last five,
beside it, made on the worker), File > Back up now…, and File > Restore backup… listing each
backup with its date and counts. Restoring keeps the current store aside first."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from editor.core.errors import JiaokanError
from editor.core.opchanges import OpChanges
from editor.ops import backups


class RestoreDialog(QDialog):
    def __init__(self, store_path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(620, 360)
        self.found = backups.list_backups(store_path)
        self.table = QTableWidget(len(self.found), 5)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Documents"), self.tr("Issues"),
                                              self.tr("Edits"), self.tr("Size")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, info in enumerate(self.found):
            made = info.path.name.rsplit("-", 1)[-1].removesuffix(".db")
            for col, text in enumerate((made, str(info.documents), str(info.issues), str(info.edits),
                                        f"{info.size / 1e6:.1f} MB")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        if self.found:
            self.table.selectRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.found))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The store as it is now is kept aside beside it before the backup replaces it.")
                      if self.found else self.tr("There is no backup of this store yet."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self):
        row = self.table.currentRow()
        return self.found[row].path if 0 <= row < len(self.found) else None


class BackupFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.actions["file.backup"].triggered.connect(self.back_up_now)
        window.actions["file.restore_backup"].triggered.connect(self.open_restore)

    def automatic(self) -> None:
        """The rotating backup, on the worker: the window stays usable meanwhile."""
        def connect(handle) -> None:
            handle.done.connect(lambda path: self.window.statusBar().showMessage(
                self.tr("Backup made: %1").replace("%1", str(path)), 5000))
            handle.failed.connect(lambda message: self.window.statusBar().showMessage(
                self.tr("No backup could be made: %1").replace("%1", message), 10000))
        self.window.workspace.submit(self.tr("Backup"), lambda store, _p: backups.auto_backup(store), connect)

    def back_up_now(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the store"),
                                              str(self.window.store.path.with_suffix(".backup.db")))
        if not path:
            return
        try:
            self.window.workspace.flush()
            done = backups.backup(self.window.store, path)
        except JiaokanError as err:
            QMessageBox.warning(self.window, self.tr("Backup failed"), str(err))
            return
        self.window.statusBar().showMessage(self.tr("Backup made: %1").replace("%1", str(done)), 5000)

    def open_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self.window.store.path, self.window)
        dialog.accepted.connect(lambda: self.restore(dialog.chosen()))
        dialog.open()
        return dialog

    def restore(self, backup_path) -> None:
        if backup_path is None or not self.window.close_session():
            return
        self.window.workspace.shutdown()  # the worker's connection lets go of the file
        try:
            done = backups.restore(self.window.store.path, backup_path)
        except JiaokanError as err:
            QMessageBox.warning(self.window, self.tr("Restore failed"), str(err))
            return
        self.window.workspace.broadcast(OpChanges(tree=True, history=True))
        self.window.first_document()
        kept = str(done.kept_aside) if done.kept_aside else "—"
        self.window.statusBar().showMessage(self.tr("Restored %1; the store as it was is kept as %2")
                                            .replace("%1", backup_path.name).replace("%2", kept), 10000)


def install(window) -> None:
    window.backups = BackupFeature(window)  # the app starts the automatic backup once the window shows
