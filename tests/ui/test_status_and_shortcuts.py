"""Proofreading status set from the keyboard and shown in the tree; Help > Keyboard shortcuts
lists every action, changes them into the settings and refuses a shortcut already taken."""
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.ops import history
from editor.ui.actions import MENUS, SPECS, build_actions, default_shortcuts
from editor.ui.shortcuts_dialog import ShortcutsModel
from editor.ui.tree_model import IssueTreeModel


@pytest.fixture
def settings(tmp_path):
    """The user's settings in a file of this test, never the real ones."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield QSettings()
    QSettings().clear()


def test_alt_4_in_the_corrected_pane_marks_the_document_reviewed_in_the_tree(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    w.open_document(doc)
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    index = w.tree_model.find_document(doc)
    issue = index.parent().siblingAtColumn(1)
    reviewed_before = int(issue.data().split("/")[0])
    qtbot.keyClick(edit, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert seeded.documents.get(doc).status == "reviewed"
    assert index.siblingAtColumn(1).data() == "reviewed"
    assert int(issue.data().split("/")[0]) == reviewed_before + 1
    assert "reviewed by an editor" in issue.data(Qt.ItemDataRole.ToolTipRole)
    assert w.actions["document.status_reviewed"].isChecked()
    assert w.actions["edit.undo"].text() == "Undo marking a document reviewed"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert seeded.documents.get(doc).status != "reviewed"
    assert w.tree_model.find_document(doc).siblingAtColumn(1).data() != "reviewed"


def test_the_status_toolbar_sets_every_selected_document(open_window, qtbot, seeded):
    w = open_window(seeded)
    ids = [d.id for d in seeded.documents.all()[:2]]
    selection = w.tree.selectionModel()
    for doc in ids:
        selection.select(w.tree_model.find_document(doc),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    w.actions["document.status_annotated"].trigger()
    assert [seeded.documents.get(d).status for d in ids] == ["annotated", "annotated"]
    assert history.undo_entry(seeded).detail["count"] == 2


def test_imports_and_rules_never_set_reviewed(seeded):
    assert {d.status for d in seeded.documents.all()} <= {"raw", "corrected", "annotated"}


def test_undated_issues_are_named_by_first_document_and_import_time(store):
    from editor.ops.importing import import_bytes

    import_bytes(store, "没有日期的通讯稿".encode(), "通讯稿.txt", None, None)
    model = IssueTreeModel(store.documents.tree())
    issue = model.index(0, 0, model.index(0, 0))
    assert issue.data().startswith("Undated: 通讯稿 · imported 20")
    assert issue.data(Qt.ItemDataRole.FontRole).italic()
    assert "no label or date" in issue.data(Qt.ItemDataRole.ToolTipRole)


def test_every_menu_action_has_a_distinct_shortcut(qapp):
    in_menus = [i for _k, _t, ids in MENUS for i in ids if i is not None]
    assert sorted(in_menus) == sorted(s.id for s in SPECS)
    keys = [k.toString() for s in SPECS for k in default_shortcuts(s)]
    assert all(default_shortcuts(s) for s in SPECS)
    assert len(keys) == len(set(keys))


def test_shortcuts_model_passes_the_qt_model_tester(qtmodeltester, qapp, settings):
    model = ShortcutsModel(build_actions(None))
    qtmodeltester.check(model)
    assert model.rowCount() == len(SPECS)


def test_a_shortcut_is_changed_saved_and_a_taken_one_refused(open_window, qtbot, seeded, settings):
    w = open_window(seeded)
    w.actions["help.shortcuts"].trigger()
    dialog = next(d for d in QApplication.topLevelWidgets() if d.objectName() == "" and hasattr(d, "keys")
                  and d.isVisible())
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.action_id(r) == "edit.find")
    dialog.table.selectRow(row)
    dialog.keys.setFocus()
    qtbot.keyClick(dialog.keys, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert dialog.keys.keySequence() == QKeySequence("Ctrl+G")
    qtbot.mouseClick(dialog.set_button, Qt.MouseButton.LeftButton)
    assert w.actions["edit.find"].shortcut() == QKeySequence("Ctrl+G")
    assert QSettings().value("shortcuts/edit.find") == "Ctrl+G"
    assert build_actions(None)["edit.find"].shortcut() == QKeySequence("Ctrl+G")  # the next start
    assert dialog.model.index(row, 2).data() == QKeySequence("Ctrl+G").toString(QKeySequence.SequenceFormat.NativeText)

    assert not dialog.assign(QKeySequence("Ctrl+H"))  # Find and replace has it
    assert isinstance(dialog.warning, QMessageBox) and "Find and replace" in dialog.warning.text()
    dialog.warning.close()
    assert w.actions["edit.find"].shortcut() == QKeySequence("Ctrl+G")

    assert dialog.restore_default()
    assert w.actions["edit.find"].shortcut() == QKeySequence("Ctrl+F")
    assert QSettings().value("shortcuts/edit.find") is None
