import json

from editor.core.decoding.jsonl import read_annotated_jsonl
from editor.core.model import Change, SpanStatus
from editor.core.cleanup.profiles import DEFAULT
from editor.export import BY_NAME
from editor.ops import texts
from editor.ops.exporting import export_issues
from editor.ops.importing import import_paths
from tests.paths import NER_DEV

ASTRAL = "\U00020000"
LINES = [
    {"id": "pd98-dev-00027", "text": "何泰权／姜京珍的拼搏精神再一次感染了现场的每一位观众",
     "entities": [[0, 3, "PER"], [4, 7, "PER"]]},
    {"text": ASTRAL + "江西省总工会在南昌召开会议,", "label": [[1, 7, "ORG"], [8, 10, "LOC"], [10, 14, "EVENT"]]},
    {"meta": {"title": "通讯"}, "text": "龚建华深入调研", "label": [[0, 3, "PER"], [0, 3, "PER"], [5, 9, "LOC"]]},
]


def _write(path, lines=LINES):
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return path


def _import(store, path, profile=None, offsets="codepoints"):
    """LINES are written in code points, as Python tools write them."""
    (result,) = import_paths(store, [path], profile, offsets=offsets).results
    return result


def _spans(store, doc_id):
    return [(s.start, s.end, s.label, s.status, s.origin) for _, s in store.spans.for_document(doc_id)]


def test_each_line_becomes_a_document_of_one_issue(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.jsonl"))
    docs = [store.documents.get(i) for i in result.document_ids]
    assert result.status == "imported" and len(docs) == 3
    assert len({d.issue_id for d in docs}) == 1
    assert [texts.current(store, d.id).text for d in docs] == [line["text"] for line in LINES]
    assert {d.status for d in docs} == {"annotated"}


def test_the_source_keeps_the_file_and_each_line_is_a_decoding(store, tmp_path):
    path = _write(tmp_path / "ner.jsonl")
    result = _import(store, path)
    doc = store.documents.get(result.document_ids[1])
    assert store.sources.data(doc.source_id) == path.read_bytes()
    assert [d.part for d in store.sources.decodings(doc.source_id)] == [0, 1, 2]
    assert store.sources.get(doc.source_id).kind == "jsonl"


def test_spans_are_accepted_in_code_points(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.jsonl"))
    doc_id = result.document_ids[1]
    text = texts.current(store, doc_id).text
    assert _spans(store, doc_id) == [(1, 7, "ORG", SpanStatus.ACCEPTED, "import"),
                                     (8, 10, "LOC", SpanStatus.ACCEPTED, "import"),
                                     (10, 14, "EVENT", SpanStatus.ACCEPTED, "import")]
    assert text[8:10] == "南昌"


def test_spans_keep_some_context_to_re_anchor(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.jsonl"))
    (_, loc) = store.spans.for_document(result.document_ids[1])[1]
    assert (loc.prefix, loc.quote, loc.suffix) == (ASTRAL + "江西省总工会在", "南昌", "召开会议,")


def test_unknown_labels_join_the_store(store, tmp_path):
    _import(store, _write(tmp_path / "ner.jsonl"))
    assert "EVENT" in [label.name for label in store.labels.all()]


def test_documents_are_named_by_id_meta_or_line(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.jsonl"))
    assert [store.documents.get(i).name for i in result.document_ids] == ["pd98-dev-00027", "ner.jsonl #2", "通讯"]


def test_the_readers_problems_reach_the_report(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.jsonl"))
    assert result.problems[1:] == ('line 3: span [0, 3, "PER"] repeats an earlier span, kept once',
                               'line 3: span [5, 9, "LOC"] lies outside the text (7 characters)')


def test_a_bad_line_fails_the_file_and_stores_nothing(store, tmp_path):
    path = _write(tmp_path / "ner.jsonl", LINES + [{"text": "甲", "label": [[0, "1", "PER"]]}])
    result = _import(store, path)
    assert result.status == "failed" and result.message.startswith("line 4: span")
    assert store.counts()["documents"] == 0 and store.counts()["issues"] == 0


def test_the_same_file_again_is_a_duplicate(store, tmp_path):
    path = _write(tmp_path / "ner.jsonl")
    _import(store, path)
    assert _import(store, path).status == "duplicate"


class Comma:
    id, title, description = "test.comma", "comma", "comma width"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, ",", "，", "width", 0.9) for i, ch in enumerate(text) if ch == ","]


def test_annotated_texts_are_not_cleaned(store, tmp_path, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    (tmp_path / "plain.txt").write_text(LINES[1]["text"], encoding="utf-8")
    plain = _import(store, tmp_path / "plain.txt", DEFAULT).document_ids[0]
    annotated = _import(store, _write(tmp_path / "ner.jsonl"), DEFAULT).document_ids[1]
    assert texts.current(store, plain).text.endswith("，")  # the rule is active
    assert texts.current(store, annotated).text.endswith(",")
    assert store.changes.for_document(annotated, store.documents.get(annotated).decoding_id) == []


def test_a_file_of_json_lines_with_text_is_annotated_whatever_its_name(store, tmp_path):
    result = _import(store, _write(tmp_path / "ner.txt"))
    assert len(result.document_ids) == 3 and _spans(store, result.document_ids[0])[0][:3] == (0, 3, "PER")


def test_a_folder_import_takes_jsonl_files(store, tmp_path):
    (tmp_path / "data").mkdir()
    _write(tmp_path / "data" / "ner.jsonl")
    (result,) = import_paths(store, [tmp_path / "data"], None).results
    assert result.path.endswith("ner.jsonl") and len(result.document_ids) == 3


def test_peoples_daily_sample_round_trips_through_doccano(store, tmp_path):
    original = read_annotated_jsonl(NER_DEV.read_bytes(), NER_DEV)
    result = _import(store, NER_DEV)
    issue_id = store.documents.get(result.document_ids[0]).issue_id
    export_issues(store, [issue_id], [BY_NAME["doccano"]], tmp_path / "out")
    (exported,) = (tmp_path / "out").iterdir()
    back = read_annotated_jsonl(exported.read_bytes(), exported)
    assert [t.text for t in back] == [t.text for t in original]
    assert [[(s.start, s.end, s.label) for s in t.spans] for t in back] == \
        [[(s.start, s.end, s.label) for s in t.spans] for t in original]


def test_by_default_offsets_are_utf16_units_as_doccano_writes_them(store, tmp_path):
    line = {"text": ASTRAL + "江西省总工会在南昌", "label": [[2, 8, "ORG"], [9, 11, "LOC"]]}
    result = _import(store, _write(tmp_path / "doccano.jsonl", [line]), offsets="utf16")
    [(_, org), (_, loc)] = store.spans.for_document(result.document_ids[0])
    assert (org.quote, loc.quote) == ("江西省总工会", "南昌")
    assert "outside the BMP" in result.problems[0]
