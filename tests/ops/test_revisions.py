"""History lists operations from the edit log; any revision's text is the fold up to it;
restoring one appends edits (one append) and keeps the whole log."""
from editor.cli import main
from editor.core.text.diff import changes, diff
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.revisions import diff_with_current, history, restore, text_at
from editor.ops.history import undo
from editor.ops.importing import import_bytes

RAW = "𠀀龚建华深入在昌产业\n开展慰问调研\n了解企业复工复产情况。"


def _doc(store):
    return import_bytes(store, RAW.encode(), "a.txt", None, profile=None).document_ids[0]


def test_operations_with_author_and_size(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明")], "user")
    texts.append(store, doc, [Edit(0, 1, ""), Edit(0, 0, "【")], "rule:markup")
    h = history(store, doc)
    assert [(o.author, o.seq, o.edits, o.inserted, o.removed) for o in h.operations] == [
        ("user", 1, 1, 3, 3), ("rule:markup", 3, 2, 1, 1)]


def test_revision_text_is_the_fold_without_a_snapshot_per_save(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明"), Edit(0, 1, "")], "user")
    dec = store.documents.get(doc).decoding_id
    store.db.conn.execute("DELETE FROM revision")  # snapshots are an optimisation only
    assert text_at(store, doc, 0) == RAW
    assert text_at(store, doc, 1) == RAW.replace("龚建华", "王小明")
    assert text_at(store, doc, 2) == RAW.replace("𠀀龚建华", "王小明")
    assert store.log.length(doc, dec) == 2


def test_diff_with_current(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明")], "user")
    old, cur, ops = diff_with_current(store, doc, 0)
    assert [(o.tag, old[o.a_start:o.a_end], cur[o.b_start:o.b_end]) for o in ops if o.tag != "equal"] == [
        ("replace", "龚建华", "王小明")]


def test_diff_of_long_texts_aligns_paragraphs():
    a = "\n".join(f"第{i}段，工会组织职工开展活动。" for i in range(3000))
    b = a.replace("第10段", "第十段").replace("第2999段，", "")
    changed = [(a[o.a_start:o.a_end], b[o.b_start:o.b_end]) for o in changes(diff(a, b))]
    assert changed == [("10", "十"), ("第2999段，", "")]


def test_restore_appends_one_step_and_keeps_the_log(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明")], "user")
    texts.append(store, doc, [Edit(len(RAW) - 1, len(RAW), "！"), Edit(5, 5, "\n")], "user")
    before = texts.current(store, doc).text
    changes = restore(store, doc, 1)
    cur = texts.current(store, doc)
    assert cur.text == RAW.replace("龚建华", "王小明") and doc in changes.text
    ops = history(store, doc).operations
    assert cur.seq > 3 and (ops[-1].author, ops[-1].kind) == ("user", "restore")
    assert text_at(store, doc, 3) == before  # the restored-over revision is still there
    undo(store)  # the restore is one undo step
    assert texts.current(store, doc).text == before


def test_cli_history(store, capsys):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明")], "rule:user.replacements")
    assert main(["history", str(doc), "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "rule:user.replacements" in out and "(raw text)" in out
    assert main(["history", str(doc), "--db", str(store.path), "--diff", "0"]) == 0
    assert "龚建华 → 王小明" in capsys.readouterr().out
    assert main(["history", "99", "--db", str(store.path)]) == 2
