"""The main window: issue tree | raw and corrected panes | Changes dock, status bar.

It listens to the workspace: every operation's OpChanges names what to refresh (the tree, a
document's status, the Changes list, the marks), and only that is refreshed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QMetaMethod, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QDockWidget, QLabel, QMainWindow, QMessageBox, QPlainTextEdit, QSplitter, QTabWidget,
                               QTextEdit, QTreeView)

from editor import __version__
from editor.core.opchanges import OpChanges
from editor.ops import changes as change_ops
from editor.ops import views
from editor.store import Store
from editor.ui.actions import MENUS, build_actions
from editor.ui.changes_panel import ChangesPanel
from editor.ui.align import PaneLink
from editor.ui.highlight import MarkHighlighter, legend_html
from editor.ui.offsets import OffsetMap
from editor.ui.panes import SideBySide
from editor.ui.session import DocumentSession
from editor.ui.tree_model import DOCUMENT_ROLE, IssueTreeModel
from editor.ui.workspace import Workspace


class MainWindow(QMainWindow):
    document_opened = Signal(int)  # for features that show something of the open document

    def __init__(self, store: Store, parent=None, features_later: bool = False):
        """``features_later``: paint first and import the feature modules (import, export,
        cleanup: most of start-up time) when ``install_features`` is called, as the app does
        from its event loop; their actions stay disabled until then."""
        super().__init__(parent)
        self.store = store
        self.workspace = Workspace(store, self)
        self.workspace.changed.connect(self._on_changed)
        self.workspace.failed.connect(self._on_failed)
        self.workspace.history_changed.connect(self._update_undo_actions)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Jiaokan — Chinese transcription workbench"))
        self.resize(1400, 860)

        self.tree_model = IssueTreeModel(views.tree(store), self)
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
        self.raw_marks = MarkHighlighter(self.panes.raw.edit)
        self.corrected_marks = MarkHighlighter(self.panes.corrected.edit)
        self.pane_link = PaneLink(self.panes.raw.edit, self.panes.corrected.edit, lambda: self.session, self)
        legend = legend_html()
        self.panes.raw.title.setToolTip(legend)
        self.panes.corrected.title.setToolTip(legend)
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
        self.changes.decide_requested.connect(self.decide_many)
        self.changes.change_selected.connect(self._show_change)

        self.store_label = QLabel()
        self.counts_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("saveState")
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
        self._update_undo_actions()
        self.refresh_status()

    @property
    def session(self) -> DocumentSession | None:
        return self.workspace.current

    def runner(self):
        return self.workspace.runner()

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
        a["edit.undo"].triggered.connect(self.workspace.undo)
        a["edit.redo"].triggered.connect(self.workspace.redo)
        a["file.save"].triggered.connect(self.save)
        a["file.quit"].triggered.connect(self.close)
        a["edit.next_change"].triggered.connect(lambda: self.changes.step(1))
        a["edit.previous_change"].triggered.connect(lambda: self.changes.step(-1))
        a["edit.revert_change"].triggered.connect(lambda: self._decide_current_change(revert=True))
        a["edit.apply_change"].triggered.connect(lambda: self._decide_current_change(revert=False))
        a["view.next_document"].triggered.connect(lambda: self.step_document(1))
        a["view.previous_document"].triggered.connect(lambda: self.step_document(-1))
        a["help.about"].triggered.connect(self._about)
        a["view.link_panes"].setCheckable(True)
        a["view.link_panes"].setChecked(True)
        a["view.link_panes"].toggled.connect(self.pane_link.set_linked)
        a["view.legend"].triggered.connect(self._legend)

    def _update_undo_actions(self) -> None:
        for key, label, generic in (("edit.undo", self.workspace.undo_label(), "&Undo"),
                                    ("edit.redo", self.workspace.redo_label(), "&Redo")):
            action = self.actions[key]
            action.setEnabled(label is not None)
            action.setText(label or QCoreApplication.translate("Actions", generic))

    def _disable_unwired(self) -> list[str]:
        """An action no feature connected stays visible but disabled, never a dead click."""
        disabled = []
        for key, action in self.actions.items():
            wired = action.isSignalConnected(QMetaMethod.fromSignal(action.triggered))
            if not wired and action.isEnabled():
                action.setEnabled(False)
                disabled.append(key)
        return disabled

    def _legend(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, QCoreApplication.translate("MainWindow", "Colour legend"),
                          legend_html(), QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()
        self._legend_box = box

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

    def open_document(self, document_id: int) -> bool:
        """Show the document; False when the open one's typing could not be saved (it stays)."""
        if self.session and self.session.document_id == document_id:
            return True
        if not self.close_session():
            self._select_in_tree(self.session.document_id)
            return False
        session = DocumentSession(self.workspace, document_id, self)
        session.dirty_changed.connect(lambda _dirty: self._show_save_state())
        session.save_failed.connect(lambda _message: self._show_save_state())
        session.marks_changed.connect(self._show_marks)
        session.typed.connect(self._update_undo_actions)
        session.marks_moved.connect(lambda edit: self.corrected_marks.moved(edit, session.marks, session.offsets))
        session.marks_decided.connect(lambda here, there: (
            self.corrected_marks.refresh_lines(session.marks, session.offsets, here),
            self.raw_marks.refresh_lines(session.raw_marks, session.raw_offsets, there)))
        session.reloaded.connect(lambda: self.panes.raw.edit.setPlainText(session.raw))
        self.workspace.current = session
        self.panes.raw.edit.setPlainText(session.raw)
        session.attach(self.panes.corrected.edit)
        self.raw_marks.set_marks(session.raw_marks, session.raw_offsets)
        self._show_marks()
        self._load_changes()
        self._select_in_tree(document_id)
        self._update_undo_actions()
        self.refresh_status()
        self.document_opened.emit(document_id)
        return True

    def _select_in_tree(self, document_id: int) -> None:
        index = self.tree_model.find_document(document_id)
        if index.isValid() and self.tree.currentIndex().siblingAtColumn(0) != index:
            selection = self.tree.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            selection.blockSignals(False)
            self.tree.viewport().update()

    def close_session(self) -> bool:
        """Let the open document go, its typing saved; False when it could not be saved."""
        session = self.session
        if session is None:
            return True
        if not session.detach():
            return False
        session.close()
        session.deleteLater()
        self.workspace.current = None
        self.raw_marks.set_marks([], OffsetMap())
        self.corrected_marks.set_marks([], OffsetMap())
        self.panes.clear()
        return True

    def step_document(self, delta: int) -> None:
        ids = [r.document_id for r in views.tree(self.store)]
        if not ids:
            return
        current = self.session.document_id if self.session else None
        i = ids.index(current) if current in ids else -delta
        self.open_document(ids[(i + delta) % len(ids)])

    def save(self) -> bool:
        return self.workspace.flush(wait_ms=2000)

    def _show_save_state(self) -> None:
        session = self.session
        if session is None:
            self.state_label.setText("")
        elif session.problem:
            self.state_label.setText(QCoreApplication.translate("MainWindow", "⚠ not saved"))
            self.state_label.setToolTip(session.problem)
            self.statusBar().showMessage(session.problem, 8000)
        else:
            if self.state_label.toolTip():  # a problem that is over: its message goes too
                self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Saved."), 3000)
            self.state_label.setText(QCoreApplication.translate("MainWindow", "unsaved edits") if session.dirty else "")
            self.state_label.setToolTip("")
        self._update_undo_actions()

    def _show_marks(self) -> None:
        if self.session is not None and self.session.editor is not None:
            self.corrected_marks.set_marks(self.session.marks, self.session.offsets)
            self.raw_marks.set_marks(self.session.raw_marks, self.session.raw_offsets)

    # ---- what operations changed
    def _on_changed(self, changes: OpChanges, origin: object) -> None:
        if changes.tree:
            self.reload_tree()
        else:
            for document_id, status in changes.statuses.items():
                self.tree_model.set_status(document_id, status)
        session = self.session
        if session is not None and session.document_id in changes.change_documents:
            self._load_changes(changes.changes)
        self._update_undo_actions()

    def _on_failed(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # ---- changes
    def _load_changes(self, changed: frozenset[int] | None = None) -> None:
        if self.session is None:
            self.changes.set_changes([])
            return
        few = views.change_rows(self.store, changed) if changed and len(changed) <= 500 else None
        if few is not None and self.changes.replace_changes(few):
            return  # a decision on a few: no need to read a long document's thousands of rows
        rows = views.changes(self.store, self.session.document_id)
        if changed is not None:
            self.changes.update_changes(rows, changed)
        else:
            self.changes.set_changes(rows)

    def _decide_current_change(self, revert: bool) -> None:
        rows = [r for r in self.changes.selected() if (r.status == "accepted") == revert]
        if rows:
            self.decide_many("revert" if revert else "accept", [r.id for r in rows])

    def decide_change(self, change_id: int, revert: bool) -> None:
        self.decide_many("revert" if revert else "accept", [change_id])

    def decide_many(self, kind: str, change_ids: list[int]) -> None:
        """Apply, revert or reject changes of the open document: one undo step."""
        if self.session is None or not change_ids:
            return
        fn = {"accept": change_ops.accept_many, "revert": change_ops.revert_many, "reject": change_ops.reject_many}[kind]
        self.workspace.perform(fn, change_ids, origin=self.changes)

    def _show_change(self, row) -> None:
        """Mark the change in both panes: raw span on the left, its current text on the right."""
        self._mark(self.panes.raw.edit, self.session.raw_offsets if self.session else None,
                   row.raw_start, row.raw_end)
        if self.session is None:
            return
        try:
            start, end, _ = change_ops.locate(self.store, row)
        except (IndexError, ValueError):
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
        """The tree afresh from the store (documents moved, issues merged), keeping what was open
        and expanded."""
        current = self.session.document_id if self.session else None
        self.tree_model.reset(views.tree(self.store))
        self.tree.expandAll()
        if current is not None:
            index = self.tree_model.find_document(current)
            if index.isValid():
                self.tree.selectionModel().blockSignals(True)
                self.tree.setCurrentIndex(index)
                self.tree.selectionModel().blockSignals(False)
        self.refresh_status()

    def resizeEvent(self, event) -> None:
        """The tree and the dock take a share of the width that leaves each text pane room for a
        line of text (at 1024 px each pane had about 8 characters); set again only when the
        window changes between narrow and wide, so the editor's own sizes stay."""
        super().resizeEvent(event)
        narrow = self.width() < 1280
        if narrow == getattr(self, "_narrow", None):
            return
        self._narrow = narrow
        width = self.width()
        tree = max(160, min(310, int(width * (0.16 if narrow else 0.22))))
        dock = max(250, min(420, int(width * (0.25 if narrow else 0.27))))
        self.splitter.setSizes([tree, max(200, width - tree - dock)])
        self.resizeDocks([self.dock], [dock], Qt.Orientation.Horizontal)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_session() and not self._close_anyway():
            event.ignore()
            return
        self.workspace.shutdown()
        event.accept()

    def _close_anyway(self) -> bool:
        """The typing could not be saved: ask before it is lost. True: the window may close."""
        while True:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("MainWindow", "Unsaved edits"),
                              "\n\n".join((
                                  QCoreApplication.translate("MainWindow", "Your last edits to “%1” could not be saved.")
                                  .replace("%1", self.store.documents.get(self.session.document_id).name),
                                  self.session.problem or "",
                                  QCoreApplication.translate("MainWindow", "Retry, or close and lose them?"))),
                              parent=self)
            retry = box.addButton(QCoreApplication.translate("MainWindow", "Retry"), QMessageBox.ButtonRole.AcceptRole)
            lose = box.addButton(QCoreApplication.translate("MainWindow", "Close without saving"),
                                 QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(retry)
            box.exec()
            if box.clickedButton() is retry:
                if self.close_session():
                    return True
                continue
            if box.clickedButton() is lose:
                self.session.pending.clear()
                self.close_session()
                return True
            return False

    def first_document(self) -> None:
        QTimer.singleShot(0, lambda: self.step_document(1))
