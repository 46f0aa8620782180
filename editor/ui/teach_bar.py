"""Decisions teach: after the editor decided a few proposals of one rule the same way, the
Changes panel offers that decision for the rule's remaining proposals, with a preview listing
each to untick (PoCoTo's error-pattern batches)."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QToolButton, QVBoxLayout)

from editor.ops.views import ChangeRow
from editor.ui.rule_names import rule_name

ENOUGH = 3  # decisions of one kind before the offer



def offer(rows: Sequence[ChangeRow], rule: str, kind: str) -> list[ChangeRow]:
    """The rule's proposals still waiting, when the editor has made ``kind`` of its decisions
    ENOUGH times in this document (and never the other way)."""
    mine = [r for r in rows if r.change.rule == rule and r.decided_by == "user"]
    done = sum(1 for r in mine if r.status == ("accepted" if kind == "accept" else "rejected"))
    other = sum(1 for r in mine if r.status == ("rejected" if kind == "accept" else "accepted"))
    if done < ENOUGH or other:
        return []
    return [r for r in rows if r.change.rule == rule and r.status == "proposed"]


class TeachBar(QFrame):
    decide = Signal(str, list)  # kind, change ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("teachBar")
        self.setStyleSheet("#teachBar { background: #fff6d5; border: 1px solid #e6c65c; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        preview = QPushButton(QCoreApplication.translate("TeachBar", "Preview…"))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(QCoreApplication.translate("TeachBar", "Not now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 3, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(preview)
        layout.addWidget(close)
        preview.clicked.connect(self._preview)
        close.clicked.connect(self.hide)
        self.kind, self.rows = "accept", []
        self.hide()

    def show_offer(self, kind: str, rows: list[ChangeRow]) -> None:
        if not rows:
            self.hide()
            return
        self.kind, self.rows = kind, rows
        text = QCoreApplication.translate("TeachBar", "You applied several “%1” proposals. Apply the %2 still waiting too?") if kind == "accept" else \
            QCoreApplication.translate("TeachBar", "You rejected several “%1” proposals. Reject the %2 still waiting too?")
        self.label.setText(text.replace("%1", rule_name(rows[0].change.rule)).replace("%2", str(len(rows))))
        self.show()

    def _preview(self) -> None:
        dialog = OfferPreview(self.kind, self.rows, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.decide.emit(self.kind, dialog.chosen())
        self.hide()


class OfferPreview(QDialog):
    def __init__(self, kind: str, rows: list[ChangeRow], parent=None):
        super().__init__(parent)
        from editor.ui.changes_panel import describe

        self.setWindowTitle(QCoreApplication.translate("TeachBar", "Apply the same decision"))
        self.resize(520, 420)
        self.list = QListWidget()
        self.list.setObjectName("offerList")
        for r in rows:
            item = QListWidgetItem(f"{describe(r.change.before, r.change.after)}    {r.change.reason}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("TeachBar", "Apply ticked") if kind == "accept"
                                                                    else QCoreApplication.translate("TeachBar", "Reject ticked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("TeachBar", "Untick any that should stay as they are:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
