"""Export speed: the five sample issues in every registered format (target: all of it < 2 s).

Each sample becomes an IssueView with a line-based structure (first line the title, every
other non-empty line a paragraph) and accepted spans from a few patterns (dates, amounts,
names of unions), so the dataset writers have work. Prints a table of medians over runs: per
format the time to write all five issues into memory, and the time with write_atomic to disk.
``--large`` adds one issue of about a million characters (the samples repeated) written once
per format, to catch writers that do not scale linearly.

    python benchmarks/export_speed.py [--runs 7] [--large]
"""
from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core.model import (Article, Block, DocumentView, IssueMeta, IssueView, Span,  # noqa: E402
                               Structure)
from editor.export import FORMATS, ExportOptions, file_stem, write_atomic  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
PATTERNS = {"DATE": r"\d{1,2}月\d{1,2}日", "MONEY": r"\d+(?:\.\d+)?万?元",
            "ORG": r"[\u4e00-\u9fff]{2,6}总工会", "QUANTITY": r"\d+(?:\.\d+)?(?:家|名|人|个)"}


def sample_issue(path: Path, issue_id: int) -> IssueView:
    text = path.read_text(encoding="utf-8")
    blocks = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            blocks.append(Block("title" if not blocks else "paragraph", pos, pos + len(line)))
        pos += len(line) + 1
    article = Article(title=blocks[0], body=tuple(blocks[1:]))
    spans = sorted((Span(m.start(), m.end(), label, m.group()) for label, p in PATTERNS.items()
                    for m in re.finditer(p, text)), key=lambda s: s.start)
    doc = DocumentView(issue_id, path.name, text, Structure((article,)), tuple(spans))
    return IssueView(issue_id, IssueMeta(publication=path.stem, date="2020-03-15"), (doc,))


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large", action="store_true", help="also one issue of ~1M characters")
    args = parser.parse_args()
    issues = [sample_issue(p, i) for i, p in enumerate(sorted(SAMPLES.glob("*.txt")), start=1)]
    options = ExportOptions()
    chars = sum(len(d.text) for i in issues for d in i.documents)
    spans = sum(len(d.spans) for i in issues for d in i.documents)
    print(f"{len(issues)} issues, {chars:,} characters, {spans} spans; medians of {args.runs} runs\n")
    for fmt in FORMATS:  # warm up: imports (python-docx, spaCy) are not the writer's speed
        fmt.write(issues[0], io.BytesIO(), options)

    rows, total_memory, total_disk = [], 0.0, 0.0
    with tempfile.TemporaryDirectory() as folder:
        for fmt in FORMATS:
            memory = statistics.median(
                timed(lambda: [fmt.write(i, io.BytesIO(), options) for i in issues]) for _ in range(args.runs))

            def to_disk():
                for i in issues:
                    target = Path(folder) / f"{file_stem(i.meta, i.id)}.{fmt.extension}"
                    write_atomic(target, lambda out, i=i: fmt.write(i, out, options), force=True)

            disk = statistics.median(timed(to_disk) for _ in range(args.runs))
            size = sum(len(_bytes(fmt, i, options)) for i in issues)
            rows.append((fmt.name, memory, disk, size))
            total_memory += memory
            total_disk += disk

    print(f"{'format':<12} {'memory ms':>10} {'disk ms':>9} {'bytes':>10}")
    for name, memory, disk, size in rows:
        print(f"{name:<12} {memory * 1000:>10.1f} {disk * 1000:>9.1f} {size:>10,}")
    print(f"{'all':<12} {total_memory * 1000:>10.1f} {total_disk * 1000:>9.1f}")
    print(f"\ntarget: all formats of all five issues under 2000 ms -> "
          f"{'met' if total_disk < 2 else 'NOT met'}")
    if args.large:
        _large(issues, options)
    return 0


def _large(issues: list[IssueView], options: ExportOptions) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.txt"
        path.write_text("".join(i.documents[0].text for i in issues) * 55, encoding="utf-8")
        issue = sample_issue(path, 99)
    doc = issue.documents[0]
    print(f"\none issue of {len(doc.text):,} characters, {len(doc.structure.articles[0].body):,} "
          f"paragraphs, {len(doc.spans):,} spans (one run)")
    for fmt in FORMATS:
        print(f"{fmt.name:<12} {timed(lambda: fmt.write(issue, io.BytesIO(), options)) * 1000:>10.0f} ms")


def _bytes(fmt, issue, options) -> bytes:
    out = io.BytesIO()
    fmt.write(issue, out, options)
    return out.getvalue()


if __name__ == "__main__":
    sys.exit(main())
