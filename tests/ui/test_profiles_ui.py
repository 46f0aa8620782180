"""Tools > Cleanup profiles and Tools > Clean documents, driven as the editor would."""
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from editor.core.cleanup.rules import RULES
from editor.core.cleanup.rules.base import Replacement, ReplacementList
from editor.ops import texts
from editor.store import Store
from editor.ui import profiles_dialog, rule_names
from editor.ui.profile_editor import ON
from editor.ui.replacement_editor import PATTERN, REGEX, REPLACEMENT

SWAP = ReplacementList("swap", (Replacement("工人", "工友"),))


@pytest.fixture
def window(open_window, seeded):
    return open_window(seeded)


def _dialog(qtbot, window):
    dialog = profiles_dialog.open_dialog(window)
    qtbot.addWidget(dialog)
    return dialog


def _button(dialog, which):
    return dialog.buttons.button(which)


def _set_cell(table, row, column, text):
    table.item(row, column).setText(text)


def _rule_row(rule_id):
    return next(i for i, r in enumerate(RULES) if r.id == rule_id)


def test_both_tools_actions_are_wired(window):
    assert window.actions["tools.profiles"].isEnabled() and window.actions["tools.clean"].isEnabled()
    assert window.actions["tools.clean"].shortcut().toString() == "Ctrl+Shift+L"


def test_an_edited_profile_and_a_new_list_survive_a_reopened_store(qtbot, window, tmp_path):
    dialog = _dialog(qtbot, window)
    assert dialog.profile_list.currentItem().text() == "default (built-in)"
    dialog.editor.threshold.setValue(0.7)
    dialog.editor.table.item(_rule_row("script.t2s"), ON).setCheckState(Qt.CheckState.Unchecked)
    dialog.editor.spins[_rule_row("punct.width")].setValue(0.95)
    assert dialog.profile_list.currentItem().text() == "default (built-in, changed)"
    assert dialog.new_profile("strict")  # a copy of the edited default
    dialog.editor.threshold.setValue(0.85)
    dialog.import_profile.setCurrentText("strict")
    assert dialog.lists.new_list("OCR")
    dialog.lists.add_row()
    _set_cell(dialog.lists.table, 0, PATTERN, "己经")
    _set_cell(dialog.lists.table, 0, REPLACEMENT, "已经")
    _button(dialog, QDialogButtonBox.StandardButton.Save).click()
    assert not dialog.isVisible()

    path = window.store.path
    window.close()
    reopened = Store.open(path)
    try:
        default, strict = reopened.profiles.get("default"), reopened.profiles.get("strict")
        assert default.threshold == 0.7 and not default.enabled("script.t2s")
        assert default.threshold_for("punct.width") == 0.95 and default.threshold_for("noise") == 0.7
        assert strict.threshold == 0.85 and not strict.enabled("script.t2s")
        assert reopened.profiles.replacement_lists() == [ReplacementList("OCR", (Replacement("己经", "已经"),))]
        from editor.ops.profiles import import_profile_name
        assert import_profile_name(reopened) == "strict"
    finally:
        reopened.close()


def test_restore_builtin_forgets_the_override(qtbot, window):
    window.store.profiles.save(window.store.profiles.get("default").with_setting("noise", enabled=False))
    dialog = _dialog(qtbot, window)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.editor.table.item(_rule_row("noise"), ON).checkState() == Qt.CheckState.Checked
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert window.store.profiles.saved_names() == [] and not dialog.restore_button.isEnabled()


