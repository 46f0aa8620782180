"""export.spans: which spans a writer exports."""
from dataclasses import replace

import pytest

from editor.core.errors import InputError
from editor.core.model import Span, SpanStatus
from editor.export import ExportOptions
from editor.export.spans import exported_spans, non_overlapping
from tests.export.issues import gold_issue


def test_only_accepted_spans_of_the_chosen_labels():
    doc = gold_issue("004").documents[0]
    doc = replace(doc, spans=(replace(doc.spans[0], status=SpanStatus.PROPOSED), *doc.spans[1:]))
    got = exported_spans(doc, ExportOptions(labels=frozenset({"ORG"})))
    assert got and {s.label for s in got} == {"ORG"}
    assert len(got) == sum(s.label == "ORG" and s.status == SpanStatus.ACCEPTED for s in doc.spans)


def test_a_span_beyond_the_text_is_an_error_naming_the_document():
    doc = gold_issue("004").documents[0]
    doc = replace(doc, spans=(Span(len(doc.text) - 1, len(doc.text) + 3, "PER", "x"),))
    with pytest.raises(InputError, match="document 004_0f1a193ba6c2174a.txt: PER span"):
        exported_spans(doc, ExportOptions())


def test_non_overlapping_keeps_the_longest_then_the_earliest():
    spans = [Span(0, 2, "LOC", ""), Span(0, 6, "ORG", ""), Span(5, 8, "X", ""), Span(7, 9, "Y", "")]
    assert [(s.start, s.end) for s in non_overlapping(spans)] == [(0, 6), (7, 9)]
