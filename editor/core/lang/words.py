"""Chinese words from jieba's bundled dictionary, for the rules that need to know where words
are: frequencies, the part of speech of single characters, a unigram reading score.

Loaded on first use (most of a second), and only by code that has a candidate to judge.
"""
from __future__ import annotations

import logging
import math
import re
from functools import lru_cache

# Entries rarer than this are mostly segmentation by-products (托托, 展展), not words a
# reader would see.
MIN_FREQ = 3
# A line of jieba's dict.txt for a one-character word: "从 128617 p".
_SINGLE_CHAR_ENTRY = re.compile(r"^(\S) \d+ (\S+)\r?$", re.M)


@lru_cache(maxsize=1)
def _jieba():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba


def dictionary() -> dict[str, int]:
    """jieba's word frequencies (prefixes of words are in it too, with frequency 0)."""
    return _jieba().dt.FREQ


@lru_cache(maxsize=1)
def _log_total() -> float:
    return math.log(_jieba().dt.total)


def log_total() -> float:
    """The log of the dictionary's total frequency: a word's log-probability is log f - this."""
    return _log_total()


def is_word(s: str) -> bool:
    return dictionary().get(s, 0) >= MIN_FREQ


@lru_cache(maxsize=1)
def _char_tags() -> dict[str, str]:
    """The part-of-speech tag jieba's dictionary gives each single character."""
    with _jieba().dt.get_dict_file() as f:
        entries = f.read().decode("utf-8")
    return dict(_SINGLE_CHAR_ENTRY.findall(entries))


def char_tag(ch: str) -> str:
    """jieba's tag for a character used as a word alone ("v", "p", "nr"...), "" if it has none."""
    return _char_tags().get(ch, "")


def reading(s: str) -> tuple[float, list[str]]:
    """The most likely segmentation of ``s`` into dictionary words and its log-probability
    (a unigram model, as jieba segments): a reading that needs rare words or stray single
    characters scores lower."""
    get, total, log = dictionary().get, _log_total(), math.log
    n = len(s)
    best = [0.0] * (n + 1)
    step = [1] * (n + 1)
    for i in range(n - 1, -1, -1):
        score, length = log(get(s[i], 0) or 1) - total + best[i + 1], 1
        for j in range(i + 2, n + 1):
            f = get(s[i:j])
            if f is None:
                break  # the dictionary holds every prefix of its words (frequency 0): none is longer
            if f > 0:
                candidate = log(f) - total + best[j]
                if candidate >= score:  # ties to the longer word, as jieba
                    score, length = candidate, j - i
        best[i], step[i] = score, length
    tokens, i = [], 0
    while i < n:
        tokens.append(s[i:i + step[i]])
        i += step[i]
    return best[0], tokens


def spans_word(left: str, right: str, reach: int = 3) -> bool:
    """Does a dictionary word run across the seam, made of the end of ``left`` and the start
    of ``right`` ("联" + "系职工" -> 联系)? A line broken inside a word is running text."""
    left, right = left.rstrip(), right.lstrip()
    for i in range(1, min(reach, len(left)) + 1):
        for j in range(1, min(reach, len(right)) + 1):
            if is_word(left[-i:] + right[:j]):
                return True
    return False


@lru_cache(maxsize=1 << 12)
def splits_word(left: str, right: str) -> bool:
    """Would ``left + right`` be segmented (as jieba does without its HMM) with a word across
    the join (防 | 控)? Cached: the spaces rule and the stripped-quotes rule ask about the same
    spaces of a text, one after the other."""
    joined, join = left + right, len(left)
    # Segmenting costs far more than a few look-ups: only when some word crosses the join
    # can the segmentation put one there.
    if not _word_across(joined, join):
        return False
    pos = 0
    for token in reading(joined)[1]:
        if pos < len(left) < pos + len(token):
            return True
        pos += len(token)
    return False


def _word_across(joined: str, join: int) -> bool:
    """Is there a dictionary word of up to four characters across ``join``? Every prefix of a
    word is in the dictionary, so a start whose characters up to one past the join are no
    prefix has no word across it: most starts cost a single look-up."""
    freq, n = dictionary(), len(joined)
    for a in range(max(0, join - 3), join):
        for b in range(join + 1, min(n, a + 4) + 1):
            f = freq.get(joined[a:b])
            if f is None:
                break
            if f > 0:
                return True
    return False


@lru_cache(maxsize=4)
def pairs_in_words(min_freq: int) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(after, before): for each character, the characters that follow it / precede it inside
    some word of two to four characters at least ``min_freq`` times in the dictionary. A cheap
    first test of whether a character could make a word with a neighbour (built once, a few
    tenths of a second)."""
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for word, f in dictionary().items():
        if f >= min_freq and 2 <= len(word) <= 4:
            for a, b in zip(word, word[1:]):
                after.setdefault(a, set()).add(b)
                before.setdefault(b, set()).add(a)
    return ({k: frozenset(v) for k, v in after.items()}, {k: frozenset(v) for k, v in before.items()})


@lru_cache(maxsize=1)
def two_character_words() -> frozenset[str]:
    """The dictionary's words of two characters (a set a tenth of the dictionary's size:
    testing every pair of a text against it is twice as fast as against the dictionary)."""
    return frozenset(w for w, f in dictionary().items() if len(w) == 2 and f >= MIN_FREQ)
