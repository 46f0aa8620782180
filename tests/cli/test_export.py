import json

from editor.cli import main
from editor.export import FORMATS
from editor.ops.exporting import issue_stems

NER = [{"text": "龚建华在南昌调研", "label": [[0, 3, "PER"], [4, 6, "LOC"]]},
       {"text": "江西省总工会召开会议", "label": [[0, 6, "ORG"]]}]


def _export(db, out, *args):
    return main(["export", "--db", str(db), "-o", str(out), *args])


def _annotated_store(tmp_path):
    data = tmp_path / "ner.jsonl"
    data.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in NER), encoding="utf-8")
    db = tmp_path / "ner.db"
    assert main(["import", str(data), "--db", str(db)]) == 0
    return db


def test_every_issue_in_every_format(seeded, tmp_path, capsys):
    code = _export(seeded.path, tmp_path / "out", "--all", "--format", "all")
    printed = capsys.readouterr().out.split()
    expected = {f"{stem}.{f.extension}" for stem in issue_stems(seeded).values() for f in FORMATS}
    assert code == 0
    assert {p.name for p in (tmp_path / "out").iterdir()} == expected
    assert sorted(printed) == sorted(str(tmp_path / "out" / name) for name in expected)


def test_several_issues_and_formats(seeded, tmp_path, capsys):
    stems = issue_stems(seeded)
    code = _export(seeded.path, tmp_path, "--issue", "2", "4", "--format", "txt,conll")
    assert code == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / f"{stems[i]}.{ext}")
                                               for i in (2, 4) for ext in ("txt", "conll")]


def test_existing_files_are_kept_without_force(seeded, tmp_path, capsys):
    md = tmp_path / f"{issue_stems(seeded)[1]}.md"
    md.write_text("old")
    code = _export(seeded.path, tmp_path, "--issue", "1", "--format", "md")
    err = capsys.readouterr().err
    assert code == 1 and f"{md.name}: the file exists; --force overwrites it" in err
    assert md.read_text() == "old"


def test_force_overwrites(seeded, tmp_path):
    md = tmp_path / f"{issue_stems(seeded)[1]}.md"
    md.write_text("old")
    assert _export(seeded.path, tmp_path, "--issue", "1", "--format", "md", "--force") == 0
    assert md.read_text(encoding="utf-8").startswith("# ")


def test_an_unknown_format_is_named(seeded, tmp_path, capsys):
    assert _export(seeded.path, tmp_path / "out", "--all", "--format", "md,word") == 2
    assert "format 'word': is unknown" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_unknown_issue_is_named(seeded, tmp_path, capsys):
    assert _export(seeded.path, tmp_path / "out", "--issue", "1", "42", "--format", "md") == 2
    assert "issue 42: is not in the store" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_missing_store_is_an_error_not_a_new_file(tmp_path, capsys):
    assert _export(tmp_path / "nope.db", tmp_path / "out", "--all", "--format", "md") == 2
    assert "nope.db: does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()


def test_labels_choose_the_exported_spans(tmp_path):
    db = _annotated_store(tmp_path)
    assert _export(db, tmp_path / "out", "--all", "--format", "doccano", "--labels", "PER,ORG") == 0
    (path,) = (tmp_path / "out").iterdir()
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [line["label"] for line in lines] == [[[0, 3, "PER"]], [[0, 6, "ORG"]]]


def test_an_unknown_label_is_named(tmp_path, capsys):
    db = _annotated_store(tmp_path)
    assert _export(db, tmp_path / "out", "--all", "--format", "doccano", "--labels", "PER,PRE") == 2
    assert "label 'PRE': is not a label of this store" in capsys.readouterr().err


def test_no_entities_leaves_the_html_unmarked(tmp_path):
    db = _annotated_store(tmp_path)
    assert _export(db, tmp_path / "marked", "--all", "--format", "html") == 0
    assert _export(db, tmp_path / "plain", "--all", "--format", "html", "--no-entities") == 0
    (marked,), (plain,) = (tmp_path / "marked").iterdir(), (tmp_path / "plain").iterdir()
    assert '<mark class="ent PER"' in marked.read_text(encoding="utf-8")
    assert "<mark" not in plain.read_text(encoding="utf-8")


def test_import_warns_about_spans_it_left_out(tmp_path, capsys):
    data = tmp_path / "ner.jsonl"
    data.write_text(json.dumps({"text": "龚建华", "label": [[0, 9, "PER"]]}, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(data), "--db", str(tmp_path / "s.db")]) == 0
    assert 'line 1: span [0, 9, "PER"] lies outside the text' in capsys.readouterr().err


def test_a_non_bmp_dataset_goes_out_and_back_in_utf16_units(tmp_path, capsys):
    data = tmp_path / "astral.jsonl"
    data.write_text(json.dumps({"id": "x-1", "text": "𠀀龚建华在南昌", "label": [[1, 4, "PER"], [5, 7, "LOC"]]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "a.db"
    assert main(["import", str(data), "--db", str(db), "--offsets", "codepoints"]) == 0
    assert _export(db, tmp_path / "out", "--all", "--format", "doccano") == 0
    (exported,) = (tmp_path / "out").iterdir()
    line = json.loads(exported.read_text(encoding="utf-8"))
    assert line["id"] == "x-1" and line["label"] == [[2, 5, "PER"], [6, 8, "LOC"]]
    assert "1 texts with characters outside the BMP" in capsys.readouterr().err
    back = tmp_path / "b.db"
    assert main(["import", str(exported), "--db", str(back)]) == 0
    from editor.store import Store

    store = Store.open(back)
    try:
        [doc] = store.documents.all()
        assert [(s.quote, s.label) for _, s in store.spans.for_document(doc.id)] == [("龚建华", "PER"), ("南昌", "LOC")]
    finally:
        store.close()
