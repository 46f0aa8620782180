"""Code points <-> UTF-16 code units for the file formats whose tools count UTF-16: doccano's
annotation view (JavaScript string indices) and WebAnno TSV (Java char offsets). A character
outside the BMP (𠀀, U+20000) is one code point and two UTF-16 units. The window has its own
converter at the ui boundary (ui/offsets.py), kept incrementally through edits."""
from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
UTF16 = "utf16"
CODEPOINTS = "codepoints"
OFFSETS = (UTF16, CODEPOINTS)


def astral(text: str) -> list[int]:
    """Code-point positions of the characters outside the BMP."""
    return [m.start() for m in _ASTRAL.finditer(text)]


def to_utf16(text: str, astral_at: list[int] | None = None):
    """cp -> UTF-16 index in ``text``."""
    at = astral(text) if astral_at is None else astral_at
    return (lambda cp: cp) if not at else (lambda cp: cp + bisect_left(at, cp))


def from_utf16(text: str):
    """UTF-16 index -> cp in ``text``; None when the index falls inside a surrogate pair."""
    at = astral(text)
    if not at:
        return lambda u: u
    starts = [p + i for i, p in enumerate(at)]  # UTF-16 index of each astral character

    def convert(u: int) -> int | None:
        i = bisect_left(starts, u)
        if i > 0 and starts[i - 1] + 1 == u:
            return None  # between the two halves of one character
        return u - i
    return convert
