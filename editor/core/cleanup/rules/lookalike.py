"""OCR misrecognitions: a character read as one that looks like it (形近字), 己经 for 已经.

OCR engines swap characters of nearly the same shape (己/已/巳, 未/末, 人/入, 侯/候, 问/间).
Such a slip leaves a place the lexicon cannot explain: a character that no word of jieba's
dictionary covers (己 in 他己经; 己 in 自己 is covered and left alone). For each such
character the rule tries its look-alikes (core/lang/lookalikes.py, from glyph bitmaps) that
make a common word with a neighbour, and scores the best one by
  - the gain of the unigram reading of the neighbourhood (jieba's frequencies) with it,
    plus what the store's own corrected text says of the two readings (lookalike_learning),
  - how alike the two glyphs are, and how common the word it makes is;
and proposes it above SCORE: "己经 → 已经: 已经 is a word, 己经 is none".

Left alone: digits, Latin and every non-ideograph (only ideographs are tried, never a
numeral and never into one); the commonest function characters (的, 了, 是); names: a
character right after a lone surname (王己, 李末), a lone surname before an unexplained
character (郭华), the character before a place suffix (甘棠镇); places protected by the
editor (accepted names, refused changes: the pipeline drops them); a pair the editor
rejected in the same context.
Proposals are low confidence (at most CEILING), so they wait in the Changes panel; the
editor's acceptances of a pair raise its confidence and lower the score it needs.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from editor.core.cleanup import lookalike_index as index
from editor.core.cleanup.lookalike_learning import EMPTY, RULE_ID, Knowledge, context
from editor.core.cleanup.rules.base import Context
from editor.core.lang.lookalikes import nearest
from editor.core.lang.words import MIN_FREQ, dictionary, log_total, pairs_in_words, reading, two_character_words
from editor.core.model import Change

MIN_SIMILARITY = 0.70  # glyph similarity below which two characters are not confused
MAX_ALTERNATIVES = 12
WORD_FREQ = 100  # the word a look-alike makes must be a common one
WINDOW = 4  # characters each side of the slip that its reading looks at
LONGEST = 4
FUNCTION_CHAR_FREQ = 100_000  # jieba's frequency of 的, 了, 是, 在... as words alone
# score = reading gain + SIM_WEIGHT * (similarity - 0.8) + FREQ_WEIGHT * (log10 word freq - 3),
# measured in benchmarks/lookalike_quality.py: SCORE keeps false proposals on clean news
# text under one per 10,000 characters.
SIM_WEIGHT, FREQ_WEIGHT, SCORE = 20.0, 2.0, 8.5
LEARNED_STEP = 3.0  # the score a pair needs drops by this per log-acceptance in the store
BASE, CEILING = 0.3, 0.45  # without the store's evidence a proposal stays below the default threshold
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两廿卅")
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤庞凌臧朴欧司诸葛")
# The character before one of these is most likely the end of a place name (甘棠镇, 坂子矶).
_PLACE_SUFFIXES = frozenset("省市县区乡镇村州湾岛山河江湖矶港")


_IDEOGRAPHS_BEFORE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]*\\Z")  # \Z, not $: $ would also stop before a newline
_IDEOGRAPHS_AFTER = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]*")


class _Coverage:
    """Which characters of a text no dictionary word of two or more characters covers, asked
    only of the few places the rule has something to try (lookalike_index finds them)."""

    def __init__(self, text: str):
        self.text, self.n = text, len(text)
        self._free: dict[int, bool] = {}

    def two(self, k: int) -> bool:
        """Is text[k:k+2] a two-character word?"""
        return 0 <= k < self.n - 1 and self.text[k:k + 2] in two_character_words()

    def covered_by_two(self, i: int) -> bool:
        return self.two(i - 1) or self.two(i)

    def known_free(self, i: int) -> None:
        self._free[i] = True

    def free(self, i: int) -> bool:
        """Is ``i`` (a character no two-character word covers) outside every longer word too?"""
        if not 0 <= i < self.n:
            return False
        known = self._free.get(i)
        if known is None:
            known = self._free[i] = not self._longer_word(i)
        return known

    def _longer_word(self, i: int) -> bool:
        get, text = dictionary().get, self.text
        for s in range(max(0, i - LONGEST + 1), min(i + 1, self.n - 1)):
            for e in range(max(s + 3, i + 1), min(self.n, s + LONGEST + 1) + 1):
                f = get(text[s:e])
                if f is None:
                    break
                if f >= MIN_FREQ:
                    return True
        return False

    def lone(self, i: int) -> bool:
        """Is ``i`` a character no word covers (a lone surname, a given name)?"""
        return 0 <= i < self.n and not self.covered_by_two(i) and self.free(i)


def _word_with(run: str, i: int, ch: str, heads: list[str]) -> tuple[str, int] | None:
    """The commonest word of two to four characters that ``ch`` at ``i`` makes with its
    neighbours in ``run`` (``heads``: the characters before ``i`` that begin a word), if any."""
    get, n = dictionary().get, len(run)
    best, best_f = None, WORD_FREQ - 1
    for head in heads:
        w = head + ch
        e = i + 1
        while True:
            f = get(w)
            if f is None:
                break
            if f > best_f and len(w) >= 2:
                best, best_f = w, f
            if e >= n or len(w) >= LONGEST:
                break
            w += run[e]
            e += 1
    return None if best is None else (best, best_f)


def _in_name(run: str, i: int, cover: _Coverage) -> bool:
    """Is ``i`` inside a name: right after a lone surname (王己), after a lone surname and
    one more unexplained character (王小己), a lone surname before one (郭华), or before
    the suffix of a place (甘棠镇)?"""
    lone = cover.lone
    return ((i >= 1 and run[i - 1] in _SURNAMES and lone(i - 1))
            or (i >= 2 and run[i - 2] in _SURNAMES and lone(i - 1) and lone(i - 2))
            or (i + 1 < len(run) and run[i] in _SURNAMES and lone(i + 1))
            or (i + 1 < len(run) and run[i + 1] in _PLACE_SUFFIXES))


@lru_cache(maxsize=1)
def _candidates() -> dict:
    """The look-alikes the rule tries, per character. The commonest function characters (的,
    了, 是, 在, 和...) are left out: they stand alone everywhere, so trying them costs a third
    of the rule's time, and on the benchmark they found no slip the others did not."""
    freq = dictionary()
    return {ch: found for ch, found in nearest(MIN_SIMILARITY, MAX_ALTERNATIVES).items()
            if freq.get(ch, 0) < FUNCTION_CHAR_FREQ and ch not in _NUMERALS}


