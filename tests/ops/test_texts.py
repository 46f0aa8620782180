from editor.core.text.edits import Edit
from editor.core.model import Span, SpanStatus
from editor.ops import texts
from editor.ops.importing import import_bytes


def _doc(store, text="龚建华深入在昌产业开展慰问调研"):
    r = import_bytes(store, text.encode(), "a.txt", None, profile=None)
    return r.document_ids[0]


def test_current_text_is_the_fold_of_the_log(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(0, 3, "𠀀"), Edit(1, 1, "！")], "user")
    cur = texts.current(store, doc)
    assert cur.text == "𠀀！深入在昌产业开展慰问调研" and cur.seq == 2
    assert cur.raw == "龚建华深入在昌产业开展慰问调研"
    assert store.documents.get(doc).status == "corrected"


def test_revisions_are_snapshots_every_so_many_edits_not_every_save(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(0, 0, "【")], "user")
    texts.append(store, doc, [Edit(1, 1, "】")], "user")
    assert store.log.revisions(doc) == []
    for i in range(texts.SNAPSHOT_EVERY):
        texts.append(store, doc, [Edit(0, 0, "x")], "user")
    (snap,) = store.log.revisions(doc)
    assert snap.seq == texts.SNAPSHOT_EVERY and snap.text.count("x") == texts.SNAPSHOT_EVERY - 2


def test_a_snapshot_holds_the_current_text_and_the_fold_starts_there(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(0, 0, "【")], "user")
    texts.snapshot(store, doc)
    texts.append(store, doc, [Edit(1, 1, "】")], "user")
    assert [r.text[:2] for r in store.log.revisions(doc)] == ["【龚"]
    assert texts.current(store, doc).text.startswith("【】龚")
    assert texts.snapshot(store, doc) is not None and texts.snapshot(store, doc) is None


def test_spans_follow_edits_and_become_orphaned_when_deleted(store):
    doc = _doc(store)
    dec = store.documents.get(doc).decoding_id
    store.spans.add(doc, dec, 0, [Span(0, 3, "PER", "龚建华"), Span(5, 7, "LOC", "在昌")])
    texts.append(store, doc, [Edit(0, 0, "省总工会主席"), Edit(11, 13, "")], "user")
    (s1, per), (s2, loc) = store.spans.for_document(doc)
    assert texts.current(store, doc).text[per.start:per.end] == "龚建华"
    assert loc.status == SpanStatus.ORPHANED and s1 == s2 == 2


def test_a_bad_edit_writes_nothing(store):
    doc = _doc(store)
    try:
        texts.append(store, doc, [Edit(0, 1, "x"), Edit(500, 501, "y")], "user")
    except ValueError:
        pass
    assert store.log.length(doc, store.documents.get(doc).decoding_id) == 0
    assert texts.current(store, doc).text.startswith("龚")
