"""The editing core as a user meets it: Ctrl+Z in the pane, undo after reopening, typing kept
through a busy store, saved during continuous typing, asked about before it is lost."""
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.ops import texts
from editor.store import Store
from tests.lock import write_lock_held


def _open(open_window, store, qtbot):
    w = open_window(store)
    doc = store.documents.all()[0].id
    w.open_document(doc)
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    return w, doc, edit


def test_ctrl_z_in_the_corrected_pane_undoes_typing_and_names_the_step(open_window, qtbot, seeded):
    w, doc, edit = _open(open_window, seeded, qtbot)
    before = edit.toPlainText()
    qtbot.keyClicks(edit, "abc")
    assert w.actions["edit.undo"].text() == "Undo typing “abc”"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == before and texts.current(seeded, doc).text == before
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert edit.toPlainText() == before + "abc"


def test_typing_is_one_step_per_word(open_window, qtbot, seeded):
    w, doc, edit = _open(open_window, seeded, qtbot)
    before = edit.toPlainText()
    qtbot.keyClicks(edit, "ab cd")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == before + "ab"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == before


def test_undo_keeps_working_after_the_store_is_reopened(open_window, qtbot, tmp_path):
    from editor.ops.seeding import seed_if_empty
    path = tmp_path / "s.db"
    store = Store.open(path)
    seed_if_empty(store)
    w, doc, edit = _open(open_window, store, qtbot)
    before = edit.toPlainText()
    qtbot.keyClicks(edit, "xyz")
    w.close()
    store.close()
    again = Store.open(path)
    w2, _, edit2 = _open(open_window, again, qtbot)
    assert edit2.toPlainText() == before + "xyz"
    qtbot.keyClick(edit2, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit2.toPlainText() == before
    w2.close()
    again.close()


def test_typing_survives_a_busy_store_and_is_saved_when_it_frees(open_window, qtbot, seeded):
    w, doc, edit = _open(open_window, seeded, qtbot)
    before = texts.current(seeded, doc).text
    with write_lock_held(seeded.path, 2.5):
        qtbot.keyClicks(edit, "kept")
        assert not w.save()  # the lock is held: nothing written, nothing dropped
        assert w.session.dirty and "busy" in w.session.problem
        assert w.state_label.text() == "⚠ not saved"
        assert texts.current(seeded, doc).text == before
    qtbot.waitUntil(lambda: not w.session.dirty, timeout=5000)  # the retry saved it
    assert texts.current(seeded, doc).text == before + "kept" and w.state_label.text() == ""
    assert w.statusBar().currentMessage() == "Saved."  # the busy message does not outlive the problem


def test_continuous_typing_is_saved_at_least_every_two_seconds(open_window, qtbot, seeded):
    w, doc, edit = _open(open_window, seeded, qtbot)
    before = texts.current(seeded, doc).text
    saved_while_typing = False
    start = time.monotonic()
    while time.monotonic() - start < 3.0:  # a key every 0.2 s: never a pause long enough to save
        qtbot.keyClicks(edit, "a")
        qtbot.wait(200)
        saved_while_typing = saved_while_typing or texts.current(seeded, doc).text != before
    assert saved_while_typing


def test_closing_with_typing_that_cannot_be_saved_asks_first(open_window, qtbot, seeded):
    w, doc, edit = _open(open_window, seeded, qtbot)
    with write_lock_held(seeded.path, 6):
        qtbot.keyClicks(edit, "lost?")
        asked = []

        def answer():
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                asked.append(box.text())
                box.button(QMessageBox.StandardButton.Cancel).click()
            else:
                QTimer.singleShot(100, answer)
        QTimer.singleShot(100, answer)
        assert not w.close()  # cancelled: the window stays, with the edits
    assert asked and "could not be saved" in asked[0]
    assert w.session.dirty and w.isVisible()
    assert w.save() and texts.current(seeded, doc).text.endswith("lost?")


def test_edit_undo_names_the_step_in_chinese(open_window, qtbot, seeded, qapp):
    from editor.ui import i18n
    translators = i18n.install(qapp, "zh_CN")
    try:
        w, doc, edit = _open(open_window, seeded, qtbot)
        qtbot.keyClicks(edit, "abc")
        assert w.actions["edit.undo"].text() == "撤销 输入“abc”"
        assert w.save() and w.actions["edit.undo"].text() == "撤销 输入“abc”"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
