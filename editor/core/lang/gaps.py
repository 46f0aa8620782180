"""What a space between two ideographs means. Shared by the spaces and stripped-quotes rules
so that the two agree on every such space.

Chinese text has no spaces between words, so a space between two ideographs is one of:

- LETTERSPACED: a display line set with a space between every character ("阅 读 提 示");
  the spaces go.
- SEPARATOR: a separator the layout meant: between the names of a byline ("本报记者 张静",
  "（记者柳姗姗 彭冰）"), between two halves of like length that fill a quotation or a 《》
  title ("“温暖回城 安全复工”", "《齐心协力 众志成城——…》"); it stays.
- TITLE: between the halves of a display line: a short line without sentence punctuation
  (a kicker, title, caption) that is not part of a hard-wrapped column ("精准施策 持续作战");
  it stays, although a short half may be a term whose quotation marks were stripped
  ("倾力当好职工 娘家人").
- SPLIT: inside a sentence, cutting a word in two by jieba's segmentation ("疫情防 控"):
  quotation marks never stand inside a word, so it is a stray space; it goes.
- TERM: inside a sentence between two words: the trace of stripped quotation marks around a
  term ("开展 天工杯 十大示范性劳动"), or a stray space; only the editor can tell, so both
  readings are proposed with low confidence.
- STRAY: a TERM gap in a text whose spaces fall where words are, not where terms end: stray
  spaces that extraction scattered (justified PDF lines, OCR). Quotation marks never stand
  inside a word, so in a text with stripped quotes no gap is SPLIT; scattered spaces cut
  words about as often as they fall between them. A text with at least STRAY_MIN_SPLITS
  SPLIT gaps, making at least STRAY_SHARE of its sentence gaps, has scattered spaces, and its
  TERM gaps are STRAY: they go.

On a page that prints no quotation marks but sets off at least PAIRED_MIN short stretches
between two TERM gaps (terms whose marks were stripped), a SPLIT gap that closes, within its
clause, a short stretch a TERM gap opens ("每年5月的 世界环境日 前后": jieba reads 日前 across
the second) is the other half of such a pair, and TERM too: jieba's words run across term ends.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.lang import words
from editor.core.lang.classes import CJK, SPACE, line_bounds

LETTERSPACED, SEPARATOR, TITLE, TERM, SPLIT, STRAY = "letterspaced", "separator", "title", "term", "split", "stray"

# Spaces first, then the ideograph after them; the one before is checked in Python: a pattern
# that starts with a lookbehind is tried at every position of the text. "[ ][ ]*" rather than
# "[ ]+": the engine skips to a character of a class that opens a pattern, not of a repeat.
_GAP = re.compile(f"[{SPACE}][{SPACE}]*(?=[{CJK}])")
_CJK = re.compile(f"[{CJK}]")
_LEFT_WORDS = re.compile(f"[{CJK}]{{1,8}}$")
_RIGHT_WORDS = re.compile(f"[{CJK}]{{1,8}}")
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"))
_PAREN_NAMES = re.compile(f"[（(](?:[{CJK}·]{{2,8}}[{SPACE}]+)+[{CJK}·]{{2,8}}[）)]")
_BYLINE = re.compile(f"记者|通讯员|摄影|特约|编辑|责编|校对|版式|供图|实习生|[{SPACE}]摄[{SPACE}]*$")
_SENTENCE_PUNCT = re.compile("[。！？；!?;]|[，,、：:][\\s”’]*$")
DISPLAY_MAX = 50  # longer lines without sentence punctuation are still prose
HALF_MAX = 12
_HALF_BOUNDS = "“‘「『《—·：:"
_HALF_CLOSE = "”’」』》—·：:"
_HALF_LEFT = re.compile(f"[{_HALF_BOUNDS}]([{CJK}]{{2,{HALF_MAX}}})$")
_HALF_RIGHT = re.compile(f"([{CJK}]{{2,{HALF_MAX}}})(?:[{_HALF_CLOSE}\n]|$)")
STRAY_MIN_SPLITS, STRAY_SHARE = 2, 0.2
PAIR_MAX, PAIRED_MIN = 12, 3
_PAIR_BREAK = re.compile("[，。；：！？,;:!?（）()、…—\n]")


@dataclass(frozen=True, slots=True)
class Gap:
    start: int
    end: int
    kind: str


def is_display(text: str, line_start: int, line_end: int) -> bool:
    """A short line without sentence punctuation that is not part of a hard-wrapped column."""
    line = text[line_start:line_end].strip()
    if not line or len(line) > DISPLAY_MAX or _SENTENCE_PUNCT.search(line):
        return False
    return not _in_wrapped_block(text, line_start, line_end)


def _in_wrapped_block(text: str, line_start: int, line_end: int) -> bool:
    """Is the line one of three or more consecutive non-blank lines (a hard-wrapped column)?"""
    run, pos = 1, line_start
    while run < 3 and pos > 0:
        start, _ = line_bounds(text, pos - 1)
        if not text[start:pos - 1].strip():
            break
        run, pos = run + 1, start
    pos = line_end
    while run < 3 and pos < len(text):
        _, end = line_bounds(text, pos + 1)
        if not text[pos + 1:end].strip():
            break
        run, pos = run + 1, end
    return run >= 3


def _is_gap(text: str, m: re.Match) -> bool:
    return m.start() > 0 and _CJK.match(text, m.start() - 1) is not None


def cjk_gaps(text: str) -> list[Gap]:
    """Every run of spaces between two ideographs, classified."""
    gaps: list[Gap] = []
    line: _Line | None = None
    for m in _GAP.finditer(text):
        if not _is_gap(text, m):
            continue
        if line is None or m.start() >= line.end:
            line = _Line(text, m.start())
        kind = line.kind(m.start(), m.end())
        if kind == TERM and _splits_word(text, m.start(), m.end(), line):
            kind = SPLIT
        gaps.append(Gap(m.start(), m.end(), kind))
    if "“" not in text and "”" not in text:
        gaps = _paired_splits(text, gaps)
    return _stray(gaps)


def _paired(text: str, a: Gap, b: Gap) -> bool:
    return b.start - a.end <= PAIR_MAX and _PAIR_BREAK.search(text, a.end, b.start) is None


def _paired_splits(text: str, found: list[Gap]) -> list[Gap]:
    pairs = sum(1 for a, b in zip(found, found[1:]) if a.kind == b.kind == TERM and _paired(text, a, b))
    if pairs < PAIRED_MIN:
        return found
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if {a.kind, b.kind} == {TERM, SPLIT} and _paired(text, a, b):
            split = k if a.kind == SPLIT else k + 1
            out[split] = Gap(out[split].start, out[split].end, TERM)
    return out


def _parallel_halves(text: str, start: int, end: int) -> bool:
    """Does the gap join two halves of a slogan or title, "温暖回城 安全复工", "齐心协力
    众志成城——…": ideographs alone from the quotation mark (or dash) to the gap and from the
    gap to the closing mark (or dash, or the end of a line that a column cut), at least two on
    each side and of like length?"""
    left = _HALF_LEFT.search(text, max(0, start - HALF_MAX - 1), start)
    right = _HALF_RIGHT.match(text, end, end + HALF_MAX + 1)
    if not left or not right:
        return False
    a, b = len(left.group(1)), len(right.group(1))
    return 2 * max(a, b) <= 3 * min(a, b)


def _stray(gaps: list[Gap]) -> list[Gap]:
    """TERM gaps become STRAY when the text's SPLIT gaps show that its spaces are scattered."""
    splits = sum(1 for g in gaps if g.kind == SPLIT)
    terms = sum(1 for g in gaps if g.kind == TERM)
    if splits < STRAY_MIN_SPLITS or splits < STRAY_SHARE * (splits + terms):
        return gaps
    return [Gap(g.start, g.end, STRAY) if g.kind == TERM else g for g in gaps]


