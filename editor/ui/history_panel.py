"""The History tab: how the open document's text came to be. Each operation (time, author or
rule, what it inserted and removed), the revision it left shown against the current text
(removed text struck through in red, inserted text in green), and "Restore this revision",
itself one undo step."""
from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from editor.ops import revisions
from editor.ui.rule_names import rule_name

SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = 40  # characters of unchanged text shown around each difference


def diff_html(old: str, new: str, ops) -> str:
    """The revision against the current text, with only a little unchanged text around each change."""
    parts = []
    for op in ops:
        a, b = old[op.a_start:op.a_end], new[op.b_start:op.b_end]
        if op.tag == "equal":
            if len(a) > 2 * CONTEXT:
                a = a[:CONTEXT] + " … " + a[-CONTEXT:]
            parts.append(html.escape(a))
            continue
        if a:
            parts.append(f"<span style='background:#fbdcd7;text-decoration:line-through'>{html.escape(a)}</span>")
        if b:
            parts.append(f"<span style='background:#d8f0d8'>{html.escape(b)}</span>")
    return "<div style='white-space:pre-wrap'>" + "".join(parts).replace("\n", "<br>") + "</div>"


def _author(author: str) -> str:
    return rule_name(author[5:]) if author.startswith("rule:") else author


class HistoryPanel(QWidget):
    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.window = window
        self.document_id: int | None = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("By"), self.tr("What"), self.tr("+ / −")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.diff = QTextBrowser()
        self.diff.setObjectName("historyDiff")
        self.restore_button = QPushButton(self.tr("Restore this revision"))
        self.restore_button.setEnabled(False)
        self.summary = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.diff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.restore_button.clicked.connect(self._restore)

    def load(self, document_id: int | None) -> None:
        self.document_id = document_id
        self.table.setRowCount(0)
        self.diff.clear()
        self.restore_button.setEnabled(False)
        if document_id is None:
            return
        found = revisions.history(self.window.store, document_id)
        ops = list(reversed(found.operations))  # newest first
        self.table.setRowCount(len(ops))
        for row, op in enumerate(ops):
            what = op.kind or self.tr("cleanup")
            cells = (op.time[:19].replace("T", " "), _author(op.author), what, f"+{op.inserted} −{op.removed}")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SEQ_ROLE, op.seq)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("%1 operations").replace("%1", str(len(ops))))

    def _seq(self, row: int) -> int | None:
        item = self.table.item(row, 0)
        return item.data(SEQ_ROLE) if item is not None else None

    def _show(self, row: int) -> None:
        seq = self._seq(row)
        if seq is None or self.document_id is None:
            return
        old, new, ops = revisions.diff_with_current(self.window.store, self.document_id, seq)
        self.diff.setHtml(diff_html(old, new, ops) if old != new else
                          "<i>" + self.tr("This revision is the current text.") + "</i>")
        self.restore_button.setEnabled(old != new)

    def _restore(self) -> None:
        seq = self._seq(self.table.currentRow())
        if seq is not None and self.document_id is not None:
            self.window.workspace.perform(revisions.restore, self.document_id, seq)


class HistoryFeature(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = HistoryPanel(window)
        window.side_tabs.addTab(self.panel, self.tr("History"))
        window.document_opened.connect(self._maybe_load)
        window.workspace.changed.connect(self._changed)
        window.side_tabs.currentChanged.connect(lambda _i: self._maybe_load())
        window.actions["view.history"].triggered.connect(self.focus)

    def _visible(self) -> bool:
        return self.window.side_tabs.currentWidget() is self.panel

    def _maybe_load(self, *_args) -> None:
        if self._visible():  # the history is read only when it is looked at
            self.panel.load(self.window.session.document_id if self.window.session else None)

    def _changed(self, changes, _origin) -> None:
        if self.window.session is not None and self.window.session.document_id in changes.text:
            self._maybe_load()

    def focus(self) -> None:
        self.window.dock.show()
        self.window.side_tabs.setCurrentWidget(self.panel)
        self._maybe_load()


def install(window) -> None:
    window.history = HistoryFeature(window)
