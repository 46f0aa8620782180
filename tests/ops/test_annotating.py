import pytest

from editor.core.errors import InputError
from editor.core.model import Span, SpanStatus
from editor.core.text.edits import Edit
from editor.ops import history, texts
from editor.ops.annotating import add_span, delete_span, label_all, occurrences, relabel_span
from editor.ops.importing import import_bytes
from editor.ops.suggesting import accept, reject

TEXT = "𠀀江西省总工会主席龚建华看望江西省职工。"


def _doc(store, text=TEXT):
    return import_bytes(store, text.encode(), "a.txt", None, profile=None).document_ids[0]


def _live(store, doc):
    return sorted((s.quote, s.label, s.status) for s in texts.spans(store, doc) if s.status != "rejected")


def test_a_span_added_is_one_undo_step_and_redo_brings_it_back(store):
    doc = _doc(store)
    result = add_span(store, doc, "ORG", 1, 7)
    assert result.history and result.spans == {doc}
    assert _live(store, doc) == [("江西省总工会", "ORG", "accepted")]
    assert store.documents.get(doc).status == "annotated"
    history.undo(store)
    assert _live(store, doc) == [] and store.documents.get(doc).status == "raw"
    history.redo(store)
    assert _live(store, doc) == [("江西省总工会", "ORG", "accepted")]
    assert store.documents.get(doc).status == "annotated"


def test_nested_spans_and_offsets_in_code_points_past_a_non_bmp_character(store):
    doc = _doc(store)
    add_span(store, doc, "ORG", 1, 7)
    add_span(store, doc, "LOC", 1, 4)
    assert _live(store, doc) == [("江西省", "LOC", "accepted"), ("江西省总工会", "ORG", "accepted")]
    history.undo(store)
    assert _live(store, doc) == [("江西省总工会", "ORG", "accepted")]


def test_relabel_and_delete_are_undone_and_redone(store):
    doc = _doc(store)
    span_id = add_span(store, doc, "LOC", 1, 7).value.spans[0]
    relabel_span(store, span_id, "ORG")
    assert _live(store, doc) == [("江西省总工会", "ORG", "accepted")]
    delete_span(store, span_id)
    assert _live(store, doc) == []
    history.undo(store)
    assert _live(store, doc) == [("江西省总工会", "ORG", "accepted")]
    history.undo(store)
    assert _live(store, doc) == [("江西省总工会", "LOC", "accepted")]
    history.redo(store)
    history.redo(store)
    assert _live(store, doc) == []


def test_label_all_occurrences_previews_then_adds_them_in_one_step(store):
    doc = _doc(store)
    add_span(store, doc, "LOC", 1, 4)
    assert occurrences(store, doc, "江西省", "LOC") == [(14, 17)]
    assert occurrences(store, doc, "江西省", "ORG") == [(1, 4), (14, 17)]
    label_all(store, doc, "江西省", "ORG")
    assert [s.quote for s in texts.spans(store, doc) if s.label == "ORG"] == ["江西省", "江西省"]
    history.undo(store)
    assert [s for s in texts.spans(store, doc) if s.label == "ORG" and s.status == "accepted"] == []
    history.redo(store)
    assert len([s for s in texts.spans(store, doc) if s.label == "ORG" and s.status == "accepted"]) == 2


def test_a_span_follows_typing_before_it_and_undo_of_its_creation_still_works(store):
    doc = _doc(store)
    add_span(store, doc, "PER", 9, 12)
    texts.append(store, doc, [Edit(0, 0, "新")], "user")
    assert _live(store, doc) == [("龚建华", "PER", "accepted")]
    span = texts.spans(store, doc)[0]
    assert (span.start, span.end) == (10, 13)


def test_bad_input_is_refused_and_nothing_is_recorded(store):
    doc = _doc(store)
    with pytest.raises(InputError):
        add_span(store, doc, "NOPE", 1, 3)
    with pytest.raises(InputError):
        add_span(store, doc, "PER", 5, 500)
    assert history.undo_entry(store) is None or history.undo_entry(store).kind != "label"


def _proposed(store, doc, start, end, label):
    cur = texts.current(store, doc)
    return store.spans.add(doc, cur.decoding_id, cur.seq, [Span(start, end, label, cur.text[start:end],
                                                                origin="suggest:test",
                                                                status=SpanStatus.PROPOSED)])[0]


def test_accepting_and_rejecting_suggestions_are_undoable(store):
    doc = _doc(store)
    a, b = _proposed(store, doc, 9, 12, "PER"), _proposed(store, doc, 1, 4, "LOC")
    accept(store, [a])
    reject(store, [b])
    assert _live(store, doc) == [("龚建华", "PER", "accepted")]
    history.undo(store)
    assert _live(store, doc) == [("江西省", "LOC", "proposed"), ("龚建华", "PER", "accepted")]
    history.undo(store)
    assert _live(store, doc) == [("江西省", "LOC", "proposed"), ("龚建华", "PER", "proposed")]
    history.redo(store)
    assert _live(store, doc) == [("江西省", "LOC", "proposed"), ("龚建华", "PER", "accepted")]
