"""doccano JSONL: one line per document, accepted spans in code points, round-tripping through
core.jsonl."""
import json
from dataclasses import replace

from editor.core.decoding.jsonl import read_annotated_jsonl
from editor.core.model import SpanStatus
from editor.export import ExportOptions
from tests.export.issues import ASTRAL, gold_issue, ner_issue, render, with_astral, with_status


def lines(issue, **options):
    return [json.loads(line) for line in render("doccano", issue, ExportOptions(**options)).splitlines()]


def astral_issue():
    issue = ner_issue(20)
    return replace(issue, documents=tuple(with_astral(d) for d in issue.documents))


def test_one_line_per_document():
    issue = ner_issue(20)
    assert [(d["id"], d["text"]) for d in lines(issue)] == [(d.id, d.text) for d in issue.documents]


def test_every_span_text_is_the_text_at_its_offsets():
    issue = astral_issue()
    for line, doc in zip(lines(issue), issue.documents):
        assert line["text"].startswith(ASTRAL)
        assert [line["text"][s:e] for s, e, _ in line["label"]] == [s.quote for s in doc.spans]


def test_round_trip_gives_the_same_spans():
    issue = astral_issue()
    data = render("doccano", issue)
    back = read_annotated_jsonl(data, "export.jsonl")
    assert [[(s.start, s.end, s.label) for s in t.spans] for t in back] == \
        [[(s.start, s.end, s.label) for s in d.spans] for d in issue.documents]
    assert [t.meta["id"] for t in back] == [d.id for d in issue.documents]
    assert all(not t.problems for t in back)


def test_only_accepted_spans():
    issue = gold_issue("004")
    doc = with_status(issue.documents[0], SpanStatus.ORPHANED)
    (line,) = lines(replace(issue, documents=(doc,)))
    assert len(line["label"]) == sum(s.status == SpanStatus.ACCEPTED for s in doc.spans) < len(doc.spans)


def test_label_filter():
    (line,) = lines(gold_issue("004"), labels=frozenset({"LOC"}))
    assert {label for _, _, label in line["label"]} == {"LOC"}
