"""What saving typing costs in a long document: SQL statements and milliseconds per save.

A 1 MB document (the samples repeated) with 10,000 accepted spans; each save types one
character at a spread of places, through the same call the window's save makes. Prints the
median and the spread over the saves. Run it on an older checkout to compare: it only uses
texts.append, which every version has.

    .venv/bin/python benchmarks/save_cost.py [--saves 40]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.model import Span  # noqa: E402
from editor.ops import texts  # noqa: E402
from editor.ops.importing import import_bytes  # noqa: E402
from editor.paths import SAMPLES  # noqa: E402
from editor.store import Store  # noqa: E402

try:
    from editor.core.text.edits import Edit  # noqa: E402
except ImportError:  # before core was split into subpackages
    from editor.core.edits import Edit  # noqa: E402


def document(size: int = 1_000_000) -> str:
    samples = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    return (samples * (size // len(samples) + 1))[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=40)
    parser.add_argument("--spans", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        text = document()
        doc = import_bytes(store, text.encode("utf-8"), "long.txt", None, None).document_ids[0]
        dec = store.documents.get(doc).decoding_id
        step = len(text) // args.spans
        store.spans.add(doc, dec, 0, [Span(i * step, i * step + 2, "PER", text[i * step:i * step + 2])
                                      for i in range(args.spans)])
        rows = [("texts.append", _measure(store, doc, len(text), args.saves, window=False))]
        if _has_window_save():
            rows.append(("window save (typing.save)", _measure(store, doc, len(text), args.saves, window=True)))
        store.close()
    print(f"1 MB document ({len(text):,} characters), {args.spans:,} spans, {args.saves} saves of one character")
    print(f"{'path':<28}{'measure':<18}{'median':>9}{'min':>9}{'max':>9}")
    for name, (counts, times) in rows:
        print(f"{name:<28}{'SQL statements':<18}{statistics.median(counts):>9.0f}{min(counts):>9}{max(counts):>9}")
        print(f"{'':<28}{'milliseconds':<18}{statistics.median(times):>9.1f}{min(times):>9.1f}{max(times):>9.1f}")
    return 0


def _has_window_save() -> bool:
    try:
        import editor.ops.typing  # noqa: F401
    except ImportError:
        return False
    return True


def _measure(store, doc, size, saves, window):
    """SQL statements SQLite ran (each executemany row counts) and milliseconds, per save."""
    statements = [0]
    store.db.conn.set_trace_callback(lambda _sql: statements.__setitem__(0, statements[0] + 1))
    counts, times = [], []
    for i in range(saves):
        where = (i * 7919) % size
        statements[0] = 0
        t0 = time.perf_counter()
        if window:
            from editor.ops import typing
            seq = store.log.length(doc, store.documents.get(doc).decoding_id)
            typing.save(store, doc, [typing.Group((Edit(where, where, "字", ""),))], seq)
        else:
            texts.append(store, doc, [Edit(where, where, "字")], "user")
        times.append((time.perf_counter() - t0) * 1000)
        counts.append(statements[0])
    store.db.conn.set_trace_callback(None)
    return counts, times


if __name__ == "__main__":
    sys.exit(main())
