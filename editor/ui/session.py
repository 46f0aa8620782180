"""One open document: the corrected pane's typing as code-point Edits, saved to the store.

The text widget's own undo is off: undo is the store's history (editor/ops/history.py). Each
change the widget reports becomes an Edit (removed text read from a shadow copy, since Qt
reports only counts), grouped into one undo step per word or pause. Pending edits are the only
state the window holds: they are saved half a second after typing stops and at least every
two seconds while it goes on, and they stay pending until their transaction commits. A save
that meets a busy store keeps them, says so, and tries again.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.errors import ConflictError, JiaokanError, StoreBusy
from editor.core.opchanges import OpChanges
from editor.core.text.alignment import Alignment
from editor.core.text.edits import Edit, map_range
from editor.core.text.marks import Mark
from editor.ops import review, texts, typing
from editor.ops.typing import Group
from editor.ui.offsets import OffsetMap

MERGE_SECONDS = 1.0  # a pause longer than this starts a new undo step
IDLE_SAVE_MS = 500
MAX_UNSAVED_MS = 2000  # continuous typing is saved at least this often
RETRY_MS = 1000
# Past this many edits from elsewhere the pane loads the text afresh instead of replaying them.
REPLAY_MAX = 200
# Up to this many changes decided at once, their marks are updated in place.
DECIDED_MAX = 50


@dataclass(frozen=True, slots=True)
class Pending:
    edit: Edit
    stamp: float
    breaks: bool  # starts a new undo step


@dataclass(frozen=True, slots=True)
class PendingEntry:
    """The unsaved typing, named like a history entry for Edit > Undo."""

    kind: str
    detail: dict


class DocumentSession(QObject):
    saved = Signal(int)  # document id
    dirty_changed = Signal(bool)
    save_failed = Signal(str)  # why the typing is not saved yet (it is kept)
    marks_changed = Signal()
    reloaded = Signal()  # the text was loaded afresh from the store (raw included)
    typed = Signal()  # an edit was recorded (Edit > Undo names it)
    marks_moved = Signal(object)  # an Edit inside one line: only that line's marks changed
    marks_decided = Signal(list, list)  # corrected and raw positions (code points) whose lines changed

    def __init__(self, workspace, document_id: int, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.store = workspace.store
        self.document_id = document_id
        self.editor: QPlainTextEdit | None = None
        self.pending: list[Pending] = []
        self._last: tuple[Edit, float] | None = None  # the latest edit recorded, saved or not
        self._operation: int | None = None  # the history entry the last save wrote
        self._loading = False
        self._idle = QTimer(self, singleShot=True, interval=IDLE_SAVE_MS)
        self._idle.timeout.connect(self.save)
        self._limit = QTimer(self, singleShot=True, interval=MAX_UNSAVED_MS)
        self._limit.timeout.connect(self.save)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.save)
        self.problem: str | None = None
        self._load()
        workspace.changed.connect(self._on_changed)

    def _load(self) -> None:
        cur = texts.current(self.store, self.document_id)
        self.raw = cur.raw
        self.shadow = cur.text
        self.seq = cur.seq
        self.offsets = OffsetMap(self.shadow)
        self.raw_offsets = OffsetMap(self.raw)
        self.alignment = Alignment(self.store.log.edits(self.document_id, cur.decoding_id))
        self.raw_marks, self.marks = review.marks(self.store, self.document_id)

    # ---- the pane
    def attach(self, editor: QPlainTextEdit) -> None:
        """Show this document in the corrected pane and start recording its edits."""
        self.editor = editor
        self._show_text()
        editor.document().contentsChange.connect(self._on_change)

    def detach(self, wait_ms: int = 1200) -> bool:
        """Save and stop listening to the pane; False (and still attached) when the typing could
        not be saved."""
        if not self.save(wait_ms):
            return False
        if self.editor is not None:
            self.editor.document().contentsChange.disconnect(self._on_change)
            self.editor = None
        self._snapshot()
        return True

    def _snapshot(self) -> bool:
        """Snapshot the text as the document is let go; False when the store was busy. A snapshot
        only spares a later fold (the log has every edit, and the next save takes one every
        SNAPSHOT_EVERY edits), so a busy store skips it rather than hold the window up."""
        try:
            texts.snapshot(self.store, self.document_id)
        except StoreBusy:
            return False
        return True

    def _show_text(self) -> None:
        self._loading = True
        try:
            self.editor.setUndoRedoEnabled(False)
            self.editor.setPlainText(self.shadow)
        finally:
            self._loading = False

    @property
    def dirty(self) -> bool:
        return bool(self.pending)

    def pending_entry(self) -> PendingEntry:
        return PendingEntry("typing", typing._detail([p.edit for p in self.pending]))

    # ---- recording typing
    def _on_change(self, position: int, removed: int, added: int) -> None:
        if self._loading:
            return
        # Qt counts the document's final paragraph separator, which the text does not have
        excess = position + removed - self.offsets.to_utf16(len(self.shadow))
        if excess > 0:
            removed, added = removed - excess, added - excess
        start = self.offsets.to_cp(position)
        end = self.offsets.to_cp(position + removed)
        edit = minimal(Edit(start, end, self._widget_text(position, added), self.shadow[start:end]))
        if edit is None:
            return  # Qt reports formatting-only changes and whole-block rewrites too
        self._record(edit)

    def _widget_text(self, position: int, count: int) -> str:
        if count == 0:
            return ""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(position)
        cursor.setPosition(position + count, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _record(self, edit: Edit) -> None:
        now = time.monotonic()
        breaks = self._last is None or not continues(self._last[0], edit) or now - self._last[1] > MERGE_SECONDS
        self._last = (edit, now)
        self._advance(edit, notify=False)
        self.marks.append(Mark(-1, edit.start, edit.start + len(edit.insert), "user"))  # the editor's own
        if "\n" in edit.insert or "\n" in (edit.before or ""):
            self.marks_changed.emit()  # lines came or went: every later line's marks moved
        else:
            self.marks_moved.emit(edit)
        was_dirty = bool(self.pending)
        self.pending.append(Pending(edit, now, breaks))
        self._idle.start()
        if not self._limit.isActive() and not self._retry.isActive():
            self._limit.start()
        if not was_dirty:
            self.dirty_changed.emit(True)
        self.typed.emit()

    def _advance(self, edit: Edit, notify: bool = True) -> None:
        self.shadow = edit.apply(self.shadow)
        self.offsets.replace(edit.start, edit.end, edit.insert)
        self.alignment.extend((edit,))
        if self.marks:
            self.marks = _moved(self.marks, edit)
            if notify:
                self.marks_changed.emit()

    def map_saved(self, start: int, end: int) -> tuple[int, int]:
        """A span of the saved text, mapped through the edits not saved yet."""
        return map_range([p.edit for p in self.pending], start, end)[:2]

    # ---- saving
    def save(self, wait_ms: int | None = None) -> bool:
        """Append the pending edits to the log as undo steps; True when nothing is left unsaved.
        On a busy store or any failure the edits stay pending, the reason is signalled and a
        retry is scheduled."""
        from editor.ui.workspace import WAIT_MS

        self._idle.stop()
        self._limit.stop()
        self._retry.stop()
        if not self.pending:
            return True
        batch = list(self.pending)
        groups = _groups(batch)
        try:
            changes = typing.save(self.store, self.document_id, groups, self.seq, self._operation,
                                  wait_ms=WAIT_MS if wait_ms is None else wait_ms)
        except StoreBusy:
            return self._failed(QCoreApplication.translate(
                "Session", "The store is busy (another program is writing): your last %1 edits are not saved yet; "
                           "they are kept and saving is tried again.").replace("%1", str(len(batch))))
        except ConflictError as err:
            return self._failed(QCoreApplication.translate(
                "Session", "Not saved: %1. Your last %2 edits are kept in the pane; copy them before you close.")
                .replace("%1", err.problem).replace("%2", str(len(batch))), retry=False)
        except JiaokanError as err:
            return self._failed(str(err))
        del self.pending[:len(batch)]  # only now: they are committed
        self.seq += len(batch)
        self._operation = changes.operation
        if self.problem is not None:
            self.problem = None
            self.save_failed.emit("")
        if not self.pending:
            self.dirty_changed.emit(False)
        self.saved.emit(self.document_id)
        self.workspace.broadcast(changes, self)
        return not self.pending

    def _failed(self, message: str, retry: bool = True) -> bool:
        self.problem = message
        self.save_failed.emit(message)
        if retry:
            self._retry.start()
        return False

    # ---- what others changed
    def _on_changed(self, changes: OpChanges, origin: object) -> None:
        if origin is self or not changes.touches_document(self.document_id):
            return
        replayed: tuple[Edit, ...] = ()
        if self.document_id in changes.text:
            seq, edits = changes.edits.get(self.document_id, (None, ()))
            if self.editor is not None and not self.pending and seq == self.seq and 0 < len(edits) <= REPLAY_MAX:
                for e in edits:
                    self._apply(e)
                self.seq += len(edits)
                replayed = tuple(edits)
            elif not self.pending:
                self._reload()
        if self.document_id not in changes.text and self.document_id not in changes.change_documents:
            return
        if replayed and 0 < len(changes.changes) <= DECIDED_MAX and not any(
                "\n" in e.insert or "\n" in (e.before or "") for e in replayed):
            self._decided(replayed, changes.changes)
        else:
            self.reload_marks()

    def _decided(self, edits: tuple[Edit, ...], change_ids: frozenset[int]) -> None:
        """A few changes decided inside lines: their marks afresh, every other mark moved through
        the edits, only the lines they touched redrawn (rebuilding every mark of a long document
        took seconds)."""
        from editor.ops.changes import locate

        for e in edits:
            self.marks = _moved(self.marks, e)
        self.marks = [m for m in self.marks if m.key not in change_ids]
        self.raw_marks = [m for m in self.raw_marks if m.key not in change_ids]
        for cid in change_ids:
            row = self.store.changes.get(cid)
            if row.document_id != self.document_id or row.status not in ("accepted", "proposed"):
                continue
            start, end, _ = locate(self.store, row)
            kind = "applied" if row.status == "accepted" else "proposed"
            self.marks.append(Mark(cid, start, end, kind))
            self.raw_marks.append(Mark(cid, row.raw_start, row.raw_end, "removed" if kind == "applied" else kind))
        self.marks.sort(key=lambda m: (m.start, m.end))
        self.raw_marks.sort(key=lambda m: (m.start, m.end))
        self.marks_decided.emit([e.start for e in edits], [self.store.changes.get(c).raw_start for c in change_ids])

    def _apply(self, edit: Edit) -> None:
        """Show an edit that is already in the store's log (an undo, a change applied)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.offsets.to_utf16(edit.start))
        cursor.setPosition(self.offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
        self._loading = True
        try:
            cursor.insertText(edit.insert)
        finally:
            self._loading = False
        self.shadow = edit.apply(self.shadow)
        self.offsets.replace(edit.start, edit.end, edit.insert)
        self.alignment.extend((edit,))
        self._last = None
        if self.editor is not None:
            self.editor.setTextCursor(cursor)

    def _reload(self) -> None:
        position = self.editor.textCursor().position() if self.editor is not None else 0
        self._load()
        self._last = None
        if self.editor is not None:
            self._show_text()
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
        self.reloaded.emit()

    def reload_marks(self) -> None:
        self.raw_marks, self.marks = review.marks(self.store, self.document_id)
        pending = [p.edit for p in self.pending]
        if pending:
            self.marks = [Mark(m.key, *map_range(pending, m.start, m.end)[:2], m.kind) for m in self.marks]
        self.marks_changed.emit()

    def close(self) -> None:
        self.workspace.changed.disconnect(self._on_changed)
        for timer in (self._idle, self._limit, self._retry):
            timer.stop()


def _moved(marks: list[Mark], edit: Edit) -> list[Mark]:
    """The marks through one edit: those before it stay, those after it shift, the few it
    touches are mapped (a keystroke must not cost a mapping per mark)."""
    start, end, delta = edit.start, edit.end, edit.delta
    out = []
    for m in marks:
        if m.end < start:
            out.append(m)
        elif m.start > end:
            out.append(Mark(m.key, m.start + delta, m.end + delta, m.kind) if delta else m)
        else:
            out.append(Mark(m.key, *map_range((edit,), m.start, m.end)[:2], m.kind))
    return out


def continues(last: Edit, new: Edit) -> bool:
    """Is ``new`` the same word as ``last``: typed right after it, or deleting next to it?"""
    if new.insert and any(ch.isspace() or not ch.isalnum() for ch in new.insert):
        return False
    if new.insert and not new.before:
        return bool(last.insert) and not last.before and new.start == last.start + len(last.insert)
    if not new.insert and new.before:
        return not last.insert and (new.end == last.start or new.start == last.start)
    return False


def _groups(batch: list[Pending]) -> list[Group]:
    groups: list[list[Pending]] = []
    for p in batch:
        if not groups or p.breaks:
            groups.append([p])
        else:
            groups[-1].append(p)
    return [Group(tuple(p.edit for p in g), continues=(i == 0 and not g[0].breaks)) for i, g in enumerate(groups)]


def minimal(edit: Edit) -> Edit | None:
    """Trim what the replaced and the inserted text share at both ends; None if nothing changed."""
    before, insert = edit.before or "", edit.insert
    head = 0
    while head < min(len(before), len(insert)) and before[head] == insert[head]:
        head += 1
    tail = 0
    while tail < min(len(before), len(insert)) - head and before[-1 - tail] == insert[-1 - tail]:
        tail += 1
    if head == len(before) == len(insert):
        return None
    return Edit(edit.start + head, edit.end - tail, insert[head:len(insert) - tail], before[head:len(before) - tail])
