"""Side-by-side review: panes scroll together through the log's mapping, deletions are carets,
the Changes panel filters, decides in bulk (one undo step each), keeps its place, teaches."""
import pytest
from PySide6.QtCore import Qt

from editor.core.cleanup.profiles import DEFAULT
from editor.core.model import Change
from editor.ops import texts
from editor.ops.importing import import_bytes
from editor.ui.align import top_position
from editor.ui.changes_panel import describe


class Comma:
    id, title, description = "punct.width", "comma", "comma width"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, ",", "，", "width", 0.9 if text[i + 1:i + 2] != "x" else 0.2)
                for i, ch in enumerate(text) if ch == ","]


class Space:
    id, title, description = "spaces.cjk", "space", "space in Chinese"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, " ", "", "space", 0.9) for i, ch in enumerate(text) if ch == " "]


@pytest.fixture
def window(open_window, store, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(), Space()))
    text = "𠀀甲,乙 丙,x丁,x戊,x己,x庚"
    doc = import_bytes(store, text.encode(), "a.txt", None, DEFAULT).document_ids[0]
    w = open_window(store)
    w.open_document(doc)
    return w


def test_a_deleted_space_is_a_caret_not_a_colour_on_the_next_character(window):
    edit = window.panes.corrected.edit
    # 𠀀 is two UTF-16 units: the space after 乙 was at code point 4, unit 5
    assert (5, "#2e9d3a") in edit.carets
    formats = [(r.start, r.length) for r in edit.document().firstBlock().layout().formats()]
    assert (5, 1) not in formats  # 丙 is untouched and not coloured


def test_the_change_column_names_width_changes_and_shows_spaces():
    assert describe(",", "，") == "half-width, → full-width，"
    assert describe(" ", "") == "␣ → ∅"


def test_filter_by_rule_and_apply_all_of_it_is_one_undo_step(window):
    panel = window.changes
    panel.rule_filter.setCurrentIndex(panel.rule_filter.findData("punct.width"))
    assert {panel.model.rows[panel.proxy.mapToSource(panel.proxy.index(i, 0)).row()].change.rule
            for i in range(panel.proxy.rowCount())} == {"punct.width"}
    before = window.panes.corrected.edit.toPlainText()
    panel.select_change(panel.model.rows[-1].id)
    panel.accept_rule_action.trigger()
    assert window.panes.corrected.edit.toPlainText() == "𠀀甲，乙丙，x丁，x戊，x己，x庚"
    window.actions["edit.undo"].trigger()
    assert window.panes.corrected.edit.toPlainText() == before


def test_the_selection_stays_after_a_decision_and_f8_moves_on_from_it(window, qtbot):
    panel = window.changes
    proposed = [r for r in panel.model.rows if r.status == "proposed"]
    panel.select_change(proposed[1].id)
    panel.accept_button.click()
    assert panel.current().id == proposed[1].id and panel.current().status == "accepted"
    window.activateWindow()
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    qtbot.keyClick(panel.view, Qt.Key.Key_F8)
    assert panel.current().id == proposed[2].id


def test_three_decisions_of_a_rule_offer_the_rest_with_a_preview(window):
    panel = window.changes
    proposed = [r for r in panel.model.rows if r.status == "proposed"]
    assert len(proposed) == 4
    for row in proposed[:3]:
        panel.select_change(row.id)
        panel.accept_button.click()
    assert not panel.teach.isHidden() and [r.id for r in panel.teach.rows] == [proposed[3].id]


def test_the_panes_scroll_together_through_the_logs_mapping(open_window, seeded, qtbot):
    w = open_window(seeded)
    w.resize(1400, 860)
    doc = next(d.id for d in seeded.documents.all() if "001" in d.name)
    w.open_document(doc)
    raw, corrected = w.panes.raw.edit, w.panes.corrected.edit
    qtbot.wait(50)
    raw.verticalScrollBar().setValue(raw.verticalScrollBar().maximum() // 2)
    s = w.session
    mapped = s.alignment.to_corrected(s.raw_offsets.to_cp(top_position(raw)))
    shown = corrected.document().findBlock(top_position(corrected))
    assert shown.position() <= s.offsets.to_utf16(mapped) <= shown.position() + shown.length()
    w.actions["view.link_panes"].setChecked(False)
    value = corrected.verticalScrollBar().value()
    raw.verticalScrollBar().setValue(0)
    assert corrected.verticalScrollBar().value() == value


def test_item_models_pass_the_model_tester(window, qtmodeltester):
    for model in (window.changes.model, window.changes.proxy, window.tree_model):
        qtmodeltester.check(model)  # raises on any broken model contract
        assert model.rowCount() > 0  # and checks a model that holds rows


def test_marks_updated_in_place_after_a_decision_agree_with_a_full_rebuild(window):
    from editor.ops import review
    panel = window.changes
    applied = next(r for r in panel.model.rows if r.status == "accepted" and r.change.rule == "punct.width")
    proposed = next(r for r in panel.model.rows if r.status == "proposed")
    window.decide_many("revert", [applied.id])
    window.decide_many("accept", [proposed.id])
    s = window.session
    raw, corrected = review.marks(window.store, s.document_id)
    key = lambda ms: sorted((m.key, m.start, m.end, m.kind) for m in ms)
    assert key(s.marks) == key(corrected) and key(s.raw_marks) == key(raw)