def test_a_bad_regex_is_refused_with_a_message_naming_it(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.lists.new_list("mine")
    dialog.lists.add_row()
    _set_cell(dialog.lists.table, 0, PATTERN, r"(\d+")
    _set_cell(dialog.lists.table, 0, REPLACEMENT, "x")
    dialog.lists.table.item(0, REGEX).setCheckState(Qt.CheckState.Checked)
    assert "(\\d+" in dialog.lists.problem.text()  # marked as soon as it is typed
    dialog.tabs.setCurrentIndex(0)
    _button(dialog, QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.tabs.currentWidget() is dialog.lists
    message = dialog.status.text()
    assert "“mine”, row 1" in message and "“(\\d+”" in message and "missing )" in message
    assert window.store.profiles.replacement_lists() == []


def test_dry_run_counts_matches_over_all_documents_without_saving(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.lists.new_list("swap")
    dialog.lists.add_row(Replacement("工人", "工友"))
    dialog.scope.buttons["all"].setChecked(True)
    expected = sum(texts.current(window.store, d.id).text.count("工人") for d in window.store.documents.all())
    with qtbot.waitSignal(dialog.lists.dry_run_button.clicked):
        dialog.lists.dry_run_button.click()
    qtbot.waitUntil(lambda: "“swap”" in dialog.lists.dry_run_result.text(), timeout=10000)
    assert f"“swap”: {expected}" in dialog.lists.dry_run_result.text() and expected > 0
    assert window.store.profiles.replacement_lists() == []


def _clean(qtbot, window, scope):
    """Tools > Clean documents with the default profile over ``scope``; the CleanReport."""
    window.actions["tools.clean"].trigger()
    dialog = window.cleaner.dialog
    dialog.profile.setCurrentText("default")
    dialog.scope.buttons[scope].setChecked(True)
    with qtbot.waitSignal(window.cleaner.finished, timeout=30000) as blocker:
        dialog.accept()
    return blocker.args[0]


def test_cleaning_shows_the_new_text_and_changes_and_keeps_unsaved_typing(qtbot, window):
    store = window.store
    store.profiles.save_replacement_list(SWAP)
    doc = store.documents.all()[1].id
    window.open_document(doc)
    before = window.panes.corrected.edit.toPlainText()
    rows_before = window.changes.model.rowCount()
    assert before.count("工人") > 0
    cursor = window.panes.corrected.edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.insertText("\n工人之家")  # typed, not yet saved
    assert window.session.dirty

    report = _clean(qtbot, window, "document")
    shown = window.panes.corrected.edit.toPlainText()
    assert shown == (before + "\n工人之家").replace("工人", "工友")
    assert shown == texts.current(store, doc).text and window.session.shadow == shown
    assert report.document_ids == [doc] and report.accepted == before.count("工人") + 1
    assert window.changes.model.rowCount() == rows_before + report.proposed
    assert "Cleaned 1 of 1 documents" in window.cleaner.report_box.text()


def test_a_cached_session_of_another_cleaned_document_shows_the_new_text(qtbot, window):
    store = window.store
    first, second = store.documents.all()[0].id, store.documents.all()[1].id
    window.open_document(first)
    window.open_document(second)  # the first one's session stays cached
    store.profiles.save_replacement_list(SWAP)
    _clean(qtbot, window, "all")
    window.open_document(first)
    assert window.panes.corrected.edit.toPlainText() == texts.current(store, first).text
    assert "工人" not in window.panes.corrected.edit.toPlainText()


def _held_worker(window):
    """Every document with a swap list to apply, and the worker held busy until ``gate`` is set."""
    store = window.store
    store.profiles.save_replacement_list(SWAP)
    ids = [r.document_id for r in store.documents.tree()]
    before = {i: texts.current(store, i).text for i in ids}
    gate = threading.Event()
    window.runner().submit("hold the worker", lambda s, p: gate.wait(10))
    return store, ids, before, gate


def test_cancel_leaves_whole_documents(qtbot, window):
    store, ids, before, gate = _held_worker(window)
    handle = window.cleaner.start("default", ids)
    # cancel from the worker itself at its first report: the first document is then cleaned whole
    handle.progress.connect(lambda *_: handle.cancel(), Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(window.cleaner.finished, timeout=30000) as blocker:
        gate.set()
    report = blocker.args[0]
    assert report.cancelled and report.document_ids == ids[:1]
    assert texts.current(store, ids[0]).text == before[ids[0]].replace("工人", "工友")
    assert all(texts.current(store, i).text == before[i] for i in ids[1:])
    assert "Cancelled" in window.cleaner.report_box.text()


def test_cancel_button_before_the_first_document_cleans_nothing(qtbot, window):
    store, ids, before, gate = _held_worker(window)
    window.cleaner.start("default", ids)
    window.cleaner.progress.findChild(QPushButton).click()
    with qtbot.waitSignal(window.cleaner.finished, timeout=30000) as blocker:
        gate.set()
    assert blocker.args[0].cancelled and blocker.args[0].summaries == ()
    assert {i: texts.current(store, i).text for i in ids} == before


def test_every_rule_title_and_description_is_listed_for_translation():
    listed = set(rule_names.TEXTS)
    missing = [t for r in RULES for t in (r.title, r.description) if t not in listed]
    assert not missing, f"add to editor/ui/rule_names.py and translate: {missing}"


def test_the_rule_titles_by_id_follow_the_registry():
    from editor.core.cleanup.rules import RULES
    assert rule_names.TITLES == {r.id: r.title for r in RULES}


def test_a_profile_can_turn_learning_from_decisions_off(qtbot):
    from editor.core.cleanup.profiles import DEFAULT
    from editor.ui.profile_editor import ProfileEditor
    editor = ProfileEditor()
    qtbot.addWidget(editor)
    editor.set_profile(DEFAULT)
    assert editor.learn.isChecked()
    editor.learn.setChecked(False)
    assert editor.profile().learn is False
