"""Glyph runs doubled by PDF bold rendering: "20202020..22..2424 星期一星期一" -> "2020.2.24 星期一".

A bold line is drawn twice and the extractor emits every text run twice in a row: a run of
ideographs, of digits, of Latin letters or of one repeated punctuation mark becomes XX, and
the single spaces between runs survive. One doubled token proves nothing (谢谢, 看看, 2020,
1111 are real), so the rule looks for a *region*: consecutive tokens, separated by nothing
or by spaces, that are all doubled, with at least two strong tokens (an ideograph or Latin
run of two or more characters, or a doubled punctuation mark) or one strong token among
three. Digit runs, single doubled ideographs and the marks Chinese doubles on purpose
("——", "……", "！！") count only as members of such a region, never as its evidence.
A line that is nothing but doubled tokens, among them a run of three or more ideographs, is
a bold headline on its own ("共同抗疫共同抗疫", "看完景点看完景点——————"); a lone doubled word
inside a line is only proposed.
"""
from __future__ import annotations

import re

from editor.core.model import Change
from editor.core.cleanup.rules.base import Context
from editor.core.lang.classes import CJK, LATIN, SPACE

# A doubled token: XX where X is a whole run of its class. Each doubled form is followed by
# a plain run of its class, which consumes a run that is not doubled, so every attempt starts
# at the start of a run without a (slow) lookbehind at every position.
# Full-width digits and letters (１１００) are digits and letters here: this rule runs before
# width.alnum, and "１１" is no doubled punctuation mark.
_DIGIT = "0-9\uff10-\uff19"
_ALPHA = LATIN + "\uff21-\uff3a\uff41-\uff5a"
_DOUBLED = re.compile(
    f"(?P<c>([{CJK}]+)\\2)(?![{CJK}])|[{CJK}]+"
    f"|(?P<d>([{_DIGIT}]+)\\4)(?![{_DIGIT}])|[{_DIGIT}]+"
    f"|(?P<l>([{_ALPHA}]+)\\6)(?![{_ALPHA}])|[{_ALPHA}]+"
    f"|(?P<p>([^\\s{CJK}{_ALPHA}{_DIGIT}])\\8+)"
)
_GAP = re.compile(f"[{SPACE}]*")
# A run that is itself one run twice: undoing a doubled line must leave no doubled line.
_TWICE = re.compile(f"([{CJK}]+)\\1")
# Marks that are written doubled on purpose.
_ORDINARY_PAIRS = frozenset("—…!！?？~～-*#=_·")


def _strength(m: re.Match) -> int:
    """2 for a strong doubled token, 1 for a weak one, 0 when it is no doubled token."""
    kind, run = m.lastgroup, m.group()
    if kind == "p":
        if len(run) % 2:
            return 0
        # "——", "……", "！！" are written doubled on purpose: members of a region, no evidence.
        return 2 if len(run) == 2 and run[0] not in _ORDINARY_PAIRS else 1
    if kind == "d":
        return 1
    return 2 if len(run) >= 4 else 1


class DoubledGlyphs:
    id = "glyphs.doubled"
    title = "Doubled glyphs"
    description = "Text runs emitted twice by PDF bold rendering (星期一星期一 -> 星期一)."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        changes: list[Change] = []
        region: list[tuple[re.Match, int]] = []
        for m in _DOUBLED.finditer(text):
            strength = _strength(m) if m.lastgroup else 0
            if not strength:
                continue
            if region and not self._adjacent(text, region[-1][0].end(), m.start()):
                changes += self._region_changes(region)
                region = []
            region.append((m, strength))
        changes += self._region_changes(region)
        return changes

    @staticmethod
    def _adjacent(text: str, end: int, start: int) -> bool:
        return start >= end and _GAP.fullmatch(text, end, start) is not None

    def _region_changes(self, region: list[tuple[re.Match, int]]) -> list[Change]:
        strong = sum(1 for _, s in region if s == 2)
        if strong >= 2 or (strong >= 1 and len(region) >= 3):
            confidence = 0.95 if len(region) >= 3 else 0.85
            return [self._undouble(m, confidence) for m, _ in region]
        if len(region) > 1 and self._bold_line(region):
            return [self._undouble(m, 0.8) for m, _ in region]
        if len(region) == 1 and region[0][0].lastgroup == "c" and len(region[0][0].group()) >= 6:
            m = region[0][0]
            base = m.group(2)
            while _TWICE.fullmatch(base):
                base = base[:len(base) // 2]
            if self._whole_line(m) and len(set(base)) > 1:
                # A headline set in bold: a line that is one run of ideographs twice (or four
                # times) over; laughter (哈哈哈哈哈哈) repeats one character. Speech repeats
                # itself inside a sentence, with punctuation.
                return [Change(self.id, m.start() + len(base), m.end(), m.group()[len(base):], "",
                               "doubled glyphs (PDF bold)", 0.8)]
            # A lone doubled word of three or more ideographs: likely, but 对不起对不起 is real.
            return [self._undouble(m, 0.45)]
        return []

    @staticmethod
    def _whole_line(m: re.Match, last: re.Match | None = None) -> bool:
        """Do the tokens from ``m`` to ``last`` fill their line?"""
        text, last = m.string, last or m
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", last.end())
        end = len(text) if end < 0 else end
        return not text[start:m.start()].strip(SPACE) and not text[last.end():end].strip(SPACE)

    def _bold_line(self, region: list[tuple[re.Match, int]]) -> bool:
        """A whole line of doubled tokens with a run of three ideographs or more among them: a
        headline in bold ("看完第二个景点看完第二个景点——————")."""
        return (any(m.lastgroup == "c" and len(m.group()) >= 6 for m, _ in region)
                and self._whole_line(region[0][0], region[-1][0]))

    def _undouble(self, m: re.Match, confidence: float) -> Change:
        keep = (m.end() - m.start()) // 2
        if m.lastgroup == "c":  # a run drawn four times over is halved to its base, not to a double
            base = m.group(2)
            while _TWICE.fullmatch(base):
                base = base[:len(base) // 2]
            keep = len(base)
        return Change(self.id, m.start() + keep, m.end(), m.group()[keep:], "",
                      "doubled glyphs (PDF bold)", confidence)


RULE = DoubledGlyphs()
