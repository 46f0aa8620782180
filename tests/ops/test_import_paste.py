"""Paste as new document: the text is the document, its UTF-8 the stored bytes."""
from editor.ops import texts
from editor.ops.importing import import_text

CLIP = "龚建华深入在昌产业开展慰问调研\n𠀀字在扩展B区\n"


def test_pasted_text_becomes_a_document(store):
    r = import_text(store, CLIP, "粘贴 1", None)
    doc = store.documents.get(r.document_ids[0])
    assert texts.current(store, doc.id).raw == CLIP and doc.name == "粘贴 1"


def test_pasted_text_is_stored_as_utf8_of_kind_paste(store):
    r = import_text(store, CLIP, "粘贴 1", None)
    doc = store.documents.get(r.document_ids[0])
    assert store.sources.data(doc.source_id) == CLIP.encode("utf-8")
    assert (store.sources.get(doc.source_id).kind, r.encoding, r.confidence) == ("paste", "utf-8", 1.0)


def test_pasting_the_same_text_twice_is_a_duplicate(store):
    import_text(store, CLIP, "粘贴 1", None)
    assert import_text(store, CLIP, "粘贴 2", None).status == "duplicate"


def test_empty_clipboard_fails(store):
    r = import_text(store, " \n", "粘贴 1", None)
    assert (r.status, r.message) == ("failed", "the pasted text is empty")
    assert store.counts()["documents"] == 0


def test_a_name_with_dots_is_kept_whole(store):
    r = import_text(store, CLIP, "粘贴 12.30", None)
    assert store.documents.get(r.document_ids[0]).name == "粘贴 12.30"
