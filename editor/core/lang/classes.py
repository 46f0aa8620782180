"""Character classes and spans the character-level rules share.

The classes are regex fragments (to put inside ``[...]``) so that rules can find their
candidates with one compiled pattern instead of a Python loop over characters.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from editor.core.lang.cjk import CJK_CLASS, CJK_PUNCT

CJK = CJK_CLASS
# Full-width punctuation and the symbols Chinese typesetting sets without spaces around them.
FW_PUNCT = re.escape(CJK_PUNCT + "％＋－＝／～＃＆＊￥◆◇●○■□▲△★☆※→℃") + "\u3001-\u3003\u3008-\u3011\uff01-\uff0f\uff1a-\uff20"
# Chinese context: an ideograph or full-width punctuation.
ZH = CJK + FW_PUNCT
SPACE = " \t\u3000\u00a0"
LATIN = "A-Za-z\u00c0-\u024f"
DIGIT = "0-9"

ZH_RE = re.compile(f"[{ZH}]")
CJK_RE = re.compile(f"[{CJK}]")

# Addresses keep their ASCII punctuation: no rule converts anything inside them.
_ADDRESS_RE = re.compile(
    r"(?:https?://|ftp://|www\.)[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+"
    r"|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"
)


class Addresses:
    """The URL and e-mail spans of a text, for quick "is this position inside one" tests."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, text: str):
        maybe = "@" in text or "://" in text or "www." in text
        spans = [m.span() for m in _ADDRESS_RE.finditer(text)] if maybe else []
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def __bool__(self) -> bool:
        """Any address at all: most texts have none, and then no position needs a look-up."""
        return bool(self._starts)

    def covers(self, pos: int) -> bool:
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def is_zh(ch: str) -> bool:
    """An ideograph or a full-width punctuation mark."""
    return bool(ch) and ZH_RE.match(ch) is not None


def is_cjk(ch: str) -> bool:
    return bool(ch) and CJK_RE.match(ch) is not None


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the line holding ``pos``, without its newline."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end
