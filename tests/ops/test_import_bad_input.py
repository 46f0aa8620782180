"""Bad input: each file gets one clear message naming it and the problem; the batch goes on."""
import os
import random

import pytest

from editor.ops.importing import import_paths
from tests.ops.import_files import broken_docx, text, write

_RNG = random.Random(7)

BAD = {
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b"  \n\r\n\t\n", "has no text"),
    "nul.txt": (b"abc\x00\x00\x00def" * 50, "binary data (NUL bytes)"),
    "scan.txt": (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
    "issue.pdf": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj" + bytes(50), "PDF is not supported"),
    "noise.txt": (bytes(_RNG.randrange(128, 256) for _ in range(3000)), "do not read as text"),
    "markup.html": (b"<html><head><title>x</title></head><body><script>1</script></body></html>", "has no text"),
    "archive.docx": (b"PK\x03\x04" + bytes(60), "a ZIP archive"),
    "broken.docx": (broken_docx(), "not a readable .docx file"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_fails_with_a_message_naming_it(store, tmp_path, name):
    data, words = BAD[name]
    path = write(tmp_path / "in", name, data)
    (r,) = import_paths(store, [path], None).results
    assert r.status == "failed" and words in r.message
    assert r.line().startswith(str(path)) and "\n" not in r.line()


def test_missing_path_fails(store, tmp_path):
    (r,) = import_paths(store, [tmp_path / "nope.txt"], None).results
    assert (r.status, r.message) == ("failed", "no such file or folder")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_fails(store, tmp_path):
    path = write(tmp_path / "in", "locked.txt", text("000").encode())
    path.chmod(0)
    (r,) = import_paths(store, [path], None).results
    assert (r.status, r.message) == ("failed", "cannot be read (permission denied)")


def test_failed_files_store_nothing(store, tmp_path):
    paths = [write(tmp_path / "in", name, data) for name, (data, _) in BAD.items()]
    import_paths(store, paths, None)
    assert store.counts()["documents"] == 0 and store.sources.find(BAD["nul.txt"][0]) is None


def test_the_batch_goes_on_after_failures(store, tmp_path):
    for name, (data, _) in BAD.items():
        write(tmp_path / "in", name, data)
    write(tmp_path / "in", "zz_good.txt", text("000").encode("gbk"))
    report = import_paths(store, [tmp_path / "in"], None)
    assert report.results[-1].status == "imported" and report.failed
    assert report.counts() == {"imported": 1, "duplicate": 0, "skipped": 1, "failed": len(BAD) - 1}


def test_other_file_types_in_a_folder_are_skipped_not_failed(store, tmp_path):
    write(tmp_path / "in", "scan.jpg", b"\xff\xd8\xff\xe0" + bytes(20))
    write(tmp_path / "in", "a.txt", text("004").encode())
    report = import_paths(store, [tmp_path / "in"], None)
    assert [(r.status, r.message) for r in report.results] == [
        ("imported", ""), ("skipped", "not a supported file type (.jpg)")]
    assert not report.failed


def test_hidden_files_and_folders_are_passed_over(store, tmp_path):
    write(tmp_path / "in", ".hidden.txt", text("000").encode())
    write(tmp_path / "in", ".git/x.txt", text("001").encode())
    write(tmp_path / "in", "seen.txt", text("002").encode())
    report = import_paths(store, [tmp_path / "in"], None)
    assert [r.path for r in report.results] == [str(tmp_path / "in" / "seen.txt")]


def test_an_unsupported_file_given_by_name_fails(store, tmp_path):
    path = write(tmp_path / "in", "table.csv", "名称,数量\n".encode())
    (r,) = import_paths(store, [path], None).results
    assert (r.status, r.message) == ("failed", "not a supported file type (.csv)")
