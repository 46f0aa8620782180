import pytest

from editor.core.text.edits import Edit
from editor.core.errors import InputError
from editor.core.model import Article, Block, Decoded, IssueMeta, Span, SpanStatus, Structure
from editor.core.layout.segment import segment
from editor.export import BY_NAME, FORMATS
from editor.ops import texts
from editor.ops.exporting import EXISTS, export_issues, formats_named, issue_stems, issue_view
from editor.ops.importing import import_bytes
from tests.export.issues import render

ASTRAL = "\U00020000"
MD, DOCCANO = BY_NAME["md"], BY_NAME["doccano"]


def _doc(store, text):
    result = import_bytes(store, text.encode(), "a.txt", None, profile=None)
    return result.document_ids[0]


def _issue_of(store, doc_id):
    return store.documents.get(doc_id).issue_id


class CancelAfter:
    """A user who presses Cancel once ``files`` files have started."""

    def __init__(self, files: int):
        self.files = files
        self.reports = []

    def report(self, done, total, message=""):
        self.reports.append((done, total))

    def cancelled(self):
        return len(self.reports) >= self.files


def test_issue_view_holds_each_documents_current_text(seeded):
    doc_id = seeded.documents.in_issue(3)[0].id
    texts.append(seeded, doc_id, [Edit(0, 0, "【更正】")], "user")
    view = issue_view(seeded, 3)
    assert [d.id for d in view.documents] == [doc_id]
    assert view.documents[0].text == texts.current(seeded, doc_id).text
    assert view.documents[0].text.startswith("【更正】")


def test_without_stored_structure_the_current_text_is_segmented(store):
    text = "龚建华深入调研\n\n全省工会系统开展慰问活动，向一线职工送去温暖。\n  \n本报讯"
    doc_id = _doc(store, text)
    doc = issue_view(store, _issue_of(store, doc_id)).documents[0]
    assert doc.structure == segment(text) and doc.structure.articles


def _store_structure(store, doc_id):
    cur = texts.current(store, doc_id)
    revision = store.log.revision(texts.snapshot(store, doc_id), cur.decoding_id)
    title_end = cur.text.index("\n")
    structure = Structure((Article(title=Block("title", 0, title_end),
                                   body=(Block("paragraph", title_end + 1, len(cur.text)),)),))
    store.articles.replace(doc_id, revision.id, cur.text, structure)
    return structure


def test_the_stored_structure_is_used_while_its_revision_is_current(store):
    doc_id = _doc(store, "龚建华深入调研\n全省工会系统开展慰问")
    structure = _store_structure(store, doc_id)
    assert issue_view(store, _issue_of(store, doc_id)).documents[0].structure == structure


def test_the_stored_structure_follows_the_editors_edits(store):
    doc_id = _doc(store, "龚建华深入调研\n全省工会系统开展慰问")
    _store_structure(store, doc_id)
    texts.append(store, doc_id, [Edit(0, 3, "省总工会主席龚建华")], "user")
    doc = issue_view(store, _issue_of(store, doc_id)).documents[0]
    (article,) = doc.structure.articles
    assert article.title.text(doc.text) == "省总工会主席龚建华深入调研"
    assert [b.text(doc.text) for b in article.body] == ["全省工会系统开展慰问"]


def test_a_structure_of_another_decoding_is_not_used(store):
    doc_id = _doc(store, "龚建华深入调研\n全省工会系统开展慰问")
    _store_structure(store, doc_id)
    row = store.documents.get(doc_id)
    redecoded = store.sources.add_decoding(row.source_id, Decoded("龚建华深入调研", "gbk", 0.9), origin="user")
    store.documents.set_decoding(doc_id, redecoded)
    doc = issue_view(store, row.issue_id).documents[0]
    assert doc.text == "龚建华深入调研" and doc.structure == segment(doc.text)


def test_only_accepted_spans_on_the_current_text_are_exported(store):
    doc_id = _doc(store, ASTRAL + "龚建华在南昌调研")
    decoding = store.documents.get(doc_id).decoding_id
    store.spans.add(doc_id, decoding, 0, [Span(1, 4, "PER", "龚建华"),
                                          Span(5, 7, "LOC", "南昌", status=SpanStatus.PROPOSED)])
    doc = issue_view(store, _issue_of(store, doc_id)).documents[0]
    assert [(s.start, s.end, s.label) for s in doc.spans] == [(1, 4, "PER")]
    assert doc.text[1:4] == "龚建华"  # code points: 𠀀 counts one


