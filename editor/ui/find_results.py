"""The matches of a search, one row each, ticked by default: document, the match in its
context, what replacing would put there. Unticked rows are left alone by Replace."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate

from editor.ops.replace import Hit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HitsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.ticked: list[bool] = []
        self.replacing = False

    def set_hits(self, hits: Sequence[Hit], replacing: bool) -> None:
        self.beginResetModel()
        self.hits, self.ticked, self.replacing = list(hits), [True] * len(hits), replacing
        self.endResetModel()

    def chosen(self) -> list[Hit]:
        return [h for h, t in zip(self.hits, self.ticked) if t]

    def set_all(self, ticked: bool) -> None:
        if self.hits:
            self.ticked = [ticked] * len(self.hits)
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (QCoreApplication.translate("FindResults", "Document"),
                    QCoreApplication.translate("FindResults", "Match in context"),
                    QCoreApplication.translate("FindResults", "Becomes"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit, col = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return hit.document
            if col == 1:
                return f"{hit.before}【{hit.text}】{hit.after}"
            return f"{hit.before}【{hit.replacement}】{hit.after}" if hit.replacement is not None else ""
        if role == PARTS_ROLE and col == 1:
            return hit.before, hit.text, hit.after
        if role == PARTS_ROLE and col == 2 and hit.replacement is not None:
            return hit.before, hit.replacement or "∅", hit.after
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 2):
            return QCoreApplication.translate("FindResults", "%1: characters %2–%3").replace(
                "%1", hit.document).replace("%2", str(hit.start)).replace("%3", str(hit.end))
        if role == Qt.ItemDataRole.ForegroundRole and not self.ticked[index.row()]:
            return QBrush(QColor("#9e9e9e"))
        if role == HIT_ROLE:
            return hit
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index.siblingAtColumn(2))
        return True


PARTS_ROLE = Qt.ItemDataRole.UserRole + 2


class ContextDelegate(QStyledItemDelegate):
    """A match in its context with the match in the middle of the cell, bold on yellow, the
    context elided away from it on both sides (a keyword-in-context line)."""

    def paint(self, painter, option, index) -> None:
        parts = index.data(PARTS_ROLE)
        if parts is None:
            return super().paint(painter, option, index)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        before, match, after = parts
        rect = option.rect.adjusted(4, 0, -4, 0)
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics, metrics = QFontMetrics(bold), QFontMetrics(option.font)
        mid_width = min(bold_metrics.horizontalAdvance(match) + 4, rect.width())
        mid_left = rect.left() + max(0, (rect.width() - mid_width) // 2)
        side = mid_left - rect.left()
        painter.save()
        painter.setPen(index.data(Qt.ItemDataRole.ForegroundRole).color()
                       if index.data(Qt.ItemDataRole.ForegroundRole) else option.palette.text().color())
        painter.setFont(option.font)
        painter.drawText(QRect(rect.left(), rect.top(), side, rect.height()),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(before, Qt.TextElideMode.ElideLeft, side))
        mid = QRect(mid_left, rect.top() + 2, mid_width, rect.height() - 4)
        painter.fillRect(mid, QColor("#ffe08a"))
        painter.setFont(bold)
        painter.drawText(mid, int(Qt.AlignmentFlag.AlignCenter),
                         bold_metrics.elidedText(match, Qt.TextElideMode.ElideMiddle, mid_width))
        painter.setFont(option.font)
        right = mid.right() + 1
        painter.drawText(QRect(right, rect.top(), rect.right() - right, rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         metrics.elidedText(after, Qt.TextElideMode.ElideRight, rect.right() - right))
        painter.restore()
