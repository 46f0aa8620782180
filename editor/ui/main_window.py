"""The main window: issue tree | raw and corrected panes | Changes dock, status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMetaMethod, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QTextCharFormat, QColor, QTextCursor, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QMessageBox, QPlainTextEdit, QSplitter,
                               QTabWidget, QTextEdit, QTreeView)

from editor import __version__
from editor.core.errors import JiaokanError
from editor.ops import changes as change_ops
from editor.store import Store
from editor.ui.actions import MENUS, build_actions
from editor.ui.changes_panel import ChangesPanel
from editor.ui.highlight import MarkHighlighter
from editor.ui.offsets import OffsetMap
from editor.ui.change_commands import ChangeCommand
from editor.ui.panes import SideBySide
from editor.ui.session import DocumentSession
from editor.ui.tasks import TaskRunner
from editor.ui.tree_model import DOCUMENT_ROLE, IssueTreeModel


class MainWindow(QMainWindow):
    document_opened = Signal(int)  # for features that show something of the open document

    def __init__(self, store: Store, parent=None, features_later: bool = False):
        """``features_later``: paint first and import the feature modules (import, export,
        cleanup: most of start-up time) when ``install_features`` is called, as the app does
        from its event loop; their actions stay disabled until then."""
        super().__init__(parent)
        self.store = store
        self._runner: TaskRunner | None = None
        self.session: DocumentSession | None = None
        self.undo_group = QUndoGroup(self)
        self._sessions: dict[int, DocumentSession] = {}  # kept with their undo stacks
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Jiaokan — Chinese transcription workbench"))
        self.resize(1400, 860)

        self.tree_model = IssueTreeModel(store.documents.tree(), self)
        self.tree = QTreeView()
        self.tree.setObjectName("issueTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.expandAll()
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(0, 230)
        self.tree.setColumnWidth(1, 70)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)

        self.panes = SideBySide()
        self.raw_marks = MarkHighlighter(self.panes.raw.edit.document())
        self.corrected_marks = MarkHighlighter(self.panes.corrected.edit.document())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panes)
        self.splitter.setSizes([310, 1090])
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.changes = ChangesPanel()
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.changes, QCoreApplication.translate("MainWindow", "Changes"))
        self.dock = QDockWidget(QCoreApplication.translate("MainWindow", "Review"), self)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.side_tabs)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable |
                              QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.resizeDocks([self.dock], [380], Qt.Orientation.Horizontal)
        self.changes.revert_requested.connect(lambda cid: self.decide_change(cid, revert=True))
        self.changes.accept_requested.connect(lambda cid: self.decide_change(cid, revert=False))
        self.changes.change_selected.connect(self._show_change)

        self.store_label = QLabel()
        self.counts_label = QLabel()
        self.state_label = QLabel()
        self.statusBar().addWidget(self.store_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)
        self.statusBar().addPermanentWidget(self.counts_label)

        self.actions = build_actions(self)
        self._connect_actions()
        self._features_pending = features_later
        self._features_installed = False
        if not features_later:
            self.install_features()
        self._waiting = self._disable_unwired()  # before menus, which connect to every action they hold
        self._build_menus()
        self.refresh_status()

    def install_features(self) -> None:
        """Install the features of ui/features.py (once); when deferred, as if they had been there
        from the start: the menus are rebuilt around the wired actions, and the open document is
        announced to the features again."""
        if self._features_installed:
            return
        self._features_installed = True
        from editor.ui.features import FEATURES

        deferred = self._features_pending
        self._features_pending = False
        if not deferred:
            for feature in FEATURES:
                feature.install(self)
            return
        # A menu connects to every action it holds, which would make each look wired.
        for menu in self.menus.values():
            for action in self.actions.values():
                menu.removeAction(action)
            self.menuBar().removeAction(menu.menuAction())
            menu.deleteLater()
        for key in self._waiting:
            self.actions[key].setEnabled(True)
        try:
            for feature in FEATURES:
                feature.install(self)
        finally:
            self._disable_unwired()
            self._build_menus()
        if self.session is not None:
            self.document_opened.emit(self.session.document_id)

    # ---- menus and actions
    def _build_menus(self) -> None:
        a = self.actions
        self.menus = {}
        for key, title, ids in MENUS:
            menu = self.menuBar().addMenu(QCoreApplication.translate("Actions", title))
            for action_id in ids:
                if action_id is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[action_id])
            self.menus[key] = menu

    def _connect_actions(self) -> None:
        a = self.actions
        undo = self.undo_group.createUndoAction(self, QCoreApplication.translate("MainWindow", "&Undo"))
        redo = self.undo_group.createRedoAction(self, QCoreApplication.translate("MainWindow", "&Redo"))
        undo.setShortcuts(a["edit.undo"].shortcuts())
        redo.setShortcuts(a["edit.redo"].shortcuts())
        a["edit.undo"], a["edit.redo"] = undo, redo
        a["file.save"].triggered.connect(self.save)
        a["file.quit"].triggered.connect(self.close)
        a["edit.next_change"].triggered.connect(lambda: self.changes.step(1))
        a["edit.previous_change"].triggered.connect(lambda: self.changes.step(-1))
        a["edit.revert_change"].triggered.connect(lambda: self._decide_current_change(revert=True))
        a["edit.apply_change"].triggered.connect(lambda: self._decide_current_change(revert=False))
        a["view.next_document"].triggered.connect(lambda: self.step_document(1))
        a["view.previous_document"].triggered.connect(lambda: self.step_document(-1))
        a["help.about"].triggered.connect(self._about)

    def _disable_unwired(self) -> list[str]:
        """An action no feature connected stays visible but disabled, never a dead click."""
        disabled = []
        for key, action in self.actions.items():
            wired = action.isSignalConnected(QMetaMethod.fromSignal(action.triggered))
            if key not in ("edit.undo", "edit.redo") and not wired and action.isEnabled():
                action.setEnabled(False)
                disabled.append(key)
        return disabled

    def _about(self) -> None:
        text = QCoreApplication.translate(
            "MainWindow", "Jiaokan %1: a workbench for correcting, annotating and exporting Chinese newspaper "
                          "transcriptions.")
        QMessageBox.about(self, QCoreApplication.translate("MainWindow", "About Jiaokan"), text.replace("%1", __version__))

    # ---- documents
    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc_id = current.siblingAtColumn(0).data(DOCUMENT_ROLE)
        if doc_id is not None:
            self.open_document(doc_id)

    def open_document(self, document_id: int) -> None:
        if self.session and self.session.document_id == document_id:
            return
        self.close_session()
        session = self._sessions.get(document_id)
        if session is None:
            session = DocumentSession(self.store, document_id, QUndoStack(self.undo_group), self)
            session.saved.connect(self._on_saved)
            session.dirty_changed.connect(self._on_dirty)
            session.marks_changed.connect(self._show_marks)
            self._sessions[document_id] = session
        self.session = session
        self.undo_group.setActiveStack(session.stack)
        self.panes.raw.edit.setPlainText(session.raw)
        session.attach(self.panes.corrected.edit)
        self.raw_marks.set_marks(session.raw_marks, session.raw_offsets)
        self._show_marks()
        self._load_changes()
        index = self.tree_model.find_document(document_id)
        if index.isValid() and self.tree.currentIndex().siblingAtColumn(0) != index:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.refresh_status()
        self.document_opened.emit(document_id)

    def reopen_document(self, document_id: int) -> None:
        """Show a document changed behind its session's back (re-decoded, moved): a fresh session."""
        self.drop_sessions([document_id])
        self.open_document(document_id)

    def drop_sessions(self, document_ids) -> None:
        """Forget the sessions of documents whose text changed in the store (cleaned, re-decoded):
        their shadow text and undo steps describe the old text. The open one shows the new text
        at once; the others load afresh when opened. Callers save pending edits first."""
        ids = set(document_ids)
        current = self.session.document_id if self.session is not None else None
        if current in ids:
            self.close_session()
        for document_id in ids:
            session = self._sessions.pop(document_id, None)
            if session is not None:
                self.undo_group.removeStack(session.stack)
                session.stack.deleteLater()
                session.deleteLater()
        self.reload_tree()
        if current in ids:
            self.open_document(current)

    def close_session(self) -> None:
        if self.session is not None:
            self.session.detach()
            self.session = None
            self.raw_marks.set_marks([], OffsetMap())
            self.corrected_marks.set_marks([], OffsetMap())
            self.panes.clear()

    def step_document(self, delta: int) -> None:
        rows = self.store.documents.tree()
        ids = [r.document_id for r in rows]
        if not ids:
            return
        current = self.session.document_id if self.session else None
        i = ids.index(current) if current in ids else -delta
        self.open_document(ids[(i + delta) % len(ids)])

    def save(self) -> None:
        if self.session is not None:
            self.session.save()

    def _on_saved(self, document_id: int, status: str) -> None:
        self.tree_model.set_status(document_id, status)
        self._load_changes()
        self.refresh_status()

    def _show_marks(self) -> None:
        if self.session is not None and self.session.editor is not None:
            self.corrected_marks.set_marks(self.session.marks, self.session.offsets)

    def _on_dirty(self, dirty: bool) -> None:
        self.state_label.setText(QCoreApplication.translate("MainWindow", "unsaved edits") if dirty else "")

    # ---- changes
    def _load_changes(self) -> None:
        if self.session is None:
            self.changes.set_changes([])
            return
        doc = self.store.documents.get(self.session.document_id)
        self.changes.set_changes(self.store.changes.for_document(doc.id, doc.decoding_id))

    def _decide_current_change(self, revert: bool) -> None:
        row = self.changes.current()
        if row is not None and (row.status == "accepted") == revert:
            self.decide_change(row.id, revert=revert)

    def decide_change(self, change_id: int, revert: bool) -> None:
        if self.session is None:
            return
        self.session.save()
        try:
            edit = (change_ops.revert if revert else change_ops.accept)(self.store, change_id)
        except JiaokanError as err:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "Cannot change the text"), str(err))
            self._load_changes()
            return
        self.session.apply_external(edit)
        self.session.stack.push(ChangeCommand(self, change_id, revert))
        self._after_change_decision()

    def _after_change_decision(self) -> None:
        self.session.reload_marks()
        status = self.store.documents.get(self.session.document_id).status
        self.tree_model.set_status(self.session.document_id, status)
        self._load_changes()

    def _show_change(self, row) -> None:
        """Mark the change in both panes: raw span on the left, its current text on the right."""
        self._mark(self.panes.raw.edit, self.session.raw_offsets if self.session else None,
                   row.raw_start, row.raw_end)
        if self.session is None:
            return
        try:
            start, end, _ = change_ops.locate(self.store, row)
        except IndexError:
            return
        start, end = self.session.map_saved(start, end)
        self._mark(self.panes.corrected.edit, self.session.offsets, start, end)

    def _mark(self, edit: QPlainTextEdit, offsets, start: int, end: int) -> None:
        if offsets is None:
            return
        cursor = QTextCursor(edit.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(max(start, end)), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#ffe08a"))
        selection.format = fmt
        edit.setExtraSelections([selection])
        view = QTextCursor(cursor)
        view.clearSelection()
        edit.setTextCursor(view)
        edit.centerCursor()

    # ---- status and lifecycle
    def refresh_status(self) -> None:
        c = self.store.counts()
        self.store_label.setText(QCoreApplication.translate("MainWindow", "Store: %1").replace("%1", str(self.store.path)))
        self.counts_label.setText(QCoreApplication.translate("MainWindow", "Publications: %1 · issues: %2 · documents: %3")
                                  .replace("%1", str(c["publications"])).replace("%2", str(c["issues"]))
                                  .replace("%3", str(c["documents"])))

    def reload_tree(self) -> None:
        current = self.session.document_id if self.session else None
        self.tree_model.reset(self.store.documents.tree())
        self.tree.expandAll()
        if current is not None:
            index = self.tree_model.find_document(current)
            if index.isValid():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)
        self.refresh_status()

    def runner(self) -> TaskRunner:
        """The one worker thread for long work, started on first use."""
        if self._runner is None:
            self._runner = TaskRunner(self.store.path, self)
        return self._runner

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.close_session()
        except Exception as err:  # never lose edits silently: say why the window stays open
            QMessageBox.critical(self, QCoreApplication.translate("MainWindow", "Could not save"), str(err))
            event.ignore()
            return
        if self._runner is not None:
            self._runner.shutdown()
            self._runner = None
        event.accept()

    def first_document(self) -> None:
        QTimer.singleShot(0, lambda: self.step_document(1))
