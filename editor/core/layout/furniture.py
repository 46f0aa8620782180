"""Page furniture in a transcription: the lines a printed page carries around the articles.

- page lines: page number, date, weekday ("A06 2020.2.24 星期一"), also with doubled glyphs;
- credit lines of the page's editors ("责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣", "编辑：应朝晖、郑姣");
- distribution lists of newsletters ("本期送：…", "报送：…");
- a newsletter masthead at the very top: name, sub-name, issue label, issuer, date
  ("赣鄱工人有力量 / (江西工会信息) / 第 11 期 / 江西省总工会办公室 / 2020 年 3 月 15 日");
- a date alone on a line.
Each is reported with the line tidied for the issue metadata and a confidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from editor.core.layout import dates
from editor.core.layout.lines import ends_sentence, split_lines, width, wider

# A masthead is looked for among the first lines only, and its lines are short.
MASTHEAD_LINES = 8
MASTHEAD_WIDTH = 30.0
LINE_MAX = 60.0

_DISTRIBUTION_WORDS = ("本期送", "本期发", "报送", "抄送", "分送", "主送")
_SOURCE_WORDS = ("来源", "稿件来源", "发布时间", "发布日期", "更新时间")
_DISTRIBUTION = re.compile(rf"[ \t]*(?:{'|'.join(_DISTRIBUTION_WORDS)})[ \t]*[:：]")
_SOURCE = re.compile(rf"[ \t]*(?:{'|'.join(_SOURCE_WORDS)})[ \t]*[:：]")
_PAGE_TOKEN = re.compile(
    rf"(?:{dates.PAGE_LABEL.pattern}|{dates.FULL_DATE.pattern}|{dates.WEEKDAY.pattern}|农历\S{{2,12}}|[｜|/·])"
)


@dataclass(frozen=True, slots=True)
class FurnitureLine:
    start: int  # the line, with its newline when it has one
    end: int
    cleaned: str  # tidied, for the issue metadata
    kind: str  # "page", "editors", "distribution", "source", "masthead", "date"
    confidence: float


def page_line(s: str) -> bool:
    """Only page labels, dates, weekdays and separators, with a date or a label and a weekday."""
    rest = _PAGE_TOKEN.sub(" ", s)
    if rest.strip():
        return False
    return bool(dates.FULL_DATE.search(s)) or bool(dates.PAGE_LABEL.search(s) and dates.WEEKDAY.search(s))


def date_line(s: str) -> bool:
    m = dates.FULL_DATE.search(s)
    return bool(m) and not (s[:m.start()] + s[m.end():]).strip(" \t日")


# Every furniture line but a distribution list (classify() takes those first) has one of these.
_MAYBE = re.compile(rf"(?:19|20)\d\d|星期|礼拜|{'|'.join(dates.EDITOR_ROLES)}|^{_SOURCE.pattern}")
# Finds the lines that may hold a _MAYBE match: each of those holds one of these words. Every
# alternative starts with a literal character, so the regex engine skips from one such
# character to the next at C speed (a "^" or a lookahead has it try every position).
_KEYWORD = re.compile("|".join((r"19\d\d", r"20\d\d", "星期", "礼拜", *dates.EDITOR_ROLES,
                                 *_DISTRIBUTION_WORDS, *_SOURCE_WORDS)))


def classify(line: str) -> tuple[str, float] | None:
    """The furniture kind of one line, or None for article text."""
    if _DISTRIBUTION.match(line):
        return "distribution", 0.9
    # Doubled glyphs make a furniture line up to twice as long before it is tidied.
    if wider(line.strip(), 2 * LINE_MAX) or not _MAYBE.search(line):
        return None
    s = dates.tidy(line)
    if not s or wider(s, LINE_MAX):
        return None
    if page_line(s) and not date_line(s):
        return "page", 0.95
    if dates.EDITOR_LINE.fullmatch(s):
        strong = len({role for role, _ in dates.editors(s)}) > 1 or not s.lstrip().startswith("编辑")
        return "editors", 0.95 if strong else 0.85
    if _SOURCE.match(s) and not ends_sentence(s):
        return "source", 0.8
    if date_line(s):
        return "date", 0.75
    return None


def masthead(text: str) -> list[tuple[int, int, str]]:
    """The top lines of a newsletter masthead, found by its issue label ("第 11 期"): every short
    line from the top down to the last issue-label or date line among the first few lines."""
    lines = []
    for ln in islice((ln for ln in split_lines(text) if ln.text.strip()), MASTHEAD_LINES):
        if _surely_wide(ln.text):
            break  # a paragraph: tidying it first would cost more than the rest of the search
        lines.append(ln)
    if not any("第" in ln.text for ln in lines):
        return []  # no issue label ("第 11 期"), and tidying a line makes none
    last, labelled = -1, False
    for i, ln in enumerate(lines):
        s = dates.tidy(ln.text)
        if width(s) > MASTHEAD_WIDTH or ends_sentence(s):
            break
        if dates.issue_label(s) and dates.ISSUE_LABEL.fullmatch(s.strip()):
            last, labelled = i, True
        elif labelled and date_line(s):
            last = i
    if not labelled:
        return []
    return [(ln.start, ln.end, dates.tidy(ln.text)) for ln in lines[:last + 1]]


def _surely_wide(line: str) -> bool:
    """Is ``dates.tidy(line)`` surely wider than a masthead line? Tidying drops only ASCII
    marks and whitespace and halves doubled glyphs, so at least half of the line's other
    characters stay, each a column wide."""
    solid = "".join(line.split())
    return len(solid) - len(solid.encode("ascii", "ignore")) > 2 * MASTHEAD_WIDTH


def find(text: str) -> list[FurnitureLine]:
    """Furniture lines of ``text`` in order; the masthead first."""
    out: list[FurnitureLine] = []
    taken = set()
    for start, end, cleaned in masthead(text):
        anchor = dates.ISSUE_LABEL.fullmatch(cleaned.strip()) or date_line(cleaned)
        out.append(FurnitureLine(start, _with_newline(text, end), cleaned, "masthead", 0.9 if anchor else 0.8))
        taken.add(start)
    for m in _KEYWORD.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start in taken:
            continue
        taken.add(start)
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        line = text[start:end].removesuffix("\r")
        found = classify(line)
        if found:
            out.append(FurnitureLine(start, _with_newline(text, start + len(line)), dates.tidy(line), *found))
    return sorted(out, key=lambda f: f.start)


def _with_newline(text: str, end: int) -> int:
    if text.startswith("\r\n", end):
        return end + 2
    return end + 1 if text.startswith("\n", end) else end
