"""Tools > Clean documents: choose a cleanup profile and the documents (the selected document,
its issue, or all), clean them on the worker with a progress dialog and Cancel, then show the
new text and changes and say what was done.

Each document is its own transaction, so a cancel leaves every document either cleaned or
untouched. The open document's unsaved edits are saved before the run; afterwards what the run changed
is broadcast, so the panes show the new text and changes; the whole run is one undo step.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMessageBox,
                               QVBoxLayout)

from editor.ops.profiles import CleanReport, clean_scope, import_profile_name
from editor.core.opchanges import OpChanges
from editor.store import Store
from editor.ui.tasks import Handle
from editor.ui.scope import ScopeChoice
from editor.ui.selection import pointed
from editor.ui.work_progress import run_with_progress

LAST_PROFILE = "clean/profile"


class CleanDialog(QDialog):
    def __init__(self, store: Store, document_id: int | None, issue_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clean documents"))
        self.store = store
        self.profile = QComboBox()
        self.profile.setObjectName("cleanProfile")
        self.profile.addItems(store.profiles.names())
        last = str(QSettings().value(LAST_PROFILE, import_profile_name(store)))
        self.profile.setCurrentText(last if last in store.profiles.names() else import_profile_name(store))
        self.threshold = QLabel()
        self.profile.currentTextChanged.connect(self._show_threshold)
        self.scope = ScopeChoice(store, document_id, issue_id)
        note = QLabel(self.tr("Every document is cleaned in its own step: a cancel leaves whole documents. "
                              "Proposals below a rule's threshold wait in the Changes panel."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.tr("&Clean"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Profile:"), self.profile)
        form.addRow("", self.threshold)
        form.addRow(self.tr("Documents:"), self.scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._show_threshold(self.profile.currentText())
        self.resize(460, self.sizeHint().height())

    def _show_threshold(self, name: str) -> None:
        profile = self.store.profiles.get(name)
        off = sum(1 for s in profile.settings.values() if not s.enabled)
        text = self.tr("Applies proposals from confidence %1").replace("%1", f"{profile.threshold:.2f}")
        if off:
            text += self.tr("; rules off: %1").replace("%1", str(off))
        self.threshold.setText(text)

    def accept(self) -> None:
        QSettings().setValue(LAST_PROFILE, self.profile.currentText())
        super().accept()


class CleanFeature(QObject):
    finished = Signal(object)  # the CleanReport, once the window shows the cleaned text

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialog: CleanDialog | None = None
        self.progress = None
        self.report_box: QMessageBox | None = None
        self._running: list[int] = []

    def open_dialog(self) -> CleanDialog:
        self.dialog = CleanDialog(self.window.store, *pointed(self.window), parent=self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.accepted.connect(lambda d=self.dialog: self.start(d.profile.currentText(), d.scope.document_ids()))
        self.dialog.open()
        return self.dialog

    def start(self, profile_name: str, document_ids: list[int]) -> Handle | None:
        if not document_ids:
            return None
        if not self.window.workspace.flush():  # the run reads the store: the open document's typing goes first
            return None
        self._running = list(document_ids)
        profile = self.window.store.profiles.get(profile_name)
        title = self.tr("Clean documents")
        handle, self.progress = run_with_progress(
            self.window, self.window.workspace.runner(), title, self.tr("Cleaning…"),
            lambda store, progress: clean_scope(store, document_ids, profile, progress), self._finish, self._fail,
            lambda done, total, name: self.tr("Document %1 of %2: %3").replace("%1", str(done + 1))
            .replace("%2", str(total)).replace("%3", name))
        return handle

    def _finish(self, report: CleanReport) -> None:
        self.window.workspace.broadcast(report.changes)
        icon = QMessageBox.Icon.Warning if report.cancelled else QMessageBox.Icon.Information
        self.report_box = QMessageBox(icon, self.tr("Clean documents"), self.report_text(report),
                                      QMessageBox.StandardButton.Close, self.window)
        self.report_box.show()
        self.finished.emit(report)

    def _fail(self, message: str) -> None:
        # Those cleaned before the failure stay cleaned: the panes load them afresh.
        self.window.workspace.broadcast(OpChanges(text=frozenset(self._running), change_documents=frozenset(self._running),
                                                  tree=True, history=True))
        self.report_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cleaning failed"), message,
                                      QMessageBox.StandardButton.Close, self.window)
        self.report_box.show()

    def report_text(self, report: CleanReport) -> str:
        text = self.tr("Cleaned %1 of %2 documents with the profile “%3”: %4 changes proposed, %5 applied.")
        for n, value in enumerate((len(report.summaries), report.total, report.profile, report.proposed,
                                   report.accepted), start=1):
            text = text.replace(f"%{n}", str(value))
        if report.cancelled:
            text += " " + self.tr("Cancelled: the documents cleaned are complete, the others untouched.")
        return text


def install(window) -> None:
    feature = CleanFeature(window)
    window.cleaner = feature
    window.actions["tools.clean"].triggered.connect(feature.open_dialog)
