"""CoNLL BIO: one character per line, blank line after each sentence."""
from dataclasses import replace

from editor.core.model import Span
from editor.export import ExportOptions
from editor.export.conll import tagged_sentences
from editor.export.spans import non_overlapping
from tests.export.issues import ASTRAL, gold_issue, ner_issue, render, with_astral


def sentences(issue, **options):
    text = render("conll", issue, ExportOptions(**options)).decode("utf-8")
    assert text.endswith("\n\n")
    blocks = [[tuple(line.split("\t")) for line in block.split("\n")] for block in text[:-2].split("\n\n")]
    return [b for b in blocks if b != [("-DOCSTART-", "O")]]


def decode_bio(rows):
    """(text, label) of each entity the tags describe."""
    found, current = [], None
    for ch, tag in rows:
        if tag.startswith("B-") or tag == "O":
            if current:
                found.append(tuple(current))
            current = [ch, tag[2:]] if tag != "O" else None
        else:
            assert current and tag[2:] == current[1], f"I- tag without its B-: {ch} {tag}"
            current[0] += ch
    if current:
        found.append(tuple(current))
    return found


def test_one_line_per_character_without_whitespace():
    issue = gold_issue("004")
    rows = [row for s in sentences(issue) for row in s]
    text = "".join(d.text for d in issue.documents)
    assert "".join(ch for ch, _ in rows) == "".join(ch for ch in text if not ch.isspace())
    assert all(len(row) == 2 and len(row[0]) == 1 for row in rows)


def test_an_astral_character_is_one_line():
    issue = ner_issue(3)
    issue = replace(issue, documents=(with_astral(issue.documents[0]),))
    assert sentences(issue)[0][0] == (ASTRAL, "O")


def test_tags_give_back_the_accepted_spans():
    issue = ner_issue(40)
    rows = [row for s in sentences(issue) for row in s]
    expected = [(s.quote, s.label) for d in issue.documents for s in non_overlapping(d.spans)]
    assert decode_bio(rows) == expected


def test_sentences_end_after_full_stops_and_line_breaks():
    issue = gold_issue("000")
    for sentence in sentences(issue, labels=frozenset()):
        inner = "".join(ch for ch, _ in sentence[:-1])
        assert "。" not in inner.rstrip("。！？”’）》」』")


def test_no_sentence_break_inside_a_span():
    issue = gold_issue("004")
    doc = issue.documents[0]
    start = doc.text.index("持续作战")
    span = Span(start, start + 7, "EVENT", doc.text[start:start + 7])  # runs over a line break
    issue = replace(issue, documents=(replace(doc, spans=(span,)),))
    (sentence,) = [s for s in sentences(issue) if any(tag != "O" for _, tag in s)]
    assert decode_bio(sentence) == [("持续作战无锡", "EVENT")]


def test_overlapping_spans_keep_the_longest():
    text = "无锡市总工会要求。"
    (rows,) = tagged_sentences(text, non_overlapping([Span(0, 2, "LOC", "无锡"), Span(0, 6, "ORG", "无锡市总工会")]))
    assert decode_bio(rows) == [("无锡市总工会", "ORG")]


def test_each_document_opens_with_a_docstart_line():
    issue = ner_issue(3)
    text = render("conll", issue).decode("utf-8")
    docs = text.split("-DOCSTART-\tO\n\n")
    assert docs[0] == "" and len(docs) == 4
    assert ["".join(line.split("\t")[0] for line in d.splitlines() if line) for d in docs[1:]] == \
        ["".join(ch for ch in d.text if not ch.isspace()) for d in issue.documents]


def test_nested_spans_are_counted_in_the_report():
    from editor.core.model import DocumentView, IssueMeta, IssueView, Structure
    from editor.export import BY_NAME
    import io

    text = "江西省总工会召开会议"
    doc = DocumentView(1, "a", text, Structure(), (Span(0, 6, "ORG", text[:6]), Span(0, 3, "LOC", "江西省")))
    notes = BY_NAME["conll"].write(IssueView(1, IssueMeta(), (doc,)), io.BytesIO(), ExportOptions())
    assert notes == ["1 spans not written (1 LOC): CoNLL BIO holds one label per character (nested or overlapping)"]
