"""The side-by-side text panes: raw (read-only) and corrected (editable)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QKeyEvent, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "Microsoft YaHei", "PingFang SC", "SimSun")


def text_font(size: int = 12) -> QFont:
    available = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in available), None)
    font = QFont(family) if family else QFont()
    font.setPointSize(size)
    return font


class TextEdit(QPlainTextEdit):
    """A pane whose undo is the store's: Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo
    actions even with the focus here (a QPlainTextEdit claims them for its own undo, which is off).
    It draws a thin caret where text was deleted (``set_carets``)."""

    carets: list = []

    def set_carets(self, carets) -> None:
        """(UTF-16 position, colour) pairs, sorted."""
        self.carets = list(carets)
        self.viewport().update()

    def paintEvent(self, e) -> None:
        super().paintEvent(e)
        if not self.carets:
            return
        from editor.ui.highlight import visible_carets

        first = self.cursorForPosition(QPoint(0, 0)).position()
        rect = self.viewport().rect()
        last = self.cursorForPosition(QPoint(rect.width(), rect.height())).position()
        painter = QPainter(self.viewport())
        cursor = QTextCursor(self.document())
        for position, colour in visible_carets(self.carets, first, last):
            cursor.setPosition(min(position, self.document().characterCount() - 1))
            r = self.cursorRect(cursor)
            painter.fillRect(r.x() - 1, r.y() + 1, 2, r.height() - 2, QColor(colour))
        painter.end()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and _undo_key(e):
            e.ignore()
            return False
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if _undo_key(e):
            e.ignore()
            return
        super().keyPressEvent(e)


def _undo_key(e: QKeyEvent) -> bool:
    return e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)


class TextPane(QWidget):
    def __init__(self, title: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("paneTitle")
        self.edit = TextEdit()
        self.edit.setReadOnly(read_only)
        self.edit.setFont(text_font())
        self.edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.edit.setTabChangesFocus(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.edit)


class SideBySide(QSplitter):
    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.raw = TextPane(QCoreApplication.translate("Panes", "Raw (read-only)"), read_only=True)
        self.corrected = TextPane(QCoreApplication.translate("Panes", "Corrected"), read_only=False)
        self.raw.edit.setObjectName("rawPane")
        self.corrected.edit.setObjectName("correctedPane")
        self.addWidget(self.raw)
        self.addWidget(self.corrected)
        self.setChildrenCollapsible(False)

    def clear(self) -> None:
        self.raw.edit.clear()
        self.corrected.edit.clear()
