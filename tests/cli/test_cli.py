import json
import subprocess
import sys

import pytest

from editor import __version__
from editor.cli import build_parser, main


def jiaokan(*args, timeout=180):
    return subprocess.run([sys.executable, "-m", "editor", *args], capture_output=True, text=True, timeout=timeout)


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0 and __version__ in capsys.readouterr().out


def test_every_subcommand_has_help(capsys):
    parser = build_parser()
    names = [a for a in parser._subparsers._group_actions[0].choices]
    assert {"gui", "import", "screenshot"} <= set(names)
    for name in names:
        with pytest.raises(SystemExit) as info:
            main([name, "--help"])
        assert info.value.code == 0
        assert "usage: jiaokan" in capsys.readouterr().out


def test_python_dash_m_is_the_same_program():
    proc = jiaokan("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"jiaokan {__version__}"


def _text_file(folder):
    path = folder / "t.db"
    path.write_text("hello")
    return path


@pytest.mark.parametrize("make_bad, words", [
    (lambda p: p / "missing" / "x.db", "does not exist"),
    (_text_file, "not an SQLite database"),
])
def test_bad_db_gets_one_clear_line(tmp_path, make_bad, words, capsys):
    bad = make_bad(tmp_path)
    code = main(["import", str(tmp_path), "--db", str(bad)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0 and len(err) == 1 and str(bad) in err[0] and words in err[0]


def test_import_reports_and_exits_non_zero_on_failure(tmp_path, capsys):
    good = tmp_path / "a.txt"
    good.write_text("第 11 期\n龚建华深入在昌产业开展慰问调研", encoding="utf-8")
    code = main(["import", str(good), str(tmp_path / "nope.txt"), "--db", str(tmp_path / "s.db"), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert [r["status"] for r in report["results"]] == ["imported", "failed"]
    assert "no such file" in report["results"][1]["message"]