def test_spans_follow_edits_into_the_view(store):
    doc_id = _doc(store, ASTRAL + "龚建华在南昌调研")
    store.spans.add(doc_id, store.documents.get(doc_id).decoding_id, 0, [Span(5, 7, "LOC", "南昌")])
    texts.append(store, doc_id, [Edit(0, 1, "江西省总工会主席")], "user")
    doc = issue_view(store, _issue_of(store, doc_id)).documents[0]
    (span,) = doc.spans
    assert doc.text[span.start:span.end] == "南昌"


def test_spans_of_an_earlier_decoding_are_left_out(store):
    doc_id = _doc(store, "龚建华在南昌调研")
    row = store.documents.get(doc_id)
    store.spans.add(doc_id, row.decoding_id, 0, [Span(0, 3, "PER", "龚建华")])
    redecoded = store.sources.add_decoding(row.source_id, Decoded("龔建華在南昌調研", "big5", 0.9), origin="user")
    store.documents.set_decoding(doc_id, redecoded)
    assert issue_view(store, row.issue_id).documents[0].spans == ()


def test_an_unknown_issue_is_named(seeded):
    with pytest.raises(InputError, match="issue 99: is not in the store"):
        issue_view(seeded, 99)
    with pytest.raises(InputError, match="issue 99"):
        export_issues(seeded, [1, 99], [MD], seeded.path.parent / "out")


def test_formats_by_name_or_all():
    assert formats_named("md, doccano,md") == (MD, DOCCANO)
    assert formats_named("all") == FORMATS
    with pytest.raises(InputError, match="'mdx': is unknown; choose from md, txt"):
        formats_named("md,mdx")


def _ids(store):
    return [row.id for row in store.issues.all()]


def _last(store):
    return _ids(store)[-1]


def test_every_issue_in_every_format(seeded, tmp_path):
    stems = issue_stems(seeded)
    report = export_issues(seeded, _ids(seeded), FORMATS, tmp_path / "out")
    assert report.complete and len(report.by_status("written")) == len(stems) * len(FORMATS)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        f"{stem}.{f.extension}" for stem in stems.values() for f in FORMATS)


def test_a_file_holds_what_the_writer_makes_of_the_issue_view(seeded, tmp_path):
    last = _last(seeded)
    export_issues(seeded, [last], [MD], tmp_path)
    assert (tmp_path / f"{issue_stems(seeded)[last]}.md").read_bytes() == render("md", issue_view(seeded, last))


