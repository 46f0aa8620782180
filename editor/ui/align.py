"""The raw and corrected panes scroll together: the first line shown in one brings the other to
the same place of the text, through the edit log's exact raw <-> corrected mapping. View >
Link panes unlinks them."""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QPlainTextEdit


def top_position(edit: QPlainTextEdit) -> int:
    """The UTF-16 position of the first character shown."""
    return edit.cursorForPosition(QPoint(1, 1)).position()


def scroll_to(edit: QPlainTextEdit, position: int) -> None:
    """Scroll so the line holding ``position`` (UTF-16) is the first one shown."""
    block = edit.document().findBlock(position)
    if not block.isValid():
        return
    line = block.layout().lineForTextPosition(position - block.position())
    edit.verticalScrollBar().setValue(block.firstLineNumber() + (line.lineNumber() if line.isValid() else 0))


class PaneLink(QObject):
    def __init__(self, raw: QPlainTextEdit, corrected: QPlainTextEdit, session_of, parent=None):
        """``session_of()``: the open DocumentSession (its alignment and offsets), or None."""
        super().__init__(parent)
        self.raw, self.corrected, self.session_of = raw, corrected, session_of
        self.linked = True
        self._busy = False
        raw.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(self.raw))
        corrected.verticalScrollBar().valueChanged.connect(lambda _v: self._follow(self.corrected))

    def set_linked(self, linked: bool) -> None:
        self.linked = linked
        if linked:
            self._follow(self.corrected)

    def _follow(self, source: QPlainTextEdit) -> None:
        session = self.session_of()
        if not self.linked or self._busy or session is None:
            return
        self._busy = True
        try:
            if source is self.raw:
                cp = session.alignment.to_corrected(session.raw_offsets.to_cp(top_position(self.raw)))
                scroll_to(self.corrected, session.offsets.to_utf16(min(cp, len(session.shadow))))
            else:
                cp = session.alignment.to_raw(session.offsets.to_cp(top_position(self.corrected)))
                scroll_to(self.raw, session.raw_offsets.to_utf16(min(cp, len(session.raw))))
        finally:
            self._busy = False
