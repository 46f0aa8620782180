from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.store import Store
from editor.ui.actions import MENUS
from editor.ui.main_window import MainWindow
from editor.ui.tree_model import DOCUMENT_ROLE


def _select_document(w, document_id):
    index = w.tree_model.find_document(document_id)
    w.tree.setCurrentIndex(index)
    return index


def _type_at_end(qtbot, edit, text):
    """Latin by key clicks; Chinese as an input method commits it, one phrase at a time."""
    cursor = edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    if text.isascii():
        qtbot.keyClicks(edit, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(edit, event)


def test_tree_shows_publication_issue_document_with_status(open_window, qtbot, seeded):
    w = open_window(seeded)
    model = w.tree_model
    pub = model.index(0, 0)
    issue = model.index(0, 0, pub)
    doc = model.index(0, 0, issue)
    assert doc.data(DOCUMENT_ROLE) is not None
    assert doc.siblingAtColumn(1).data() in ("raw", "corrected", "annotated", "reviewed")
    assert sum(1 for r in seeded.documents.tree()) == 5


def test_selecting_a_document_shows_raw_and_corrected(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc_id = seeded.documents.all()[1].id
    _select_document(w, doc_id)
    raw = w.panes.raw.edit
    assert raw.isReadOnly() and "劳动者风采" in raw.toPlainText()
    assert not w.panes.corrected.edit.isReadOnly()
    assert w.session.document_id == doc_id


def test_typed_chinese_with_extension_b_survives_a_restart(open_window, qtbot, tmp_path):
    from editor.ops.seeding import seed_if_empty
    path = tmp_path / "restart.db"
    store = Store.open(path)
    seed_if_empty(store)
    w = open_window(store)
    doc_id = store.documents.all()[2].id
    _select_document(w, doc_id)
    _type_at_end(qtbot, w.panes.corrected.edit, "校对完毕𠀀好")
    w.close()  # saves on close
    store.close()

    again = Store.open(path)
    w2 = open_window(again)
    _select_document(w2, doc_id)
    assert w2.panes.corrected.edit.toPlainText().endswith("校对完毕𠀀好")
    assert again.documents.get(doc_id).status == "corrected"
    w2.close()
    again.close()


def test_switching_documents_saves(open_window, qtbot, seeded):
    w = open_window(seeded)
    first, second = [d.id for d in seeded.documents.all()[:2]]
    _select_document(w, first)
    _type_at_end(qtbot, w.panes.corrected.edit, "甲")
    _select_document(w, second)
    from editor.ops import texts
    assert texts.current(seeded, first).text.endswith("甲")


def test_idle_timer_saves(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    _select_document(w, doc)
    _type_at_end(qtbot, w.panes.corrected.edit, "乙")
    assert w.session.dirty
    qtbot.waitUntil(lambda: not w.session.dirty, timeout=3000)


def test_undo_and_redo_of_typing(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    _select_document(w, doc)
    edit = w.panes.corrected.edit
    before = edit.toPlainText()
    _type_at_end(qtbot, edit, "ab")
    assert edit.toPlainText() == before + "ab"
    w.actions["edit.undo"].trigger()
    assert edit.toPlainText() == before
    w.actions["edit.redo"].trigger()
    assert edit.toPlainText() == before + "ab"
    w.save()
    from editor.ops import texts
    assert texts.current(seeded, doc).text == before + "ab"


def test_status_bar_names_the_store_and_counts(open_window, qtbot, seeded):
    w = open_window(seeded)
    assert str(seeded.path) in w.store_label.text()
    assert "5" in w.counts_label.text()


def test_features_installed_after_the_first_paint_behave_as_if_there_from_the_start(open_window, qtbot, seeded):
    late = MainWindow(seeded, features_later=True)
    qtbot.addWidget(late)
    late.show()
    late.first_document()
    qtbot.waitUntil(lambda: late.session is not None)
    assert not late.actions["file.import_files"].isEnabled()
    assert "UTF-8" not in late.panes.raw.title.text()
    late.install_features()
    early = open_window(seeded)
    early.first_document()
    qtbot.waitUntil(lambda: early.session is not None)
    assert {k: a.isEnabled() for k, a in late.actions.items()} == {k: a.isEnabled() for k, a in early.actions.items()}
    assert late.actions["file.import_files"].isEnabled()
    assert late.panes.raw.title.text() == early.panes.raw.title.text() and "UTF-8" in late.panes.raw.title.text()


def test_a_deferred_feature_that_wires_nothing_leaves_its_action_disabled(qtbot, seeded, monkeypatch):
    from editor.ui import export_dialog, features

    monkeypatch.setattr(features, "FEATURES", tuple(f for f in features.FEATURES if f is not export_dialog))
    late = MainWindow(seeded, features_later=True)
    qtbot.addWidget(late)
    late.install_features()
    assert not late.actions["file.export"].isEnabled() and late.actions["file.import_files"].isEnabled()
    assert late.actions["file.export"] in late.menus["file"].actions()
    assert [a.text() for a in late.menuBar().actions()] == [m.title() for m in late.menus.values()]
    assert len(late.menuBar().actions()) == len(MENUS)
    late.install_features()  # a second call connects nothing twice
    assert late.actions["file.import_files"].isEnabled()
