"""Where in a text the look-alike rule (chars.lookalike) has anything to try, found for the
whole text at once.

A slip can only be a character that no two-character word covers and that meets a neighbour
one of its look-alikes makes a word with: x + c where x precedes a look-alike a of c inside
a common word, or c + y where y follows one. Those bigrams are known in advance; a text's
bigrams are tested against them and against the two-character words in numpy (bitmaps
indexed by pairs of character numbers), so a clean page costs a few array passes instead of
a Python step per character (which cost three times all the other rules together).
numpy is used here and only here.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np

LEFT, RIGHT, WORD = range(3)  # the bitmaps: x + c, c + y, two-character words


class PairMaps:
    """Up to four sets of two-character strings over a fixed alphabet that test all the pairs
    of a text at once: each character of the alphabet gets a number, and a pair of numbers
    four bits of one bitmap, one per set, so that one look-up answers for every set (32 MB
    for 8,000 characters; a sorted search is ten times slower, a bitmap per set thrice)."""

    def __init__(self, alphabet: Iterable[str]):
        chars = sorted(set(alphabet))
        self.bits = max(1, len(chars).bit_length())
        self.number = np.zeros(0x110000, dtype=np.int32)  # code point -> 1.., 0 for the others
        self.number[[ord(c) for c in chars]] = np.arange(1, len(chars) + 1)
        self.map = np.zeros(1 << max(0, 2 * self.bits - 1), dtype=np.uint8)  # two pairs a byte

    def numbers(self, text: str) -> np.ndarray:
        return self.number[np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)]

    def _index(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        return (first.astype(np.intp) << self.bits) | second

    def _set(self, which: int, index: np.ndarray) -> None:
        np.bitwise_or.at(self.map, index >> 1, (1 << ((index & 1) * 4 + which)).astype(np.uint8))

    def add_products(self, which: int, firsts: Iterable[str], seconds: Iterable[str]) -> None:
        """Add every a + b for a in ``firsts`` and b in ``seconds`` (all in the alphabet)."""
        a, b = self.numbers("".join(firsts)), self.numbers("".join(seconds))
        self._set(which, self._index(np.repeat(a, len(b)), np.tile(b, len(a))))

    def add(self, which: int, pairs: Iterable[str]) -> None:
        """Add the two-character strings of ``pairs`` whose characters are in the alphabet."""
        numbers = self.numbers("".join(p for p in pairs if len(p) == 2)).reshape(-1, 2)
        numbers = numbers[(numbers > 0).all(axis=1)]
        self._set(which, self._index(numbers[:, 0], numbers[:, 1]))

    def sets(self, numbers: np.ndarray) -> np.ndarray:
        """For each pair of neighbours in ``numbers`` (a text's), the sets that hold it, one
        bit each (number 0, a character outside the alphabet, is in no pair)."""
        index = self._index(numbers[:-1], numbers[1:])
        return (self.map[index >> 1] >> ((index & 1) << 2).astype(np.uint8)) & 15

    def __contains__(self, item: tuple[int, str]) -> bool:
        which, pair = item
        return len(pair) == 2 and bool(self.sets(self.numbers(pair))[0] >> which & 1)


def build(candidates: dict, follows: dict, precedes: dict, words: Iterable[str]) -> PairMaps:
    """The maps for ``candidates`` (c -> (look-alikes, their set)), the characters that
    follow / precede each character inside a common word, and the two-character words."""
    words = list(words)
    alphabet = set(candidates).union(*follows.values(), *precedes.values(), *words)
    maps = PairMaps(alphabet)
    slips_of: dict[str, list[str]] = {}  # look-alike a -> the candidates c it can be read for
    for c, (_, alts) in candidates.items():
        for a in alts:
            slips_of.setdefault(a, []).append(c)
    for a, cs in slips_of.items():
        if precedes.get(a):
            maps.add_products(LEFT, precedes[a], cs)
        if follows.get(a):
            maps.add_products(RIGHT, cs, follows[a])
    maps.add(WORD, words)
    return maps


def places(maps: PairMaps, text: str) -> list[int]:
    """The positions of ``text`` the rule tries: a candidate no two-character word covers,
    after an x or before a y (as ``build`` says) that one of its look-alikes makes a word with."""
    n = len(text)
    if n < 2:
        return []
    sets = maps.sets(maps.numbers(text))
    word = (sets & (1 << WORD)).astype(bool)
    covered = np.zeros(n, dtype=bool)
    covered[:-1] |= word
    covered[1:] |= word
    suspect = np.zeros(n, dtype=bool)
    suspect[1:] |= (sets & (1 << LEFT)).astype(bool)
    suspect[:-1] |= (sets & (1 << RIGHT)).astype(bool)
    return np.flatnonzero(suspect & ~covered).tolist()


_MIX = np.uint64(0x9E3779B97F4A7C15)  # a four-character key is hashed to 64 bits (code points need 84)


def _gram_keys(codes: np.ndarray, starts: np.ndarray, length: int) -> np.ndarray:
    key = codes[starts]
    for k in range(1, length):
        key = (key << np.uint64(21)) | codes[starts + k] if k < 3 else (key * _MIX) ^ codes[starts + k]
    return key


class LongWords:
    """The dictionary's words of three and four characters, to tell at once which of some
    places of a text lie inside one (a collision of the four-character hash, about one in
    10^13, would only leave a slip unproposed)."""

    def __init__(self, words: Iterable[str]):
        by_length: dict[int, list[str]] = {3: [], 4: []}
        for w in words:
            if len(w) in by_length:
                by_length[len(w)].append(w)
        self.keys = {n: np.unique(self._keys(ws, n)) for n, ws in by_length.items()}

    @staticmethod
    def _keys(words: list[str], n: int) -> np.ndarray:
        codes = np.frombuffer("".join(words).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        return _gram_keys(codes, np.arange(0, len(codes), n), n)

    def inside(self, text: str, places: list[int]) -> np.ndarray:
        """For each of ``places``, is it inside a word of three or four characters of ``text``?"""
        at = np.asarray(places, dtype=np.intp)
        inside = np.zeros(len(at), dtype=bool)
        if not len(at):
            return inside
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        for n, keys in self.keys.items():
            starts = (at[:, None] - np.arange(n)).ravel()  # every window of n over each place
            fits = (starts >= 0) & (starts + n <= len(codes))
            if not len(keys) or not fits.any():
                continue
            found = _gram_keys(codes, starts[fits], n)
            k = np.minimum(np.searchsorted(keys, found), len(keys) - 1)
            hit = np.zeros(len(starts), dtype=bool)
            hit[np.flatnonzero(fits)[keys[k] == found]] = True
            inside |= hit.reshape(len(at), n).any(axis=1)
        return inside
