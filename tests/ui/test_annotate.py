"""Annotating as a user does it: select in the corrected pane, press Ctrl+1 there, find the
span in the store, Ctrl+Z takes it away; plain digits still type; the context menu relabels
and deletes; nested spans are drawn one above the other."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.ops import annotating, texts
from editor.ops.importing import import_bytes

TEXT = "𠀀江西省总工会主席龚建华看望职工。\n第二行"


def _open(open_window, store, qtbot, text=TEXT):
    doc = import_bytes(store, text.encode(), "a.txt", None, profile=None).document_ids[0]
    w = open_window(store)
    w.open_document(doc)
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return w, doc, edit


def _select(edit, start16, end16):
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start16)
    cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def _accepted(store, doc):
    return [(s.quote, s.label) for s in texts.spans(store, doc, ["accepted"])]


def test_ctrl_1_in_the_pane_labels_the_selection_and_ctrl_z_removes_it(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    _select(edit, 2, 8)  # 江西省总工会 after 𠀀 (two UTF-16 units)
    qtbot.keyClick(edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _accepted(store, doc) == [("江西省总工会", "PER")]
    assert w.annotator.painter.drawn[0].start == 2 and w.annotator.painter.drawn[0].end == 8
    assert w.actions["edit.undo"].text() == "Undo labelling “江西省总工会” PER"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _accepted(store, doc) == [] and w.annotator.painter.drawn == []
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _accepted(store, doc) == [("江西省总工会", "PER")]


def test_plain_digits_still_type_digits(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    _select(edit, 2, 2)
    qtbot.keyClicks(edit, "12")
    assert edit.toPlainText().startswith("𠀀12江西省") and _accepted(store, doc) == []


def test_a_label_after_unsaved_typing_lands_on_the_selected_text(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    _select(edit, 0, 0)
    edit.insertPlainText("新")  # typed, not saved yet
    _select(edit, 11, 14)  # 龚建华, one character later
    qtbot.keyClick(edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert _accepted(store, doc) == [("龚建华", "PER")]


def test_the_label_bar_and_the_context_menu_label_relabel_and_delete(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    _select(edit, 2, 5)
    w.annotator.actions["LOC"].trigger()  # what the bar's LOC button does
    assert _accepted(store, doc) == [("江西省", "LOC")]
    _select(edit, 3, 3)
    pos = edit.cursorRect().center()
    menu = w.annotator.menu_at(pos)
    relabel = next(a for a in menu.actions() if a.menu() and a.text() == "Relabel as").menu()
    next(a for a in relabel.actions() if a.text() == "ORG").trigger()
    assert _accepted(store, doc) == [("江西省", "ORG")]
    menu = w.annotator.menu_at(pos)
    next(a for a in menu.actions() if a.text() == "Delete label").trigger()
    assert _accepted(store, doc) == []
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _accepted(store, doc) == [("江西省", "ORG")]


def test_a_label_key_on_a_span_without_selection_relabels_it(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    w.workspace.perform(annotating.add_span, doc, "LOC", 1, 4)
    _select(edit, 3, 3)
    qtbot.keyClick(edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert _accepted(store, doc) == [("江西省", "ORG")]


def test_nested_spans_are_drawn_one_above_the_other_and_a_span_crosses_a_line_break(open_window, qtbot, store):
    w, doc, edit = _open(open_window, store, qtbot)
    w.workspace.perform(annotating.add_span, doc, "ORG", 1, 7)
    w.workspace.perform(annotating.add_span, doc, "LOC", 1, 4)
    w.workspace.perform(annotating.add_span, doc, "EVENT", 16, 20)  # 。\n第二 across the break
    drawn = {d.color: d for d in w.annotator.painter.drawn}
    org, loc = drawn[w.annotator.color("ORG")], drawn[w.annotator.color("LOC")]
    assert (org.depth, loc.depth) == (0, 1)
    from editor.ui.span_paint import segments

    event = drawn[w.annotator.color("EVENT")]
    lines = segments(edit, event.start, event.end)
    assert len(lines) == 2 and lines[0][2] < lines[1][2]
    edit.viewport().repaint()  # paints without error over the pane's own painting


def test_label_all_occurrences_previews_them_and_adds_them_on_ok(open_window, qtbot, store):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    w, doc, edit = _open(open_window, store, qtbot, "𠀀江西省总工会看望江西省职工。")
    _select(edit, 2, 5)
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append((box.text(), box.detailedText()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    w.annotator.label_all("LOC")
    assert seen[0][0] == "Label 2 occurrences of “江西省” as LOC?"
    assert "【江西省】总工会" in seen[0][1]
    assert _accepted(store, doc) == [("江西省", "LOC"), ("江西省", "LOC")]
    assert w.actions["edit.undo"].text() == "Undo labelling 2 occurrences of “江西省” LOC"


def test_ctrl_click_on_a_span_offers_its_commands(open_window, qtbot, store):
    from PySide6.QtWidgets import QMenu

    w, doc, edit = _open(open_window, store, qtbot)
    w.workspace.perform(annotating.add_span, doc, "LOC", 1, 4)
    _select(edit, 3, 3)
    qtbot.mouseClick(edit.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     edit.cursorRect().center())
    menu = next(m for m in edit.findChildren(QMenu) if m.isVisible())
    next(a for a in menu.actions() if a.text() == "Delete label").trigger()
    menu.close()
    assert _accepted(store, doc) == []
