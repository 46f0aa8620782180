from editor.core.annotate.suggest import Context, context_key
from editor.core.annotate.suggest.combine import suggest


def quotes(text, result):
    return [(text[s.start:s.end], s.label, s.source) for s in result.suggestions]


TEXT = "江西省总工会捐款83万元，江西省总工会主席在南昌。"


def test_higher_suggesters_win_overlaps_and_the_unavailable_are_named():
    ctx = Context(gazetteer={"江西省": "LOC", "南昌": "LOC"})
    got = quotes(TEXT, suggest(TEXT, ctx))
    assert ("83万元", "MONEY", "patterns") in got
    assert ("江西省", "LOC", "gazetteer") in got and ("南昌", "LOC", "gazetteer") in got
    assert not any(q == "江西省总工会" for q, _, _ in got)  # crosses the gazetteer's 江西省
    assert ("learned", "no model trained yet") in suggest(TEXT, ctx).skipped


def test_nothing_over_an_annotated_span_nor_a_rejected_one():
    ctx = Context(gazetteer={"南昌": "LOC"})
    first = TEXT.index("江西省总工会主席")
    rejected = {context_key(TEXT, TEXT.index("南昌"), TEXT.index("南昌") + 2, "LOC")}
    got = quotes(TEXT, suggest(TEXT, ctx, annotated=[(first, first + 6)], rejected=rejected))
    assert [q for q, _, _ in got] == ["江西省总工会", "83万元"]


def test_the_same_string_elsewhere_is_still_proposed():
    text = TEXT + "代表团到南昌。"
    at = text.index("南昌")
    rejected = {context_key(text, at, at + 2, "LOC")}
    got = suggest(text, Context(gazetteer={"南昌": "LOC"}), rejected=rejected, labels={"LOC"})
    assert [s.start for s in got.suggestions] == [text.rindex("南昌")]
