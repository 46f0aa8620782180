"""Entity suggestion quality and speed on ../shared/data/ner/dev.jsonl (People's Daily
sentences; PER, LOC, ORG; exact spans). Evaluation only: nothing learned here is kept.

- zero-shot: every suggester with nothing learned (no gazetteer, no model), all 1,000 sentences;
- learning curve: 5 folds of 200 sentences; for N = 100, 200, 400, 800 the CRF and the
  gazetteer learn from the first N sentences of the other folds, as from a store's accepted
  spans, and are scored on the held-out fold only (micro F1 over the 5 folds);
- training time on 1,000 sentences (median of 3, the analyzer's tagging included), suggestion
  time for a 5 KB document (median of 20, the analyzer loaded, a model trained), wall and CPU.

Run: .venv/bin/python benchmarks/ner_quality.py [--quick] [--speed]  (--speed: the speed table only)
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.shared import SHARED  # noqa: E402
from editor.core.annotate.suggest import Context  # noqa: E402
from editor.core.annotate.suggest.combine import suggest  # noqa: E402
from editor.core.annotate.suggest.gazetteer import gazetteer  # noqa: E402
from editor.core.annotate.suggest.learned import train  # noqa: E402
from editor.core.annotate.suggest.lexical import analyzer  # noqa: E402

LABELS = frozenset({"PER", "LOC", "ORG"})
SIZES = (100, 200, 400, 800)


def load() -> list[tuple[str, list[tuple[int, int, str]]]]:
    lines = (SHARED / "data" / "ner" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    return [(o["text"], [tuple(e) for e in o["entities"]]) for o in map(json.loads, lines)]


def score(gold, predicted) -> dict[str, tuple[int, int, int]]:
    """label -> (true positives, predicted, gold)."""
    out: dict[str, list[int]] = {l: [0, 0, 0] for l in LABELS}
    for g, p in zip(gold, predicted):
        g, p = set(g), set(p)
        for l in LABELS:
            gl, pl = {x for x in g if x[2] == l}, {x for x in p if x[2] == l}
            out[l][0] += len(gl & pl)
            out[l][1] += len(pl)
            out[l][2] += len(gl)
    return {l: tuple(v) for l, v in out.items()}


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def micro(counts) -> float:
    return f1(*(sum(c[i] for c in counts.values()) for i in range(3)))


def run(data, context) -> list[list[tuple[int, int, str]]]:
    return [[(s.start, s.end, s.label) for s in suggest(text, context, labels=LABELS).suggestions]
            for text, _ in data]


def main(quick: bool = False, speed_only: bool = False) -> None:
    data = load()
    lac = analyzer()
    if not speed_only:
        quality(data, lac, quick)
    speed(data, lac, quick)


def quality(data, lac, quick: bool) -> None:
    memo: dict[str, list] = {}

    def analyze(text):
        if text not in memo:
            memo[text] = lac(text)
        return memo[text]

    zero = score([s for _, s in data], run(data, Context(analyze=analyze)))
    print("| measure | PER | LOC | ORG | micro F1 | target |\n| --- | --- | --- | --- | --- | --- |")
    print(f"| no learning (all 1,000 sentences) | "
          + " | ".join(f"{f1(*zero[l]):.3f}" for l in ("PER", "LOC", "ORG")) + f" | {micro(zero):.3f} | ≥ 0.70 |")
    folds = [data[i::5] for i in range(5)]
    for n in SIZES[:2] if quick else SIZES:
        per: dict[str, list[int]] = {l: [0, 0, 0] for l in LABELS}
        for k, held in enumerate(folds):
            learn = [x for j, f in enumerate(folds) if j != k for x in f][:n]
            model = train(learn, analyze)
            ctx = Context(gazetteer=gazetteer((t[s:e], l) for t, sp in learn for s, e, l in sp), model=model,
                          analyze=analyze)
            counts = score([s for _, s in held], run(held, ctx))
            for l, c in counts.items():
                per[l] = [a + b for a, b in zip(per[l], c)]
        target = "≥ 0.78" if n == 800 else ""
        print(f"| learned from {n} sentences (5 folds) | "
              + " | ".join(f"{f1(*per[l]):.3f}" for l in ("PER", "LOC", "ORG")) + f" | {micro(per):.3f} | {target} |")


def speed(data, lac, quick: bool) -> None:
    times, cpu = [], []
    for _ in range(1 if quick else 3):
        t, c = time.perf_counter(), time.process_time()
        model = train(data, lac)  # the analyzer runs over every sentence, as in a store
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    text = ""
    for t, _ in data:
        if len((text + t).encode("utf-8")) > 5000:
            break
        text += t
    ctx = Context(gazetteer=gazetteer((t[s:e], l) for t, sp in data for s, e, l in sp), model=model, analyze=lac)
    runs, runs_cpu = [], []
    for _ in range(20):
        ctx._words.clear()
        t, c = time.perf_counter(), time.process_time()
        suggest(text, ctx)
        runs.append(time.perf_counter() - t)
        runs_cpu.append(time.process_time() - c)
    # The machine's two cores are shared: CPU time says what the work costs when wall time
    # says how busy the others were.
    print("\n| speed | median wall | median CPU | target |\n| --- | --- | --- | --- |")
    print(f"| training on 1,000 sentences (analyzer included) | {statistics.median(times):.1f} s | "
          f"{statistics.median(cpu):.1f} s | < 30 s |")
    print(f"| suggestions for a {len(text.encode('utf-8')) / 1000:.1f} KB document (all suggesters) | "
          f"{statistics.median(runs) * 1000:.0f} ms | {statistics.median(runs_cpu) * 1000:.0f} ms | < 200 ms |")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (2 cores)")


if __name__ == "__main__":
    main("--quick" in sys.argv, "--speed" in sys.argv)
