"""Cleanup quality and speed, printed as tables.

  python benchmarks/clean_quality.py [--docs N] [--mb SIZE]

(a) Gold (../shared/gold, seeds 000 and 004): the share of the raw text's character errors
    the default profile removes (and what it would be once the spaces rule of the character
    rules has removed the spaces left), paragraph-break P/R/F1 (../shared/tools/score_clean.py's
    scoring, imported), and false corrections: places where the raw text already agreed with
    the gold and the output does not, found by aligning raw, output and gold.
(b) Synthetic (benchmarks/synthetic.py over ../shared/data/ner/dev.jsonl): per damage class,
    the share of injected errors removed, and whether cleaning the clean originals changes
    anything. Targets: 90% of the gold's errors removed, break F1 0.97; 98% of each injected
    class removed, clean originals unchanged.
(c) Speed: MB/s of raw text through the default profile on one core, medians of 3 runs, on
    a mixed text and on hard-wrapped columns alone.
"""
from __future__ import annotations

import argparse
import importlib.util
import random
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz.distance import Levenshtein

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from editor.core import clean  # noqa: E402
from editor.core.edits import Edit, apply_simultaneous, sequential  # noqa: E402
from editor.core.hints import advance, hints_from_run  # noqa: E402
from editor.core.lines import shape  # noqa: E402
from editor.core.reading import reading_text  # noqa: E402
from editor.core.rules import RULES  # noqa: E402
from editor.core.rules.base import Context  # noqa: E402
from editor.core.segment import segment  # noqa: E402
import synthetic  # noqa: E402
from shared import SHARED  # noqa: E402

GOLD = SHARED / "gold"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_clean", SHARED / "tools" / "score_clean.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = load_scorer()


def output(raw: str) -> str:
    run = clean.run(raw)
    return reading_text(run.text, segment(run.text, hints_from_run(run)))


def table(header: list[str], rows: list[list]) -> None:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for k, r in enumerate(cells):
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
        if k == 0:
            print("  ".join("-" * w for w in widths))
    print()


def _equal_positions(a: str, b: str) -> set[int]:
    """Positions of ``a`` that the minimal alignment to ``b`` keeps unchanged."""
    kept = set()
    for tag, i1, i2, _, _ in Levenshtein.opcodes(a, b):
        if tag == "equal":
            kept.update(range(i1, i2))
    return kept


def space_edits(hyp: str, gold: str) -> int:
    """Edits that only add or remove spaces: the character rules' part of what is left."""
    count = 0
    for op, i, j in Levenshtein.editops(hyp, gold):
        chars = (hyp[i] if op != "insert" else "") + (gold[j] if op != "delete" else "")
        count += chars.strip(" \u3000") == ""
    return count


def false_corrections(raw: str, out: str, gold: str) -> list[str]:
    """Changes of the output to stretches of the raw text that the gold keeps as they are."""
    right = _equal_positions(raw, gold)
    found = []
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(raw, out):
        if tag == "equal":
            continue
        touched = range(i1, i2) if i2 > i1 else range(max(0, i1 - 1), min(len(raw), i1 + 1))
        if all(i in right for i in touched):
            show = lambda s: s.replace("\n", "⏎")  # noqa: E731
            found.append(f"{show(raw[max(0, i1 - 6):i1])}[{show(raw[i1:i2])}→{show(out[j1:j2])}]{show(raw[i2:i2 + 6])}")
    return found


