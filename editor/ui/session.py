"""One open document: the corrected pane's edits as code-point Edits, an undo stack of them,
and saving them to the store's append-only log.

The text widget's own undo is off. Each change the widget reports becomes an Edit (removed
text read from a shadow copy, since Qt reports only counts) and an undo command; typing
merges into one step per word or pause. Undo and redo replay inverse edits into the widget,
and those are logged too: the log only ever grows.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit

from editor.core.text.edits import Edit, map_range
from editor.core.text.marks import Mark
from editor.ops import review, texts
from editor.store import Store
from editor.ui.offsets import OffsetMap

MERGE_SECONDS = 1.0
IDLE_SAVE_MS = 2000
_TYPING = 1


class EditCommand(QUndoCommand):
    """Edits already applied by the widget (first redo is a no-op); undo applies inverses."""

    def __init__(self, session: "DocumentSession", edits: list[tuple[Edit, Edit]], text: str):
        super().__init__(text)
        self.session = session
        self.pairs = edits  # (edit, its inverse)
        self.stamp = time.monotonic()
        self._done = True

    def id(self) -> int:
        return _TYPING

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.stamp - self.stamp > MERGE_SECONDS:
            return False
        last, new = self.pairs[-1][0], other.pairs[0][0]
        word_break = any(ch.isspace() or not ch.isalnum() for ch in new.insert)
        if word_break or new.start != last.start + len(last.insert) or new.end != new.start:
            return False
        self.pairs += other.pairs
        self.stamp = other.stamp
        return True

    def undo(self) -> None:
        for _, inverse in reversed(self.pairs):
            self.session.replay(inverse)
        self._done = False

    def redo(self) -> None:
        if self._done:
            return
        for edit, _ in self.pairs:
            self.session.replay(edit)
        self._done = True


class DocumentSession(QObject):
    saved = Signal(int, str)  # document id, status
    dirty_changed = Signal(bool)
    marks_changed = Signal()

    def __init__(self, store: Store, document_id: int, stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.document_id = document_id
        self.stack = stack
        self.editor: QPlainTextEdit | None = None
        cur = texts.current(store, document_id)
        self.raw = cur.raw
        self.shadow = cur.text
        self.offsets = OffsetMap(self.shadow)
        self.raw_offsets = OffsetMap(self.raw)
        self.pending: list[Edit] = []
        self.raw_marks, self.marks = review.marks(store, document_id)
        self._replaying = False
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=IDLE_SAVE_MS)
        self._timer.timeout.connect(self.save)

    def attach(self, editor: QPlainTextEdit) -> None:
        """Show this document in the corrected pane and start recording its edits."""
        self.editor = editor
        self._loading = True
        editor.setUndoRedoEnabled(False)
        editor.setPlainText(self.shadow)
        self._loading = False
        editor.document().contentsChange.connect(self._on_change)

    def detach(self) -> None:
        """Save, and stop listening to the pane (another document takes it)."""
        self.save()
        if self.editor is not None:
            self.editor.document().contentsChange.disconnect(self._on_change)
            self.editor = None

    @property
    def dirty(self) -> bool:
        return bool(self.pending)

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
        inverse = edit.inverse(self.shadow)
        self._record(edit)
        if not self._replaying:
            self.stack.push(EditCommand(self, [(edit, inverse)], _describe(edit)))

    def _widget_text(self, position: int, count: int) -> str:
        if count == 0:
            return ""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(position)
        cursor.setPosition(position + count, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")

    def _record(self, edit: Edit) -> None:
        self._advance(edit)
        was_dirty = bool(self.pending)
        self.pending.append(edit)
        self._timer.start()
        if not was_dirty:
            self.dirty_changed.emit(True)

    def replay(self, edit: Edit) -> None:
        """Apply an edit to the widget (undo/redo); _on_change records it."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.offsets.to_utf16(edit.start))
        cursor.setPosition(self.offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
        self._replaying = True
        try:
            cursor.insertText(edit.insert)
        finally:
            self._replaying = False
        self.editor.setTextCursor(cursor)

    def apply_external(self, edit: Edit) -> None:
        """Show an edit that is already in the store's log (a change applied or reverted)."""
        if self.pending:
            raise RuntimeError("save pending edits before applying a logged edit")
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self.offsets.to_utf16(edit.start))
        cursor.setPosition(self.offsets.to_utf16(edit.end), QTextCursor.MoveMode.KeepAnchor)
        self._loading = True
        try:
            cursor.insertText(edit.insert)
        finally:
            self._loading = False
        self._advance(edit)

    def reload_marks(self) -> None:
        """After a change was applied or reverted in the store."""
        self.raw_marks, self.marks = review.marks(self.store, self.document_id)
        self.marks = [Mark(m.key, *map_range(self.pending, m.start, m.end)[:2], m.kind) for m in self.marks]
        self.marks_changed.emit()

    def _advance(self, edit: Edit) -> None:
        self.shadow = edit.apply(self.shadow)
        self.offsets.replace(edit.start, edit.end, edit.insert)
        if self.marks:
            self.marks = [Mark(m.key, *map_range((edit,), m.start, m.end)[:2], m.kind) for m in self.marks]
            self.marks_changed.emit()

    def map_saved(self, start: int, end: int) -> tuple[int, int]:
        """A span of the saved text, mapped through the edits not saved yet."""
        return map_range(self.pending, start, end)[:2]

    def save(self) -> bool:
        """Append pending edits to the log; returns whether anything was written."""
        self._timer.stop()
        if not self.pending:
            return False
        edits, self.pending = self.pending, []
        texts.append(self.store, self.document_id, edits, "user", result=self.shadow)
        status = self.store.documents.get(self.document_id).status
        self.dirty_changed.emit(False)
        self.saved.emit(self.document_id, status)
        return True


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


def _describe(edit: Edit) -> str:
    if edit.insert and edit.before:
        return f"Replace {edit.before[:8]!r} by {edit.insert[:8]!r}"
    if edit.insert:
        return f"Type {edit.insert[:12]!r}"
    return f"Delete {edit.before[:12]!r}"
