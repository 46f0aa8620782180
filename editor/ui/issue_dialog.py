"""Document > Issue metadata: publication, issue label, date, page and page editors of the open
document's issue, as suggested at import and corrected by the editor; the furniture lines the
cleanup took out of the text are listed for reference."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from editor.core.errors import JiaokanError
from editor.core.layout.metadata import suggest_meta
from editor.core.model import IssueMeta
from editor.ops import issues, texts
from editor.ui.selection import pointed


class IssueDialog(QDialog):
    def __init__(self, store, issue_id: int, document_id: int | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.issue_id = issue_id
        self.document_id = document_id
        self.meta = store.issues.get(issue_id).meta
        self.setWindowTitle(self.tr("Issue metadata"))
        self.resize(520, 520)

        self.publication = QLineEdit()
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. 第11期"))
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("2020-03-15, 2020 年 3 月 15 日 or 2020.3.15"))
        self.date_hint = QLabel()
        self.page = QLineEdit()
        self.page.setPlaceholderText(self.tr("e.g. A06"))
        self.editors = QTableWidget(0, 2)
        self.editors.setObjectName("editors")
        self.editors.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Name")])
        self.editors.horizontalHeader().setStretchLastSection(True)
        self.editors.verticalHeader().hide()
        self.editors.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add, remove = QPushButton(self.tr("Add editor")), QPushButton(self.tr("Remove editor"))
        add.clicked.connect(lambda: self._add_editor("", ""))
        remove.clicked.connect(lambda: self.editors.removeRow(self.editors.currentRow()))
        self.furniture = QListWidget()
        self.furniture.setObjectName("furniture")
        self.error = QLabel()
        self.error.setStyleSheet("color: #e31a1c")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Publication:"), self.publication)
        form.addRow(self.tr("Issue label:"), self.label)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.date_hint)
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self.tr("Page:"), self.page)
        editor_buttons = QHBoxLayout()
        editor_buttons.addWidget(add)
        editor_buttons.addWidget(remove)
        editor_buttons.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.suggest_button = self.buttons.addButton(self.tr("Suggest from the document"),
                                                     QDialogButtonBox.ButtonRole.ResetRole)
        self.suggest_button.setEnabled(document_id is not None)
        self.suggest_button.clicked.connect(self.suggest)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Page editors:")))
        layout.addWidget(self.editors, 1)
        layout.addLayout(editor_buttons)
        layout.addWidget(QLabel(self.tr("Furniture lines (from the text, read-only):")))
        layout.addWidget(self.furniture, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.date.textChanged.connect(self._check_date)
        self.fill(self.meta)

    def fill(self, meta: IssueMeta) -> None:
        self.publication.setText(meta.publication or "")
        self.label.setText(meta.issue_label or "")
        self.date.setText(meta.date or "")
        self.page.setText(meta.page or "")
        self.editors.setRowCount(0)
        for role, name in meta.editors:
            self._add_editor(role, name)
        self.furniture.clear()
        self.furniture.addItems(list(meta.furniture))

    def _add_editor(self, role: str, name: str) -> None:
        row = self.editors.rowCount()
        self.editors.insertRow(row)
        self.editors.setItem(row, 0, QTableWidgetItem(role))
        self.editors.setItem(row, 1, QTableWidgetItem(name))

    def _year(self) -> int | None:
        return int(self.meta.date[:4]) if self.meta.date else None

    def _check_date(self, text: str) -> None:
        """Say beside the field how the typed date reads, or that it reads as none."""
        try:
            iso = issues.parse_date(text, self._year())
        except JiaokanError:
            self.date_hint.setStyleSheet("color: #e31a1c")
            self.date_hint.setText(self.tr("not a date"))
            return
        self.date_hint.setStyleSheet("")
        self.date_hint.setText("" if iso in (None, text.strip()) else f"→ {iso}")

    def suggest(self) -> None:
        """Fill the form from the document's raw header lines, as at import."""
        raw = texts.current(self.store, self.document_id).raw
        self.fill(suggest_meta(raw, self._year()))

    def edited(self) -> IssueMeta:
        """The form as metadata; InputError for a date that is no date."""
        editors = []
        for row in range(self.editors.rowCount()):
            role, name = (self.editors.item(row, c) for c in (0, 1))
            editors.append(((role.text() if role else "").strip(), (name.text() if name else "").strip()))
        furniture = tuple(self.furniture.item(i).text() for i in range(self.furniture.count()))
        return IssueMeta(self.publication.text(), self.label.text(), issues.parse_date(self.date.text(), self._year()),
                         self.page.text(), tuple(editors), furniture)

    def save(self) -> None:
        try:
            self.changes = issues.update_meta(self.store, self.issue_id, self.edited())
        except JiaokanError as err:
            self.error.setText(str(err))
            return
        self.meta = self.changes.value
        self.accept()


def open_dialog(window) -> IssueDialog | None:
    doc_id, issue_id = pointed(window)
    if issue_id is None:
        return None
    if doc_id is None and window.session is not None:
        doc_id = window.session.document_id
        if window.store.documents.get(doc_id).issue_id != issue_id:
            doc_id = None
    dialog = IssueDialog(window.store, issue_id, doc_id, window)
    dialog.accepted.connect(lambda: window.workspace.broadcast(dialog.changes))
    dialog.open()
    return dialog


def install(window) -> None:
    window.actions["document.issue_metadata"].triggered.connect(lambda: open_dialog(window))