def test_file_names_come_from_the_issue_metadata(seeded, tmp_path):
    seeded.issues.update(_last(seeded), IssueMeta("江西工人报", "第11期", "2020-03-15"))
    export_issues(seeded, [_last(seeded)], [MD], tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["江西工人报_第11期_2020-03-15.md"]


def test_issues_with_the_same_name_are_kept_apart_by_their_id(seeded):
    for issue_id in (1, 2):
        seeded.issues.update(issue_id, IssueMeta("江西工人报", "第11期", "2020-03-15"))
    seeded.issues.update(3, IssueMeta("江西工人报", "第12期", "2020-03-22"))
    stems = issue_stems(seeded)
    assert stems[1] == "江西工人报_第11期_2020-03-15_issue-1"
    assert stems[2] == "江西工人报_第11期_2020-03-15_issue-2"
    assert stems[3] == "江西工人报_第12期_2020-03-22"


def test_names_differing_only_in_case_are_kept_apart(seeded):
    seeded.issues.update(1, IssueMeta("Workers Daily", "No. 11"))
    seeded.issues.update(2, IssueMeta("WORKERS DAILY", "no. 11"))
    stems = issue_stems(seeded)
    assert stems[1].endswith("_issue-1") and stems[2].endswith("_issue-2")


def test_existing_files_are_skipped_and_kept_without_force(seeded, tmp_path):
    stem = issue_stems(seeded)[1]
    (tmp_path / f"{stem}.md").write_text("old")
    report = export_issues(seeded, [1], [MD, DOCCANO], tmp_path)
    assert [(r.path.name, r.status, r.message) for r in report.results] == [
        (f"{stem}.md", "skipped", EXISTS), (f"{stem}.jsonl", "written", "")]
    assert (tmp_path / f"{stem}.md").read_text() == "old"


def test_force_overwrites_existing_files(seeded, tmp_path):
    stem = issue_stems(seeded)[1]
    (tmp_path / f"{stem}.md").write_text("old")
    report = export_issues(seeded, [1], [MD], tmp_path, force=True)
    assert report.complete
    assert (tmp_path / f"{stem}.md").read_bytes() == render("md", issue_view(seeded, 1))


def test_progress_is_reported_per_file(seeded, tmp_path):
    progress = CancelAfter(files=99)
    export_issues(seeded, [1, 2], [MD, DOCCANO], tmp_path, progress=progress)
    assert progress.reports == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_stops_between_files_and_leaves_only_whole_files(seeded, tmp_path):
    report = export_issues(seeded, [1, 2, 3], [MD, BY_NAME["docx"]], tmp_path / "cut", progress=CancelAfter(3))
    export_issues(seeded, [1, 2, 3], [MD, BY_NAME["docx"]], tmp_path / "whole")
    stems = issue_stems(seeded)
    written = sorted(p.name for p in (tmp_path / "cut").iterdir())
    assert report.cancelled and written == sorted([f"{stems[1]}.md", f"{stems[1]}.docx", f"{stems[2]}.md"])
    assert [r.message for r in report.by_status("skipped")] == ["cancelled"] * 3
    for name in written:
        assert (tmp_path / "cut" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()


def test_a_file_that_cannot_be_made_is_reported_and_the_others_are_written(store, tmp_path):
    doc_id = _doc(store, "龚建华在南昌调研")
    store.spans.add(doc_id, store.documents.get(doc_id).decoding_id, 0, [Span(5, 40, "LOC", "南昌调研……")])
    report = export_issues(store, [_issue_of(store, doc_id)], [DOCCANO, MD], tmp_path / "out")
    (failed,) = report.by_status("failed")
    assert failed.format == "doccano" and "does not fit the text" in failed.message
    assert [p.name for p in (tmp_path / "out").iterdir()] == [f"issue-{_issue_of(store, doc_id)}.md"]


def test_an_issue_without_documents_is_skipped(store, tmp_path):
    empty = store.issues.add(IssueMeta(publication="江西工人报"))
    report = export_issues(store, [empty], [MD], tmp_path / "out")
    assert [(r.status, r.message) for r in report.results] == [("skipped", "the issue has no documents")]
    assert list((tmp_path / "out").iterdir()) == []


def test_the_folder_is_created(seeded, tmp_path):
    export_issues(seeded, [1], [BY_NAME["txt"]], tmp_path / "a" / "b")
    (path,) = (tmp_path / "a" / "b").iterdir()
    assert path.name == f"{issue_stems(seeded)[1]}.txt"
    assert path.read_bytes() == render("txt", issue_view(seeded, 1))



def test_an_imported_datasets_ids_and_suggestions_reach_the_view_and_notes_the_report(store, tmp_path):
    import json

    from editor.ops.suggesting import suggest_document

    lines = [{"id": "pd98-dev-00006", "text": "江西省总工会在南昌", "entities": [[0, 6, "ORG"], [0, 3, "LOC"]]},
             {"id": 12, "text": "龚建华捐款83万元", "entities": []}]
    data = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines).encode()
    result = import_bytes(store, data, "dev.jsonl", None, profile=None)
    suggest_document(store, result.document_ids[1])
    issue_id = store.documents.get(result.document_ids[0]).issue_id
    view = issue_view(store, issue_id)
    assert [d.dataset_id for d in view.documents] == ["pd98-dev-00006", 12]
    assert ("83万元", "MONEY") in {(s.quote, s.label) for s in view.documents[1].suggestions}
    report = export_issues(store, [issue_id], formats_named("doccano,conll"), tmp_path)
    doccano, conll = report.results
    assert [json.loads(l)["id"] for l in doccano.path.read_text(encoding="utf-8").splitlines()] == \
        ["pd98-dev-00006", 12]
    assert doccano.notes == () and conll.notes[0].startswith("1 spans not written (1 LOC)")
