"""``jiaokan decode FILE [--json]``: how Jiaokan reads a raw transcription's bytes.

Prints the decoded text as UTF-8, or with --json the encoding, confidence, repairs and
warnings (positions in code points) along with it.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from editor.core.decoding.decode import decode
from editor.core.input_files import read_input
from editor.core.text.names import visible


def register(sub) -> None:
    p = sub.add_parser("decode", help="print a raw transcription's text as Jiaokan decodes it",
                       description=__doc__.split("\n\n")[1])
    p.add_argument("file", type=Path, help="the raw transcription (any encoding)")
    p.add_argument("--json", action="store_true", help="print the encoding, confidence, repairs and warnings too")
    p.set_defaults(func=run)


def run(args) -> int:
    data = read_input(args.file)
    decoded = decode(data, args.file)
    if args.json:
        out = json.dumps({
            "path": visible(args.file),
            "encoding": decoded.encoding,
            "confidence": decoded.confidence,
            "repairs": list(decoded.repairs),
            "warnings": [{"kind": w.kind, "position": w.position, "char": w.char} for w in decoded.warnings],
            "text": decoded.text,
        }, ensure_ascii=False, indent=2) + "\n"
    else:
        out = decoded.text
    sys.stdout.buffer.write(out.encode("utf-8"))
    sys.stdout.flush()
    return 0
