"""`jiaokan clean` on .html, .htm and .docx cleans the visible text that import stores."""
import pytest

from editor.cli import main
from editor.core.decoding.extract import extract
from editor.core.cleanup import pipeline as clean
from editor.core.layout.reading import reading_text
from editor.core.layout.segment import segment
from editor.core.cleanup.hints import hints_from_run
from tests.ops.import_files import docx_bytes, html_bytes, lines, write


def _expected(name, data):
    run = clean.run(extract(name, data).text)
    return reading_text(run.text, segment(run.text, hints_from_run(run)))


@pytest.mark.parametrize("name, data", [
    ("page.html", html_bytes(lines("004", 8), "gb2312", "gbk")),
    ("page.htm", html_bytes(lines("000", 8), "utf-8", "utf-8")),
    ("notes.docx", docx_bytes(lines("001", 8))),
], ids=["html", "htm", "docx"])
def test_clean_reads_the_visible_text(tmp_path, capsys, name, data):
    path = write(tmp_path, name, data)
    assert main(["clean", str(path)]) == 0
    out = capsys.readouterr().out
    assert "<p>" not in out and "<html" not in out and "word/" not in out
    assert out == _expected(name, data)


def test_clean_json_names_the_kind_of_a_docx(tmp_path, capsys):
    path = write(tmp_path, "notes.docx", docx_bytes(lines("001", 4)))
    assert main(["clean", str(path), "--json"]) == 0
    assert '"encoding": "docx"' in capsys.readouterr().out


def test_an_unknown_profile_without_a_store_is_one_clear_message(tmp_path, capsys):
    path = write(tmp_path, "a.txt", "\n".join(lines("004", 4)).encode("utf-8"))
    assert main(["clean", str(path), "--profile", "mine"]) != 0
    assert "mine" in capsys.readouterr().err
