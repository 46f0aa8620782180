"""core.jsonl: annotated JSONL in doccano's shape, on the People's Daily NER sample."""
import json

import pytest

from editor.core.errors import InputError
from editor.core.decoding.jsonl import read_annotated_jsonl
from editor.core.model import SpanStatus
from tests.paths import NER_DEV

ASTRAL = "\U00020000"


def line(**obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def test_reads_every_sentence_of_the_ner_sample():
    texts = read_annotated_jsonl(NER_DEV.read_bytes(), NER_DEV)
    assert len(texts) == 1000


def test_entities_become_accepted_imported_spans_with_their_quote():
    texts = read_annotated_jsonl(NER_DEV.read_bytes(), NER_DEV)
    spans = [(t, s) for t in texts for s in t.spans]
    assert spans and all(s.quote == t.text[s.start:s.end] for t, s in spans)
    assert {(s.status, s.origin) for _, s in spans} == {(SpanStatus.ACCEPTED, "import")}


def test_the_id_is_kept_as_metadata():
    (first, *_) = read_annotated_jsonl(NER_DEV.read_bytes(), NER_DEV)
    assert first.meta == {"id": "pd98-dev-00006"}


def test_doccano_label_column_and_dict_spans_are_read():
    data = line(text="张三在北京", label=[{"start_offset": 3, "end_offset": 5, "label": "LOC"}])
    data += line(text="张三在北京", labels=[[0, 2, "PER"]])
    first, second = read_annotated_jsonl(data, "a.jsonl")
    assert (first.spans[0].quote, second.spans[0].quote) == ("北京", "张三")


def test_offsets_are_utf16_units_by_default_as_doccano_counts():
    (t,) = read_annotated_jsonl(line(text=ASTRAL + "张三", label=[[2, 4, "PER"]]), "a.jsonl")
    assert (t.spans[0].start, t.spans[0].quote) == (1, "张三")
    assert t.problems == ("line 1: the text has characters outside the BMP; its offsets were read as UTF-16 "
                          "code units (--offsets codepoints for files made by Python tools)",)


def test_offsets_may_be_code_points():
    (t,) = read_annotated_jsonl(line(text=ASTRAL + "张三", label=[[1, 3, "PER"]]), "a.jsonl", "codepoints")
    assert t.spans[0].quote == "张三"


def test_a_span_cutting_a_surrogate_pair_is_reported_not_kept():
    (t,) = read_annotated_jsonl(line(text="张" + ASTRAL + "三", label=[[2, 4, "PER"]]), "a.jsonl")
    assert t.spans == () and "cuts a character outside the BMP in two" in t.problems[1]


def test_inside_the_bmp_the_units_agree():
    data = line(text="张三在南昌", label=[[0, 2, "PER"], [3, 5, "LOC"]])
    assert read_annotated_jsonl(data, "a.jsonl") == read_annotated_jsonl(data, "a.jsonl", "codepoints")


def test_a_bad_line_names_the_file_and_line():
    with pytest.raises(InputError, match=r"a\.jsonl: line 2: not JSON"):
        read_annotated_jsonl(line(text="好") + b"{oops\n", "a.jsonl")


def test_a_line_without_text_is_refused():
    with pytest.raises(InputError, match="line 1: expected an object with a \"text\" string"):
        read_annotated_jsonl(line(label=[]), "a.jsonl")


def test_a_malformed_span_is_refused():
    with pytest.raises(InputError, match=r"line 1: span \[0, \"PER\"\] is not"):
        read_annotated_jsonl(line(text="张三", label=[[0, "PER"]]), "a.jsonl")


def test_bytes_that_are_not_utf8_name_the_line():
    with pytest.raises(InputError, match="line 2: the bytes are not UTF-8"):
        read_annotated_jsonl(line(text="好") + "{\"text\": \"坏\"}".encode("gb18030"), "a.jsonl")


def test_an_empty_file_is_refused():
    with pytest.raises(InputError, match="holds no JSON lines"):
        read_annotated_jsonl(b"\n \n", "a.jsonl")


def test_a_span_beyond_the_text_is_reported_not_imported():
    (t,) = read_annotated_jsonl(line(text="张三", label=[[0, 2, "PER"], [1, 5, "LOC"]]), "a.jsonl")
    assert [s.quote for s in t.spans] == ["张三"]
    assert t.problems == ('line 1: span [1, 5, "LOC"] lies outside the text (2 characters)',)


def test_an_empty_span_is_reported_not_imported():
    (t,) = read_annotated_jsonl(line(text="张三", label=[[1, 1, "PER"]]), "a.jsonl")
    assert t.spans == () and "is empty or reversed" in t.problems[0]


def test_overlapping_spans_are_kept_and_reported():
    (t,) = read_annotated_jsonl(line(text="北京大学", label=[[0, 4, "ORG"], [0, 2, "LOC"]]), "a.jsonl")
    assert len(t.spans) == 2
    assert t.problems == ('line 1: span [0, 2, "LOC"] overlaps [0, 4, "ORG"]',)


def test_a_repeated_span_is_kept_once_and_reported():
    (t,) = read_annotated_jsonl(line(text="张三", label=[[0, 2, "PER"], [0, 2, "PER"]]), "a.jsonl")
    assert len(t.spans) == 1 and "repeats an earlier span" in t.problems[0]
