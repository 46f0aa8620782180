"""Rebuild resources/rules/hanzi_freq.tsv: how often each Chinese character occurs.

The counts come from the word frequencies in jieba's bundled dict.txt (MIT licence), summed
per character, plus the same counts for the traditional spelling of every word (OpenCC s2t
and s2tw, averaged), so traditional text scores like simplified text. The decoder uses the
table to judge which decoding of some bytes reads as Chinese; it is built once here rather
than at run time because parsing dict.txt takes ~0.4 s.

    python resources/rules/build_hanzi_freq.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import jieba
import opencc

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from editor.core.lang.cjk import is_cjk  # noqa: E402

OUT = Path(__file__).with_name("hanzi_freq.tsv")
TRADITIONAL = ("s2t.json", "s2tw.json")


def word_frequencies() -> dict[str, int]:
    words: dict[str, int] = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, _tag = line.rstrip("\n").split(" ")
            words[word] = words.get(word, 0) + int(freq)
    return words


def main() -> None:
    words = word_frequencies()
    counts: Counter[str] = Counter()
    for word, freq in words.items():
        for ch in word:
            counts[ch] += freq * len(TRADITIONAL)
    joined = "\n".join(words)  # one conversion per config: word by word is far slower
    for config in TRADITIONAL:
        converted = opencc.OpenCC(config).convert(joined).split("\n")
        assert len(converted) == len(words)
        for word, freq in zip(converted, words.values()):
            for ch in word:
                counts[ch] += freq
    # Each word was counted once as simplified and once as traditional (weight len(TRADITIONAL)
    # each), so the counts are per 2 * len(TRADITIONAL) passes; store them at the scale of one.
    scale = 2 * len(TRADITIONAL)
    rows = sorted(((ch, n / scale) for ch, n in counts.items() if is_cjk(ch)), key=lambda r: (-r[1], r[0]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# character\tcount: jieba 0.42.1 dict.txt, simplified + traditional (OpenCC), "
                  "built by resources/rules/build_hanzi_freq.py\n")
        for ch, n in rows:
            out.write(f"{ch}\t{max(1, round(n))}\n")
    print(f"{len(rows)} characters -> {OUT}")


if __name__ == "__main__":
    main()
