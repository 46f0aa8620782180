import pytest

from editor.core.model import Change
from editor.core.cleanup.profiles import DEFAULT
from editor.ops import texts
from editor.ops.importing import import_bytes


class Comma:
    id, title, description = "test.comma", "comma", "comma width"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, ",", "，", "width", 0.9 if text[i + 1:i + 2] != "x" else 0.2)
                for i, ch in enumerate(text) if ch == ","]


@pytest.fixture
def window(open_window, store, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    doc = import_bytes(store, "𠀀甲,乙,x丙".encode(), "a.txt", None, DEFAULT).document_ids[0]
    w = open_window(store)
    w.open_document(doc)
    return w


def _formats(edit, block=0):
    layout = edit.document().findBlockByNumber(block).layout()
    return [(r.start, r.length) for r in layout.formats()]


def test_changes_are_listed_and_marked_in_both_panes(window):
    assert [r.status for r in window.changes.model.rows] == ["accepted", "proposed"]
    # 𠀀 takes two UTF-16 units: the comma after 甲 is at unit 3 in both panes
    assert (3, 1) in _formats(window.panes.raw.edit)
    assert (3, 1) in _formats(window.panes.corrected.edit)


def test_revert_from_the_panel_changes_the_pane_and_undo_brings_it_back(window):
    edit = window.panes.corrected.edit
    window.changes.view.selectRow(0)
    window.changes.revert_button.click()
    assert edit.toPlainText() == "𠀀甲,乙,x丙"
    assert window.changes.model.rows[0].status == "rejected"
    window.actions["edit.undo"].trigger()
    assert edit.toPlainText() == "𠀀甲，乙,x丙"
    assert texts.current(window.store, window.session.document_id).text == "𠀀甲，乙,x丙"


def test_apply_a_proposal_by_keyboard(window):
    window.changes.view.selectRow(1)
    window.actions["edit.apply_change"].trigger()
    assert window.panes.corrected.edit.toPlainText() == "𠀀甲，乙，x丙"


def test_marks_follow_typing(window, qtbot):
    edit = window.panes.corrected.edit
    cursor = edit.textCursor()
    cursor.setPosition(0)
    edit.setTextCursor(cursor)
    qtbot.keyClicks(edit, "ab")
    assert (5, 1) in _formats(edit)
