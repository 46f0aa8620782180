"""jiaokan import: a line per file, a summary, failures with reasons, the exit status."""
import json

import pytest

from editor.cli import main
from tests.ops.import_files import text, write


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a.txt", text("000").encode("gbk"))
    write(folder, "b.txt", text("004").encode("utf-8"))
    write(folder, "scan.jpg", b"\xff\xd8\xff\xe0" + bytes(20))
    return folder


def _run(capsys, *args):
    code = main(["import", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_each_imported_file_shows_encoding_confidence_and_document(tmp_path, folder, capsys):
    code, out, _ = _run(capsys, folder, "--db", tmp_path / "s.db", "--no-clean")
    first = out.splitlines()[0]
    assert first.startswith(f"imported   {folder / 'a.txt'} (gb2312 ") and "-> document 1, issue " in first


def test_skipped_files_are_listed_and_do_not_fail(tmp_path, folder, capsys):
    code, out, _ = _run(capsys, folder, "--db", tmp_path / "s.db", "--no-clean")
    assert code == 0
    assert f"skipped    {folder / 'scan.jpg'}: not a supported file type (.jpg)" in out.splitlines()


def test_duplicates_are_listed_and_do_not_fail(tmp_path, folder, capsys):
    _run(capsys, folder, "--db", tmp_path / "s.db", "--no-clean")
    code, out, _ = _run(capsys, folder, "--db", tmp_path / "s.db", "--no-clean")
    assert code == 0 and out.count("duplicate  ") == 2 and "; document 1" in out


def test_summary_line_counts_every_outcome(tmp_path, folder, capsys):
    write(folder, "empty.txt", b"")
    code, out, _ = _run(capsys, folder, "--db", tmp_path / "s.db", "--no-clean")
    assert out.splitlines()[-1] == f"2 imported, 0 duplicates, 1 skipped, 1 failed ({tmp_path / 's.db'})"


def test_failures_exit_non_zero_and_are_summed_up_with_reasons(tmp_path, folder, capsys):
    write(folder, "empty.txt", b"")
    code, out, err = _run(capsys, folder, tmp_path / "gone.txt", "--db", tmp_path / "s.db", "--no-clean")
    assert code == 1
    assert err.splitlines() == ["failed:", f"  {folder / 'empty.txt'}: the file is empty",
                                f"  {tmp_path / 'gone.txt'}: no such file or folder"]


def test_json_has_every_field(tmp_path, folder, capsys):
    code, out, _ = _run(capsys, folder, "--db", tmp_path / "s.db", "--json")
    report = json.loads(out)
    assert report["counts"] == {"imported": 2, "duplicate": 0, "skipped": 1, "failed": 0}
    first = report["results"][0]
    assert set(first) == {"path", "status", "message", "kind", "size", "sha256", "encoding", "confidence",
                          "repairs", "warnings", "warning_count", "document_ids", "issue_id", "problems"}
    assert (first["kind"], first["encoding"], first["document_ids"]) == ("text", "gb2312", [1])


def test_json_exit_status_follows_failures(tmp_path, capsys):
    code, out, _ = _run(capsys, tmp_path / "gone.txt", "--db", tmp_path / "s.db", "--json")
    assert code == 1 and json.loads(out)["results"][0]["message"] == "no such file or folder"


def test_repairs_and_odd_characters_are_shown(tmp_path, capsys):
    path = write(tmp_path, "odd.txt", (text("000") + "\ue000私用区\x07").encode("utf-8"))
    code, out, _ = _run(capsys, path, "--db", tmp_path / "s.db", "--no-clean")
    assert "2 odd characters: private-use U+E000 at " in out
