"""jieba's dictionary, for the rules that need to know where Chinese words are.

Loaded on first use (most of a second), and only by rules that have a candidate to judge.
"""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba


def dictionary() -> dict[str, int]:
    """jieba's word frequencies (prefixes of words are in it too, with frequency 0)."""
    return _jieba().dt.FREQ


def is_word(s: str) -> bool:
    return dictionary().get(s, 0) > 0


def splits_word(left: str, right: str) -> bool:
    """Would ``left + right`` be segmented with a word across the join (防 | 控)?"""
    joined, join = left + right, len(left)
    freq = dictionary()
    # Segmenting costs far more than a few look-ups: only when some word crosses the join
    # can the segmentation put one there.
    if not any(freq.get(joined[a:b], 0) > 0
               for a in range(max(0, join - 3), join) for b in range(join + 1, min(len(joined), a + 4) + 1)):
        return False
    pos = 0
    for token in _jieba().lcut(joined, HMM=False):
        if pos < len(left) < pos + len(token):
            return True
        pos += len(token)
    return False
