"""Straight quotes in Chinese text -> paired curly quotes: "…" -> “…”, '…' -> ‘…’.

Quotes pair within a paragraph: the consecutive non-empty lines around them, since a hard
wrapped column may put the closing quote on the next line. An even count pairs in order.
An odd count means a quote is missing (or a quotation runs on into the next paragraph), so
each mark is judged by its neighbours: after a colon or at a line start it opens, after a
sentence end at a line end it closes; weaker hints and the order in the sequence decide
the rest below the default threshold. A pair is Chinese when its content or its outside
neighbours are. A single ' is only taken next to Chinese, so that apostrophes in English
(don't) stay.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import SPACE, ZH, Addresses, is_zh

_QUOTES = re.compile("[\"']")
_PARAGRAPH = re.compile(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_ZH_RE = re.compile(f"[{ZH}]")
_CURLY = {'"': ("“", "”"), "'": ("‘", "’")}
_QUOTE_MARKS = "\"'“”‘’"
_TRANSPARENT = set(SPACE + _QUOTE_MARKS)
_NO_QUOTES = str.maketrans(_QUOTE_MARKS, " " * len(_QUOTE_MARKS))
_OPENS_AFTER = set(SPACE) | set("（(《【「『：:，,。；;！!？?—…、")
_CLOSES_BEFORE = set(SPACE) | set("）)》】」』：:，,。；;！!？?—…、")


class StraightQuotes:
    id = "punct.quotes"
    title = "Straight quotes"
    description = "Straight quotes in Chinese text replaced by paired curly quotes."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        if '"' not in text and "'" not in text:
            return []
        addresses = Addresses(text)
        changes: list[Change] = []
        for para in _PARAGRAPH.finditer(text):
            for mark in _CURLY:
                positions = [m.start() for m in _QUOTES.finditer(text, para.start(), para.end())
                             if m.group() == mark and not addresses.covers(m.start())]
                if mark == "'":
                    positions = [p for p in positions if _zh_next_to(text, p)]
                if positions:
                    curly = any(c in _CURLY[mark] for c in text[para.start():para.end()])
                    changes += self._pair(text, positions, mark, curly)
        return sorted(changes, key=lambda c: c.start)

    def _pair(self, text: str, positions: list[int], mark: str, curly: bool) -> list[Change]:
        # Curly marks already in the paragraph break the count: part of an odd set was converted
        # (at a low threshold), so the rest must be judged by the same neighbours as before.
        if len(positions) % 2 == 0 and not curly:
            roles = [(i % 2 == 0, 0.9) for i in range(len(positions))]
        else:
            roles = [_guess(text, p, i) for i, p in enumerate(positions)]
        changes = []
        for i, (pos, (opening, confidence)) in enumerate(zip(positions, roles)):
            partner = positions[i + 1] if opening and i + 1 < len(positions) else positions[i - 1] if i else pos
            lo, hi = sorted((pos, partner))
            if not _chinese_pair(text, lo, hi):
                continue
            after = _CURLY[mark][0 if opening else 1]
            changes.append(Change(self.id, pos, pos + 1, mark, after, "straight quote in Chinese text", confidence))
        return changes


def _guess(text: str, pos: int, index: int) -> tuple[bool, float]:
    """Open or close, for a mark whose partner is missing. A quotation opens after a colon or
    at the start of a line and closes after the end of a sentence at the end of a line: those
    are certain. Other neighbours only hint, and without any the order decides."""
    before = text[pos - 1] if pos and text[pos - 1] != "\n" else "\n"
    after = text[pos + 1] if pos + 1 < len(text) and text[pos + 1] != "\n" else "\n"
    if before in "：:\n" and after not in _CLOSES_BEFORE and after != "\n":
        return True, 0.7
    if after == "\n" and before in "。！？!?…":
        return False, 0.7
    if before in _OPENS_AFTER and after not in _CLOSES_BEFORE:
        return True, 0.45
    if after in _CLOSES_BEFORE and before not in _OPENS_AFTER:
        return False, 0.45
    return index % 2 == 0, 0.3


def _outside(text: str, pos: int, step: int) -> str:
    """The first character from ``pos`` in direction ``step`` that is no space or quote mark:
    judging by it, and not by a neighbouring quote, keeps the decision the same once the
    neighbour has been converted."""
    while 0 <= pos < len(text) and text[pos] in _TRANSPARENT:
        pos += step
    return text[pos] if 0 <= pos < len(text) else ""


def _zh_next_to(text: str, pos: int) -> bool:
    return is_zh(_outside(text, pos - 1, -1)) or is_zh(_outside(text, pos + 1, 1))


def _chinese_pair(text: str, lo: int, hi: int) -> bool:
    inside = hi > lo and _ZH_RE.search(text[lo + 1:hi].translate(_NO_QUOTES)) is not None
    return inside or _zh_next_to(text, lo) or _zh_next_to(text, hi)


RULE = StraightQuotes()
