"""Cleaning learns from the editor's decisions in the same publication (or, without one, the store)."""
from dataclasses import replace

from editor.cli import main
from editor.core.cleanup.profiles import DEFAULT
from editor.core.model import IssueMeta
from editor.ops import changes as change_ops
from editor.ops.cleaning import clean_document
from editor.ops.importing import import_bytes
from tests.core.cleanup.rules.apply import seed_line

FIRST = seed_line("001", " 安康杯 ")  # "…开展 安康杯 安全生产和职业病防治知识竞赛。…"
NEXT = "今年,全市各级工会继续开展 安康杯 安全生产竞赛,覆盖企业2000多家。\n"


def _document(store, text, publication, name):
    doc_id = import_bytes(store, text.encode("utf-8"), f"{name}.txt", None, profile=None).document_ids[0]
    store.issues.update(store.documents.get(doc_id).issue_id, IssueMeta(publication=publication, issue_label=name))
    return doc_id


def _term_change(store, doc_id):
    doc = store.documents.get(doc_id)
    return next(r for r in store.changes.for_document(doc_id, doc.decoding_id)
                if r.change.rule == "quotes.stripped" and "安康杯" in r.change.after)


def _decided_first_issue(store, publication="江西工运"):
    first = _document(store, FIRST, publication, "第1期")
    clean_document(store, first, DEFAULT)
    row = _term_change(store, first)
    assert row.status == "proposed"
    change_ops.accept(store, row.id)


def test_a_term_accepted_in_one_issue_is_applied_in_the_next(store):
    _decided_first_issue(store)
    nxt = _document(store, NEXT, "江西工运", "第2期")
    clean_document(store, nxt, DEFAULT)
    row = _term_change(store, nxt)
    assert row.status == "accepted" and "before in this publication" in row.change.reason


def test_another_publication_learns_nothing_from_it(store):
    _decided_first_issue(store)
    other = _document(store, NEXT, "无锡工运", "第2期")
    clean_document(store, other, DEFAULT)
    assert _term_change(store, other).status == "proposed"


def test_a_profile_without_learning_ignores_the_decisions(store):
    _decided_first_issue(store)
    nxt = _document(store, NEXT, "江西工运", "第2期")
    clean_document(store, nxt, replace(DEFAULT, learn=False))
    assert _term_change(store, nxt).status == "proposed"


def test_jiaokan_clean_with_db_reads_the_same_knowledge(store, tmp_path, capsys):
    _decided_first_issue(store)
    path = tmp_path / "next.txt"
    path.write_text(NEXT, encoding="utf-8")
    assert main(["clean", str(path)]) == 0
    assert "“安康杯”" not in capsys.readouterr().out
    assert main(["clean", str(path), "--profile", "default", "--db", str(store.path)]) == 0
    assert "开展“安康杯”安全生产竞赛" in capsys.readouterr().out


def test_importing_the_next_issue_applies_what_the_first_taught(store):
    _decided_first_issue(store)
    result = import_bytes(store, NEXT.encode("utf-8"), "next.txt", None, profile=DEFAULT,
                          meta=IssueMeta(publication="江西工运", issue_label="第2期"))
    assert _term_change(store, result.document_ids[0]).status == "accepted"
