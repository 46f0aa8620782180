"""The one object that owns the store, the worker and the open documents.

Every operation goes through ``perform`` (short, on the GUI thread) or ``submit`` (long, on the
worker), and its OpChanges is broadcast with ``changed``: the tree, the Changes panel, the open
panes and every later panel refresh only what it names, and a view ignores what it caused
itself (``origin``). No feature reaches into another to refresh it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor.core.errors import JiaokanError, StoreBusy
from editor.core.opchanges import OpChanges
from editor.ops import history
from editor.store import Store
from editor.ui.history_labels import redo_text, undo_text
from editor.ui.tasks import Handle, TaskRunner

# The window waits this long for another program's write lock before it says the store is busy.
WAIT_MS = 300


class Workspace(QObject):
    changed = Signal(object, object)  # OpChanges, origin (the object that asked, or None)
    failed = Signal(str, str)  # title, message: one clear line for the user
    history_changed = Signal()

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._runner: TaskRunner | None = None
        self.current = None  # the DocumentSession shown in the corrected pane, if any
        self.changed.connect(lambda changes, _origin: changes.history and self.history_changed.emit())

    # ---- running operations
    def perform(self, fn: Callable[..., OpChanges], *args, origin: object = None, title: str | None = None,
                **kwargs) -> OpChanges | None:
        """Save the open document's typing, run ``fn(store, *args)``, broadcast what it changed.
        A failure is said in one message and changes nothing; None then."""
        if not self.flush():
            return None
        try:
            changes = fn(self.store, *args, **kwargs)
        except StoreBusy:
            self.failed.emit(title or self._cannot(), self._busy())
            return None
        except JiaokanError as err:
            self.failed.emit(title or self._cannot(), str(err))
            return None
        self.broadcast(changes, origin)
        return changes

    def broadcast(self, changes: OpChanges, origin: object = None) -> None:
        self.changed.emit(changes, origin)

    def runner(self) -> TaskRunner:
        """The one worker thread for long work, with its own store connection."""
        if self._runner is None:
            self._runner = TaskRunner(self.store.path, self)
        return self._runner

    def submit(self, title: str, work, connect: Callable[[Handle], None] | None = None) -> Handle:
        """Long work on the worker, after the open document's typing is saved (it reads the store)."""
        self.flush()
        return self.runner().submit(title, work, connect)

    def shutdown(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()
            self._runner = None

    # ---- typing
    def flush(self, wait_ms: int = WAIT_MS) -> bool:
        """Save the open document's pending typing; False when it could not be (it is kept)."""
        return self.current is None or self.current.save(wait_ms)

    # ---- undo
    def undo(self) -> OpChanges | None:
        return self.perform(history.undo, wait_ms=WAIT_MS, title=QCoreApplication.translate("Workspace", "Cannot undo"))

    def redo(self) -> OpChanges | None:
        return self.perform(history.redo, wait_ms=WAIT_MS, title=QCoreApplication.translate("Workspace", "Cannot redo"))

    def undo_label(self) -> str | None:
        """What Edit > Undo would undo, translated; None when nothing."""
        if self.current is not None and self.current.dirty:
            return undo_text(self.current.pending_entry())
        entry = history.undo_entry(self.store)
        return undo_text(entry) if entry is not None else None

    def redo_label(self) -> str | None:
        if self.current is not None and self.current.dirty:
            return None  # new typing: nothing left to redo once it is saved
        entry = history.redo_entry(self.store)
        return redo_text(entry) if entry is not None else None

    @staticmethod
    def _busy() -> str:
        return QCoreApplication.translate(
            "Workspace", "The store is busy: another program is writing to it. Nothing was changed; try again "
                         "in a moment.")

    @staticmethod
    def _cannot() -> str:
        return QCoreApplication.translate("Workspace", "Cannot change the text")
