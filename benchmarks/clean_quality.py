"""Cleanup quality and speed, printed as tables.

  python benchmarks/clean_quality.py [--docs N]

(a) Gold (../shared/gold, seeds 000 and 004): the share of the raw text's character errors
    the default profile removes (and what it would be once the spaces rule of the character
    rules has removed the spaces left, and with every proposal accepted: a profile with
    threshold 0, so each rule sees the text with all proposals above it made), the proposals
    the default profile leaves pending, paragraph-break P/R/F1 (../shared/tools/score_clean.py's
    scoring, imported), and false corrections: places where the raw text already agreed with
    the gold and the output does not, found by aligning raw, output and gold.
(b) Synthetic (benchmarks/synthetic.py over ../shared/data/ner/dev.jsonl): per damage class,
    the share of injected errors removed (default profile and every proposal accepted), the
    proposals left pending, the wrong corrections with every proposal accepted, and whether cleaning the clean originals changes
    anything. Targets: 90% of the gold's errors removed, break F1 0.97; 98% of each injected
    class removed, clean originals unchanged.
(c) Speed: MB/s of raw text through the default profile on one core, each document cleaned
    on its own, medians of 5 runs: all the documents of (b) with the seeds, and three hard
    sets apart (hard-wrapped columns, traditional script, the seeds); per rule, ms per MB.
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

from editor.core.cleanup import pipeline as clean  # noqa: E402
from editor.core.cleanup.hints import hints_from_run  # noqa: E402
from editor.core.layout.lines import shape  # noqa: E402
from editor.core.layout.reading import reading_text  # noqa: E402
from editor.core.cleanup.profiles import DEFAULT, Profile  # noqa: E402
from editor.core.cleanup.rules import RULES  # noqa: E402
from editor.core.layout.segment import segment  # noqa: E402
from editor.core.lang.words import splits_word  # noqa: E402
import synthetic  # noqa: E402
from shared import SHARED  # noqa: E402

GOLD = SHARED / "gold"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_clean", SHARED / "tools" / "score_clean.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = load_scorer()


ALL = Profile("every proposal accepted", threshold=0.0)


def output(raw: str, profile: Profile = DEFAULT) -> str:
    return cleaned(raw, profile)[0]


def cleaned(raw: str, profile: Profile = DEFAULT) -> tuple[str, int]:
    """The reading text and the number of proposals left pending."""
    run = clean.run(raw, profile)
    pending = sum(p.status == "proposed" for p in run.proposals)
    return reading_text(run.text, segment(run.text, hints_from_run(run))), pending


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


def wrong_corrections(raw: str, out: str, truth: str) -> int:
    """Differences of the output from the truth where the raw text agreed with the truth: a
    rule changed what was right (counted on the truth's side, so that a mark restored next to
    punctuation is no wrong correction)."""
    right = _equal_positions(truth, raw)
    wrong = 0
    for tag, i1, i2, _, _ in Levenshtein.opcodes(truth, out):
        if tag == "equal":
            continue
        touched = range(i1, i2) if i2 > i1 else range(max(0, i1 - 1), min(len(truth), i1 + 1))
        wrong += all(i in right for i in touched)
    return wrong


def gold_table() -> None:
    print("(a) Gold seeds, default profile")
    rows, listed = [], []
    for gold_path in sorted(GOLD.glob("*.clean.txt")):
        stem = gold_path.name.removesuffix(".clean.txt")
        raw = (SHARED / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
        gold = gold_path.read_text(encoding="utf-8")
        out, pending = cleaned(raw)
        every = output(raw, ALL)
        s, r, e = SCORE.score(out, gold), SCORE.score(raw, gold), SCORE.score(every, gold)
        wrong = false_corrections(SCORE.normalise(raw), SCORE.normalise(out), SCORE.normalise(gold))
        wrong_all = wrong_corrections(SCORE.normalise(raw), SCORE.normalise(every), SCORE.normalise(gold))
        spaces = space_edits(SCORE.normalise(out), SCORE.normalise(gold))
        rows.append([stem[:3], r["edits"], s["edits"], spaces, f"{1 - s['edits'] / r['edits']:.1%}",
                     f"{1 - (s['edits'] - spaces) / r['edits']:.1%}", f"{1 - e['edits'] / r['edits']:.1%}",
                     pending, wrong_all, f"{s['cer']:.4f}",
                     f"{s['break_p']:.3f}", f"{s['break_r']:.3f}", f"{s['break_f1']:.3f}", len(wrong)])
        listed += [f"  {stem[:3]}: {w}" for w in wrong]
    table(["seed", "raw edits", "left", "left: spaces", "errors removed", "... with spaces fixed",
           "... all accepted", "pending", "wrong if all accepted", "CER",
           "break P", "break R", "break F1", "false corr."], rows)
    print("False corrections:" if listed else "False corrections: none")
    print("\n".join(listed) + ("\n" if listed else ""))


def synthetic_table(docs: int, seed: int) -> dict[str, list[str]]:
    print(f"(b) Synthetic damage, {docs} documents per class (dev.jsonl sentences)")
    rng = random.Random(seed)
    sentences = synthetic.load_sentences(SHARED / "data" / "ner" / "dev.jsonl")
    names = synthetic.load_names(SHARED / "data" / "ner" / "dev.jsonl")
    corpus = synthetic.make_docs(sentences, names, docs, rng)
    slots = synthetic.QuoteSlots.of(sentences)
    rows, raws = [], {}
    for kind in synthetic.KINDS + synthetic.QUOTE_KINDS:
        injected = left = left_all = exact = pending = wrong = 0
        for doc in corpus:
            if kind in synthetic.QUOTE_KINDS:
                doc = synthetic.quote_doc(kind, doc, rng, slots)
            truth = synthetic.clean_text(doc)
            damaged = synthetic.damage(kind, doc, rng, names)
            raws.setdefault(kind, []).append(damaged)
            out, waiting = cleaned(damaged)
            every = output(damaged, ALL)
            n_damaged, n_truth = SCORE.normalise(damaged), SCORE.normalise(truth)
            injected += Levenshtein.distance(n_damaged, n_truth)
            left += Levenshtein.distance(SCORE.normalise(out), n_truth)
            left_all += Levenshtein.distance(SCORE.normalise(every), n_truth)
            pending += waiting
            wrong += wrong_corrections(n_damaged, SCORE.normalise(every), n_truth)
            exact += out == truth
        removed = f"{1 - left / injected:.1%}" if injected else "-"
        removed_all = f"{1 - left_all / injected:.1%}" if injected else "-"
        owner = "line rules" if kind in synthetic.LINE_KINDS else "character rules"
        rows.append([kind, owner, injected, left, removed, removed_all, pending, wrong, f"{exact}/{len(corpus)}"])
    table(["damage class", "repaired by", "injected edits", "left", "removed", "removed, all accepted",
           "pending", "wrong if all accepted", "output = original"], rows)
    unchanged = sum(not [p for p in clean.run(synthetic.clean_text(d)).proposals if p.change.confidence >= 0.5]
                    for d in corpus)
    same = sum(output(synthetic.clean_text(d)) == synthetic.clean_text(d) for d in corpus)
    print(f"Clean originals: {unchanged}/{len(corpus)} without any proposal at or above 0.5; "
          f"{same}/{len(corpus)} read back identical.\n")
    return raws


def _fresh() -> None:
    """Empty the caches keyed on text (line shapes, word splits), so that no timing profits
    from a text an earlier repetition saw."""
    shape.cache_clear()
    splits_word.cache_clear()


def _median_ms_per_mb(fn, mb: float, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        _fresh()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000 / mb


class _Recorder:
    """A rule that keeps the texts (and contexts) the pipeline gives it."""

    def __init__(self, rule):
        self.rule, self.id, self.seen = rule, rule.id, []

    def propose(self, text, ctx):
        self.seen.append((text, ctx))
        return self.rule.propose(text, ctx)


def speed_table(raws: dict[str, list[str]]) -> None:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    corpora = {
        "mixed": [t for kind in synthetic.KINDS for t in raws[kind]] + seeds,
        "hard-wrapped": raws["hard wrapping"],
        "traditional": raws["traditional (OpenCC s2t)"],
        "seeds": seeds,
        "stripped quotes": [t for kind in synthetic.QUOTE_KINDS for t in raws[kind]],
    }
    print("(c) Speed, default profile, one core, each document cleaned on its own as import does, no text repeated "
          "and the caches keyed on text (line shapes, word splits) emptied before each run; medians of 5 runs. "
          "mixed: every synthetic document of (b) but the stripped quotes, and the five seeds; hard-wrapped: a change per line; traditional: "
          "converted by OpenCC, a change per phrase; seeds: the five real transcriptions, every damage class at once; "
          "stripped quotes: the three stripped-quote classes of (b).")
    rows = {rule.id: [rule.id] for rule in RULES}
    totals, rates = ["whole pipeline (clean.run)"], ["MB/s"]
    for docs in corpora.values():
        mb = sum(len(t.encode()) for t in docs) / 1e6
        recorders = [_Recorder(rule) for rule in RULES]
        for doc in docs:
            clean.run(doc, rules=recorders)
        for rec in recorders:
            took = _median_ms_per_mb(lambda: [rec.rule.propose(t, ctx) for t, ctx in rec.seen], mb)
            rows[rec.id].append(f"{took:.0f}")
        total = _median_ms_per_mb(lambda: [clean.run(doc) for doc in docs], mb)
        totals.append(f"{total:.0f}")
        rates.append(f"{1000 / total:.1f}")
    header = ["ms per MB of raw text"] + [f"{name} ({len(docs)} docs, {sum(len(t.encode()) for t in docs) / 1e6:.2f} MB)"
                                          for name, docs in corpora.items()]
    table(header, list(rows.values()) + [totals, rates])
    print("Rules timed alone on the texts the pipeline gave them (each pays for the line shapes it asks first); "
          "the pipeline adds the edit log, raw spans and hints.")
    print("Target: the whole pipeline >= 5 MB/s.\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=40, help="synthetic documents per damage class")
    parser.add_argument("--seed", type=int, default=19980101)
    args = parser.parse_args(argv)
    clean.run("预热：载入词典。")  # jieba's dictionary loads once, outside the timings
    gold_table()
    raws = synthetic_table(args.docs, args.seed)
    speed_table(raws)
    return 0


if __name__ == "__main__":
    sys.exit(main())
