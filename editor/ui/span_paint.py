"""Entity spans drawn on a text pane as underlines in their label's colour: a span inside
another is drawn one step higher, so nested spans stay visible one under the other, and a
suggestion waiting for a decision is dashed and faded. The pane keeps its own painting (its
marks, its carets): the underlines are painted after it, from an event filter on its viewport."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QPlainTextEdit

STEP = 3  # pixels between the underlines of nested spans
WIDTH = 2


@dataclass(frozen=True, slots=True)
class Drawn:
    start: int  # UTF-16 positions in the pane
    end: int
    color: str
    proposed: bool
    depth: int  # how many drawn spans are open where this one starts


def depths(ranges: list[tuple[int, int]]) -> list[int]:
    """For each range, how many others are still open where it starts: those that hold it (of
    two equal ranges, the later one is inside) and those that cross into it, so no underline
    hides another. One pass in text order."""
    order = sorted(range(len(ranges)), key=lambda i: (ranges[i][0], -ranges[i][1], i))
    out = [0] * len(ranges)
    open_ends: list[int] = []
    for i in order:
        start, end = ranges[i]
        open_ends = [e for e in open_ends if e > start]
        out[i] = len(open_ends)
        open_ends.append(end)
    return out


def segments(edit: QPlainTextEdit, start: int, end: int) -> list[tuple[float, float, float]]:
    """(x1, x2, y of the line's bottom) in viewport coordinates of each laid-out line the range
    covers: a span crossing a line break or a wrap is drawn on every line it reaches."""
    out = []
    block = edit.document().findBlock(start)
    offset = edit.contentOffset()
    while block.isValid() and block.position() < end:
        if not block.isVisible():
            block = block.next()
            continue
        top_left = edit.blockBoundingGeometry(block).translated(offset).topLeft()
        layout = block.layout()
        lo, hi = max(start, block.position()) - block.position(), min(end, block.position() + block.length() - 1) - block.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            a, b = max(lo, line.textStart()), min(hi, line.textStart() + line.textLength())
            if a < b:
                x1, x2 = _x(line, a), _x(line, b)
                out.append((top_left.x() + x1, top_left.x() + x2, top_left.y() + line.y() + line.height()))
        block = block.next()
    return out


def _x(line, position: int) -> float:
    got = line.cursorToX(position)
    return got[0] if isinstance(got, tuple) else got


class SpanPainter(QObject):
    def __init__(self, edit: QPlainTextEdit):
        super().__init__(edit)
        self.edit = edit
        self.drawn: list[Drawn] = []
        edit.viewport().installEventFilter(self)

    def set_spans(self, drawn: list[Drawn]) -> None:
        self.drawn = drawn
        self.edit.viewport().update()

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint or not self.drawn:
            return False
        self.edit.paintEvent(event)
        self._paint()
        return True

    def _paint(self) -> None:
        edit = self.edit
        first = edit.cursorForPosition(QPoint(0, 0)).position()
        rect = edit.viewport().rect()
        last = edit.cursorForPosition(QPoint(rect.width(), rect.height())).position()
        painter = QPainter(edit.viewport())
        for d in self.drawn:
            if d.end < first or d.start > last:
                continue
            color = QColor(d.color)
            if d.proposed:
                color.setAlpha(150)
            pen = QPen(color, WIDTH, Qt.PenStyle.DashLine if d.proposed else Qt.PenStyle.SolidLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            for x1, x2, bottom in segments(edit, d.start, d.end):
                y = bottom - 1 - STEP * d.depth
                painter.drawLine(QPointF(x1, y), QPointF(x2, y))
        painter.end()
