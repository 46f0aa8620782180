"""File > Import files / Import folder, files dropped on the issue tree, Edit > Paste as new
document. Each import runs on the worker with a progress dialog and Cancel; then the tree
reloads, the first new document opens and a summary lists what became of every file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from editor.core.opchanges import OpChanges
from editor.ops.import_report import ImportReport
from editor.ops.importing import SUFFIXES, import_paths, import_text
from editor.ops.profiles import import_profile
from editor.ui.import_summary import ImportSummaryDialog
from editor.ui.tasks import Handle

LAST_FOLDER = "import/last_folder"


class ImportFeature(QObject):
    finished = Signal(object)  # the ImportReport, once the tree shows its documents

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None

    # ---- choosing what to import
    def _last_folder(self) -> str:
        return str(QSettings().value(LAST_FOLDER, str(Path.home())))

    def _remember(self, folder: str | Path) -> None:
        QSettings().setValue(LAST_FOLDER, str(folder))

    def choose_files(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import files"), self._last_folder(),
            self.tr("Transcriptions (%1);;All files (*)").replace("%1", patterns))
        if paths:
            self._remember(Path(paths[0]).parent)
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import folder"), self._last_folder())
        if folder:
            self._remember(folder)
            self.import_paths([folder])

    def paste(self, name: str | None = None) -> Handle | None:
        """The clipboard's text as a new document; asks for its name unless given one."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            QMessageBox.information(self.window, self.tr("Paste as new document"),
                                    self.tr("The clipboard holds no text."))
            return None
        if name is None:
            default = self.tr("Pasted %1").replace("%1", dt.datetime.now().strftime("%Y-%m-%d %H:%M"))
            name, ok = QInputDialog.getText(self.window, self.tr("Paste as new document"),
                                            self.tr("Name of the new document:"), QLineEdit.EchoMode.Normal,
                                            default)
            if not ok or not name.strip():
                return None
        profile = import_profile(self.window.store)
        name = name.strip()
        return self._run(lambda store, progress: ImportReport([import_text(store, text, name, profile)], 1))

    # ---- running
    def import_paths(self, paths: Sequence[str | Path]) -> Handle:
        profile = import_profile(self.window.store)
        paths = [str(p) for p in paths]
        return self._run(lambda store, progress: import_paths(store, paths, profile, progress))

    def _run(self, work: Callable) -> Handle:
        handle = self.window.workspace.submit(self.tr("Import"), work)
        dialog = QProgressDialog(self.tr("Looking for files…"), self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Import"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(handle.cancel)
        handle.progress.connect(lambda done, total, name: self._show_progress(dialog, done, total, name))
        handle.done.connect(lambda report: self._finish(dialog, report))
        handle.failed.connect(lambda message: self._fail(dialog, message))
        handle.cancelled.connect(dialog.close)
        self.progress = dialog
        return handle

    def _show_progress(self, dialog: QProgressDialog, done: int, total: int, name: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))
        if name:
            dialog.setLabelText(self.tr("File %1 of %2: %3").replace("%1", str(done + 1))
                                .replace("%2", str(total)).replace("%3", name))

    def _fail(self, dialog: QProgressDialog, message: str) -> None:
        dialog.close()
        self.window.workspace.broadcast(OpChanges(tree=True))  # the files before the failure are in
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"), message,
                          QMessageBox.StandardButton.Close, self.window)
        box.show()

    def _finish(self, dialog: QProgressDialog, report: ImportReport) -> None:
        dialog.close()
        self.window.workspace.broadcast(OpChanges(tree=True))
        new = report.document_ids()
        if new:
            self.window.open_document(new[0])
        self.summary = ImportSummaryDialog(report, self.window)
        self.summary.show()
        self.finished.emit(report)


def install(window) -> None:
    feature = ImportFeature(window)
    window.importer = feature
    window.actions["file.import_files"].triggered.connect(feature.choose_files)
    window.actions["file.import_folder"].triggered.connect(feature.choose_folder)
    window.actions["edit.paste_document"].triggered.connect(lambda: feature.paste())
    window.tree.setAcceptDrops(True)
    window.tree.setDropIndicatorShown(True)
    window.tree_model.files_dropped.connect(feature.import_paths, Qt.ConnectionType.QueuedConnection)