@lru_cache(maxsize=1)
def _maps() -> index.PairMaps:
    follows, precedes = pairs_in_words(WORD_FREQ)
    return index.build(_candidates(), follows, precedes, two_character_words())


@lru_cache(maxsize=1)
def _long_words() -> index.LongWords:
    return index.LongWords(w for w, f in dictionary().items() if f >= MIN_FREQ and 3 <= len(w) <= LONGEST)


class Lookalike:
    id = RULE_ID
    title = "OCR look-alike characters"
    description = "A character OCR read as one that looks like it, where the lexicon expects the other (己经 -> 已经)."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        knowledge = ctx.learned.get(self.id, EMPTY) if ctx.learned else EMPTY
        candidates = _candidates()
        cover = _Coverage(text)
        follows, precedes = pairs_in_words(WORD_FREQ)
        none: frozenset[str] = frozenset()
        n, out = len(text), []
        places = index.places(_maps(), text)
        for i, inside in zip(places, _long_words().inside(text, places)):
            if inside:
                continue
            cover.known_free(i)
            ch = text[i]
            found = candidates[ch]  # the table holds ideographs only: no digit, Latin or mark
            # Only a look-alike that meets a neighbour inside some common word can make one.
            left = follows.get(text[i - 1], none) if i else none
            right = precedes.get(text[i + 1], none) if i + 1 < n else none
            alts = [(a, s) for a, s in found[0] if a in left or a in right]
            if alts and not _in_name(text, i, cover):
                change = self._best(text, i, alts, knowledge)
                if change is not None:
                    out.append(change)
        return out

    def _best(self, text: str, i: int, alts, knowledge: Knowledge) -> Change | None:
        get, ch = dictionary().get, text[i]
        # the neighbourhood read: ideographs only, WINDOW each side
        s = _IDEOGRAPHS_BEFORE.search(text, max(0, i - WINDOW), i).start()
        e = _IDEOGRAPHS_AFTER.match(text, i + 1, i + 1 + WINDOW).end()
        run, at = text[s:e], i - s
        heads = [""] + [run[h:at] for h in range(at - 1, max(-1, at - LONGEST), -1) if get(run[h:at]) is not None]
        base = None
        best = None
        for alt, sim in alts:
            found = alt not in _NUMERALS and _word_with(run, at, alt, heads)
            if not found or knowledge.refuses(text, i, i + 1, ch, alt):
                continue
            # The score without the reading gain, and the score needed: most places fail even
            # with the largest gain the new word could bring, and are not read at all.
            rest = SIM_WEIGHT * (sim - 0.8) + FREQ_WEIGHT * (math.log10(found[1]) - 3) + knowledge.text_gain(text, i, alt)
            needed = SCORE - LEARNED_STEP * math.log1p(knowledge.accepted[(ch, alt)])
            if rest + _gain_bound(run, at, alt) < needed:
                continue
            if base is None:
                base = reading(run)[0]
            score = reading(run[:at] + alt + run[at + 1:])[0] - base + rest
            if score >= needed and (best is None or score > best[0]):
                best = (score, alt, found[0])
        if best is None:
            return None
        score, alt, word = best
        seen = _seen(run, at, word, alt)
        left, right = context(text, i, i + 1)
        confidence = max(0.05, min(CEILING, BASE + 0.02 * (score - SCORE)) + knowledge.pair_bonus(ch, alt))
        return Change(self.id, i, i + 1, ch, alt, f"{seen} → {word}: {word} is a word, {seen} is none",
                      round(confidence, 3), {"reading": word, "score": round(score, 2), "left": left, "right": right})


