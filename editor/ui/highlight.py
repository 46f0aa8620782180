"""Change marks in a text pane: a QSyntaxHighlighter fed by a per-block index of spans.

Formats come from the highlighter, never from mergeCharFormat into the document (which would
fire contentsChange and enter the edit log). Only blocks whose marks changed are rehighlighted.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.core.text.marks import Mark
from editor.ui.offsets import OffsetMap


def _format(background: str | None = None, underline: str | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(background))
    if underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(underline))
    return fmt


FORMATS = {
    "applied": _format(background="#d8f0d8"),  # corrected text a rule wrote
    "proposed": _format(underline="#ff8c00"),  # a proposal waiting for the editor
    "removed": _format(background="#fbdcd7"),  # raw text a rule replaced
}


class MarkHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument):
        super().__init__(document)
        self._by_block: dict[int, list[tuple[int, int, str]]] = {}

    def set_marks(self, marks: Sequence[Mark], offsets: OffsetMap) -> None:
        old = set(self._by_block)
        self._by_block = self._index(marks, offsets)
        for number in old | set(self._by_block):
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def _index(self, marks: Sequence[Mark], offsets: OffsetMap) -> dict[int, list[tuple[int, int, str]]]:
        doc = self.document()
        index: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for m in marks:
            start, end = offsets.to_utf16(m.start), offsets.to_utf16(m.end)
            if end == start:
                end = start + 1  # a deletion: mark the character after it
            block = doc.findBlock(start)
            while block.isValid() and block.position() < end:
                b0 = block.position()
                s, e = max(start, b0), min(end, b0 + block.length() - 1)
                if e > s:
                    index[block.blockNumber()].append((s - b0, e - s, m.kind))
                block = block.next()
        return dict(index)

    def highlightBlock(self, text: str) -> None:
        for start, length, kind in self._by_block.get(self.currentBlock().blockNumber(), ()):
            fmt = FORMATS.get(kind)
            if fmt is not None:
                self.setFormat(start, length, fmt)
