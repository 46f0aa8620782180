"""The editor arranges issues: metadata, moving documents, merging issues."""
import pytest

from editor.core.errors import ConflictError, InputError
from editor.core.model import IssueMeta
from editor.ops import issues
from editor.ops.importing import import_bytes
from tests.ops.import_files import text

A = IssueMeta("赣鄱工人有力量", "第11期", "2020-03-15")
B = IssueMeta("赣鄱工人有力量", "第12期", None, "A06", (("责编", "汪自力"),))


def _doc(store, key, meta):
    r = import_bytes(store, text(key).encode(), f"{key}.txt", None, None, meta=meta)
    return r.document_ids[0], r.issue_id


def test_metadata_is_saved(store):
    _, issue = _doc(store, "000", A)
    meta = IssueMeta("工人日报", "第 3 期", "2020-02-24", "A06", (("责编", "汪自力"), ("版式", "邹琦")))
    issues.update_meta(store, issue, meta)
    assert store.issues.get(issue).meta == meta


def test_blank_fields_are_saved_as_unknown(store):
    _, issue = _doc(store, "000", A)
    saved = issues.update_meta(store, issue, IssueMeta(" ", "", None, "  ", (("责编", " "),))).value
    assert saved == IssueMeta() and store.issues.get(issue).meta == IssueMeta()


def test_a_date_that_is_not_iso_is_refused(store):
    _, issue = _doc(store, "000", A)
    with pytest.raises(InputError, match="'2020-02-30' is not a date"):
        issues.update_meta(store, issue, IssueMeta(date="2020-02-30"))
    assert store.issues.get(issue).meta == A


def test_move_puts_the_document_at_the_end_of_the_other_issue(store):
    doc_a, issue_a = _doc(store, "000", A)
    _doc(store, "001", A)
    doc_b, issue_b = _doc(store, "002", B)
    issues.move_document(store, doc_a, issue_b)
    assert [d.id for d in store.documents.in_issue(issue_b)] == [doc_b, doc_a]


def test_move_drops_the_issue_it_empties(store):
    doc_a, issue_a = _doc(store, "000", A)
    _, issue_b = _doc(store, "002", B)
    issues.move_document(store, doc_a, issue_b)
    with pytest.raises(KeyError):
        store.issues.get(issue_a)


def test_move_to_a_new_issue(store):
    doc_a, issue_a = _doc(store, "000", A)
    _doc(store, "001", A)
    new = issues.move_to_new_issue(store, doc_a, IssueMeta("工人日报")).value
    assert store.documents.get(doc_a).issue_id == new != issue_a
    assert store.issues.get(new).meta.publication == "工人日报"


def test_merge_moves_every_document_and_drops_the_other_issue(store):
    doc_a, issue_a = _doc(store, "000", A)
    doc_b, issue_b = _doc(store, "002", B)
    doc_c, _ = _doc(store, "003", B)
    issues.merge_issues(store, issue_a, issue_b)
    assert [d.id for d in store.documents.in_issue(issue_a)] == [doc_a, doc_b, doc_c]
    assert store.counts()["issues"] == 1


def test_merge_keeps_the_metadata_and_fills_what_it_lacks(store):
    _, issue_a = _doc(store, "000", A)
    _, issue_b = _doc(store, "002", B)
    issues.merge_issues(store, issue_a, issue_b)
    meta = store.issues.get(issue_a).meta
    assert (meta.issue_label, meta.date, meta.page, meta.editors) == ("第11期", "2020-03-15", "A06", B.editors)


def test_an_issue_cannot_be_merged_with_itself(store):
    _, issue_a = _doc(store, "000", A)
    with pytest.raises(ConflictError):
        issues.merge_issues(store, issue_a, issue_a)


def test_summaries_count_documents(store):
    _doc(store, "000", A)
    _doc(store, "001", A)
    _doc(store, "002", B)
    assert sorted((s.meta.issue_label, s.documents) for s in issues.summaries(store)) == [("第11期", 2), ("第12期", 1)]


@pytest.mark.parametrize("typed, iso", [
    ("2020-03-15", "2020-03-15"), ("2020 年 3 月 15 日", "2020-03-15"), ("2020.2.24", "2020-02-24"),
    ("二〇二〇年三月十五日", "2020-03-15"), ("  ", None),
])
def test_typed_dates_are_read_as_iso(typed, iso):
    assert issues.parse_date(typed) == iso


def test_a_month_and_day_take_the_given_year():
    assert issues.parse_date("3月14日", 2020) == "2020-03-14"


@pytest.mark.parametrize("typed", ["3月14日", "2020-02-30", "next tuesday"])
def test_what_is_no_date_is_refused(typed):
    with pytest.raises(InputError, match="is not a date"):
        issues.parse_date(typed)
