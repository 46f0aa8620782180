"""txt: exactly core.reading.reading_text, the text `jiaokan clean` writes."""
from dataclasses import replace

from editor.core.layout.reading import reading_text
from tests.export.issues import gold_issue, gold_path, render


def test_one_document_is_its_reading_text():
    issue = gold_issue("004")
    doc = issue.documents[0]
    assert render("txt", issue).decode("utf-8") == reading_text(doc.text, doc.structure)


def test_matches_the_gold_reading_order_text():
    assert render("txt", gold_issue("000")) == gold_path("000", ".clean.txt").read_bytes()


def test_documents_follow_one_another_with_a_blank_line():
    a, b = gold_issue("000").documents[0], gold_issue("004").documents[0]
    issue = replace(gold_issue("000"), documents=(a, b))
    expected = reading_text(a.text, a.structure) + "\n" + reading_text(b.text, b.structure)
    assert render("txt", issue).decode("utf-8") == expected


def test_page_furniture_is_left_out():
    issue = gold_issue("004")
    text = render("txt", issue).decode("utf-8")
    assert issue.meta.furniture and not any(line in text for line in issue.meta.furniture)
