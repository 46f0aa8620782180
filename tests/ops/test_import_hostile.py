"""Hostile input in a batch: every failure on its own line naming the file, the batch goes on,
nothing half-stored."""
import json
import os
import socket

import pytest

from editor.cli import main
from editor.ops.importing import import_paths

GOOD = "龚建华深入在昌产业开展慰问调研\n".encode()


def _batch(store, tmp_path, bad_name, bad_data=None, make=None):
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    bad = folder / bad_name if isinstance(bad_name, str) else folder / os.fsdecode(bad_name)
    if make:
        make(bad)
    else:
        bad.write_bytes(bad_data)
    good = folder / "zz_good.txt"
    good.write_bytes(GOOD)
    report = import_paths(store, [bad, good], None)
    return report.results


def _failed_then_good(results, *words):
    bad, good = results
    assert bad.status == "failed", bad
    for w in words:
        assert w in bad.message, bad.message
    assert "\n" not in bad.line()
    assert good.status == "imported"
    return bad


@pytest.mark.parametrize("line, words", [
    ('{"text": "数字", "id": ' + "9" * 5000 + "}", ("line 1", "cannot be read")),
    ('{"text": "孤立\\ud800代理"}', ("line 1", "lone surrogate", "\\ud800")),
    ('{"text": "嵌套", "meta": ' + "[" * 100000 + "]" * 100000 + "}", ("line 1", "nested too deeply")),
    ('{"text": "嵌套", "label": [[0, 1, "PER"]]}\n{"text": "坏", "x": "\\udc80"}', ("line 2", "lone surrogate")),
])
def test_bad_jsonl(store, tmp_path, line, words):
    _failed_then_good(_batch(store, tmp_path, "data.jsonl", line.encode()), *words)
    assert store.counts()["documents"] == 1  # the good file only: no half of the JSONL


def test_deeply_nested_first_line_of_a_txt_file_is_plain_text(store, tmp_path):
    results = _batch(store, tmp_path, "odd.txt", ("[" * 100000 + "\n正文内容").encode())
    assert [r.status for r in results] == ["imported", "imported"]


def test_symlink_loop(store, tmp_path):
    bad = _failed_then_good(_batch(store, tmp_path, "loop.txt", make=lambda p: os.symlink(p.name, p)),
                            "symbolic link loop")
    assert bad.path.endswith("loop.txt")


def test_symlink_loop_inside_a_folder(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    os.symlink("a.txt", folder / "b.txt")
    os.symlink("b.txt", folder / "a.txt")
    (folder / "c.txt").write_bytes(GOOD)
    results = import_paths(store, [folder], None).results
    assert [r.status for r in results] == ["failed", "failed", "imported"]
    assert all("symbolic link loop" in r.message for r in results[:2])


def test_fifo_as_input_is_refused_at_once(store, tmp_path):
    bad = _failed_then_good(_batch(store, tmp_path, "pipe.txt", make=os.mkfifo), "named pipe")
    assert bad.status == "failed" and bad.path.endswith("pipe.txt")


def test_socket_and_device_as_input(store, tmp_path):
    sock = socket.socket(socket.AF_UNIX)
    try:
        _failed_then_good(_batch(store, tmp_path, "s.txt", make=lambda p: sock.bind(str(p))), "socket")
    finally:
        sock.close()
    (r,) = import_paths(store, ["/dev/zero"], None).results
    assert r.status == "failed" and "character device" in r.message


def test_non_utf8_name_is_imported_shown_escaped_and_stored_decodable(store, tmp_path):
    name = b"\xb9\xa4\xbb\xe1.txt"  # 工会 in GBK: not UTF-8
    results = _batch(store, tmp_path, name, GOOD + b"x")
    assert [r.status for r in results] == ["imported", "imported"]
    assert "\\xb9\\xa4\\xbb\\xe1.txt" in results[0].path
    (doc,) = [d for d in store.documents.all() if d.id == results[0].document_ids[0]]
    assert doc.name == "\\xb9\\xa4\\xbb\\xe1"
    doc.name.encode("utf-8")  # no lone surrogate stored


def test_control_characters_and_newlines_in_names_are_made_visible(store, tmp_path):
    results = _batch(store, tmp_path, "evil\n\x1b[31mred.txt", GOOD + b"y")
    assert results[0].status == "imported"
    assert "\n" not in results[0].line() and "\x1b" not in results[0].line()
    assert "evil\\n\\x1b[31mred.txt" in results[0].path
    names = [d.name for d in store.documents.all()]
    assert "evil\\n\\x1b[31mred" in names


def test_cli_report_of_a_non_utf8_name_prints(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"\xff\xfe.txt")).write_bytes(GOOD)
    assert main(["import", str(folder), "--db", str(tmp_path / "s.db"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["results"][0]["path"].endswith("\\xff\\xfe.txt")


def test_decode_json_of_a_non_utf8_name(tmp_path, capsys):
    path = tmp_path / os.fsdecode(b"\xb9\xa4.txt")
    path.write_bytes(GOOD)
    assert main(["decode", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["path"].endswith("\\xb9\\xa4.txt")


def test_decode_refuses_a_fifo(tmp_path, capsys):
    path = tmp_path / "p.txt"
    os.mkfifo(path)
    assert main(["decode", str(path)]) == 2
    assert "named pipe" in capsys.readouterr().err


def test_file_over_the_size_limit_is_refused_naming_the_limit(store, tmp_path):
    from editor.core import input_files

    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    with open(big, "wb") as fh:
        fh.truncate(input_files.MAX_BYTES + 1)  # sparse: costs no disk
    (r,) = import_paths(store, [big], None).results
    assert r.status == "failed" and f"{input_files.MAX_MB} MB limit" in r.message
