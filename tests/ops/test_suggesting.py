import pytest

from editor.core.errors import ConflictError
from editor.core.model import Span, SpanStatus
from editor.core.progress import Cancelled
from editor.core.text.edits import Edit
from editor.ops import texts
from editor.ops.importing import import_bytes
from editor.ops.suggesting import accept, accept_all, reject, reject_all, suggest_document
from editor.ops.training import needs_training, train_suggester

TEXT = "𠀀3月10日，省总工会主席龚建华深入江西公司慰问，捐款83万元。龚建华看望职工。"


def _doc(store, text=TEXT):
    return import_bytes(store, text.encode(), "a.txt", None, profile=None).document_ids[0]


def _waiting(store, doc):
    return {(s.quote, s.label): s for _, s in store.spans.for_document(doc, [str(SpanStatus.PROPOSED)])}


def test_suggestions_are_stored_as_proposed_spans_with_their_origin(store):
    doc = _doc(store)
    result = suggest_document(store, doc)
    waiting = _waiting(store, doc)
    assert result.spans == {doc} and len(result.value.spans) == len(store.spans.for_document(doc))
    money = waiting[("83万元", "MONEY")]
    assert money.origin == "suggest:patterns" and TEXT[money.start:money.end] == "83万元"
    assert waiting[("龚建华", "PER")].origin == "suggest:lexical"


def test_suggesting_again_replaces_the_waiting_ones_and_keeps_decisions(store):
    doc = _doc(store)
    suggest_document(store, doc)
    accept(store, [_waiting(store, doc)[("83万元", "MONEY")].id])
    suggest_document(store, doc)
    assert ("83万元", "MONEY") not in _waiting(store, doc)
    assert store.spans.count(doc, "accepted") == 1
    assert store.documents.get(doc).status == "annotated"


def test_a_rejected_suggestion_is_not_proposed_again_in_its_context(store):
    doc = _doc(store)
    suggest_document(store, doc)
    first = min((s for _, s in store.spans.for_document(doc) if s.quote == "龚建华"), key=lambda s: s.start)
    reject(store, [first.id])
    suggest_document(store, doc)
    again = [s for _, s in store.spans.for_document(doc, [str(SpanStatus.PROPOSED)]) if s.quote == "龚建华"]
    assert [s.start for s in again] == [TEXT.rindex("龚建华")]  # the other occurrence stays


def test_rejections_hold_after_edits_before_the_span(store):
    doc = _doc(store)
    suggest_document(store, doc)
    reject_all(store, doc, "MONEY")
    texts.append(store, doc, [Edit(0, 0, "本报讯 ")], "user")
    suggest_document(store, doc)
    assert ("83万元", "MONEY") not in _waiting(store, doc)


def test_accept_all_of_a_label(store):
    doc = _doc(store)
    suggest_document(store, doc)
    result = accept_all(store, doc, "PER")
    accepted = [s for _, s in store.spans.for_document(doc, ["accepted"])]
    assert {s.label for s in accepted} == {"PER"} and len(accepted) == len(result.value.spans) == 2
    assert result.statuses == {doc: "annotated"}
    with pytest.raises(ConflictError, match="is accepted"):
        reject(store, [accepted[0].id])


def test_training_on_accepted_spans_adds_the_learned_suggester(store):
    doc = _doc(store)
    assert not needs_training(store)
    with pytest.raises(ConflictError, match="no accepted spans"):
        train_suggester(store)
    taught = _doc(store, "赣州的职工。赣州的干部。赣州的企业。")
    store.spans.add(taught, store.documents.get(taught).decoding_id, 0,
                    [Span(i, i + 2, "LOC", "赣州") for i in (0, 6, 12)])
    assert needs_training(store)
    trained = train_suggester(store)
    assert trained.labels == ("LOC",) and trained.spans == 3 and trained.sentences == 3 and trained.lexical
    assert not needs_training(store)
    suggest_document(store, doc)
    other = _doc(store, "赣州的农民。")
    suggest_document(store, other)
    assert [(s.quote, s.origin) for _, s in store.spans.for_document(other)] == [("赣州", "suggest:learned")]


class _Cancel:
    def report(self, done, total, message=""):
        pass

    def cancelled(self):
        return True


def test_a_cancelled_training_keeps_the_previous_model(store):
    doc = _doc(store)
    store.spans.add(doc, store.documents.get(doc).decoding_id, 0, [Span(1, 6, "DATE", "3月10日")])
    with pytest.raises(Cancelled):
        train_suggester(store, _Cancel())
    assert store.suggestions.model("learned") is None
