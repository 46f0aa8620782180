"""Search, History and backups in the window."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from editor.ops import backups, texts


def _focus_pane(w, qtbot):
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return edit


def test_ctrl_shift_f_from_the_pane_searches_and_a_click_shows_the_match(open_window, qtbot, seeded):
    w = open_window(seeded)
    w.open_document(seeded.documents.all()[0].id)
    edit = _focus_pane(w, qtbot)
    qtbot.keyClick(edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    panel = w.searcher.panel
    assert panel.query.hasFocus()
    panel.query.setText("复工")  # an input method commits Chinese; key clicks are ASCII only
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=20000)
    hit = panel.model.hits[-1]
    panel._open(panel.model.index(panel.model.rowCount() - 1))
    assert w.session.document_id == hit.document_id
    assert w.panes.corrected.edit.textCursor().selectedText() == "复工"


def test_history_lists_the_typing_and_restores_a_revision_as_one_undo_step(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    w.open_document(doc)
    edit = _focus_pane(w, qtbot)
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    before = texts.current(seeded, doc).text
    qtbot.keyClicks(edit, "xyz")
    assert w.save()
    w.history.focus()
    table = w.history.panel.table
    assert table.rowCount() >= 2 and table.item(0, 2).text() == "typing"
    table.setCurrentCell(1, 0)
    assert "xyz" in w.history.panel.diff.toPlainText()
    w.history.panel.restore_button.click()
    assert texts.current(seeded, doc).text == before == edit.toPlainText()
    w.actions["edit.undo"].trigger()
    assert texts.current(seeded, doc).text == before + "xyz"


def test_a_backup_is_restored_from_the_file_menu(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    backups.auto_backup(seeded)
    w.open_document(doc)
    before = texts.current(seeded, doc).text
    edit = _focus_pane(w, qtbot)
    qtbot.keyClicks(edit, "lost")
    assert w.save() and texts.current(seeded, doc).text != before
    dialog = w.backups.open_restore()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "5"
    dialog.accept()
    assert texts.current(seeded, doc).text == before