def _splits_word(text: str, start: int, end: int, line: "_Line") -> bool:
    """Does the space cut a word in two ("疫情防 控")? Quotation marks never stand inside a
    word, so such a space is no trace of stripped quotes."""
    left = _LEFT_WORDS.search(text, max(line.start, start - 8), start).group()
    right = _RIGHT_WORDS.match(text, end, min(line.end, end + 8)).group()
    return words.splits_word(left, right)


class _Line:
    """One line's gaps judged one by one, each with a few string searches around it."""

    def __init__(self, text: str, pos: int):
        self.text = text
        self.start, self.end = line_bounds(text, pos)
        line = text[self.start:self.end]
        # Most lines have no quotation, parenthesis or title: skip those searches at once.
        self._quotes = [(o, c) for o, c in _QUOTE_PAIRS if o in line]
        self._parens = "(" in line or "（" in line
        self._titles = "《" in line
        self._rest: str | None = None

    def kind(self, s: int, e: int) -> str:
        left = self._singles(s - 1, -1)
        if left and left + self._singles(e, 1) >= 3 and self._singles(e, 1):
            return LETTERSPACED
        if (self._quotes and self._quoted(s, e)) or (self._parens and self._paren_names(s, e)):
            return self._unless_split(SEPARATOR, s, e)
        title = self._book_title(s, e) if self._titles else None
        if title is not None:
            return self._unless_split(title, s, e)
        return self.rest()

    def _unless_split(self, kind: str, s: int, e: int) -> str:
        """A separator never cuts a word: "“中国威 胁论”" has a stray space."""
        return SPLIT if kind == SEPARATOR and _splits_word(self.text, s, e, self) else kind

    def _singles(self, pos: int, step: int) -> int:
        """How many single ideographs separated by spaces stand from ``pos`` on in direction
        ``step`` ("阅 读 提 示")."""
        text, count = self.text, 0
        while self.start <= pos < self.end and _CJK.match(text, pos):
            after = pos + step
            if self.start <= after < self.end and text[after] not in SPACE:
                return count  # a longer word: the letterspaced run ends here
            count += 1
            while self.start <= after < self.end and text[after] in SPACE:
                after += step
            pos = after
        return count

    def _quoted(self, s: int, e: int) -> bool:
        text = self.text
        return any(text.count(o, self.start, s) > text.count(c, self.start, s) and text.find(c, e, self.end) >= 0
                   and _parallel_halves(text, s, e) for o, c in self._quotes)

    def _paren_names(self, s: int, e: int) -> bool:
        text = self.text
        opening = max(text.rfind("(", self.start, s), text.rfind("（", self.start, s))
        if opening < 0:
            return False
        closers = [i for i in (text.find(")", e, self.end), text.find("）", e, self.end)) if i >= 0]
        return bool(closers) and _PAREN_NAMES.fullmatch(text, opening, min(closers) + 1) is not None

    def _book_title(self, s: int, e: int) -> str | None:
        """SEPARATOR between the two halves of a 《》 title, TERM otherwise (stripped quotes
        where it has several gaps)."""
        text = self.text
        opening = text.rfind("《", self.start, s)
        if opening < 0 or text.rfind("》", self.start, s) > opening:
            return None
        closing = text.find("》", e, self.end)
        end = closing if closing >= 0 else self.end
        inside = sum(1 for m in _GAP.finditer(text, opening, end) if _is_gap(text, m))
        return SEPARATOR if inside == 1 and _parallel_halves(text, s, e) else TERM

    def rest(self) -> str:
        """The kind of a gap that no quotation, parenthesis or title explains."""
        if self._rest is None:
            if self.end - self.start <= DISPLAY_MAX and _BYLINE.search(self.text, self.start, self.end):
                self._rest = SEPARATOR
            else:
                self._rest = TITLE if is_display(self.text, self.start, self.end) else TERM
        return self._rest
