"""jiaokan suggest: entity suggestions for JSONL lines, with the suggesters the window uses."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("suggest", help="suggest entities for lines of JSONL",
                       description="Read lines {\"id\", \"text\"} and write {\"id\", \"text\", \"entities\": "
                                   "[[start, end, label], ...]} with the suggested entities, offsets in code "
                                   "points, end exclusive. A line that cannot be read is reported on stderr with "
                                   "its number and left out; the exit status is then 1.")
    p.add_argument("input", metavar="IN.jsonl", help="lines with a \"text\" (and an \"id\", kept as it is)")
    p.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here (default: standard output); "
                                                              "written whole or not at all")
    p.add_argument("--learn-from", metavar="TRAIN.jsonl",
                   help="annotated lines ({\"text\", \"entities\"|\"label\"}, code points) to learn from first, "
                        "as the store's accepted spans are used")
    p.add_argument("--labels", metavar="PER,LOC,ORG", help="suggest only these labels (default: all)")
    p.set_defaults(func=run)


def run(args) -> int:
    from editor.core.decoding.jsonl import read_annotated_jsonl
    from editor.core.errors import InputError
    from editor.export.files import write_atomic
    from editor.ops.suggesting import suggest_texts

    labels = None
    if args.labels is not None:
        labels = frozenset(n.strip() for n in args.labels.split(",") if n.strip())
        if not labels:
            raise InputError("--labels", "names no label")
    lines, failed = _read(Path(args.input))
    learn = []
    if args.learn_from:
        learn = [(r.text, [(s.start, s.end, s.label) for s in r.spans])
                 for r in read_annotated_jsonl(_bytes(Path(args.learn_from)), args.learn_from)]
    found, why = suggest_texts([text for _, text in lines], learn, labels)
    if why:
        print(f"jiaokan: {why}", file=sys.stderr)
    out = "".join(json.dumps({"id": id_, "text": text, "entities": [list(e) for e in entities]},
                             ensure_ascii=False) + "\n" for (id_, text), entities in zip(lines, found))
    if args.output:
        write_atomic(args.output, lambda f: f.write(out.encode("utf-8")), force=True)
    else:
        sys.stdout.write(out)
    return 1 if failed else 0


def _bytes(path: Path) -> bytes:
    from editor.core.errors import InputError

    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot be read ({err.strerror or err})") from None


def _read(path: Path) -> tuple[list[tuple[object, str]], int]:
    """(id, text) of each good line; bad lines reported on stderr and counted."""
    from editor.core.errors import InputError

    try:
        content = _bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, f"is not UTF-8 (byte {err.start})") from None
    lines, failed = [], 0
    for number, raw in enumerate(content.split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as err:
            obj, problem = None, f"not JSON ({err.msg} at column {err.colno})"
        else:
            problem = None if isinstance(obj, dict) and isinstance(obj.get("text"), str) else \
                "expected an object with a \"text\" string"
        if problem:
            print(f"jiaokan: {path}: line {number}: {problem}", file=sys.stderr)
            failed += 1
            continue
        lines.append((obj.get("id"), obj["text"]))
    return lines, failed
