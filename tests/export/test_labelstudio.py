"""Label Studio tasks: offsets in Label Studio's unit, Unicode code points (see the module)."""
import json
from dataclasses import replace

from editor.export import ExportOptions
from tests.export.issues import gold_issue, ner_issue, render, with_astral


def tasks(issue, **options):
    return json.loads(render("labelstudio", issue, ExportOptions(**options)))


def label_studio_slice(text: str, start: int, end: int) -> str:
    """How Label Studio's editor reads offsets: over [...text], one item per code point."""
    return "".join(list(text)[start:end])


def utf16_slice(text: str, start: int, end: int) -> str:
    units = text.encode("utf-16-le")
    return units[2 * start:2 * end].decode("utf-16-le", "replace")


def astral_issue():
    issue = ner_issue(20)
    return replace(issue, documents=tuple(with_astral(d) for d in issue.documents))


def results(issue):
    for task in tasks(issue):
        (annotation,) = task["annotations"]
        for r in annotation["result"]:
            yield task["data"]["text"], r


def test_one_task_per_document_with_its_text():
    issue = ner_issue(20)
    assert [t["data"]["text"] for t in tasks(issue)] == [d.text for d in issue.documents]


def test_results_are_labels_for_the_ner_template():
    for _, r in results(gold_issue("004")):
        assert (r["type"], r["from_name"], r["to_name"]) == ("labels", "label", "text")
        assert len(r["value"]["labels"]) == 1


def test_every_value_text_is_the_text_at_its_offsets_after_an_astral_character():
    found = list(results(astral_issue()))
    assert found
    for text, r in found:
        v = r["value"]
        assert label_studio_slice(text, v["start"], v["end"]) == v["text"]


def test_offsets_are_not_utf16_units():
    text, r = next(results(astral_issue()))
    v = r["value"]
    assert utf16_slice(text, v["start"], v["end"]) != v["text"]


def test_spans_are_the_documents_accepted_spans():
    issue = astral_issue()
    got = [(r["value"]["text"], r["value"]["labels"][0]) for _, r in results(issue)]
    assert got == [(s.quote, s.label) for d in issue.documents for s in d.spans]


def test_result_ids_are_unique():
    ids = [r["id"] for _, r in results(ner_issue(40))]
    assert len(ids) == len(set(ids))


def test_a_document_without_spans_has_an_empty_annotation():
    issue = gold_issue("004")
    issue = replace(issue, documents=(replace(issue.documents[0], spans=()),))
    assert tasks(issue)[0]["annotations"] == [{"result": []}]


def test_label_filter():
    labels = {r["value"]["labels"][0] for _, r in results(gold_issue("004"))}
    assert labels == {"PER", "ORG", "LOC"}
    filtered = tasks(gold_issue("004"), labels=frozenset({"PER"}))
    assert {r["value"]["labels"][0] for r in filtered[0]["annotations"][0]["result"]} == {"PER"}


def test_waiting_suggestions_are_predictions_per_suggester():
    from editor.core.model import Span

    issue = ner_issue(1)
    doc = issue.documents[0]
    suggested = (Span(0, 2, "PER", doc.text[:2], origin="suggest:lexical", status="proposed"),
                 Span(2, 4, "LOC", doc.text[2:4], origin="suggest:learned", status="proposed"),
                 Span(4, 6, "LOC", doc.text[4:6], origin="suggest:learned", status="proposed"))
    (task,) = tasks(replace(issue, documents=(replace(doc, suggestions=suggested),)), labels=frozenset({"LOC"}))
    assert [p["model_version"] for p in task["predictions"]] == ["learned"]
    values = [r["value"] for r in task["predictions"][0]["result"]]
    assert [(v["start"], v["end"], v["labels"]) for v in values] == [(2, 4, ["LOC"]), (4, 6, ["LOC"])]
    assert all(r["origin"] == "prediction" for r in task["predictions"][0]["result"])
    assert "predictions" not in tasks(issue)[0]
