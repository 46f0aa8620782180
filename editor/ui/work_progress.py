"""Work over many documents on the shared worker, behind a window-modal progress dialog with
Cancel (the import's pattern). The dialog shows at once: while the worker writes documents, the
window must take no edits that would be saved against the text it had before."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from editor.ui.tasks import Handle, TaskRunner, Work

Describe = Callable[[int, int, str], str]  # (done, total, message) -> the dialog's label


class WorkProgress(QProgressDialog):
    """Follows one job; its slots are methods, so a dialog closed early hears nothing more."""

    def __init__(self, title: str, label: str, describe: Describe | None, parent: QWidget):
        super().__init__(label, QCoreApplication.translate("WorkProgress", "Cancel"), 0, 0, parent)
        self.describe = describe
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def follow(self, handle: Handle) -> None:
        self.canceled.connect(handle.cancel)
        handle.progress.connect(self.show_progress)
        for signal in (handle.done, handle.failed, handle.cancelled):
            signal.connect(self.close)

    def show_progress(self, done: int, total: int, message: str) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(min(done, total))
        if self.describe is not None and message:
            self.setLabelText(self.describe(done, total, message))


def run_with_progress(parent: QWidget, runner: TaskRunner, title: str, label: str, work: Work,
                      on_done: Callable, on_failed: Callable[[str], None],
                      describe: Describe | None = None) -> tuple[Handle, WorkProgress]:
    """Submit ``work`` and show its progress. The dialog closes when the work ends, then
    ``on_done(result)`` or ``on_failed(message)`` runs; a cancelled job only closes it."""
    dialog = WorkProgress(title, label, describe, parent)

    def connect(handle: Handle) -> None:
        dialog.follow(handle)
        handle.done.connect(on_done)
        handle.failed.connect(on_failed)

    handle = runner.submit(title, work, connect)
    dialog.show()
    return handle, dialog
