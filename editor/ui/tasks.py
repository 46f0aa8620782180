"""Long work off the GUI thread: one worker thread with its own store connection, throttled
progress, cancellation between units. Ops functions take ``(store, progress)``."""
from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from editor.core.errors import JiaokanError
from editor.core.progress import Cancelled, Throttled
from editor.store import Store

Work = Callable[[Store, Any], Any]


@dataclass(eq=False)
class Job:
    title: str
    work: Work
    cancel: threading.Event = field(default_factory=threading.Event)


class Handle(QObject):
    """What the GUI holds of a running job."""

    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def cancel(self) -> None:
        self.job.cancel.set()


class _SignalProgress:
    def __init__(self, handle: Handle):
        self.handle = handle

    def report(self, done: int, total: int, message: str = "") -> None:
        self.handle.progress.emit(done, total, message)

    def cancelled(self) -> bool:
        return self.handle.job.cancel.is_set()


class _Worker(QObject):
    def __init__(self, store_path: Path):
        super().__init__()
        self.store_path = store_path
        self.store: Store | None = None

    @Slot(object)
    def run(self, handle: Handle) -> None:
        try:
            if self.store is None:
                self.store = Store.open(self.store_path)
            result = handle.job.work(self.store, Throttled(_SignalProgress(handle)))
        except Cancelled:
            handle.cancelled.emit()
        except JiaokanError as err:
            handle.failed.emit(str(err))
        except Exception:  # a bug: report it in full rather than lose the worker
            handle.failed.emit(traceback.format_exc(limit=6))
        else:
            handle.done.emit(result)

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class TaskRunner(QObject):
    _submit = Signal(object)
    _close = Signal()

    def __init__(self, store_path: Path, parent=None):
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("jiaokan-worker")
        self._worker = _Worker(store_path)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._thread.start()
        self._handles: set[Handle] = set()

    def submit(self, title: str, work: Work, connect: Callable[[Handle], None] | None = None) -> Handle:
        """Queue ``work``. ``connect(handle)`` runs before the worker can start: a job short
        enough to end before submit returns still reaches the slots it connects."""
        handle = Handle(Job(title, work))
        self._handles.add(handle)
        for sig in (handle.done, handle.failed, handle.cancelled):
            sig.connect(lambda *_, h=handle: self._handles.discard(h))
        if connect is not None:
            connect(handle)
        self._submit.emit(handle)
        return handle

    def busy(self) -> bool:
        return bool(self._handles)

    def shutdown(self) -> None:
        for h in list(self._handles):
            h.cancel()
        self._close.emit()
        self._thread.quit()
        self._thread.wait(10000)
