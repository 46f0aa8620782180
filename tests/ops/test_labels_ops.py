import pytest

from editor.core.errors import ConflictError, InputError
from editor.core.model import Label, Span
from editor.ops.importing import import_bytes
from editor.ops.labels import add_label, delete_label, edit_label, recolour_label, rename_label


def _doc_with_span(store, label="LOC"):
    doc = import_bytes(store, "龚建华深入在昌产业开展慰问调研".encode(), "a.txt", None, profile=None).document_ids[0]
    store.spans.add(doc, store.documents.get(doc).decoding_id, 0, [Span(5, 7, label, "在昌")])
    return doc


def test_add_a_label(store):
    result = add_label(store, Label("FAC", "#112233", "ctrl+shift+f", "facility"))
    assert result.labels and result.value.labels == {"FAC"}
    assert store.labels.get("FAC") == Label("FAC", "#112233", "Ctrl+Shift+F", "facility")
    assert store.labels.all()[-1].name == "FAC"


def test_a_label_with_a_taken_key_is_not_added(store):
    with pytest.raises(InputError, match="belongs to PER"):
        add_label(store, Label("FAC", "#112233", "Ctrl+1"))
    assert store.labels.get("FAC") is None


def test_rename_carries_the_spans(store):
    doc = _doc_with_span(store)
    result = rename_label(store, "LOC", "GPE")
    assert result.value.labels == {"LOC", "GPE"} and result.spans == {doc}
    [(_, span)] = store.spans.for_document(doc)
    assert span.label == "GPE" and store.labels.get("LOC") is None
    assert store.labels.get("GPE").shortcut == "Ctrl+3"


def test_recolour_and_rekey(store):
    recolour_label(store, "PER", "#000000")
    edit_label(store, "EVENT", shortcut=None)
    edit_label(store, "PER", shortcut="Ctrl+0")
    assert store.labels.get("PER") == Label("PER", "#000000", "Ctrl+0", "person")


def test_a_label_in_use_is_not_deleted(store):
    _doc_with_span(store)
    with pytest.raises(ConflictError, match="1 accepted"):
        delete_label(store, "LOC")
    assert store.labels.get("LOC") is not None


def test_a_label_in_use_is_deleted_by_moving_its_spans(store):
    doc = _doc_with_span(store)
    store.spans.add(doc, store.documents.get(doc).decoding_id, 0,
                    [Span(0, 3, "LOC", "龚建华", origin="suggest:lexical", status="proposed")])
    result = delete_label(store, "LOC", move_to="ORG")
    assert result.value.labels == {"LOC", "ORG"} and "1 spans moved" in result.value.message
    assert [(s.label, s.quote) for _, s in store.spans.for_document(doc)] == [("ORG", "在昌")]


def test_an_unused_label_is_deleted(store):
    assert delete_label(store, "EVENT").value.labels == {"EVENT"}
    assert "EVENT" not in [l.name for l in store.labels.all()]
    with pytest.raises(InputError, match="not a label"):
        delete_label(store, "EVENT")