def _gain_bound(run: str, at: int, alt: str) -> float:
    """An upper bound of reading(new)[0] - reading(run)[0], new being ``run`` with ``alt`` at
    ``at``: the best reading of the new text has one token over ``at``; the old text can be
    read the same with that token's span as single characters, so the gain is at most, over
    every token t the new text has there, log p(t) minus the single characters' log p."""
    get, log, total = dictionary().get, math.log, log_total()
    new, n = run[:at] + alt + run[at + 1:], len(run)
    singles = [log(get(c, 0) or 1) - total for c in run]
    bound = log(get(alt, 0) or 1) - total - singles[at]
    for s in range(at, -1, -1):
        spent = sum(singles[s:at + 1])
        for e in range(s + 1, n + 1):
            f = get(new[s:e])
            if f is None:
                break  # every prefix of a word is in the dictionary
            if e > at + 1:
                spent += singles[e - 1]
            if e > at and f > 0:
                bound = max(bound, log(f) - total - spent)
    return bound + 1e-9  # the readings' sums round differently


def _seen(run: str, i: int, word: str, alt: str) -> str:
    """The characters of ``run`` that ``word`` replaces, around ``i``."""
    for s in range(max(0, i - len(word) + 1), i + 1):
        if run[s:i] + alt + run[i + 1:s + len(word)] == word:
            return run[s:s + len(word)]
    return run[i]


RULE = Lookalike()
