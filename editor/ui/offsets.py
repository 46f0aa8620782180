"""Code points (core, store) <-> UTF-16 code units (Qt). The only place that converts.

Characters outside the BMP (CJK Extension B names such as 𠀀) take two UTF-16 units.
``OffsetMap`` keeps the sorted code-point positions of such characters and is updated
incrementally on each edit; with none in the text every conversion is the identity.
"""
from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def astral_positions(text: str) -> list[int]:
    return [m.start() for m in _ASTRAL.finditer(text)]


def utf16_len(text: str) -> int:
    return len(text) + len(astral_positions(text))


class OffsetMap:
    def __init__(self, text: str = ""):
        self._astral = astral_positions(text)

    def reset(self, text: str) -> None:
        self._astral = astral_positions(text)

    def to_utf16(self, cp: int) -> int:
        if not self._astral:
            return cp
        return cp + bisect_left(self._astral, cp)

    def to_cp(self, u16: int) -> int:
        if not self._astral:
            return u16
        # the i-th astral character (0-based) starts at UTF-16 index astral[i] + i
        lo, hi = 0, len(self._astral)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < u16:
                lo = mid + 1
            else:
                hi = mid
        return u16 - lo

    def replace(self, start: int, end: int, inserted: str) -> None:
        """Keep the map in step with text[start:end] = inserted (code points)."""
        if not self._astral and not _ASTRAL.search(inserted):
            return
        a = self._astral
        i, j = bisect_left(a, start), bisect_left(a, end)
        delta = len(inserted) - (end - start)
        self._astral = a[:i] + [start + p for p in astral_positions(inserted)] + [p + delta for p in a[j:]]

    @property
    def identity(self) -> bool:
        return not self._astral


__all__ = ["OffsetMap", "astral_positions", "utf16_len"]
