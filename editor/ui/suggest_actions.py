"""Tools > Suggest entities, Accept / Reject all suggestions, Learn from the annotations:
the suggesters from the window. Suggesting and training run on the worker (the lexical
analyzer loads there, never before the first paint), behind a progress dialog with Cancel."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from editor.core.opchanges import OpChanges
from editor.ops import suggesting, training
from editor.ui.work_progress import run_with_progress


class SuggestFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.progress = None
        a = window.actions
        a["tools.suggest"].triggered.connect(self.suggest)
        a["tools.accept_suggestions"].triggered.connect(lambda: self._decide(suggesting.accept_all))
        a["tools.reject_suggestions"].triggered.connect(lambda: self._decide(suggesting.reject_all))
        a["tools.train"].triggered.connect(self.train)

    def _document(self) -> int | None:
        return self.window.session.document_id if self.window.session is not None else None

    def suggest(self):
        doc = self._document()
        if doc is None or not self.window.workspace.flush():
            return None
        handle, self.progress = run_with_progress(
            self.window, self.window.workspace.runner(), self.tr("Suggest entities"),
            self.tr("Looking for names, places, organizations, dates and amounts…"),
            lambda store, _progress: suggesting.suggest_document(store, doc), self._suggested, self._failed)
        return handle

    def _suggested(self, changes: OpChanges) -> None:
        self.window.workspace.broadcast(changes)
        message = getattr(changes.value, "message", "")
        count = len(getattr(changes.value, "spans", ()))
        self.window.statusBar().showMessage(
            self.tr("%1 suggestions, drawn dashed; accept or reject them from the pane's context menu")
            .replace("%1", str(count)) + (f" ({message})" if message and "(" in message else ""), 8000)

    def _decide(self, fn) -> None:
        doc = self._document()
        if doc is not None:
            self.window.workspace.perform(fn, doc)

    def train(self):
        if not self.window.workspace.flush():
            return None
        handle, self.progress = run_with_progress(
            self.window, self.window.workspace.runner(), self.tr("Learn from the annotations"),
            self.tr("Training the suggester on the store's accepted spans…"),
            lambda store, progress: training.train_suggester(store, progress), self._trained, self._failed,
            lambda done, total, message: self.tr("Learning: %1 of %2").replace("%1", str(done))
            .replace("%2", str(total)))
        return handle

    def _trained(self, trained: training.Trained) -> None:
        self._tell(QMessageBox.Icon.Information, self.tr("Learn from the annotations"), self.tr(
            "Learned from %1 sentences with %2 spans (%3) in %4 s. The next suggestions use it.")
            .replace("%1", str(trained.sentences)).replace("%2", str(trained.spans))
            .replace("%3", ", ".join(trained.labels)).replace("%4", f"{trained.seconds:.1f}"))

    def _failed(self, message: str) -> None:
        self._tell(QMessageBox.Icon.Warning, self.tr("Suggestions"), message)

    def _tell(self, icon, title: str, text: str) -> None:
        self.box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self.window)
        self.box.open()


def install(window) -> None:
    window.suggester = SuggestFeature(window)
