"""The Entities panel: the document's entities with label, text and count, filtered by label;
an orphaned span is listed; a click selects the span in the pane."""
from PySide6.QtCore import Qt

from editor.core.text.edits import Edit
from editor.ops import annotating, texts
from editor.ops.importing import import_bytes
from editor.ui.entities_panel import EntitiesModel, entries

TEXT = "𠀀江西省总工会主席龚建华看望江西省职工。"


def _open(open_window, store):
    doc = import_bytes(store, TEXT.encode(), "a.txt", None, profile=None).document_ids[0]
    w = open_window(store)
    w.open_document(doc)
    return w, doc


def _rows(w):
    p = w.entities.proxy
    return [tuple(p.index(r, c).data() for c in range(4)) for r in range(p.rowCount())]


def test_entities_are_counted_filtered_and_shown_in_the_pane(open_window, qtbot, store):
    w, doc = _open(open_window, store)
    w.workspace.perform(annotating.label_all, doc, "江西省", "LOC")
    w.workspace.perform(annotating.add_span, doc, "PER", 9, 12)
    assert _rows(w) == [("LOC", "江西省", 2, "labelled"), ("PER", "龚建华", 1, "labelled")]
    w.entities.filter.setCurrentIndex(w.entities.filter.findData("PER"))
    assert _rows(w) == [("PER", "龚建华", 1, "labelled")]
    w.entities.filter.setCurrentIndex(w.entities.filter.findData("LOC"))
    index = w.entities.proxy.index(0, 1)
    w.entities.view.clicked.emit(index)
    assert w.panes.corrected.edit.textCursor().selectedText() == "江西省"
    assert w.panes.corrected.edit.textCursor().selectionStart() == 2  # after 𠀀, in UTF-16
    w.entities.view.clicked.emit(index)
    assert w.panes.corrected.edit.textCursor().selectionStart() == 15  # the next one


def test_an_orphaned_span_is_listed_for_review_and_can_be_deleted(open_window, qtbot, store):
    w, doc = _open(open_window, store)
    w.workspace.perform(annotating.add_span, doc, "PER", 9, 12)
    w.workspace.perform(lambda s: _delete_text(s, doc))
    assert _rows(w) == [("PER", "龚建华", 1, "orphaned")]
    w.entities.view.setCurrentIndex(w.entities.proxy.index(0, 0))
    w.entities.delete.click()
    assert _rows(w) == []


def _delete_text(store, doc):
    from editor.ops.operation import recorded

    with recorded(store, "typing") as op:
        texts.append(store, doc, [Edit(9, 12, "")], "user", op=op)
    return op.changes


def test_the_model_passes_qtmodeltester(qtmodeltester, store):
    doc = import_bytes(store, TEXT.encode(), "a.txt", None, profile=None).document_ids[0]
    annotating.label_all(store, doc, "江西省", "LOC")
    annotating.add_span(store, doc, "ORG", 1, 7)
    model = EntitiesModel()
    model.set_entries(entries(texts.spans(store, doc)), {"LOC": "#31a354"})
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_delete_is_enabled_only_on_a_row_of_one_span(open_window, qtbot, store):
    w, doc = _open(open_window, store)
    w.workspace.perform(annotating.label_all, doc, "江西省", "LOC")
    w.workspace.perform(annotating.add_span, doc, "PER", 9, 12)
    w.entities.view.setCurrentIndex(w.entities.proxy.index(0, 0))
    assert not w.entities.delete.isEnabled()  # two 江西省
    w.entities.view.setCurrentIndex(w.entities.proxy.index(1, 0))
    assert w.entities.delete.isEnabled()
