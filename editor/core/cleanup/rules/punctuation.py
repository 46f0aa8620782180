"""Half-width punctuation in Chinese text -> full-width: , : ; ! ? ( ) . -- ... 

A mark is in Chinese context when the nearest character on either side (past spaces and
the marks this rule converts) is an ideograph or full-width punctuation. Marks between two
digits stay (1,000, 1:0, 46.65), as do marks in Latin text (Hello, world) and in URLs and
e-mail addresses. Parentheses are decided per pair so that "(1)加强" does not become "(1）".
A "." becomes "。" only where it certainly ends a sentence: after an ideograph and before
the end of the line or a closing quote; between two ideographs it may be a name's middle
dot (尔肯江.吐拉洪), so it stays.

Text decoded with Python's GB2312 table carries the katakana middle dot U+30FB for the
Chinese middle dot (尔肯江・吐拉洪) and U+2015 for the halves of the dash (――); GBK reads the
same bytes as · and —. In Chinese context (an ideograph beside the mark, no kana) they
become · and ——.
"""
from __future__ import annotations

import re
from operator import attrgetter

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import CJK, SPACE, Addresses, is_cjk, is_zh

_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}
_S = f"[{SPACE}]*"
# Spaces, parentheses, dashes, dots and the marks themselves are looked through when judging
# context, so that converting one mark never changes the context of another (idempotence).
_TRANSPARENT = set(SPACE + ",:;!?()，：；！？（）-—.…・·―")
# Every match starts with one of the marks, matched by a character class that opens the
# pattern: the regex engine then skips from mark to mark in C instead of trying every position
# (a leading lookahead or group does not allow that: 2.5 times slower). The alternatives
# look back at that first mark, and an empty group at the end of each names the kind.
_MARKS = re.compile(
    "[,:;!?()\\-.…。・―]"
    "(?:(?<=[,:;!?])[,:;!?]*(?P<run>)"
    "|(?<=・)(?P<middot>)"
    "|(?<=―)―+(?P<bar>)"
    "|(?<=[()])(?P<paren>)"
    "|(?<=-)-+(?P<dash>)"
    "|(?:(?<=\\.)\\.\\.+|(?<=。)。。+|(?<=…)…*)(?P<dots>)"
    f"|(?<=[{CJK}]\\.)(?={_S}(?:$|\\n|[”’」』]))(?P<stop>))",
    re.MULTILINE,
)
_CJK_BEFORE = re.compile(f"[{CJK}]")
_KANA = re.compile("[\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff]")
_SENTENCE_DASH = "——"
_HALF_WIDTH = "half-width punctuation in Chinese text"
_new = tuple.__new__
_ELLIPSIS = "……"
_START = attrgetter("start")


class PunctuationWidth:
    id = "punct.width"
    title = "Punctuation width"
    description = "Half-width punctuation in Chinese text set full-width, with Chinese dashes and ellipses."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        addresses = Addresses(text)
        covers = addresses.covers if addresses else None
        changes: list[Change] = []
        parens: list[int] = []
        rule, append = self.id, changes.append
        for m in _MARKS.finditer(text):
            kind, start = m.lastgroup, m.start()
            if covers and covers(m.end() - 1):
                continue
            if kind == "paren":
                parens.append(start)
            elif kind == "run":
                if (start and _CJK_BEFORE.match(text, start - 1)) or self._zh_around(text, start, m.end()):
                    # A change per mark, made here with tuple.__new__ (the named tuple's
                    # constructor is a Python function): Chinese text set with half-width
                    # punctuation has one every few characters.
                    for i, ch in enumerate(m.group(), start):
                        append(_new(Change, (rule, i, i + 1, ch, _FULL[ch], _HALF_WIDTH, 0.9, None)))
            elif kind == "dash":
                if self._between_words(text, start, m.end()) and self._zh_around(text, start, m.end()):
                    changes.append(self._change(m, _SENTENCE_DASH, "dash", 0.9))
            elif kind in ("middot", "bar"):
                if self._chinese_not_kana(text, start, m.end()):
                    after = "·" if kind == "middot" else "—" * len(m.group())
                    changes.append(self._change(m, after, "GB2312 reading of a Chinese mark", 0.9))
            elif kind == "dots":
                if m.group()[0] == "…" and len(m.group()) > 1:
                    continue  # …… is the Chinese ellipsis already
                if m.group()[0] == "。" or self._zh_around(text, start, m.end()):
                    changes.append(self._change(m, _ELLIPSIS, "ellipsis", 0.85))
            else:
                changes.append(self._change(m, "。", "full stop after a Chinese sentence", 0.8))
        changes += self._parens(text, parens)
        return sorted(changes, key=_START)

    def _change(self, m: re.Match, after: str, reason: str, confidence: float) -> Change:
        return Change(self.id, m.start(), m.end(), m.group(), after, reason, confidence)

    @staticmethod
    def _between_words(text: str, start: int, end: int) -> bool:
        """A dash of two or three hyphens with text on both sides (a "---" line is markup)."""
        return end - start <= 3 and start > 0 and end < len(text) and not (
            text[start - 1].isspace() or text[end].isspace())

    @staticmethod
    def _chinese_not_kana(text: str, start: int, end: int) -> bool:
        """An ideograph beside the mark and no kana: Japanese keeps its ・."""
        before, after = text[start - 1:start], text[end:end + 1]
        if _KANA.match(before) or _KANA.match(after):
            return False
        return is_cjk(before) or is_cjk(after)

    @staticmethod
    def _zh_around(text: str, start: int, end: int) -> bool:
        return is_zh(_neighbour(text, start, -1)) or is_zh(_neighbour(text, end, 1))

    def _parens(self, text: str, positions: list[int]) -> list[Change]:
        pairs, stack, lone = [], [], []
        for pos in positions:
            if text[pos] == "(":
                stack.append(pos)
            elif stack and "\n" not in text[stack[-1]:pos]:
                pairs.append((stack.pop(), pos))
            else:
                lone.append(pos)
        lone += stack
        changes = []
        for open_, close in pairs:
            if any(is_zh(_neighbour(text, p, d)) for p, d in ((open_, -1), (open_ + 1, 1), (close, -1), (close + 1, 1))):
                changes += [self._paren(text, open_), self._paren(text, close)]
        for pos in lone:
            if is_zh(_neighbour(text, pos, -1)) or is_zh(_neighbour(text, pos + 1, 1)):
                changes.append(self._paren(text, pos))
        return changes

    def _paren(self, text: str, pos: int) -> Change:
        return Change(self.id, pos, pos + 1, text[pos], _FULL[text[pos]], "half-width parenthesis in Chinese text", 0.9)


def _neighbour(text: str, pos: int, direction: int) -> str:
    """The first character before ``pos`` (direction -1) or from ``pos`` on (+1) that is not
    a space, a parenthesis or a mark this rule converts."""
    i = pos - 1 if direction < 0 else pos
    while 0 <= i < len(text) and text[i] in _TRANSPARENT:
        i += direction
    return text[i] if 0 <= i < len(text) else ""


RULE = PunctuationWidth()
