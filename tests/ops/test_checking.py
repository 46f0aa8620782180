"""jiaokan check finds what tampering did: a changed source, an edit log that no longer folds."""
from editor.cli import main
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.checking import check
from editor.ops.importing import import_bytes


def _doc(store):
    doc = import_bytes(store, "龚建华深入在昌产业".encode(), "a.txt", None, profile=None).document_ids[0]
    texts.append(store, doc, [Edit(0, 3, "王小明")], "user")
    return doc


def test_sound_store(store, capsys):
    _doc(store)
    report = check(store)
    assert report.ok and (report.sources, report.documents, report.edits) == (1, 1, 1)
    assert main(["check", "--db", str(store.path)]) == 0
    assert "no problems" in capsys.readouterr().out


def test_changed_bytes_and_a_broken_log_are_found(store, capsys):
    doc = _doc(store)
    c = store.db.conn
    c.execute("DROP TRIGGER source_immutable")  # what another program could do
    c.execute("DROP TRIGGER edit_append_only")
    c.execute("UPDATE source SET bytes = x'00'")
    c.execute("UPDATE edit SET removed = '别的字'")
    problems = check(store).problems
    assert any("sha256" in p for p in problems)
    assert any(f"document {doc}" in p and "does not fold" in p for p in problems)
    assert main(["check", "--db", str(store.path)]) == 1
    assert "problem" in capsys.readouterr().out
