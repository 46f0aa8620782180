"""Speed of the character-level cleanup rules: MB/s (UTF-8 bytes of raw text) per rule and
for the whole pipeline through the default profile, on ~5 MB built from the seed samples.

usage: python benchmarks/rules_speed.py [--mb 5] [--repeat 3]
Prints medians over the repeats. jieba's dictionary load is timed once, apart, since it is
paid once per process; the rule timings run with it loaded.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.core import clean  # noqa: E402
from editor.core.profiles import DEFAULT  # noqa: E402
from editor.core import words  # noqa: E402
from editor.core.rules import RULES, t2s  # noqa: E402
from editor.core.rules.base import Context  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"


def corpus(mb: float, prefixes: tuple[str, ...] | None = None) -> str:
    paths = sorted(SAMPLES.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths if prefixes is None or p.name[:3] in prefixes]
    unit = "\n\n".join(texts) + "\n\n"
    return unit * max(1, round(mb * 1e6 / len(unit.encode("utf-8"))))


def median_seconds(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    start = time.perf_counter()
    words.dictionary()
    t2s.is_traditional("")
    print(f"one-time loads (jieba dictionary, OpenCC tables): {time.perf_counter() - start:.2f} s\n")

    mixed = corpus(args.mb)
    traditional = corpus(args.mb, ("003",))
    rows = [(rule.id, mixed, rule) for rule in RULES] + [("script.t2s (traditional only)", traditional, t2s.RULE)]
    print(f"{'rule':32} {'MB':>6} {'proposals':>10} {'seconds':>8} {'MB/s':>8}")
    for name, text, rule in rows:
        size = len(text.encode("utf-8")) / 1e6
        count = len(rule.propose(text, Context()))
        seconds = median_seconds(lambda: rule.propose(text, Context()), args.repeat)
        print(f"{name:32} {size:6.2f} {count:10d} {seconds:8.3f} {size / seconds:8.1f}")
    for name, text in (("pipeline, default profile", mixed), ("pipeline, traditional text", traditional)):
        size = len(text.encode("utf-8")) / 1e6
        seconds = median_seconds(lambda: clean.run(text, DEFAULT), args.repeat)
        print(f"{name:32} {size:6.2f} {'':10} {seconds:8.3f} {size / seconds:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
