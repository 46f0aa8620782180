"""How the character-level rules behave on clean text, and how the doubled-character rule
trades false alarms for recall.

usage: python benchmarks/rules_clean_text.py [--seed 7]
Uses ../shared/data/ner/dev.jsonl (People's Daily sentences, already clean; evaluation only:
nothing derived from it is kept) and the gold corrections in ../shared/gold. Prints, per
rule, the texts that get a proposal at or above the default threshold (should be none) and
below it (review noise); then, for
chars.doubled, the false-alarm rate over the doubled pairs that occur in clean text and its
recall on the same sentences with one character typed twice at a random place; last, each
damage class injected alone and the share of sentences the default pipeline restores.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]

from editor.core.cleanup import pipeline as clean  # noqa: E402
from editor.core.cleanup.profiles import DEFAULT as DEFAULT_PROFILE  # noqa: E402
from editor.core.cleanup.rules import RULES, doubled_chars, t2s  # noqa: E402
from editor.core.cleanup.rules.base import Context  # noqa: E402
from editor.core.lang.classes import CJK  # noqa: E402
from shared import SHARED  # noqa: E402

NER_DEV = SHARED / "data" / "ner" / "dev.jsonl"
GOLD = SHARED / "gold"
PAIR = re.compile(f"([{CJK}])\\1")
DEFAULT = 0.5


def sentences() -> list[str]:
    with open(NER_DEV, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def clean_text_table(texts: list[str], what: str) -> None:
    print(f"{what}: {len(texts)} texts, {sum(map(len, texts))} characters")
    print(f"{'rule':24} {'>= 0.5':>8} {'< 0.5':>8}")
    for rule in RULES:
        high = low = 0
        for text in texts:
            confidences = [c.confidence for c in rule.propose(text, Context())]
            high += any(c >= DEFAULT for c in confidences)
            low += any(c < DEFAULT for c in confidences)
        print(f"{rule.id:24} {high:8d} {low:8d}")
    print()


def doubled_table(texts: list[str], seed: int) -> None:
    rule = doubled_chars.RULE
    pairs = sum(len(PAIR.findall(t)) for t in texts)
    flagged = sum(len(rule.propose(t, Context())) for t in texts)
    print(f"\nchars.doubled on clean text: {pairs} doubled pairs, {flagged} flagged "
          f"(false-alarm rate {flagged / max(1, pairs):.1%} of pairs, {flagged / len(texts):.2%} of sentences)")
    rng = random.Random(seed)
    tried = found = 0
    for text in texts:
        spots = [i for i, ch in enumerate(text) if re.match(f"[{CJK}]", ch)
                 and text[i - 1:i] != ch and text[i + 1:i + 2] != ch]
        if not spots:
            continue
        i = rng.choice(spots)
        damaged = text[:i + 1] + text[i] + text[i + 1:]
        tried += 1
        found += any(c.start in (i, i + 1) and c.confidence >= DEFAULT for c in rule.propose(damaged, Context()))
    print(f"chars.doubled recall on {tried} sentences with one character typed twice: {found / tried:.1%}")


def _double_runs(text: str) -> str:
    return re.sub(f"[{CJK}]+|[0-9]+|[A-Za-z]+|[^{CJK}0-9A-Za-z]", lambda m: m.group() * 2, text)


def _spaced_numbers(text: str) -> str:
    return re.sub(f"(?<=[{CJK}])([0-9.%]+)(?=[{CJK}])", r" \1 ", text)


def _stray_and(text: str) -> str:
    return re.sub(f"(?<=[{CJK}])和(?=[{CJK}])", " and ", text, count=1)


def _space_in_sentence(text: str, rng=random.Random(11)) -> str:
    spots = [m.start() + 1 for m in re.finditer(f"[{CJK}](?=[{CJK}])", text)]
    if not spots:
        return text
    i = rng.choice(spots)
    return text[:i] + " " + text[i:]


DAMAGE = {
    "half-width punctuation": lambda t: t.translate(str.maketrans("，：；（）！？", ",:;()!?")),
    "straight quotes": lambda t: t.translate(str.maketrans("“”", '""')),
    "full-width digits": lambda t: t.translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}),
    "spaces around numbers": _spaced_numbers,
    "stray English and": _stray_and,
    "a space between ideographs": _space_in_sentence,
    "doubled glyph runs": _double_runs,
    "traditional (OpenCC s2t)": lambda t: t2s.converter("s2t").convert(t),
}


def damage_table(texts: list[str]) -> None:
    """Each damage class injected alone into the clean sentences, then the whole default
    pipeline of these rules: the share of damaged sentences restored exactly."""
    print(f"\n{'injected damage':28} {'damaged':>8} {'restored':>9}")
    for name, damage in DAMAGE.items():
        pairs = [(t, damage(t)) for t in texts]
        pairs = [(t, d) for t, d in pairs if d != t]
        if name.startswith("traditional"):
            pairs = [("\n".join(t for t, _ in pairs), "\n".join(d for _, d in pairs))]  # one document
        restored = sum(clean.run(d, DEFAULT_PROFILE).text == t for t, d in pairs)
        if name.startswith("traditional"):
            clean_text, damaged = pairs[0]
            out = clean.run(damaged, DEFAULT_PROFILE).text
            same = sum(a == b for a, b in zip(out, clean_text)) / len(clean_text)
            print(f"{name:28} {len(damaged):8d} {same:9.1%} (characters)")
            continue
        print(f"{name:28} {len(pairs):8d} {restored / len(pairs):9.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    texts = sentences()
    clean_text_table(texts, "dev.jsonl sentences (texts with a proposal)")
    gold = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.clean.txt"))]
    clean_text_table(gold, "gold corrections, not used for tuning (texts with a proposal)")
    doubled_table(texts, args.seed)
    damage_table(texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
