"""Export through ops from a store: the five sample issues, seeded and cleaned as on first start,
in every registered format (target: all of it < 2 s).

Accepted spans are added from a few patterns (dates, amounts, unions, counts) so the dataset
writers have work. Unlike benchmarks/export_speed.py (the writers on ready IssueViews), this
times the whole path the CLI and the dialog take: reading the current texts, structures and
spans from the store (issue_view), naming the files, and writing them with write_atomic.
Prints medians over runs: building the five issue views, each format alone, and every format
in one export_issues call; and ``jiaokan export --all --format all`` in a new process, start-up
and imports (python-docx, spaCy) included.

    python benchmarks/export_store.py [--runs 7]
"""
from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.model import Span  # noqa: E402
from editor.export import FORMATS  # noqa: E402
from editor.ops import texts  # noqa: E402
from editor.ops.exporting import export_issues, issue_view  # noqa: E402
from editor.ops.seeding import seed_if_empty  # noqa: E402
from editor.store import Store  # noqa: E402

PATTERNS = {"DATE": r"\d{1,2}月\d{1,2}日", "MONEY": r"\d+(?:\.\d+)?万?元",
            "ORG": r"[\u4e00-\u9fff]{2,6}总工会", "QUANTITY": r"\d+(?:\.\d+)?(?:家|名|人|个)"}


def seeded_store(folder: Path) -> Store:
    store = Store.open(folder / "bench.db")
    seed_if_empty(store)
    with store.atomic():
        for doc in store.documents.all():
            cur = texts.current(store, doc.id)
            spans = [Span(m.start(), m.end(), label, m.group(), origin="import")
                     for label, pattern in PATTERNS.items() for m in re.finditer(pattern, cur.text)]
            store.spans.add(doc.id, cur.decoding_id, cur.seq, spans)
    return store


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = seeded_store(folder)
        issues = [row.id for row in store.issues.all()]
        views = [issue_view(store, i) for i in issues]
        chars = sum(len(d.text) for v in views for d in v.documents)
        spans = sum(len(d.spans) for v in views for d in v.documents)
        print(f"{len(issues)} issues, {chars:,} characters, {spans} accepted spans; medians of {args.runs} runs\n")
        export_issues(store, issues, FORMATS, folder / "warm-up", force=True)  # imports are not the export

        rows = [("issue views", median_time(lambda: [issue_view(store, i) for i in issues], args.runs))]
        for fmt in FORMATS:
            rows.append((fmt.name, median_time(
                lambda: export_issues(store, issues, [fmt], folder / "out", force=True), args.runs)))
        every = median_time(lambda: export_issues(store, issues, FORMATS, folder / "out", force=True), args.runs)
        store.close()
        command = [sys.executable, "-m", "editor", "export", "--db", str(folder / "bench.db"), "--all",
                   "--format", "all", "-o", str(folder / "cli"), "--force"]
        cli = median_time(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True),
                          max(3, args.runs // 2))

    print(f"{'step':<14} {'ms':>8}")
    for name, seconds in rows:
        print(f"{name:<14} {seconds * 1000:>8.1f}")
    print(f"{'all formats':<14} {every * 1000:>8.1f}  (one export_issues call, {len(issues) * len(FORMATS)} files)")
    print(f"{'jiaokan export':<14} {cli * 1000:>8.1f}  (new process: start-up and imports included)")
    print(f"\ntarget: every format of all five issues under 2000 ms -> {'met' if every < 2 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
