"""What find and replace costs: listing every match and replacing them all (one operation,
one undo step) in a 1 MB document (the samples repeated, 𠀀 at its start), and undoing it.
Medians over runs, milliseconds.

    .venv/bin/python benchmarks/find_replace.py [--runs 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.text.find import Query  # noqa: E402
from editor.ops import history, replace, texts  # noqa: E402
from editor.ops.importing import import_bytes  # noqa: E402
from editor.paths import SAMPLES  # noqa: E402
from editor.store import Store  # noqa: E402

CASES = (("literal 疫情 → 新冠", Query("疫情"), "新冠"),
         ("regex (\\d+)月 → \\1 月", Query(r"(\d+)月", regex=True), r"\1 月"),
         ("whole word and → 和", Query("and", whole_words=True), "和"))


def _ms(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    samples = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt")))
    text = "𠀀" + samples * max(1, 1_000_000 // len(samples.encode("utf-8")) + 1)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp) / "bench.db")
        doc = import_bytes(store, text.encode("utf-8"), "long.txt", None, None).document_ids[0]
        size = len(texts.current(store, doc).text.encode("utf-8")) / 1e6
        print(f"document: {size:.2f} MB")
        print(f"{'case':<24} {'matches':>8} {'list ms':>9} {'replace ms':>11} {'undo ms':>9}")
        for name, query, replacement in CASES:
            listed, replaced, undone, hits = [], [], [], 0
            for _ in range(args.runs):
                ms, found = _ms(lambda: replace.search(store, [doc], query, replacement=replacement))
                listed.append(ms)
                hits = len(found.hits)
                ms, _ = _ms(lambda: replace.replace_hits(store, found, found.hits))
                replaced.append(ms)
                ms, _ = _ms(lambda: history.undo(store))
                undone.append(ms)
            print(f"{name:<24} {hits:>8} {statistics.median(listed):>9.0f} {statistics.median(replaced):>11.0f} "
                  f"{statistics.median(undone):>9.0f}")
        store.close()


if __name__ == "__main__":
    main()
