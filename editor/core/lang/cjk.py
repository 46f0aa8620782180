"""Character classes and small text helpers shared by decoding, rules and segmentation."""
from __future__ import annotations

import re

# CJK Unified Ideographs, Extension A, compatibility ideographs, and the astral extensions B-I.
_CJK_RANGES = (
    (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
    (0x20000, 0x2A6DF), (0x2A700, 0x2EE5F), (0x2F800, 0x2FA1F), (0x30000, 0x323AF),
)
CJK_CLASS = "".join(f"\\U{a:08X}-\\U{b:08X}" for a, b in _CJK_RANGES)
CJK_RE = re.compile(f"[{CJK_CLASS}]")

# Full-width punctuation used in mainland Chinese text.
CJK_PUNCT = "，。！？：；、（）“”‘’《》〈〉【】「」『』—…·～｜"


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return any(a <= o <= b for a, b in _CJK_RANGES)


def lines_with_offsets(text: str):
    """Yield (start, end, line) for each line, ``end`` excluding the newline."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1
