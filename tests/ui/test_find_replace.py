"""Find and replace as an editor meets it: Ctrl+F from the corrected pane, every match listed
before anything changes, unticked ones left alone, replace-all undone by Ctrl+Z in the pane."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.ops import texts
from editor.ops.importing import import_bytes
from editor.ui.find_results import HitsModel


def _focused_pane(open_window, store, qtbot, doc):
    w = open_window(store)
    w.open_document(doc)
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return w, edit


def _doc(store, text="𠀀记者说：疫情防控and复工。疫情好转，疫情。", name="a.txt"):
    return import_bytes(store, text.encode(), name, None, None).document_ids[0]


def test_ctrl_f_in_the_corrected_pane_opens_find_with_the_selection(open_window, qtbot, store):
    doc = _doc(store)
    w, edit = _focused_pane(open_window, store, qtbot, doc)
    cursor = edit.textCursor()
    cursor.setPosition(w.session.offsets.to_utf16(5))
    cursor.setPosition(w.session.offsets.to_utf16(7), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = w.find_dialog
    assert dialog.isVisible() and not dialog.replacement.isVisible()
    assert dialog.pattern.text() == "疫情"
    qtbot.keyClick(dialog.pattern, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 3
    assert "3 matches" in dialog.count.text()
    assert [h.start for h in dialog.model.hits] == [5, 15, 20]  # code points, past 𠀀
    assert not dialog.replace_button.isVisible()


def test_replace_all_lists_first_skips_unticked_and_ctrl_z_undoes_it(open_window, qtbot, store):
    doc = _doc(store, "𠀀记者说：防控and复工。and好转，band。and")
    w, edit = _focused_pane(open_window, store, qtbot, doc)
    before = edit.toPlainText()
    qtbot.keyClick(edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = w.find_dialog
    assert dialog.replacement.isVisible()
    qtbot.keyClicks(dialog.pattern, "and")  # QTest types ASCII only
    qtbot.keyClicks(dialog.replacement, "or")
    dialog.whole.setChecked(True)
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 3
    assert texts.current(store, doc).text == before  # listed, nothing changed yet
    dialog.model.setData(dialog.model.index(1, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert "2 ticked" in dialog.count.text()
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    after = "𠀀记者说：防控or复工。and好转，band。or"
    assert texts.current(store, doc).text == after and edit.toPlainText() == after
    assert w.actions["edit.undo"].text() == "Undo replacing “and” by “or” (2)"
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts.current(store, doc).text == before and edit.toPlainText() == before


def test_raw_text_is_searched_but_never_replaced(open_window, qtbot, store):
    doc = _doc(store, "疫 情 防控")
    w, edit = _focused_pane(open_window, store, qtbot, doc)
    w.actions["edit.replace"].trigger()
    dialog = w.find_dialog
    dialog.pattern.setText("疫 情")
    dialog.source.setCurrentIndex(dialog.source.findData("raw"))
    dialog.find_all()
    assert dialog.model.rowCount() == 1 and not dialog.replace_button.isEnabled()


def test_a_replacement_is_saved_to_a_replacement_list(open_window, qtbot, store):
    doc = _doc(store)
    w, _ = _focused_pane(open_window, store, qtbot, doc)
    w.actions["edit.replace"].trigger()
    dialog = w.find_dialog
    dialog.pattern.setText("疫请")
    dialog.replacement.setText("疫情")
    assert dialog.save_as("OCR")
    (lst,) = store.profiles.replacement_lists()
    assert [(e.pattern, e.replacement) for e in lst.entries] == [("疫请", "疫情")]


def test_the_scope_lists_the_selected_documents_and_the_whole_store(open_window, qtbot, seeded):
    w = open_window(seeded)
    w.step_document(1)
    w.actions["edit.find"].trigger()
    scopes = [w.find_dialog.scope.itemData(i) for i in range(w.find_dialog.scope.count())]
    assert scopes[0] == "document" and scopes[-1] == "all"
    w.find_dialog.scope.setCurrentIndex(w.find_dialog.scope.count() - 1)
    w.find_dialog.pattern.setText("疫情")
    w.find_dialog.find_all()
    assert w.find_dialog.result.documents == len(seeded.documents.all())
    assert w.find_dialog.result.touched >= 2


def test_hits_model_passes_the_qt_model_tester(qtmodeltester, store):
    from editor.core.text.find import Query
    from editor.ops import replace

    doc = _doc(store)
    model = HitsModel()
    model.set_hits(replace.search(store, [doc], Query("疫情"), replacement="新冠").hits, True)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
