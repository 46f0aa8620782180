"""Chinese dictionary words, from jieba's bundled dictionary, loaded on first use (~0.6 s)."""
from __future__ import annotations

import logging
from functools import lru_cache

# Entries rarer than this are mostly segmentation by-products, not words a reader would see.
MIN_FREQ = 3


@lru_cache(maxsize=1)
def _freq() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.dt.check_initialized()
    return jieba.dt.FREQ


def is_word(s: str) -> bool:
    return _freq().get(s, 0) >= MIN_FREQ


def spans_word(left: str, right: str, reach: int = 3) -> bool:
    """Does a dictionary word run across the seam, made of the end of ``left`` and the start
    of ``right`` ("联" + "系职工" -> 联系)? A line broken inside a word is running text."""
    left, right = left.rstrip(), right.lstrip()
    for i in range(1, min(reach, len(left)) + 1):
        for j in range(1, min(reach, len(right)) + 1):
            if is_word(left[-i:] + right[:j]):
                return True
    return False
