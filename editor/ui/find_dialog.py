"""Edit > Find (Ctrl+F) and Find and replace (Ctrl+H): one dialog that lists every match in its
context with a count before anything changes; Replace changes the ticked ones as one undo step.
The matching and the replacing are ops/replace.py; this only asks and shows."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QTableView, QVBoxLayout)

from editor.core.errors import JiaokanError
from editor.core.progress import NullProgress
from editor.core.text.find import Query
from editor.ops import replace
from editor.ops.profiles import ALL, DOCUMENT, ISSUE, scope_documents
from editor.ui.find_results import ContextDelegate, HitsModel
from editor.ui.selection import chosen_documents, open_issue

SELECTED = "selected"
WORKER_FROM = 50  # documents: a search over more runs on the worker with Cancel


class FindDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.result: replace.Search | None = None
        self.progress = None
        self.setObjectName("findDialog")
        self.resize(760, 520)

        self.pattern = QLineEdit(objectName="findPattern")
        self.replacement = QLineEdit(objectName="replacement")
        self.replacement.setPlaceholderText(self.tr(r"empty: delete the match; \1 or \g<name>: a group"))
        self.regex = QCheckBox(self.tr("Regular e&xpression"), objectName="regex")
        self.whole = QCheckBox(self.tr("&Whole words"), objectName="wholeWords")
        self.whole.setToolTip(self.tr("Letters and digits next to the match must not continue it; Chinese "
                                      "characters never do, as Chinese has no spaces between words."))
        self.case = QCheckBox(self.tr("Match &case"), objectName="matchCase")
        self.case.setChecked(True)
        self.scope = QComboBox(objectName="scope")
        self.source = QComboBox(objectName="source")
        self.source.addItem(self.tr("Corrected text"), replace.CORRECTED)
        self.source.addItem(self.tr("Raw text (find only)"), replace.RAW)
        options = QHBoxLayout()
        for box in (self.regex, self.whole, self.case):
            options.addWidget(box)
        options.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.scope, 1)
        where.addWidget(self.source)

        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.pattern)
        self.replace_label = QLabel(self.tr("Replace &with:"))
        self.replace_label.setBuddy(self.replacement)
        form.addRow(self.replace_label, self.replacement)
        form.addRow("", options)
        in_label = QLabel(self.tr("&In:"))
        in_label.setBuddy(self.scope)
        form.addRow(in_label, where)

        self.count = QLabel(objectName="count")
        self.count.setWordWrap(True)
        self.model = HitsModel(self)
        self.table = QTableView(objectName="hits")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 150)
        self.table.doubleClicked.connect(self._show_hit)
        self.delegate = ContextDelegate(self.table)
        self.table.setItemDelegateForColumn(1, self.delegate)
        self.table.setItemDelegateForColumn(2, self.delegate)

        self.find_button = QPushButton(self.tr("Find &all"), objectName="findAll")
        self.find_button.setDefault(True)
        self.replace_button = QPushButton(self.tr("&Replace ticked"), objectName="replaceTicked")
        self.save_button = QPushButton(self.tr("&Save to replacement list…"), objectName="saveToList")
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick_all = QPushButton(self.tr("Untick all"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        for b in (self.find_button, self.replace_button, self.save_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        ticks = QHBoxLayout()
        ticks.addWidget(self.count, 1)
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(ticks)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

        self.find_button.clicked.connect(self.find_all)
        self.replace_button.clicked.connect(self.replace_ticked)
        self.save_button.clicked.connect(self.save_to_list)
        self.tick_all.clicked.connect(lambda: self.model.set_all(True))
        self.untick_all.clicked.connect(lambda: self.model.set_all(False))
        self.model.dataChanged.connect(lambda *_: self._show_count())
        self.source.currentIndexChanged.connect(lambda _i: self._update_buttons())
        for widget in (self.pattern, self.replacement):
            widget.textChanged.connect(lambda _t: self._forget())
        for box in (self.regex, self.whole, self.case):
            box.toggled.connect(lambda _on: self._forget())
        self.scope.currentIndexChanged.connect(lambda _i: self._forget())
        self.source.currentIndexChanged.connect(lambda _i: self._forget())
        self.pattern.returnPressed.connect(self.find_all)
        self.replacement.returnPressed.connect(self.find_all)
        self.replacing = False
        self._show_count()

    # ---- opening
    def start(self, replacing: bool) -> None:
        """Show the dialog for finding or for replacing, the scopes counted afresh and the
        selected text of the corrected pane as the pattern."""
        self.replacing = replacing
        self.setWindowTitle(self.tr("Find and replace") if replacing else self.tr("Find"))
        self.replace_label.setVisible(replacing)
        self.replacement.setVisible(replacing)
        self._fill_scopes()
        session = self.window.session
        if session is not None and session.editor is not None:
            selected = session.editor.textCursor().selectedText()
            if selected and "\u2029" not in selected:
                self.pattern.setText(selected)
        if replacing:
            self.source.setCurrentIndex(0)
        self._update_buttons()
        self.show()
        self.raise_()
        self.activateWindow()
        self.pattern.setFocus()
        self.pattern.selectAll()

    def _fill_scopes(self) -> None:
        keep = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        session = self.window.session
        if session is not None:
            name = self.window.store.documents.get(session.document_id).name
            self.scope.addItem(self.tr("The open document (%1)").replace("%1", name), DOCUMENT)
        selected = chosen_documents(self.window)
        if len(selected) > 1:
            self.scope.addItem(self.tr("The selected documents (%1)").replace("%1", str(len(selected))), SELECTED)
        issue_id = open_issue(self.window)
        if issue_id is not None:
            count = len(scope_documents(self.window.store, ISSUE, issue_id=issue_id))
            self.scope.addItem(self.tr("Its issue (documents: %1)").replace("%1", str(count)), ISSUE)
        self.scope.addItem(self.tr("All documents (%1)").replace(
            "%1", str(len(scope_documents(self.window.store, ALL)))), ALL)
        found = self.scope.findData(keep)
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(False)

    def document_ids(self) -> list[int]:
        scope = self.scope.currentData()
        if scope == DOCUMENT:
            return [self.window.session.document_id] if self.window.session is not None else []
        if scope == SELECTED:
            return chosen_documents(self.window)
        if scope == ISSUE:
            return scope_documents(self.window.store, ISSUE, issue_id=open_issue(self.window))
        return scope_documents(self.window.store, ALL)

    def query(self) -> Query:
        return Query(self.pattern.text(), self.regex.isChecked(), self.whole.isChecked(), self.case.isChecked())

    # ---- finding
    def find_all(self) -> None:
        source = self.source.currentData()
        with_replacement = self.replacement.text() if self.replacing and source == replace.CORRECTED else None
        query, ids = self.query(), self.document_ids()
        try:
            query.compiled()
        except JiaokanError as err:
            self.count.setText(str(err))
            return
        if not self.window.workspace.flush():
            return  # the open document's typing could not be saved: the search would miss it
        def work(store, progress=NullProgress()):
            return replace.search(store, ids, query, source, with_replacement, progress)

        if len(ids) < WORKER_FROM:
            try:
                self.show_result(work(self.window.store))
            except JiaokanError as err:
                self.count.setText(str(err))
            return
        from editor.ui.work_progress import run_with_progress

        _handle, self.progress = run_with_progress(self, self.window.runner(), self.tr("Find"),
                                                   self.tr("Searching…"), work, self.show_result, self.count.setText)

    def show_result(self, result: replace.Search) -> None:
        self.result = result
        self.model.set_hits(result.hits, result.replacement is not None)
        self.table.setColumnHidden(2, result.replacement is None)
        self._show_count()
        self._update_buttons()

    def _forget(self) -> None:
        """A search whose question changed is no longer what Replace would act on."""
        if self.result is not None:
            self.result = None
            self.model.set_hits([], False)
            self._show_count()
            self._update_buttons()

    def _show_count(self) -> None:
        r = self.result
        if r is None:
            self.count.setText(self.tr("Nothing is changed before you see every match."))
        elif not r.hits:
            self.count.setText(self.tr("No match in %1 documents.").replace("%1", str(r.documents)))
        else:
            self.count.setText(self.tr("%1 matches in %2 of %3 documents; %4 ticked.")
                               .replace("%1", str(len(r.hits))).replace("%2", str(r.touched))
                               .replace("%3", str(r.documents)).replace("%4", str(len(self.model.chosen()))))
        self._update_buttons()

    def _update_buttons(self) -> None:
        raw = self.source.currentData() == replace.RAW
        self.replace_button.setVisible(self.replacing)
        self.save_button.setVisible(self.replacing)
        can = self.result is not None and self.result.replacement is not None and bool(self.model.chosen())
        self.replace_button.setEnabled(can and not raw)
        self.save_button.setEnabled(bool(self.pattern.text()) and not raw)

    # ---- replacing
    def replace_ticked(self) -> None:
        if self.result is None or self.result.replacement is None:
            return
        changes = self.window.workspace.perform(replace.replace_hits, self.result, self.model.chosen(),
                                                title=self.tr("Cannot replace"))
        if changes is not None:
            done = self.tr("Replaced %1; Ctrl+Z undoes them all.").replace("%1", str(changes.value))
            self.result = None
            self.model.set_hits([], False)
            self._update_buttons()
            self.count.setText(done)

    def save_to_list(self) -> None:
        names = [lst.name for lst in self.window.store.profiles.replacement_lists()]
        name, ok = QInputDialog.getItem(self, self.tr("Save to replacement list"),
                                        self.tr("Add “%1” → “%2” to the replacement list (a new name makes a new "
                                                "list; cleanups then make this replacement):")
                                        .replace("%1", self.pattern.text()).replace("%2", self.replacement.text()),
                                        names or [self.tr("My replacements")], 0, True)
        if ok:
            self.save_as(name)

    def save_as(self, list_name: str) -> bool:
        try:
            changes = replace.save_to_list(self.window.store, list_name, self.query(), self.replacement.text())
        except JiaokanError as err:
            self.warning = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save the replacement"), str(err),
                                       QMessageBox.StandardButton.Ok, self)
            self.warning.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.warning.open()
            return False
        self.window.workspace.broadcast(changes)
        self.count.setText(self.tr("Saved in the replacement list “%1”.").replace("%1", changes.value.name))
        return True

    # ---- showing a match
    def _show_hit(self, index) -> None:
        hit = self.model.hits[index.row()] if 0 <= index.row() < len(self.model.hits) else None
        if hit is None or not self.window.open_document(hit.document_id):
            return
        session = self.window.session
        if self.result is not None and self.result.source == replace.RAW:
            edit, offsets = self.window.panes.raw.edit, session.raw_offsets
        else:
            edit, offsets = session.editor, session.offsets
            if hit.seq != session.seq or session.shadow[hit.start:hit.end] != hit.text:
                return  # the text moved on since the search: the match is no longer there
        cursor = QTextCursor(edit.document())
        cursor.setPosition(offsets.to_utf16(hit.start))
        cursor.setPosition(offsets.to_utf16(hit.end), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.centerCursor()


def open_dialog(window, replacing: bool) -> FindDialog:
    dialog = getattr(window, "find_dialog", None)
    if dialog is None:
        dialog = window.find_dialog = FindDialog(window)
    dialog.start(replacing)
    return dialog


def install(window) -> None:
    window.actions["edit.find"].triggered.connect(lambda: open_dialog(window, False))
    window.actions["edit.replace"].triggered.connect(lambda: open_dialog(window, True))
