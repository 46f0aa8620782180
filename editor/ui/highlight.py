"""Change marks in a text pane: a QSyntaxHighlighter fed by a per-block index of spans, and thin
carets where text was deleted (a deletion has no character to colour, and colouring the next
one would make untouched text look edited).

Formats come from the highlighter, never from mergeCharFormat into the document (which would
fire contentsChange and enter the edit log). Only blocks whose marks changed are rehighlighted.
Colours say where a change came from: a rule, the editor's typing, or a proposal waiting.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from editor.core.text.marks import Mark
from editor.ui.offsets import OffsetMap


def _format(background: str | None = None, underline: str | None = None, strike: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if background:
        fmt.setBackground(QColor(background))
    if underline:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(underline))
    fmt.setFontStrikeOut(strike)
    return fmt


# kind: (background, underline, strike-through, caret colour, legend text)
STYLES = {
    "applied": ("#d8f0d8", None, False, "#2e9d3a", QT_TRANSLATE_NOOP("Legend", "written by a cleanup rule")),
    "user": ("#dbe7fb", None, False, "#2f6fd6", QT_TRANSLATE_NOOP("Legend", "typed or deleted by the editor")),
    "proposed": (None, "#ff8c00", False, "#ff8c00", QT_TRANSLATE_NOOP("Legend", "a proposal waiting for a decision")),
    "removed": ("#fbdcd7", None, True, "#d7301f", QT_TRANSLATE_NOOP("Legend", "raw text a rule replaced or removed")),
}
FORMATS = {kind: _format(bg, ul, strike) for kind, (bg, ul, strike, _, _) in STYLES.items()}


def legend_html() -> str:
    """The colours and what they mean, for View > Colour legend and the pane titles' tooltips."""
    rows = []
    for kind, (bg, ul, strike, caret, text) in STYLES.items():
        style = f"background:{bg};" if bg else f"border-bottom:2px solid {ul};"
        sample = "<s>校</s>" if strike else "校"
        rows.append(f"<tr><td><span style='{style}'>&nbsp;{sample}&nbsp;</span></td>"
                    f"<td><span style='color:{caret}'>┃</span></td>"
                    f"<td>{QCoreApplication.translate('Legend', text)}</td></tr>")
    note = QCoreApplication.translate("Legend", "A thin bar marks a place where text was deleted.")
    return f"<table cellspacing='4'>{''.join(rows)}</table><p>{note}</p>"


class MarkHighlighter(QSyntaxHighlighter):
    def __init__(self, edit):
        """``edit``: the pane (a ui.panes.TextEdit, which draws the deletion carets)."""
        super().__init__(edit.document())
        self.edit = edit
        self._by_block: dict[int, list[tuple[int, int, str]]] = {}

    def set_marks(self, marks: Sequence[Mark], offsets: OffsetMap) -> None:
        """Index the marks by block and rehighlight only the blocks whose marks differ (a keystroke
        moves every later mark in the text, but not within its own block)."""
        old = self._by_block
        self._by_block, carets = self._index(marks, offsets)
        self.edit.set_carets(carets)
        for number in set(old) | set(self._by_block):
            if old.get(number) == self._by_block.get(number):
                continue
            block = self.document().findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def moved(self, edit, marks: Sequence[Mark], offsets: OffsetMap) -> None:
        """After an edit inside one line: that line's marks afresh, the carets after it shifted;
        every other line keeps its marks (they are kept relative to their line)."""
        start = offsets.to_utf16(edit.start)
        block = self.document().findBlock(start)
        if not block.isValid():
            return
        b0, b1 = block.position(), block.position() + block.length() - 1
        lo, hi = offsets.to_cp(b0), offsets.to_cp(b1)
        inside = [m for m in marks if m.end >= lo and m.start <= hi]
        entries, carets = self._index(inside, offsets)
        self._by_block.pop(block.blockNumber(), None)
        if block.blockNumber() in entries:
            self._by_block[block.blockNumber()] = entries[block.blockNumber()]
        delta = len(edit.insert.encode("utf-16-le")) // 2 - len((edit.before or "").encode("utf-16-le")) // 2
        kept = [(p if p < b0 else p + delta, c) for p, c in self.edit.carets if not b0 <= p <= b1 - delta]
        self.edit.set_carets(sorted(kept + [c for c in carets if b0 <= c[0] <= b1]))
        self.rehighlightBlock(block)

    def refresh_lines(self, marks: Sequence[Mark], offsets: OffsetMap, positions: Sequence[int]) -> None:
        """The marks of the lines holding ``positions`` (code points) afresh, the carets from all
        marks; other lines keep theirs (no line came or went)."""
        found = (self.document().findBlock(offsets.to_utf16(p)) for p in positions)
        blocks = {b.blockNumber(): b for b in found if b.isValid()}
        for block in blocks.values():
            lo, hi = offsets.to_cp(block.position()), offsets.to_cp(block.position() + block.length() - 1)
            entries, _ = self._index([m for m in marks if m.end >= lo and m.start <= hi], offsets)
            self._by_block.pop(block.blockNumber(), None)
            if block.blockNumber() in entries:
                self._by_block[block.blockNumber()] = entries[block.blockNumber()]
            self.rehighlightBlock(block)
        self.edit.set_carets(sorted((offsets.to_utf16(m.start), STYLES.get(m.kind, STYLES["applied"])[3])
                                    for m in marks if m.start == m.end))

    def _index(self, marks: Sequence[Mark], offsets: OffsetMap):
        doc = self.document()
        index: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        carets: list[tuple[int, str]] = []
        for m in marks:
            start, end = offsets.to_utf16(m.start), offsets.to_utf16(m.end)
            if end == start:
                carets.append((start, STYLES.get(m.kind, STYLES["applied"])[3]))
                continue
            block = doc.findBlock(start)
            while block.isValid() and block.position() < end:
                b0 = block.position()
                s, e = max(start, b0), min(end, b0 + block.length() - 1)
                if e > s:
                    index[block.blockNumber()].append((s - b0, e - s, m.kind))
                block = block.next()
        carets.sort()
        return dict(index), carets

    def highlightBlock(self, text: str) -> None:
        for start, length, kind in self._by_block.get(self.currentBlock().blockNumber(), ()):
            fmt = FORMATS.get(kind)
            if fmt is not None:
                self.setFormat(start, length, fmt)


def visible_carets(carets: Sequence[tuple[int, str]], first: int, last: int) -> Sequence[tuple[int, str]]:
    """The carets between two UTF-16 positions (the part of the text on screen)."""
    return carets[bisect_left(carets, (first, "")):bisect_right(carets, (last, "\uffff"))]
