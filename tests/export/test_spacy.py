"""spaCy DocBin, loaded back with spaCy (skipped where the spacy extra is not installed)."""
from dataclasses import replace

import pytest

from editor.export.spans import non_overlapping
from tests.export.issues import gold_issue, ner_issue, render, with_astral

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin  # noqa: E402


def load(issue):
    return list(DocBin().from_bytes(render("spacy", issue)).get_docs(spacy.blank("zh").vocab))


def astral_issue():
    issue = ner_issue(20)
    return replace(issue, documents=tuple(with_astral(d) for d in issue.documents))


def test_one_doc_per_document_with_its_text():
    issue = astral_issue()
    assert [d.text for d in load(issue)] == [d.text for d in issue.documents]


def test_ents_are_the_accepted_spans():
    issue = astral_issue()
    got = [[(e.start_char, e.end_char, e.label_, e.text) for e in d.ents] for d in load(issue)]
    assert got == [[(s.start, s.end, s.label, s.quote) for s in non_overlapping(d.spans)] for d in issue.documents]


def test_one_token_per_character():
    (doc,) = load(gold_issue("004"))
    assert all(len(t.text) == 1 and not t.whitespace_ for t in doc)


def test_document_id_and_name_are_kept():
    issue = ner_issue(2)
    assert [d.user_data["jiaokan_document_id"] for d in load(issue)] == [d.id for d in issue.documents]


def test_nested_spans_are_kept_in_doc_spans_and_counted():
    import io

    from editor.core.model import DocumentView, IssueMeta, IssueView, Span, Structure
    from editor.export import BY_NAME, ExportOptions

    text = "江西省总工会召开会议"
    view = DocumentView(1, "a", text, Structure(), (Span(0, 6, "ORG", text[:6]), Span(0, 3, "LOC", "江西省")))
    issue = IssueView(1, IssueMeta(), (view,))
    notes = BY_NAME["spacy"].write(issue, io.BytesIO(), ExportOptions())
    assert notes and notes[0].startswith("1 spans not written (1 LOC): spaCy doc.ents")
    (doc,) = load(issue)
    assert [(e.text, e.label_) for e in doc.ents] == [("江西省总工会", "ORG")]
    assert {(s.text, s.label_) for s in doc.spans["jiaokan"]} == {("江西省总工会", "ORG"), ("江西省", "LOC")}
