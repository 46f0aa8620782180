"""How plausible a text is as Chinese (or plain Western) writing: a character unigram model.

Choosing between decodings of the same bytes is a comparison of ``log P(text)`` under each:
the right decoding reads as common characters, a wrong one as rare characters, symbols and
control codes. Chinese characters take their frequencies from hanzi_freq.tsv (built from
jieba's dictionary, simplified and traditional); everything else gets a probability by
character class. The absolute numbers matter less than the order: common punctuation above
rare letters above symbols above private-use and control characters.
"""
from __future__ import annotations

import math
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from editor.paths import RULE_DATA

from editor.core.lang.cjk import is_cjk

LN = math.log

# Pairs of code points that Python's legacy tables disagree on for the same bytes (gb2312 vs
# gbk, big5 vs cp950): they score alike, so the narrowest codec that decodes wins the tie
# instead of the table whose dot or dash happens to rank higher.
_SAME_BYTES = (
    ("\u30fb", "\u00b7"), ("\u2015", "\u2014"),
    ("\u2022", "\u2027"), ("\uff64", "\ufe51"), ("\u203e", "\u00af"), ("\u223c", "\uff5e"),
    ("\u2641", "\u2295"), ("\u2609", "\u2299"), ("\uff0f", "\u2215"), ("\uff3c", "\ufe68"),
    ("\u00a5", "\uffe5"), ("\u00a2", "\uffe0"), ("\u00a3", "\uffe1"),
)
_PARTNER = {a: b for a, b in _SAME_BYTES} | {b: a for a, b in _SAME_BYTES}


def table_variants(a: str, b: str) -> bool:
    """Whether two texts differ only where legacy tables map the same bytes apart."""
    return len(a) == len(b) and all(x == y or _PARTNER.get(x) == y for x, y in zip(a, b))

_COMMON_CJK_PUNCT = "，。、：；！？“”‘’《》（）【】—…·「」『』〈〉％～\u3000"
_ASCII_PUNCT = ".,;:!?()-'\"/%"

_PROBABILITIES = (
    # (predicate, probability); the first that matches wins
    (lambda c: c in "\n\r", 0.02),
    (lambda c: c == " ", 0.03),
    (lambda c: c == "\t", 0.005),
    (lambda c: c == "\f", 1e-5),
    (lambda c: c.isascii() and c.isdigit(), 0.003),
    (lambda c: c.isascii() and c.isalpha(), 0.002),
    (lambda c: c in _ASCII_PUNCT, 0.001),
    (lambda c: c.isascii() and c.isprintable(), 1e-4),
    (lambda c: c in "，。", 0.03),
    (lambda c: c in _COMMON_CJK_PUNCT, 0.005),
    (lambda c: c in "–•°×\u00a0", 1e-4),
    (lambda c: unicodedata.category(c) in ("Cc", "Cs", "Cn"), 1e-12),
    (lambda c: unicodedata.category(c) == "Co", 1e-11),
    (lambda c: c == "\ufffd", 1e-10),
    (lambda c: "\u2010" <= c <= "\u2027", 1e-4),  # general punctuation: dashes, quotes
    (lambda c: "\u00c0" <= c <= "\u00ff", 1e-5),  # accented Latin letters
    (lambda c: "\u3040" <= c <= "\u30ff", 1e-4),  # kana
    (lambda c: "\uff01" <= c <= "\uff5e", 1e-4),  # full-width ASCII
    (lambda c: "\u2460" <= c <= "\u24ff" or "\u25a0" <= c <= "\u25ff", 1e-4),  # ①, ■ ● bullets
    (lambda c: "\u3000" <= c <= "\u303f" or "\u2100" <= c <= "\u218f", 1e-5),  # 〇 〔, ℃ Ⅱ
    (lambda c: "\u0100" <= c <= "\u052f" or "\u00a0" <= c <= "\u00bf", 1e-6),  # Latin ext., Greek, Cyrillic
    (lambda c: "\u2000" <= c <= "\u2bff" or "\ufe30" <= c <= "\ufe4f", 1e-6),  # other symbols
    (lambda c: "\uac00" <= c <= "\ud7af" or "\u1100" <= c <= "\u11ff", 1e-8),  # Hangul
)
_RARE_HAN = 1e-8  # a BMP ideograph outside the table
_OTHER = 1e-9  # extension ideographs, compatibility ideographs, scripts we never expect


@cache
def _han_table() -> dict[str, float]:
    text = (RULE_DATA / "hanzi_freq.tsv").read_text(encoding="utf-8")
    counts = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            ch, n = line.split("\t")
            counts[ch] = int(n)
    total = sum(counts.values())
    floor = LN(_RARE_HAN * 10)  # a listed character is never rarer than an unlisted one
    return {ch: max(LN(n / total), floor) for ch, n in counts.items()}


@cache
def logp(ch: str) -> float:
    """Natural log of the probability of one character."""
    partner = _PARTNER.get(ch)
    return max(_logp(ch), _logp(partner)) if partner else _logp(ch)


def _logp(ch: str) -> float:
    han = _han_table().get(ch)
    if han is not None:
        return han
    for test, p in _PROBABILITIES:
        if test(ch):
            return LN(p)
    if is_cjk(ch):
        return LN(_RARE_HAN) if "\u4e00" <= ch <= "\u9fff" else LN(_OTHER)
    return LN(_OTHER)


@dataclass(frozen=True, slots=True)
class Score:
    logp: float  # log P(text): higher is more plausible
    chars: int

    @property
    def mean(self) -> float:
        return self.logp / self.chars if self.chars else 0.0


def score(text: str) -> Score:
    counts = Counter(text)
    return Score(sum(n * logp(ch) for ch, n in counts.items()), len(text))
