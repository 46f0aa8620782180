"""Undo and redo over the store's history: every kind of operation, after reopening the store,
and a property test of random typing, decisions, undos and redos against a model."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from editor.core.cleanup.profiles import DEFAULT
from editor.core.model import IssueMeta, Span, SpanStatus
from editor.core.text.edits import Edit
from editor.ops import changes, history, issues, texts, typing
from editor.ops.cleaning import clean_documents
from editor.ops.importing import import_bytes
from editor.store import Store
from tests.ops.test_changes import Comma, _rows


@pytest.fixture
def doc(store, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    return import_bytes(store, "甲,乙,丙,x丁".encode(), "a.txt", None, profile=DEFAULT).document_ids[0]


def _type(store, doc, edits):
    return typing.save(store, doc, [typing.Group(tuple(edits))], texts.current(store, doc).seq)


def _text(store, doc):
    return texts.current(store, doc).text


def test_typing_is_undone_and_redone_and_the_log_only_grows(store, doc):
    _type(store, doc, [Edit(0, 0, "【标题】")])
    length = store.log.length(doc, store.documents.get(doc).decoding_id)
    undone = history.undo(store)
    assert _text(store, doc) == "甲，乙，丙,x丁" and undone.text == {doc}
    assert store.log.length(doc, store.documents.get(doc).decoding_id) == length + 1
    assert history.redo_entry(store).detail["inserted"] == "【标题】"
    history.redo(store)
    assert _text(store, doc) == "【标题】甲，乙，丙,x丁"


def test_a_word_typed_across_two_saves_is_one_step(store, doc):
    first = _type(store, doc, [Edit(0, 0, "龚")])
    seq = texts.current(store, doc).seq
    typing.save(store, doc, [typing.Group((Edit(1, 1, "建"),), continues=True)], seq, first.operation)
    assert history.undo_entry(store).detail["inserted"] == "龚建"
    history.undo(store)
    assert _text(store, doc) == "甲，乙，丙,x丁"


def test_undoing_an_accept_puts_the_proposal_back_and_redo_applies_it(store, doc):
    proposed = _rows(store, doc)[2]
    changes.accept(store, proposed.id)
    history.undo(store)
    assert _text(store, doc) == "甲，乙，丙,x丁" and store.changes.get(proposed.id).status == "proposed"
    history.redo(store)
    assert _text(store, doc) == "甲，乙，丙，x丁" and store.changes.get(proposed.id).status == "accepted"
    changes.revert(store, proposed.id)  # the redone change is located through the redo's edit
    assert _text(store, doc) == "甲，乙，丙,x丁"


def test_undoing_a_revert_applies_the_change_again_and_it_can_be_reverted(store, doc):
    first = _rows(store, doc)[0]
    changes.revert(store, first.id)
    history.undo(store)
    assert _text(store, doc) == "甲，乙，丙,x丁" and store.changes.get(first.id).status == "accepted"
    changes.revert(store, first.id)
    assert _text(store, doc) == "甲,乙，丙,x丁"


def test_accepting_many_is_one_step(store, doc):
    ids = [r.id for r in _rows(store, doc)]
    changes.revert_many(store, ids[:2])
    changes.accept_many(store, ids)
    assert _text(store, doc) == "甲，乙，丙，x丁"
    history.undo(store)
    assert _text(store, doc) == "甲,乙,丙,x丁"


def test_a_cleanup_run_is_one_step_and_its_proposals_are_withdrawn(store, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    a = import_bytes(store, "甲,乙".encode(), "a.txt", None, profile=None).document_ids[0]
    b = import_bytes(store, "丙,丁".encode(), "b.txt", None, profile=None).document_ids[0]
    clean_documents(store, [a, b], DEFAULT)
    assert _text(store, a) == "甲，乙" and _text(store, b) == "丙，丁"
    undone = history.undo(store)
    assert (_text(store, a), _text(store, b)) == ("甲,乙", "丙,丁") and undone.text == {a, b}
    assert _rows(store, a) == [] and _rows(store, b) == []
    history.redo(store)
    assert _text(store, a) == "甲，乙" and [r.status for r in _rows(store, a)] == ["accepted"]


def test_moving_and_merging_are_undone(store, doc):
    other = import_bytes(store, "第2期\n乙".encode(), "b.txt", None, profile=None).document_ids[0]
    old_issue = store.documents.get(other).issue_id
    issues.move_document(store, other, store.documents.get(doc).issue_id)
    history.undo(store)
    assert store.documents.get(other).issue_id == old_issue
    assert store.issues.get(old_issue).meta.issue_label == "第2期"
    issues.merge_issues(store, store.documents.get(doc).issue_id, old_issue)
    history.undo(store)
    assert store.documents.get(other).issue_id == old_issue


def test_metadata_edits_are_undone(store, doc):
    issue = store.documents.get(doc).issue_id
    before = store.issues.get(issue).meta
    issues.update_meta(store, issue, IssueMeta("江西工人报", "第11期", "2020-03-15"))
    history.undo(store)
    assert store.issues.get(issue).meta == before


def test_undo_works_after_the_store_is_reopened(tmp_path, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    path = tmp_path / "store.db"
    store = Store.open(path)
    doc = import_bytes(store, "甲,乙".encode(), "a.txt", None, profile=DEFAULT).document_ids[0]
    _type(store, doc, [Edit(0, 0, "𠀀")])
    store.close()
    store = Store.open(path)
    try:
        assert history.undo_entry(store).detail["inserted"] == "𠀀"
        history.undo(store)
        assert _text(store, doc) == "甲，乙"
    finally:
        store.close()


def test_a_span_whose_text_was_deleted_comes_back_with_the_undo(store, doc):
    dec = store.documents.get(doc).decoding_id
    (span_id,) = store.spans.add(doc, dec, texts.current(store, doc).seq, [Span(2, 3, "LOC", "乙")])
    _type(store, doc, [Edit(1, 4, "", "，乙，")])
    assert store.spans.for_document(doc)[0][1].status == SpanStatus.ORPHANED
    history.undo(store)
    (_, span), = store.spans.for_document(doc)
    assert (span.start, span.end, span.status) == (2, 3, SpanStatus.ACCEPTED)


def test_nothing_to_undo_changes_nothing(store):
    assert history.undo(store).operation is None and history.redo(store).operation is None


_steps = st.lists(st.one_of(
    st.tuples(st.just("type"), st.integers(0, 40), st.integers(0, 3), st.text("ab,𠀀 ", min_size=0, max_size=3)),
    st.tuples(st.just("decide"), st.integers(0, 5)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo"))), max_size=25)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=_steps)
def test_random_operations_and_undos_agree_with_a_stack_of_texts(tmp_path_factory, monkeypatch, steps):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    store = Store.open(tmp_path_factory.mktemp("h") / "s.db")
    try:
        doc = import_bytes(store, "甲,乙,丙,x丁,𠀀戊".encode(), "a.txt", None, profile=DEFAULT).document_ids[0]
        done, undone = [_text(store, doc)], []
        for step in steps:
            text = _text(store, doc)
            if step[0] == "type":
                start = min(step[1], len(text))
                end = min(start + step[2], len(text))
                if text[start:end] == step[3]:
                    continue
                _type(store, doc, [Edit(start, end, step[3])])
            elif step[0] == "decide":
                rows = _rows(store, doc)
                if not rows:
                    continue
                row = rows[step[1] % len(rows)]
                try:
                    (changes.revert if row.status == "accepted" else changes.accept)(store, row.id)
                except Exception:
                    continue
                if _text(store, doc) == text:
                    continue
            elif step[0] == "undo":
                if len(done) > 1:
                    history.undo(store)
                    undone.append(done.pop())
                assert _text(store, doc) == done[-1]
                continue
            else:
                if undone:
                    history.redo(store)
                    done.append(undone.pop())
                assert _text(store, doc) == done[-1]
                continue
            done.append(_text(store, doc))
            undone.clear()
        while len(done) > 1:
            history.undo(store)
            done.pop()
            assert _text(store, doc) == done[-1]
    finally:
        store.close()
