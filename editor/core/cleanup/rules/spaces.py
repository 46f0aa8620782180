"""Spaces inside Chinese text removed: "3 月 10 日" -> "3月10日", "阅 读 提 示" -> "阅读提示".

PDF and OCR extraction put spaces around digits and Latin words and between letterspaced
display characters; Chinese sets none of them. Removed with high confidence: spaces at the
start and end of a line, next to full-width punctuation, between an ideograph and a digit or
Latin word, around a mark inside a number (41 · 4％, 11 ∶ 0) and inside letterspaced lines. Kept: spaces in Latin text, separators the layout
meant (gaps.SEPARATOR and gaps.TITLE: bylines, title halves, "｜" fields, a date before its
weekday in a date line); a full-width or repeated space there becomes one plain space.
A space that cuts a word in two (gaps.SPLIT) goes too, and so does a space between two
words in a text whose spaces are scattered (gaps.STRAY). Otherwise a space between two words
inside a sentence (gaps.TERM) may be the trace of stripped quotation marks, which
quotes.stripped proposes to restore; its removal is the other reading and is proposed below
the default threshold, unless the document shows the term it borders to be a stripped
quotation (cleanup/evidence.py): then the space is left to quotes.stripped alone.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.lang import gaps
from editor.core.cleanup import evidence
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import SPACE, ZH_RE, is_cjk, is_zh, line_bounds

_S = f"[{SPACE}]"
_RUN = re.compile(f"{_S}{_S}*")  # not "+": the engine skips ahead to an opening class, not a repeat
_FIELD_MARKS = set("｜|／/·•")
_MARKUP = set("#*>")
# Marks that stand between the digits of one number in Chinese typesetting: the old
# decimal point (41·4), ratio and score (11∶0), full-width slash, point and colon.
_NUMBER_MARKS = frozenset("·∶／．：")
_SPACED_NUMBER = re.compile(f"[0-9]({_S}*[{''.join(_NUMBER_MARKS)}]{_S}*)[0-9]")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?")
_TOKEN_EDGE = re.compile(f"{_S}|\n")
REMOVE_EDGE, REMOVE, REMOVE_SPLIT, REMOVE_STRAY, TERM = 0.95, 0.9, 0.8, 0.7, 0.3


class Spaces:
    id = "spaces.cjk"
    title = "Spaces in Chinese text"
    description = "Spaces that extraction put inside Chinese text removed; layout separators kept."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        found = gaps.cjk_gaps(text)
        kinds = {g.start: g.kind for g in found}
        if any(g.kind == gaps.TERM for g in found):
            for start in evidence.of(text, found).explained():
                kinds[start] = gaps.SEPARATOR  # a stripped quotation: quotes.stripped's
        changes = []
        for m in _RUN.finditer(text):
            found = self._judge(text, m.start(), m.end(), kinds)
            if found:
                after, reason, confidence = found
                changes.append(Change(self.id, m.start(), m.end(), m.group(), after, reason, confidence))
        return changes

    @staticmethod
    def _beside_spaced_mark(text: str, start: int, end: int, left: str, right: str) -> bool:
        """Is the space beside a field mark ("｜") that has a space on its other side?"""
        return (left in _FIELD_MARKS and start >= 2 and text[start - 2] in SPACE) or (
            right in _FIELD_MARKS and end + 1 < len(text) and text[end + 1] in SPACE)

    def _judge(self, text: str, start: int, end: int, kinds: dict[int, str]):
        run = text[start:end]
        left = text[start - 1] if start else "\n"
        right = text[end] if end < len(text) else "\n"
        if left == "\n" or right == "\n":
            return "", "space at the start or end of a line", REMOVE_EDGE
        if (left in _NUMBER_MARKS or right in _NUMBER_MARKS) and self._inside_number(text, start, end):
            return "", "space inside a number (41·4, 11∶0, 1／8)", REMOVE
        if run == " " and not (is_zh(left) or is_zh(right)):
            return None  # a plain space in Latin text: the common case, decided at once
        if start in kinds:
            return self._gap(run, kinds[start])
        if (left in _FIELD_MARKS or right in _FIELD_MARKS) and self._spaced_field_mark(text, start, end):
            return self._one_space(run)
        if left in _MARKUP:
            return None  # "## 标题": the markup rule's business
        left_cjk, right_cjk = is_cjk(left), is_cjk(right)
        if (is_zh(left) and not left_cjk) or (is_zh(right) and not right_cjk):
            if self._beside_spaced_mark(text, start, end, left, right):
                return None  # "甲 ｜　｜": taking it would unspace the field mark the other side keeps
            return "", "space next to full-width punctuation", REMOVE
        if left_cjk or right_cjk:
            if self._date_field(text, start, end):
                return self._one_space(run)
            return "", "space between Chinese and a digit, Latin word or mark", REMOVE
        return self._one_space(run)

    @staticmethod
    def _gap(run: str, kind: str):
        if kind == gaps.LETTERSPACED:
            return "", "letterspaced characters", REMOVE
        if kind == gaps.SPLIT:
            return "", "space inside a Chinese word", REMOVE_SPLIT
        if kind == gaps.STRAY:
            return "", "stray space inside a Chinese sentence", REMOVE_STRAY
        if kind == gaps.TERM:
            return "", "space inside a Chinese sentence (or stripped quotation marks)", TERM
        return Spaces._one_space(run)

    @staticmethod
    def _one_space(run: str):
        return (" ", "separator set as one plain space", REMOVE) if run != " " else None

    @staticmethod
    def _spaced_field_mark(text: str, start: int, end: int) -> bool:
        """Is this space one side of a "｜" between two fields, as in "汪自力 ｜ 版式"?"""
        line_start, line_end = line_bounds(text, start)
        mark = end if text[end] in _FIELD_MARKS else start - 1
        before = text[line_start:mark].rstrip(SPACE)
        after = text[mark + 1:line_end].lstrip(SPACE)
        spaced = before != text[line_start:mark] and after != text[mark + 1:line_end]
        return spaced and bool(before) and bool(after)

    @staticmethod
    def _inside_number(text: str, start: int, end: int) -> bool:
        """Is this space one side of a mark between two digits in Chinese text ("41 · 4％",
        "11 ∶ 0")? Chinese sets a number's marks closed up; Latin text keeps "1 / 8"."""
        line_start, line_end = line_bounds(text, start)
        m = _SPACED_NUMBER.search(text, max(line_start, start - 4), min(line_end, end + 4))
        return m is not None and m.start(1) <= start and end <= m.end(1) and (
            ZH_RE.search(text, line_start, m.start()) is not None or ZH_RE.search(text, m.end(), line_end) is not None)

    @staticmethod
    def _date_field(text: str, start: int, end: int) -> bool:
        """A date before or after a word on a display line: "2020.2.24 星期一"."""
        line_start, line_end = line_bounds(text, start)
        if not gaps.is_display(text, line_start, line_end):
            return False
        before = _TOKEN_EDGE.split(text[line_start:start])[-1]
        after = _TOKEN_EDGE.split(text[end:line_end])[0]
        return any(_DATE.fullmatch(token) for token in (before, after))


RULE = Spaces()
