"""Annotating in the corrected pane: select text and press a label's key (Ctrl+1 … Ctrl+0 as
the label table says; plain digits still type digits), click a label in the label bar above
the pane, or use the context menu; Ctrl+click or right-click a span to relabel or delete it,
or to accept or reject a suggestion. With no selection, a label's key relabels the innermost
span at the caret. Every action is one undo step (editor/ops/annotating.py); the spans are
drawn as underlines (editor/ui/span_paint.py) and redrawn from what the workspace reports."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QMessageBox, QScrollArea, QSizePolicy,
                               QToolButton, QWidget)

from editor.core.model import Label, Span, SpanStatus
from editor.ops import annotating, texts
from editor.ui.span_paint import Drawn, SpanPainter, depths

_SHOWN = (str(SpanStatus.ACCEPTED), str(SpanStatus.PROPOSED))


def _accept(store, span_ids):
    from editor.ops import suggesting  # the suggesters load only when a suggestion is decided

    return suggesting.accept(store, span_ids)


def _reject(store, span_ids):
    from editor.ops import suggesting

    return suggesting.reject(store, span_ids)



class Annotator(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.edit = window.panes.corrected.edit
        self.painter = SpanPainter(self.edit)
        self.labels: list[Label] = []
        self.spans: list[Span] = []  # accepted and proposed spans of the open document, at stored positions
        self.document_id: int | None = None
        self.actions: dict[str, QAction] = {}
        self.bar = QWidget()
        self.bar.setObjectName("labelBar")
        QHBoxLayout(self.bar).setContentsMargins(0, 0, 0, 0)
        # A narrow pane scrolls the bar rather than widening the window.
        self.bar_area = QScrollArea()
        self.bar_area.setWidget(self.bar)
        self.bar_area.setWidgetResizable(True)
        self.bar_area.setFrameShape(QFrame.Shape.NoFrame)
        self.bar_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.bar_area.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        window.panes.corrected.layout().insertWidget(1, self.bar_area)
        self._redraw = QTimer(self, singleShot=True, interval=0)  # after the session has taken the keystroke
        self._redraw.timeout.connect(self.draw)
        self.edit.document().contentsChange.connect(lambda *_: self._redraw.start())
        self.edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.edit.customContextMenuRequested.connect(lambda pos: self.menu_at(pos).exec(
            self.edit.viewport().mapToGlobal(pos)))
        self.edit.viewport().installEventFilter(self)
        window.workspace.changed.connect(self._on_changed)
        window.document_opened.connect(lambda _doc: self.reload())
        self.load_labels()
        self.reload()

    # ---- labels
    def load_labels(self) -> None:
        self.labels = self.window.store.labels.all()
        for action in self.actions.values():
            self.edit.removeAction(action)
        self.actions = {}
        layout = self.bar.layout()
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        layout.addWidget(QLabel(QCoreApplication.translate("Annotate", "Label:")))
        for label in self.labels:
            action = QAction(label.name, self.edit)
            action.setObjectName(f"label.{label.name}")
            if label.shortcut:
                action.setShortcut(QKeySequence(label.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the pane's own keys elsewhere
            key = f" ({QKeySequence(label.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})" \
                if label.shortcut else ""
            action.setToolTip(f"{label.name}{key}: {label.description}" if label.description else label.name + key)
            action.triggered.connect(lambda _=False, name=label.name: self.apply_label(name))
            self.edit.addAction(action)
            self.actions[label.name] = action
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the selection in the pane stays
            button.setStyleSheet(f"QToolButton {{ border: 2px solid {label.color}; border-radius: 3px; "
                                 f"padding: 0 4px; color: {label.color}; font-weight: bold; }}")
            layout.addWidget(button)
        layout.addStretch(1)
        self.bar_area.setFixedHeight(self.bar.sizeHint().height() +
                                     self.bar_area.horizontalScrollBar().sizeHint().height())
        self.draw()

    def color(self, name: str) -> str:
        return next((lbl.color for lbl in self.labels if lbl.name == name), "#888888")

    # ---- the open document's spans
    def reload(self) -> None:
        session = self.window.session
        self.document_id = session.document_id if session is not None else None
        self.spans = [] if session is None else texts.spans(self.window.store, session.document_id, _SHOWN)
        self.draw()

    def pane_range(self, start: int, end: int) -> tuple[int, int] | None:
        """A stored range (code points) as UTF-16 positions in the pane, through unsaved typing."""
        session = self.window.session
        if session is None:
            return None
        a, b = session.map_saved(start, end)
        return session.offsets.to_utf16(a), session.offsets.to_utf16(b)

    def draw(self) -> None:
        session = self.window.session
        if session is None or session.document_id != self.document_id:
            self.painter.set_spans([])
            return
        ranges = [self.pane_range(s.start, s.end) for s in self.spans]
        self.painter.set_spans([Drawn(a, b, self.color(s.label), s.status == SpanStatus.PROPOSED, d)
                                for s, (a, b), d in zip(self.spans, ranges, depths(ranges)) if a < b])

    def spans_at(self, position: int) -> list[Span]:
        """The spans around a UTF-16 position in the pane, innermost first."""
        found = []
        for s in self.spans:
            a, b = self.pane_range(s.start, s.end)
            if a <= position < b:
                found.append((b - a, s))
        return [s for _, s in sorted(found, key=lambda p: p[0])]

    def _on_changed(self, changes, _origin) -> None:
        if changes.labels:
            self.load_labels()
        session = self.window.session
        if session is None or session.document_id != self.document_id or changes.labels or \
                session.document_id in changes.spans or session.document_id in changes.text:
            self.reload()

    # ---- actions
    def selection(self) -> tuple[int, int] | None:
        """The pane's selection in code points of the saved text (after saving the typing)."""
        cursor = self.edit.textCursor()
        session = self.window.session
        if session is None or not cursor.hasSelection() or not self.window.workspace.flush():
            return None
        start, end = (session.offsets.to_cp(p) for p in (cursor.selectionStart(), cursor.selectionEnd()))
        while start < end and session.shadow[start].isspace():
            start += 1
        while end > start and session.shadow[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def apply_label(self, name: str) -> None:
        session = self.window.session
        if session is None:
            return
        chosen = self.selection()
        if chosen is not None:
            self.window.workspace.perform(annotating.add_span, session.document_id, name, *chosen)
            return
        around = self.spans_at(self.edit.textCursor().position())
        if around and around[0].label != name:
            self.window.workspace.perform(annotating.relabel_span, around[0].id, name)
        elif around and around[0].status == SpanStatus.PROPOSED:
            self.window.workspace.perform(_accept, [around[0].id])

    def label_all(self, name: str) -> None:
        session, chosen = self.window.session, self.selection()
        if session is None or chosen is None:
            return
        needle = session.shadow[chosen[0]:chosen[1]]
        found = annotating.occurrences(self.window.store, session.document_id, needle, name)
        if confirm_all(self.edit, needle, name, found, session.shadow):
            self.window.workspace.perform(annotating.label_all, session.document_id, needle, name)

    # ---- menus
    def menu_at(self, pos: QPoint) -> QMenu:
        """The pane's context menu at a viewport position, with the annotation commands."""
        menu = self.edit.createStandardContextMenu(pos)
        menu.addSeparator()
        if self.edit.textCursor().hasSelection():
            label_as = menu.addMenu(QCoreApplication.translate("Annotate", "Label as"))
            for action in self.actions.values():
                label_as.addAction(action)
            every = menu.addMenu(QCoreApplication.translate("Annotate", "Label all occurrences as"))
            for label in self.labels:
                every.addAction(label.name, lambda name=label.name: self.label_all(name))
        self.add_span_commands(menu, self.spans_at(self.edit.cursorForPosition(pos).position()))
        return menu

    def add_span_commands(self, menu: QMenu, spans: list[Span]) -> None:
        ws = self.window.workspace
        for span in spans:
            menu.addSection(f"“{span.quote}” {span.label}")
            if span.status == SpanStatus.PROPOSED:
                menu.addAction(QCoreApplication.translate("Annotate", "Accept suggestion"), lambda i=span.id: ws.perform(_accept, [i]))
                menu.addAction(QCoreApplication.translate("Annotate", "Reject suggestion"), lambda i=span.id: ws.perform(_reject, [i]))
            relabel = menu.addMenu(QCoreApplication.translate("Annotate", "Relabel as"))
            for label in self.labels:
                if label.name != span.label:
                    relabel.addAction(label.name, lambda i=span.id, n=label.name: ws.perform(
                        annotating.relabel_span, i, n))
            menu.addAction(QCoreApplication.translate("Annotate", "Delete label"), lambda i=span.id: ws.perform(annotating.delete_span, i))

    def eventFilter(self, obj, event) -> bool:
        if (event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            pos = event.position().toPoint()
            spans = self.spans_at(self.edit.cursorForPosition(pos).position())
            if spans:
                menu = QMenu(self.edit)
                self.add_span_commands(menu, spans)
                menu.popup(self.edit.viewport().mapToGlobal(pos))
                return True
        return False

    def show_range(self, start: int, end: int) -> None:
        """Select a stored range in the pane and bring it into view."""
        got = self.pane_range(start, end)
        if got is None:
            return
        cursor = QTextCursor(self.edit.document())
        cursor.setPosition(got[0])
        cursor.setPosition(got[1], QTextCursor.MoveMode.KeepAnchor)
        self.edit.setTextCursor(cursor)
        self.edit.ensureCursorVisible()


def confirm_all(parent, needle: str, label: str, found: list[tuple[int, int]], text: str) -> bool:
    """The preview of "label all occurrences": how many, and each in its line."""
    if not found:
        QMessageBox.information(parent, QCoreApplication.translate("Annotate", "Label all occurrences"),
                                QCoreApplication.translate("Annotate", "Every occurrence of “%1” is already %2.").replace("%1", needle).replace("%2", label))
        return False
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Annotate", "Label all occurrences"),
                      QCoreApplication.translate("Annotate", "Label %1 occurrences of “%2” as %3?").replace("%1", str(len(found)))
                      .replace("%2", needle).replace("%3", label),
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, parent)
    box.setDetailedText("\n".join(f"{text[max(0, s - 12):s]}【{text[s:e]}】{text[e:e + 12]}".replace("\n", " ")
                                  for s, e in found))
    return box.exec() == QMessageBox.StandardButton.Ok


def install(window) -> None:
    window.annotator = Annotator(window)
