"""A batch: one transaction per file, duplicates by bytes, cancel and crash leave whole files."""
import pytest

from editor.ops.importing import import_bytes, import_paths
from tests.ops.import_files import text, write

KEYS = ("000", "001", "002", "003", "004")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    for i, key in enumerate(KEYS):
        write(folder, f"{i}.txt", text(key, 20).encode("utf-8"))
    return folder


class CancelAfter:
    """A user who presses Cancel once ``k`` files are done."""

    def __init__(self, k):
        self.k = k
        self.done = 0

    def report(self, done, total, message=""):
        self.done = done

    def cancelled(self):
        return self.done >= self.k


def _complete(store, document_id):
    doc = store.documents.get(document_id)
    return (store.sources.data(doc.source_id) and store.sources.decoding(doc.decoding_id).decoded.text
            and store.issues.get(doc.issue_id))


def test_the_same_bytes_again_are_a_duplicate(store, folder):
    import_paths(store, [folder], None)
    again = import_paths(store, [folder], None)
    assert [r.status for r in again.results] == ["duplicate"] * len(KEYS)
    assert store.counts()["documents"] == len(KEYS)


def test_a_duplicate_names_what_it_duplicates(store, folder):
    first = import_paths(store, [folder / "0.txt"], None).results[0]
    write(folder, "copy.txt", (folder / "0.txt").read_bytes())
    (dup,) = import_paths(store, [folder / "copy.txt"], None).results
    assert str(folder / "0.txt") in dup.message and dup.document_ids == first.document_ids


def test_duplicates_within_one_batch_are_stored_once(store, folder):
    write(folder, "zz_copy.txt", (folder / "2.txt").read_bytes())
    report = import_paths(store, [folder], None)
    assert [r.status for r in report.results][-1] == "duplicate"
    assert store.counts()["documents"] == len(KEYS)


def test_the_same_text_in_another_encoding_is_not_a_duplicate(store, folder):
    write(folder, "gbk.txt", text("000", 20).encode("gbk"))
    report = import_paths(store, [folder], None)
    assert report.counts()["imported"] == len(KEYS) + 1


@pytest.mark.parametrize("k", [0, 2, 4])
def test_cancel_after_k_files_leaves_exactly_k_whole_documents(store, folder, k):
    report = import_paths(store, [folder], None, CancelAfter(k))
    assert report.cancelled and len(report.results) == k
    docs = store.documents.all()
    assert len(docs) == k and all(_complete(store, d.id) for d in docs)
    assert "cancelled after" in report.summary()


def test_a_crash_inside_a_file_transaction_leaves_no_partial_rows(store, folder):
    # the store refuses the third document after its source and decoding rows went in
    store.db.conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON document WHEN NEW.name = '2' "
                          "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    report = import_paths(store, [folder], None)
    failed = report.by_status("failed")
    assert [r.path for r in failed] == [str(folder / "2.txt")] and "disk on fire" in failed[0].message
    assert store.counts()["documents"] == len(KEYS) - 1
    counts = store.db.conn.execute("SELECT (SELECT count(*) FROM source), (SELECT count(*) FROM decoding)").fetchone()
    assert counts == (len(KEYS) - 1, len(KEYS) - 1)
    assert store.sources.find(failed[0].sha256) is None


def test_a_crash_leaves_no_orphan_issue(store, folder):
    store.db.conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON document "
                          "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    import_paths(store, [folder], None)
    assert store.counts()["issues"] == 0


def test_the_report_lists_every_file_in_order(store, folder):
    report = import_paths(store, [folder], None)
    assert [r.path for r in report.results] == [str(folder / f"{i}.txt") for i in range(len(KEYS))]
    assert report.summary() == "5 imported, 0 duplicates, 0 skipped, 0 failed"


def test_cleanup_runs_with_the_profile(store, folder):
    from editor.core.cleanup.profiles import DEFAULT
    (r,) = import_paths(store, [folder / "0.txt"], DEFAULT).results
    runs = store.db.conn.execute("SELECT count(*) FROM clean_run WHERE document_id = ?", r.document_ids).fetchone()
    assert runs == (1,)


def test_import_bytes_reports_the_name_when_there_is_no_path(store):
    r = import_bytes(store, b"", "clip.txt", None, None)
    assert r.line() == "clip.txt: the file is empty"