def gold_table() -> None:
    print("(a) Gold seeds, default profile")
    rows, listed = [], []
    for gold_path in sorted(GOLD.glob("*.clean.txt")):
        stem = gold_path.name.removesuffix(".clean.txt")
        raw = (SHARED / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
        gold = gold_path.read_text(encoding="utf-8")
        out = output(raw)
        s, r = SCORE.score(out, gold), SCORE.score(raw, gold)
        wrong = false_corrections(SCORE.normalise(raw), SCORE.normalise(out), SCORE.normalise(gold))
        spaces = space_edits(SCORE.normalise(out), SCORE.normalise(gold))
        rows.append([stem[:3], r["edits"], s["edits"], spaces, f"{1 - s['edits'] / r['edits']:.1%}",
                     f"{1 - (s['edits'] - spaces) / r['edits']:.1%}", f"{s['cer']:.4f}",
                     f"{s['break_p']:.3f}", f"{s['break_r']:.3f}", f"{s['break_f1']:.3f}", len(wrong)])
        listed += [f"  {stem[:3]}: {w}" for w in wrong]
    table(["seed", "raw edits", "left", "left: spaces", "errors removed", "... with spaces fixed", "CER",
           "break P", "break R", "break F1", "false corr."], rows)
    print("False corrections:" if listed else "False corrections: none")
    print("\n".join(listed) + ("\n" if listed else ""))


def synthetic_table(docs: int, seed: int) -> dict[str, list[str]]:
    print(f"(b) Synthetic damage, {docs} documents per class (dev.jsonl sentences)")
    rng = random.Random(seed)
    sentences = synthetic.load_sentences(SHARED / "data" / "ner" / "dev.jsonl")
    names = synthetic.load_names(SHARED / "data" / "ner" / "dev.jsonl")
    corpus = synthetic.make_docs(sentences, names, docs, rng)
    rows, raws = [], {}
    for kind in synthetic.KINDS:
        injected = left = exact = 0
        for doc in corpus:
            truth = synthetic.clean_text(doc)
            damaged = synthetic.damage(kind, doc, rng, names)
            raws.setdefault(kind, []).append(damaged)
            out = output(damaged)
            injected += Levenshtein.distance(SCORE.normalise(damaged), SCORE.normalise(truth))
            left += Levenshtein.distance(SCORE.normalise(out), SCORE.normalise(truth))
            exact += out == truth
        removed = f"{1 - left / injected:.1%}" if injected else "-"
        owner = "line rules" if kind in synthetic.LINE_KINDS else "character rules"
        rows.append([kind, owner, injected, left, removed, f"{exact}/{len(corpus)}"])
    table(["damage class", "repaired by", "injected edits", "left", "removed", "output = original"], rows)
    unchanged = sum(not [p for p in clean.run(synthetic.clean_text(d)).proposals if p.change.confidence >= 0.5]
                    for d in corpus)
    same = sum(output(synthetic.clean_text(d)) == synthetic.clean_text(d) for d in corpus)
    print(f"Clean originals: {unchanged}/{len(corpus)} without any proposal at or above 0.5; "
          f"{same}/{len(corpus)} read back identical.\n")
    return raws


def _median_time(fn) -> float:
    """Median of three runs, each with the line-shape cache emptied first."""
    times = []
    for _ in range(3):
        shape.cache_clear()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _corpus(pool: list[str], size_mb: float) -> str:
    text, i = [], 0
    while sum(len(t.encode()) for t in text) < size_mb * 1e6:
        text.append(pool[i % len(pool)])
        i += 1
    return "\n\n".join(text)


def speed_table(raws: dict[str, list[str]], size_mb: float, seed: int) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    mixed = [t for texts in raws.values() for t in texts] + seeds
    random.Random(seed).shuffle(mixed)
    corpora = {"mixed": _corpus(mixed, size_mb), "hard-wrapped": _corpus(raws["hard wrapping"], size_mb)}
    print(f"(c) Speed, default profile, one core: {size_mb:.0f} MB of mixed raw text (every damage class and the "
          f"seeds), and {size_mb:.0f} MB of hard-wrapped columns only (the worst case: a change per line)")
    rows = {rule.id: [rule.id] for rule in RULES}
    totals = ["whole pipeline (clean.run)"]
    for raw in corpora.values():
        mb = len(raw.encode()) / 1e6
        current, hints = raw, {}
        for rule in RULES:
            changes = []
            took = _median_time(lambda: changes.__setitem__(slice(None), rule.propose(current, Context(hints=hints))))
            take = sorted((c for c in changes if c.confidence >= 0.5 and c.before != c.after), key=lambda c: c.start)
            steps = sequential(current, [Edit(c.start, c.end, c.after) for c in take])
            after = apply_simultaneous(current, steps)
            hints = advance(hints, current, steps, after, take)
            current = after
            rows[rule.id] += [f"{took * 1000 / mb:.0f}", len(changes)]
        total = _median_time(lambda: clean.run(raw))
        totals += [f"{total * 1000 / mb:.0f}", f"{mb / total:.1f} MB/s"]
    header = ["rule"] + [f"{name} {col}" for name in corpora for col in ("ms/MB", "proposals")]
    table(header, list(rows.values()) + [totals])
    print("Target: the whole pipeline >= 5 MB/s.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=40, help="synthetic documents per damage class")
    parser.add_argument("--mb", type=float, default=2.0, help="size of the speed test text")
    parser.add_argument("--seed", type=int, default=19980101)
    args = parser.parse_args(argv)
    clean.run("预热：载入词典。")  # jieba's dictionary loads once, outside the timings
    gold_table()
    raws = synthetic_table(args.docs, args.seed)
    speed_table(raws, args.mb, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
