"""Document > Re-decode with another encoding: the readings of the stored bytes, or a codec the
editor types, previewed live with their odd characters; the decodings so far listed. OK makes
a new decoding, cleans it and shows it; the old one stays in the history."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from editor.core.errors import JiaokanError
from editor.core.model import Decoded
from editor.ops import redecode
from editor.ops.profiles import import_profile
from editor.ui.panes import text_font

CHOICE_ROLE = Qt.ItemDataRole.UserRole + 1
PREVIEW_DELAY_MS = 250


class RedecodeDialog(QDialog):
    def __init__(self, store, document_id: int, parent=None):
        super().__init__(parent)
        self.store = store
        self.document_id = document_id
        self.current = redecode.current(store, document_id)
        self._choice: str | Decoded | None = None
        self.setWindowTitle(self.tr("Re-decode with another encoding"))
        self.resize(960, 620)

        self.candidates = QListWidget()
        self.candidates.setObjectName("candidates")
        for d in redecode.candidates(store, document_id):
            item = QListWidgetItem(self._describe(d))
            item.setData(CHOICE_ROLE, d)
            self.candidates.addItem(item)
        self.codec = QLineEdit()
        self.codec.setPlaceholderText(self.tr("e.g. gb18030, big5hkscs, utf-16-le"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setFont(text_font(11))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.history = self._history_table()

        left = QWidget()
        form = QVBoxLayout(left)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(QLabel(self.tr("Readings of the stored bytes:")))
        form.addWidget(self.candidates, 1)
        other = QFormLayout()
        other.addRow(self.tr("Other encoding:"), self.codec)
        form.addLayout(other)
        form.addWidget(QLabel(self.tr("Decodings so far:")))
        form.addWidget(self.history, 1)
        right = QWidget()
        shown = QVBoxLayout(right)
        shown.setContentsMargins(0, 0, 0, 0)
        shown.addWidget(QLabel(self.tr("Preview:")))
        shown.addWidget(self.preview, 1)
        shown.addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([380, 520])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-decode"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        heading = QLabel(self.tr("Now decoded as %1, confidence %2.").replace("%1", self.current.encoding)
                         .replace("%2", f"{self.current.confidence:.2f}"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        self._typed = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._typed.timeout.connect(self.preview_typed)
        self.codec.textEdited.connect(lambda _: self._typed.start())
        self.candidates.currentItemChanged.connect(self._on_candidate)
        self.candidates.setCurrentRow(0)

    def _describe(self, d: Decoded) -> str:
        text = f"{d.encoding} · {d.confidence:.2f}"
        if d.repairs:
            text += " · " + self.tr("repaired")
        if d.text == self.current.text:
            text += " · " + self.tr("current")
        return text

    def _history_table(self) -> QTableWidget:
        entries = redecode.history(self.store, self.document_id)
        table = QTableWidget(len(entries), 4)
        table.setObjectName("decodingHistory")
        table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Encoding"), self.tr("Origin"), self.tr("Edits")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        origins = {"auto": self.tr("detected"), "user": self.tr("chosen")}
        for row, e in enumerate(entries):
            encoding = f"{e.encoding} ✓" if e.current else e.encoding
            values = (e.created_at[:16].replace("T", " "), encoding, origins.get(e.origin, e.origin), str(e.edits))
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        return table

    # ---- choosing and previewing
    def _on_candidate(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.codec.clear()
        self._show(item.data(CHOICE_ROLE), item.data(CHOICE_ROLE))

    def preview_typed(self) -> None:
        name = self.codec.text().strip()
        if not name:
            return
        self.candidates.blockSignals(True)
        self.candidates.setCurrentRow(-1)
        self.candidates.blockSignals(False)
        try:
            decoded = redecode.preview(self.store, self.document_id, name)
        except JiaokanError as err:
            self._refuse(err.problem)
            return
        self._show(name, decoded)

    def _show(self, choice: str | Decoded, decoded: Decoded) -> None:
        self.preview.setPlainText(decoded.text)
        notes = list(decoded.repairs)
        if decoded.warnings:
            notes.append(self.tr("%1 odd characters: %2").replace("%1", str(len(decoded.warnings)))
                         .replace("%2", ", ".join(w.describe() for w in decoded.warnings[:5])))
        same = decoded.text == self.current.text
        if same:
            notes.append(self.tr("This is the text the document has now."))
        self.problems.setStyleSheet("")
        self.problems.setText("\n".join(notes))
        self._choice = None if same else choice
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not same)

    def _refuse(self, problem: str) -> None:
        self.preview.clear()
        self.problems.setStyleSheet("color: #e31a1c")
        self.problems.setText(problem)
        self._choice = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def choice(self) -> str | Decoded | None:
        """A codec name typed by the editor, or the chosen reading; None: nothing new to take."""
        return self._choice


def apply(window, dialog: RedecodeDialog) -> int | None:
    """Re-decode as the dialog says, clean with the import profile and show the result."""
    choice = dialog.choice()
    if choice is None:
        return None
    changes = window.workspace.perform(redecode.redecode, dialog.document_id, choice, import_profile(window.store),
                                       title=QCoreApplication.translate("RedecodeDialog", "Cannot re-decode"))
    return changes.value if changes is not None else None


def open_dialog(window) -> RedecodeDialog | None:
    if window.session is None:
        return None
    try:
        dialog = RedecodeDialog(window.store, window.session.document_id, window)
    except JiaokanError as err:
        QMessageBox.information(window, QCoreApplication.translate("RedecodeDialog", "Re-decode with another encoding"),
                                str(err))
        return None
    dialog.accepted.connect(lambda: apply(window, dialog))
    dialog.open()
    return dialog


def install(window) -> None:
    window.actions["document.redecode"].triggered.connect(lambda: open_dialog(window))
