"""Reverting or applying a rule change as an undoable step of the document's undo stack."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox

from editor.core.errors import JiaokanError
from editor.ops import changes as change_ops


class ChangeCommand(QUndoCommand):
    """Pushed after the decision was carried out, so the first redo does nothing."""

    def __init__(self, window, change_id: int, revert: bool):
        super().__init__(QCoreApplication.translate("ChangeCommand", "Revert change") if revert else QCoreApplication.translate("ChangeCommand", "Apply change"))
        self.window = window
        self.change_id = change_id
        self.revert = revert
        self._first = True

    def _do(self, revert: bool) -> None:
        session = self.window.session
        session.save()
        try:
            edit = (change_ops.revert if revert else change_ops.accept)(self.window.store, self.change_id)
        except JiaokanError as err:
            QMessageBox.warning(self.window, QCoreApplication.translate("ChangeCommand", "Cannot change the text"), str(err))
            self.setObsolete(True)
            return
        session.apply_external(edit)
        self.window._after_change_decision()

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._do(self.revert)

    def undo(self) -> None:
        self._do(not self.revert)
