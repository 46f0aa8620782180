"""Cleaning a stored document: its structure and page furniture land in the store."""
from collections import Counter
from dataclasses import replace

from editor.cli import main
from editor.core.text.edits import Edit
from editor.core.model import IssueMeta, Span
from editor.core.cleanup.profiles import DEFAULT
from editor.ops import changes as change_ops
from editor.ops import texts
from editor.ops.cleaning import clean_document
from editor.ops.exporting import issue_view
from editor.ops.importing import import_bytes
from tests.export.issues import render
from tests.paths import SAMPLES, sample


def _import(store, text, profile=DEFAULT):
    return import_bytes(store, text.encode("utf-8"), "a.txt", None, profile=profile).document_ids[0]


def _issue_with(store, prefix):
    for row in store.documents.all():
        if row.name.startswith(prefix):
            return row


def test_the_cleaned_structure_is_stored_with_the_current_revision(seeded):
    row = _issue_with(seeded, "004")
    revision_id, structure = seeded.articles.structure(row.id)
    latest = seeded.log.latest_revision(row.id, row.decoding_id)
    assert revision_id == latest.id and len(structure.articles) > 1
    assert all(a.title for a in structure.articles)


def test_the_txt_export_of_a_cleaned_sample_is_what_jiaokan_clean_writes(seeded, tmp_path, capsys):
    row = _issue_with(seeded, "004")
    (path,) = SAMPLES.glob("004_*.txt")
    assert main(["clean", str(path)]) == 0
    assert render("txt", issue_view(seeded, row.issue_id)).decode("utf-8") == capsys.readouterr().out


def test_page_furniture_moves_into_the_issue_metadata(store):
    doc_id = _import(store, sample("004"), profile=None)
    issue_id = store.documents.get(doc_id).issue_id
    store.issues.update(issue_id, IssueMeta())
    clean_document(store, doc_id, DEFAULT)
    meta = store.issues.get(issue_id).meta
    assert meta.page == "A06" and meta.date == "2020-02-24"
    assert ("责编", "汪自力") in meta.editors
    assert not any(line in texts.current(store, doc_id).text for line in meta.furniture)


def test_cleaning_clean_text_still_stores_a_structure(store):
    doc_id = _import(store, "工会送温暖\n全省工会开展慰问活动，职工表示感谢。", profile=None)
    summary = clean_document(store, doc_id, DEFAULT)
    revision_id, structure = store.articles.structure(doc_id)
    assert summary.accepted == 0 and revision_id is not None and structure.articles


def test_a_users_edit_keeps_the_articles(seeded):
    row = _issue_with(seeded, "004")
    before = issue_view(seeded, row.issue_id).documents[0]
    title = before.structure.articles[0].title
    texts.append(seeded, row.id, [Edit(title.start, title.start, "【头条】")], "user")
    after = issue_view(seeded, row.issue_id).documents[0]
    assert len(after.structure.articles) == len(before.structure.articles)
    assert after.structure.articles[0].title.text(after.text) == "【头条】" + title.text(before.text)


def test_accepted_names_are_protected_from_the_rules(store):
    doc_id = _import(store, "鄭志明正在全神貫注地對工藝裝備進行調試。柳州市總工會向全市各級工會發出動員令。", profile=None)
    decoding_id = store.documents.get(doc_id).decoding_id
    store.spans.add(doc_id, decoding_id, 0, [Span(0, 3, "PER", "鄭志明")])
    clean_document(store, doc_id, DEFAULT)
    text = texts.current(store, doc_id).text
    assert text.startswith("鄭志明正在全神贯注地对工艺装备进行调试。")
    (span,) = [s for _, s in store.spans.for_document(doc_id)]
    assert text[span.start:span.end] == "鄭志明"


def _statuses(store, doc_id):
    row = store.documents.get(doc_id)
    return Counter(c.status for c in store.changes.for_document(doc_id, row.decoding_id))


def _waiting(store, doc_id):
    """(rule, where it stands now, before, after) of every proposal waiting for a decision."""
    row = store.documents.get(doc_id)
    out = []
    for c in store.changes.for_document(doc_id, row.decoding_id, "proposed"):
        start, end, edited = change_ops.locate(store, c)
        assert not edited
        out.append((c.change.rule, start, end, c.change.before, c.change.after))
    return out


def test_cleaning_again_records_no_proposal_twice(seeded):
    row = _issue_with(seeded, "001")
    text = texts.current(seeded, row.id).text
    assert _statuses(seeded, row.id)["proposed"] > 0
    clean_document(seeded, row.id, DEFAULT)
    first = _waiting(seeded, row.id)
    summary = clean_document(seeded, row.id, DEFAULT)
    assert summary.proposed == 0 and _waiting(seeded, row.id) == first
    assert len(set(first)) == len(first)
    assert texts.current(seeded, row.id).text == text


def test_cleaning_again_does_not_redo_what_the_editor_reverted(seeded):
    row = _issue_with(seeded, "004")
    applied = [c for c in seeded.changes.for_document(row.id, row.decoding_id, "accepted")
               if c.change.rule == "spaces.cjk"]
    change_ops.revert(seeded, applied[0].id)
    reverted = texts.current(seeded, row.id).text
    clean_document(seeded, row.id, DEFAULT)
    assert texts.current(seeded, row.id).text == reverted
    assert seeded.changes.get(applied[0].id).status == "rejected"


def test_a_lower_threshold_applies_what_was_waiting(seeded):
    row = _issue_with(seeded, "001")
    waiting = _statuses(seeded, row.id)["proposed"]
    summary = clean_document(seeded, row.id, replace(DEFAULT, threshold=0.0))
    after = _statuses(seeded, row.id)
    assert summary.accepted > 0 and after["stale"] > 0 and after["proposed"] < waiting


def test_reverting_a_furniture_removal_takes_the_line_out_of_the_metadata(store):
    line = "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣"
    doc_id = _import(store, f"工会送温暖\n全省工会开展慰问活动，职工表示感谢。\n{line}\n各地工会走访困难职工。\n")
    row = store.documents.get(doc_id)
    (change,) = [c for c in store.changes.for_document(doc_id, row.decoding_id) if c.change.rule == "furniture"]
    assert store.issues.get(row.issue_id).meta.furniture == (line,)
    change_ops.revert(store, change.id)
    assert store.issues.get(row.issue_id).meta.furniture == ()
    assert line in texts.current(store, doc_id).text
    change_ops.accept(store, change.id)
    assert store.issues.get(row.issue_id).meta.furniture == (line,)


def test_a_removed_furniture_line_can_be_put_back_after_its_blank_lines_were_tidied(seeded):
    row = _issue_with(seeded, "004")
    removals = [c for c in seeded.changes.for_document(row.id, row.decoding_id, "accepted")
                if c.change.rule == "furniture"]
    assert removals
    for change in removals:
        change_ops.revert(seeded, change.id)
    text = texts.current(seeded, row.id).text
    assert all(c.change.before.strip() in text for c in removals)
    assert seeded.issues.get(row.issue_id).meta.furniture == ()
