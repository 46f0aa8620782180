"""Suggestions from the window: Ctrl+Alt+E in the pane suggests on the worker, the suggestions
are accepted all at once (one undo step), and the suggester learns from them."""
from PySide6.QtCore import Qt

from editor.core.model import SpanStatus


def _spans(store, doc, status):
    return [s for _, s in store.spans.for_document(doc, [status])]


def test_suggest_accept_all_undo_and_learn(open_window, qtbot, seeded):
    w = open_window(seeded)
    doc = seeded.documents.all()[0].id
    w.open_document(doc)
    edit = w.panes.corrected.edit
    w.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(_spans(seeded, doc, SpanStatus.PROPOSED)), timeout=60000)
    proposed = _spans(seeded, doc, SpanStatus.PROPOSED)
    assert any(s.label == "DATE" for s in proposed)
    w.actions["tools.accept_suggestions"].trigger()
    assert len(_spans(seeded, doc, SpanStatus.ACCEPTED)) == len(proposed)
    w.actions["edit.undo"].trigger()
    assert _spans(seeded, doc, SpanStatus.ACCEPTED) == []
    w.actions["edit.redo"].trigger()
    w.suggester.train()
    qtbot.waitUntil(lambda: getattr(w.suggester, "box", None) is not None, timeout=120000)
    assert "Learned from" in w.suggester.box.text(), w.suggester.box.text()
