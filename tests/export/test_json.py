"""json: everything, so the issue can be rebuilt."""
import json
from dataclasses import replace

from editor.core.model import IssueMeta, SpanStatus
from editor.export import ExportOptions
from editor.export.jsonfile import issue_from_json
from tests.export.issues import gold_issue, photo_issue, render, tiny_png, with_astral, with_status


def test_the_issue_is_rebuilt_exactly():
    issue = gold_issue("004")
    assert issue_from_json(render("json", issue)) == issue


def test_figures_with_images_are_rebuilt_exactly():
    issue = photo_issue(tiny_png())
    assert issue_from_json(render("json", issue)) == issue


def test_metadata_is_all_there():
    issue = replace(gold_issue("004"), meta=IssueMeta("劳动报", "第3期", "2020-02-24", "A06",
                                                      (("责编", "汪自力"),), ("A06 2020.2.24 星期一",)))
    assert issue_from_json(render("json", issue)).meta == issue.meta


def test_spans_of_every_status_are_kept():
    issue = gold_issue("004")
    issue = replace(issue, documents=(with_status(issue.documents[0], SpanStatus.REJECTED),))
    statuses = {s["status"] for s in json.loads(render("json", issue))["documents"][0]["spans"]}
    assert statuses == {"accepted", "rejected"}


def test_the_label_filter_applies():
    data = json.loads(render("json", gold_issue("004"), ExportOptions(labels=frozenset({"PER"}))))
    assert {s["label"] for s in data["documents"][0]["spans"]} == {"PER"}


def test_offsets_are_code_points_of_the_text():
    issue = gold_issue("004")
    issue = replace(issue, documents=(with_astral(issue.documents[0]),))
    doc = json.loads(render("json", issue))["documents"][0]
    assert all(doc["text"][s["start"]:s["end"]] == s["quote"] for s in doc["spans"])
