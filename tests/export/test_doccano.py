"""doccano JSONL: one line per document, accepted spans in UTF-16 units by default (doccano's
view) or code points, round-tripping through core.jsonl in either unit."""
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


def _utf16(text, s, e):
    """The text between UTF-16 offsets, as JavaScript's text.slice(s, e) gives it in doccano."""
    return text.encode("utf-16-le")[2 * s:2 * e].decode("utf-16-le")


def test_every_span_text_is_the_text_at_its_utf16_offsets():
    issue = astral_issue()
    for line, doc in zip(lines(issue), issue.documents):
        assert line["text"].startswith(ASTRAL)
        assert [_utf16(line["text"], s, e) for s, e, _ in line["label"]] == [s.quote for s in doc.spans]
        assert all(s >= 2 for s, _, _ in line["label"])  # after 𠀀, two units


def test_code_points_on_request():
    issue = astral_issue()
    for line, doc in zip(lines(issue, offsets="codepoints"), issue.documents):
        assert [line["text"][s:e] for s, e, _ in line["label"]] == [s.quote for s in doc.spans]


def test_texts_outside_the_bmp_are_reported():
    from editor.export import BY_NAME
    import io

    issue = astral_issue()
    [note] = BY_NAME["doccano"].write(issue, io.BytesIO(), ExportOptions())
    assert note.startswith(f"20 texts with characters outside the BMP (first: {issue.documents[0].name})")
    assert BY_NAME["doccano"].write(ner_issue(5), io.BytesIO(), ExportOptions()) == []


def test_round_trip_gives_the_same_spans_in_either_unit():
    issue = astral_issue()
    for offsets in ("utf16", "codepoints"):
        back = read_annotated_jsonl(render("doccano", issue, ExportOptions(offsets=offsets)), "export.jsonl", offsets)
        assert [[(s.start, s.end, s.label) for s in t.spans] for t in back] == \
            [[(s.start, s.end, s.label) for s in d.spans] for d in issue.documents]
        assert [t.meta["id"] for t in back] == [d.id for d in issue.documents]
        assert all(len(t.problems) == 1 and "outside the BMP" in t.problems[0] for t in back)


def test_the_datasets_own_ids_are_kept():
    issue = ner_issue(3)
    issue = replace(issue, documents=tuple(replace(d, dataset_id=f"pd98-dev-{d.id:05}") for d in issue.documents))
    assert [line["id"] for line in lines(issue)] == [f"pd98-dev-{d.id:05}" for d in issue.documents]


def test_only_accepted_spans():
    issue = gold_issue("004")
    doc = with_status(issue.documents[0], SpanStatus.ORPHANED)
    (line,) = lines(replace(issue, documents=(doc,)))
    assert len(line["label"]) == sum(s.status == SpanStatus.ACCEPTED for s in doc.spans) < len(doc.spans)


def test_label_filter():
    (line,) = lines(gold_issue("004"), labels=frozenset({"LOC"}))
    assert {label for _, _, label in line["label"]} == {"LOC"}
