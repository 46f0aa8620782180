import json
import subprocess
import sys

from editor.cli import main
from tests.paths import GOLD, ROOT, SAMPLES


def seed(prefix: str):
    (path,) = SAMPLES.glob(f"{prefix}_*.txt")
    return path


def test_prints_the_reading_text(capsys):
    assert main(["clean", str(seed("004"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("精准施策 持续作战\n无锡各级工会多管齐下保复工\n（陈煜蕾）\n出台政策惠企业\n")
    assert "\n\n万众一心 阻击疫情\n" in out and "A06" not in out


def test_the_reading_text_has_the_gold_lines_where_no_character_rule_is_needed(capsys):
    main(["clean", str(seed("004"))])
    out = capsys.readouterr().out.splitlines()
    gold = (GOLD / "004_0f1a193ba6c2174a.clean.txt").read_text(encoding="utf-8").splitlines()
    assert len(out) == len(gold)
    assert sum(a == b for a, b in zip(out, gold)) >= len(gold) - 20


def test_json_has_articles_metadata_and_changes(capsys):
    main(["clean", str(seed("000")), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert data["meta"]["issue_label"] == "第11期" and data["meta"]["date"] == "2020-03-15"
    assert [a["title"] for a in data["articles"]][1] == "饶剑明赴南昌和江铜开展慰问调研"
    assert {c["rule"] for c in data["changes"]} >= {"markup", "furniture", "paragraphs.join", "layout.blocks"}


def test_changes_list_rule_raw_span_and_status(capsys):
    main(["clean", str(seed("004")), "--changes"])
    lines = capsys.readouterr().out.splitlines()
    raw = seed("004").read_text(encoding="utf-8")
    furniture = [line.split("\t") for line in lines if line.startswith("furniture\t")]
    start, end = map(int, furniture[0][1].split("-"))
    assert raw[start:end].startswith("A06 ") and furniture[0][4] == "accepted"


def test_conservative_profile_applies_less(capsys):
    main(["clean", str(seed("000")), "--changes", "--profile", "conservative"])
    statuses = [line.split("\t")[4] for line in capsys.readouterr().out.splitlines()]
    assert "proposed" in statuses


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "004.txt"
    out.write_text("old", encoding="utf-8")
    assert main(["clean", str(seed("004")), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("精准施策 持续作战\n")
    assert [p.name for p in tmp_path.iterdir()] == ["004.txt"]


def test_a_gbk_file_is_decoded(tmp_path, capsys):
    path = tmp_path / "gbk.txt"
    path.write_bytes("## 龚建华深入在昌产业开展慰问调研\n\n省总工会一级巡视员吴海平陪同。\n".encode("gbk"))
    main(["clean", str(path)])
    assert capsys.readouterr().out == "龚建华深入在昌产业开展慰问调研\n省总工会一级巡视员吴海平陪同。\n"


def test_a_missing_file_is_one_line_and_a_failure():
    proc = subprocess.run([sys.executable, "-m", "editor", "clean", "nowhere.txt"], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.strip() == "jiaokan: nowhere.txt: no such file or folder"


def test_an_empty_file_is_refused(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["clean", str(path)]) == 2
    assert "empty" in capsys.readouterr().err


def test_an_unwritable_output_names_the_file_and_leaves_nothing(tmp_path, capsys):
    out = tmp_path / "missing" / "004.txt"
    assert main(["clean", str(seed("004")), "-o", str(out)]) == 2
    assert str(out) in capsys.readouterr().err and not out.parent.exists()
