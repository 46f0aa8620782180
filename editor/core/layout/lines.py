"""The shapes of transcription lines: sentence ends, display lines, bylines, photo credits and
heading markers. The line rules and segmentation share these so that they agree on what a
title, a byline or a broken paragraph looks like.

Half- and full-width punctuation are both recognised: the line rules may run before the
punctuation-width rule, or with it disabled.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from editor.core.lang.cjk import CJK_CLASS

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)】〕"
CLAUSE_PUNCT = "，、；：,;:"
# A display line (title, kicker, heading, caption) is at most this wide, in CJK columns.
DISPLAY_MAX = 40.0
# A lead-in kicker ending with a dash ("…送去贴心温暖——") may be longer.
KICKER_MAX = 80.0

_CJK = f"[{CJK_CLASS}]"
# Personal names as bylines print them: 2-4 ideographs, or transliterations joined by "·".
NAME = f"(?:{_CJK}{{1,10}}·{_CJK}{{1,10}}|{_CJK}{{2,4}})"
_ROLES = ("本报记者", "本报通讯员", "特约记者", "特约通讯员", "通讯员", "记者", "实习生", "见习记者")
_ROLE = f"(?:{'|'.join(_ROLES)})"
_AGENCIES = ("新华社", "中新社", "中新网", "人民网")
_NAMES = rf"{_ROLE}?\s*{NAME}(?:[\s、，,]+{_ROLE}?\s*{NAME}){{0,4}}"
# Parenthesised words that close a paragraph without being names.
_NOT_NAMES = {"完", "全文完", "待续", "未完待续", "试行", "草案", "节选", "摘要", "有删节", "资料图", "下同", "续完",
              "图片", "视频", "原标题", "详见", "见下图", "记者", "通讯员"}

_BYLINE_LINE = re.compile(
    rf"(?:本报(?:讯|记者|通讯员|特约记者|特约通讯员|实习生|见习记者)|{_ROLE}[\s:：]|文[/／]|文[\s:：]|作者[\s:：])"
)
# Every byline pattern above and below starts with one of these: most lines need no regex.
_BYLINE_FIRST = frozenset("（(本特通记实见文作新中人")
# How each byline pattern here can begin (own_block_shape() tests this before a shape).
_BYLINE_START = "|".join(("[（(文]", "本报", "作者", *_ROLES, *_AGENCIES))
_PARENS = re.compile(r"[（(][^（()）]*[）)]")
_PAREN_NAMES = re.compile(rf"[（(]\s*({_NAMES})\s*[）)]")
_BYLINE_PREFIX = re.compile(
    rf"(?:本报讯|本报[^\s，。,（(]{{1,8}}(?:电|讯)|(?:{'|'.join(_AGENCIES)})[^\s，。,（(]{{1,12}}电)"
    r"(?:\s*[（(][^）)\n]{1,40}[）)])?"
)
_BYLINE_SUFFIX = re.compile(rf"[{SENTENCE_END}][{CLOSERS}]*\s*([（(]\s*{_NAMES}\s*[）)])\s*$")
# A credit names its photographer (摄) or a picture (图): most lines need no regex.
_CREDIT = re.compile(
    rf"(?:[（(]?(?:新华社|中新社|本报|特约)?(?:摄影记者|记者|通讯员)?\s*{_NAMES}\s*摄(?:影)?[）)]?"
    rf"|(?:图|摄影|图片)[/／:：]\s*.{{1,30}}|(?:图片来源|资料图片|视频截图).{{0,30}})"
)
_HEADING_MARK = re.compile(
    r"(?:[◆◇■□●○▲△★☆▶►◎※]"
    r"|[一二三四五六七八九十]{1,3}[、．.]"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分|篇)(?=[\s:：、]|$)"
    r"|\d{1,2}[、．](?!\d))"
)
_ENUM_START = re.compile(r"(?:[①-⑳]|[（(]\d{1,2}[）)]|\d{1,2}\)\s)")
_SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}]")
_SENTENCE_END_CHARS = frozenset(SENTENCE_END)
_CONTINUATION_FIRST = frozenset("，。、；：！？）》”’」』,.;:!?)")
_SEPARATOR_SPACE = re.compile(rf"{_CJK}[ \u3000]+{_CJK}")
# The first characters a byline or a marked heading can have (besides digits).
_OWN_BLOCK_FIRST = _BYLINE_FIRST | frozenset("◆◇■□●○▲△★☆▶►◎※一二三四五六七八九十（(第")
_OWN_BLOCK_START = re.compile(f"{_BYLINE_START}|{_HEADING_MARK.pattern}")
OWN_BLOCK_SHAPES = ("marked", "byline", "credit")


class Line(NamedTuple):
    """A line of a text: [start, end) is its content without the newline and a trailing "\\r"."""

    start: int
    end: int
    text: str


def split_lines(text: str) -> Iterator[Line]:
    # Lines made with tuple.__new__: the named tuple's own constructor is a Python function,
    # and several rules split every line of a text. Most texts have no "\r" to look for.
    new, pos = tuple.__new__, 0
    if "\r" not in text:
        for raw in text.split("\n"):
            n = len(raw)
            yield new(Line, (pos, pos + n, raw))
            pos += n + 1
        return
    for raw in text.split("\n"):
        n = len(raw)
        if raw[-1:] == "\r":
            yield new(Line, (pos, pos + n - 1, raw[:-1]))
        else:
            yield new(Line, (pos, pos + n, raw))
        pos += n + 1


def width(s: str) -> float:
    """Printed width in CJK columns: ASCII is half as wide as an ideograph."""
    return len(s) - 0.5 * len(s.encode("ascii", "ignore"))


def wider(s: str, limit: float) -> bool:
    """width(s) > limit, without measuring lines that are obviously wider or narrower (a
    string is never wider than its length, nor narrower than half of it)."""
    n = len(s)
    return n > limit and (n > 2 * limit or width(s) > limit)


def ends_sentence(line: str) -> bool:
    s = line.rstrip()
    # Only a line that ends with a parenthesis can end with a byline after its last sentence.
    return s.rstrip(CLOSERS)[-1:] in _SENTENCE_END_CHARS or s[-1:] in ")）" and byline_suffix(line) is not None


def has_inner_sentence_end(line: str) -> bool:
    """A sentence ends somewhere before the last character: the line is running prose."""
    s = line.strip()
    return _SENTENCE_END_RE.search(s, 0, len(s) - 1) is not None


def is_display(line: str) -> bool:
    """Short and without a closing sentence end: a title, kicker, heading or caption shape."""
    s = line.strip()
    if not s or wider(s, KICKER_MAX) or ends_sentence(s):
        return False
    return not wider(s, DISPLAY_MAX) or s.endswith("—")


def has_separator_space(line: str) -> bool:
    """Two ideograph runs set apart by a space, as display titles print their halves."""
    return _SEPARATOR_SPACE.search(line.strip()) is not None


def _names_ok(group: str) -> bool:
    words = re.split(r"[\s、，,（()）]+", group)
    return not any(w in _NOT_NAMES for w in words if w)


def is_byline(line: str) -> bool:
    """A whole line that credits the writers: 本报记者 张静, 本报讯（记者李国）, （陈煜蕾）."""
    s = line.strip()
    if not s or s[0] not in _BYLINE_FIRST or wider(s, DISPLAY_MAX) or has_inner_sentence_end(s):
        return False
    m = _PAREN_NAMES.fullmatch(s)
    if m:
        return _names_ok(m.group(1))
    if _BYLINE_LINE.match(s):
        # a byline has no clause of running text after it ("本报讯5月9日至11日，全国…" is a lead)
        bare = _PARENS.sub("", s)
        return not any(p in bare for p in "，,；;：:") and (not ends_sentence(s) or s.endswith(("）", ")")))
    return bool(_BYLINE_PREFIX.fullmatch(s))


def byline_prefix(line: str) -> int | None:
    """Length of a dateline byline glued to the start of a paragraph ("本报讯（记者李国）3月14日，…")."""
    s = line.lstrip()
    m = _BYLINE_PREFIX.match(s)
    if not m or m.end() == len(s.rstrip()):
        return None
    return len(line) - len(s) + m.end()


def byline_suffix(line: str) -> int | None:
    """Start of a parenthesised byline printed after the last sentence ("…战。（辛闻 赵新谕）")."""
    m = _BYLINE_SUFFIX.search(line)
    if not m or not _names_ok(m.group(1)):
        return None
    return m.start(1)


def is_credit(line: str) -> bool:
    """A photo credit: 新华社记者 张博文 摄, 图/张三."""
    s = line.strip()
    return bool(s) and ("摄" in s or "图" in s) and not wider(s, DISPLAY_MAX) and _CREDIT.fullmatch(s) is not None


def heading_mark(line: str) -> bool:
    """Starts with a bullet or an outline number (◆, 一、, （二）, 第三章, 1、)."""
    return _HEADING_MARK.match(line.lstrip()) is not None


def is_marked_heading(line: str) -> bool:
    s = line.strip()
    return heading_mark(s) and not wider(s, DISPLAY_MAX) and not ends_sentence(s)


def continues(line: str) -> bool:
    """Begins with a mark that only ever follows a word ("，即使…", "』（人民论坛）"): the line
    goes on from the line before it."""
    return line.lstrip()[:1] in _CONTINUATION_FIRST


def starts_item(line: str) -> bool:
    """Begins like a list item or an outline entry: never the continuation of a sentence."""
    s = line.lstrip()
    return heading_mark(s) or _ENUM_START.match(s) is not None


def own_block_shape(line: str) -> bool:
    """shape(line) in OWN_BLOCK_SHAPES: lines that never run on into a paragraph. Every credit
    names 摄 or 图 and every byline or marked heading begins as _OWN_BLOCK_START says, so a
    column line is mostly decided without its shape."""
    s = line.lstrip()
    first = s[:1]
    if (first in _OWN_BLOCK_FIRST or first.isdecimal()) and _OWN_BLOCK_START.match(s) or "摄" in s or "图" in s:
        return shape(line) in OWN_BLOCK_SHAPES
    return False


@lru_cache(maxsize=1 << 14)
def shape(line: str) -> str:
    """What a line is by its shape alone: "credit", "byline", "marked" (a heading with a
    bullet or outline number), "display" or "paragraph". Cached: several rules ask."""
    s = line.strip()
    if wider(s, DISPLAY_MAX):
        return "display" if is_display(s) else "paragraph"
    if is_credit(s):
        return "credit"
    if is_byline(s):
        return "byline"
    if is_marked_heading(s):
        return "marked"
    return "display" if is_display(s) else "paragraph"
