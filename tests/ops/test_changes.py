import pytest

from editor.core.text.edits import Edit
from editor.core.errors import ConflictError
from editor.core.model import Change
from editor.core.cleanup.profiles import DEFAULT
from editor.ops import changes, texts
from editor.ops.cleaning import clean_document
from editor.ops.importing import import_bytes


class Comma:
    """A stand-in rule: half-width comma after a CJK character becomes full-width."""
    id, title, description = "test.comma", "comma", "comma width"

    def propose(self, text, ctx):
        return [Change(self.id, i, i + 1, ",", "，", "width", 0.9 if text[i + 1:i + 2] != "x" else 0.2)
                for i, ch in enumerate(text) if ch == ","]


@pytest.fixture
def doc(store, monkeypatch):
    monkeypatch.setattr("editor.core.cleanup.rules.RULES", (Comma(),))
    r = import_bytes(store, "甲,乙,丙,x丁".encode(), "a.txt", None, profile=DEFAULT)
    return r.document_ids[0]


def _rows(store, doc):
    d = store.documents.get(doc)
    return store.changes.for_document(doc, d.decoding_id)


def test_import_applies_confident_changes_and_keeps_the_rest(store, doc):
    assert texts.current(store, doc).text == "甲，乙，丙,x丁"
    assert [r.status for r in _rows(store, doc)] == ["accepted", "accepted", "proposed"]


def test_revert_restores_the_raw_text_at_that_place_and_is_logged(store, doc):
    first = _rows(store, doc)[0]
    done = changes.revert(store, first.id)
    (edit,) = done.edits[doc][1]
    assert edit.insert == "," and texts.current(store, doc).text == "甲,乙，丙,x丁"
    assert done.changes == {first.id} and done.text == {doc} and done.operation is not None
    assert store.changes.get(first.id).status == "rejected"
    assert store.log.entries(doc, store.documents.get(doc).decoding_id)[-1].change_id == first.id


def test_revert_then_apply_again(store, doc):
    first = _rows(store, doc)[0]
    changes.revert(store, first.id)
    changes.accept(store, first.id)
    assert texts.current(store, doc).text == "甲，乙，丙,x丁"


def test_accept_a_proposal_after_unrelated_typing(store, doc):
    texts.append(store, doc, [Edit(0, 0, "【标题】")], "user")
    proposed = _rows(store, doc)[2]
    changes.accept(store, proposed.id)
    assert texts.current(store, doc).text == "【标题】甲，乙，丙，x丁"


def test_a_change_edited_since_cannot_be_reverted(store, doc):
    texts.append(store, doc, [Edit(1, 2, "、")], "user")
    with pytest.raises(ConflictError, match="edited since"):
        changes.revert(store, _rows(store, doc)[0].id)


def test_a_proposal_overwritten_by_typing_becomes_stale(store, doc):
    texts.append(store, doc, [Edit(5, 6, "；")], "user")
    with pytest.raises(ConflictError, match="stale"):
        changes.accept(store, _rows(store, doc)[2].id)
    assert _rows(store, doc)[2].status == "stale"


def test_raw_positions_of_changes_point_into_the_raw_text(store, doc):
    raw = texts.current(store, doc).raw
    assert all(raw[r.raw_start:r.raw_end] == "," for r in _rows(store, doc))


def test_clean_run_is_idempotent_on_a_document(store, doc):
    before = texts.current(store, doc).text
    clean_document(store, doc, DEFAULT)
    assert texts.current(store, doc).text == before
