"""export.inline: spans as nested marks inside a block."""
from editor.core.model import Span
from editor.export.inline import SpanIndex, nest

TEXT = "无锡市总工会要求市（县）区总工会继续执行政策。"


def span(start, end, label):
    return Span(start, end, label, TEXT[start:end])


def flat(marks, depth=0):
    for m in marks:
        yield depth, TEXT[m.start:m.end], m.span.label
        yield from flat(m.children, depth + 1)


def test_separate_spans_are_sibling_marks():
    marks = nest([span(0, 6, "ORG"), span(8, 9, "LOC")], 0, len(TEXT))
    assert list(flat(marks)) == [(0, "无锡市总工会", "ORG"), (0, "市", "LOC")]


def test_a_span_inside_another_nests():
    marks = nest([span(0, 2, "LOC"), span(0, 6, "ORG")], 0, len(TEXT))
    assert list(flat(marks)) == [(0, "无锡市总工会", "ORG"), (1, "无锡", "LOC")]


def test_a_crossing_span_is_cut_at_the_edge_of_the_outer_one():
    marks = nest([span(0, 4, "ORG"), span(2, 8, "X")], 0, len(TEXT))
    assert list(flat(marks)) == [(0, "无锡市总", "ORG"), (1, "市总", "X"), (0, "工会要求", "X")]


def test_a_span_is_clipped_to_the_block():
    marks = nest([span(4, 10, "X")], 0, 6)
    assert list(flat(marks)) == [(0, "工会", "X")]


def test_spans_outside_the_block_give_no_mark():
    assert nest([span(10, 12, "X")], 0, 6) == []


def test_index_finds_the_spans_meeting_a_range():
    spans = [span(0, 6, "ORG"), span(8, 9, "LOC"), span(3, 12, "X"), span(15, 17, "Y")]
    index = SpanIndex(spans)
    assert sorted((s.start, s.end) for s in index.meeting(7, 10)) == [(3, 12), (8, 9)]


def test_index_of_no_spans():
    assert SpanIndex([]).meeting(0, 10) == []
