"""The side-by-side text panes: raw (read-only) and corrected (editable)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "Microsoft YaHei", "PingFang SC", "SimSun")


def text_font(size: int = 12) -> QFont:
    available = set(QFontDatabase.families())
    family = next((f for f in CJK_FAMILIES if f in available), None)
    font = QFont(family) if family else QFont()
    font.setPointSize(size)
    return font


class TextPane(QWidget):
    def __init__(self, title: str, read_only: bool, parent=None):
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("paneTitle")
        self.edit = QPlainTextEdit()
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
