"""Search finds two-character words inside Chinese sentences, follows every edit by itself,
and reports code-point offsets of the text it searched."""
import json

from editor.cli import main
from editor.core.model import Span, SpanStatus
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.importing import import_bytes
from editor.ops.search import refresh_index, search

TEXT = "𠀀龚建华深入在昌产业开展慰问调研，了解企业复工复产情况。"


def _doc(store, text=TEXT, name="a.txt"):
    return import_bytes(store, text.encode(), name, None, profile=None).document_ids[0]


def test_two_character_word_inside_a_sentence_with_code_point_offsets(store):
    doc = _doc(store)
    (hit,) = search(store, "产业")
    assert (hit.document_id, hit.where) == (doc, "corrected")
    assert TEXT[hit.start:hit.end] == "产业" and hit.start == 8  # 𠀀 counts one
    assert "产业" in hit.context


def test_one_character_and_long_queries(store):
    _doc(store)
    assert [h.start for h in search(store, "复")] == [TEXT.index("复"), TEXT.index("复", TEXT.index("复") + 1)]
    assert [h.start for h in search(store, "企业复工复产")] == [TEXT.index("企业复工复产")]
    assert search(store, "不在这里") == []


def test_index_follows_edits_without_being_told(store):
    doc = _doc(store)
    texts.append(store, doc, [Edit(1, 4, "王小明")], "user")
    assert search(store, "龚建华") == []
    assert [h.start for h in search(store, "王小明")] == [1]
    assert [h.start for h in search(store, "龚建华", "raw")] == [1]  # raw keeps it


def test_stale_marks_come_from_triggers_and_refresh_clears_them(store):
    doc = _doc(store)
    assert store.search.stale() == [doc]
    assert refresh_index(store) == 1 and store.search.stale() == []
    texts.append(store, doc, [Edit(0, 0, "【")], "user")
    assert store.search.stale() == [doc]


def test_ranked_best_document_first_and_issue_filter(store):
    few = _doc(store, "工会" + "其他内容" * 50, "few.txt")
    many = _doc(store, "工会工会工会职工", "many.txt")
    assert [h.document_id for h in search(store, "工会")][:3] == [many] * 3
    issue = store.documents.get(few).issue_id
    assert {h.document_id for h in search(store, "工会", issue_id=issue)} <= {d.id for d in store.documents.in_issue(issue)}


def test_entities_by_label(store):
    doc = _doc(store)
    dec = store.documents.get(doc).decoding_id
    store.spans.add(doc, dec, 0, [Span(1, 4, "PER", "龚建华", status=SpanStatus.ACCEPTED)])
    (hit,) = search(store, "label:PER 龚建华")
    assert (hit.where, hit.label, hit.start, hit.end) == ("entity", "PER", 1, 4)
    assert search(store, "label:ORG 龚建华") == []
    assert len(search(store, "建华", "entities")) == 1


def test_cli_json_one_object_per_hit(tmp_path, capsys, store):
    _doc(store)
    assert main(["search", "产业", "--db", str(store.path), "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line) | {"context": ""} == {"document": 1, "name": "a", "in": "corrected",
                                                   "start": 8, "end": 10, "context": ""}


def test_two_characters_apart_are_no_hit_and_edits_leave_no_ghosts(store):
    doc = _doc(store, "工，会员。工会")
    assert [h.start for h in search(store, "工会")] == [5]
    texts.append(store, doc, [Edit(5, 7, "职工")], "user")
    assert search(store, "工会") == [] and search(store, "会") != []
    assert [h.start for h in search(store, "职工")] == [5]


def test_short_latin_query_finds_substrings(store):
    _doc(store, "TRAINING 培训 ai")
    assert [h.start for h in search(store, "AI")] == [2, 12]
