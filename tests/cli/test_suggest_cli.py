import json

from editor.cli import main

LINES = [{"id": "pd-1", "text": "𠀀龚建华在南昌捐款83万元。"}, {"id": 7, "text": "赣州的农民。"}]


def _write(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_lines_get_their_entities_in_code_points(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(_write(tmp_path / "in.jsonl", LINES)), "-o", str(out)]) == 0
    first, second = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert first["id"] == "pd-1" and second["id"] == 7
    got = {(first["text"][s:e], label) for s, e, label in first["entities"]}
    assert {("龚建华", "PER"), ("南昌", "LOC"), ("83万元", "MONEY")} <= got


def test_labels_limit_what_is_suggested(tmp_path, capsys):
    assert main(["suggest", str(_write(tmp_path / "in.jsonl", LINES)), "--labels", "MONEY"]) == 0
    rows = [json.loads(l) for l in capsys.readouterr().out.splitlines()]
    assert rows[0]["entities"] == [[9, 13, "MONEY"]] and rows[1]["entities"] == []


def test_learn_from_annotated_lines_first(tmp_path):
    train = _write(tmp_path / "train.jsonl", [{"text": "赣州的职工。", "entities": [[0, 2, "FAC"]]},
                                              {"text": "赣州的干部。", "entities": [[0, 2, "FAC"]]}])
    out = tmp_path / "out.jsonl"
    assert main(["suggest", str(_write(tmp_path / "in.jsonl", LINES)), "-o", str(out),
                 "--learn-from", str(train), "--labels", "FAC"]) == 0
    rows = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert rows[1]["entities"] == [[0, 2, "FAC"]]


def test_a_bad_line_is_named_and_the_others_go_on(tmp_path, capsys):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "南昌"}\nnot json\n{"id": 2}\n', encoding="utf-8")
    assert main(["suggest", str(path)]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"{path}: line 2: not JSON" in captured.err and f"{path}: line 3: expected an object" in captured.err


def test_a_missing_file_is_one_line(tmp_path, capsys):
    assert main(["suggest", str(tmp_path / "nope.jsonl")]) == 2
    assert "nope.jsonl: cannot be read" in capsys.readouterr().err
