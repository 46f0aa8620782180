"""Dates, issue labels, page labels and editor credits as newspapers print them, and a tidy-up
of such lines (doubled bold glyphs, spaced digits) that works on raw transcriptions."""
from __future__ import annotations

import datetime as _dt
import re

_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}

_NUM = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
FULL_DATE = re.compile(
    rf"((?:19|20)\d{{2}}|[一二][〇零一二三四五六七八九]{{3}})\s*(?:年\s*({_NUM})\s*月\s*({_NUM})\s*日"
    r"|[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})(?!\d))"
)
MONTH_DAY = re.compile(rf"(?<![\d年])({_NUM})\s*月\s*({_NUM})\s*日")
YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
ISSUE_LABEL = re.compile(rf"(?:总\s*)?第\s*({_NUM})\s*[期号]")
PAGE_LABEL = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2}\d{1,3}|第?\s*\d{1,3}\s*版)(?![A-Za-z0-9])")
WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
EDITOR_ROLES = ("责任编辑", "值班编辑", "责编", "编辑", "版式", "美编", "校对", "审校", "审核", "终审", "监制",
                "设计", "排版", "统筹", "主编", "视觉")
_ROLE_RE = "|".join(EDITOR_ROLES)
_PERSON = r"[\u4e00-\u9fff·]{2,8}"
_GAP = r"(?:\s*[:：]\s*|\s+)"  # a role and its names are set apart: "责编 汪自力", "编辑：应朝晖"
EDITOR_ENTRY = re.compile(rf"({_ROLE_RE}){_GAP}({_PERSON}(?:\s*[、，,]\s*{_PERSON})*)")
EDITOR_LINE = re.compile(
    rf"\s*(?:{_ROLE_RE}){_GAP}{_PERSON}(?:\s*[、，,]\s*{_PERSON})*"
    rf"(?:\s*[｜|/／;；]?\s*(?:{_ROLE_RE}){_GAP}{_PERSON}(?:\s*[、，,]\s*{_PERSON})*)*\s*"
)


def cn_number(s: str) -> int | None:
    """Arabic or Chinese numerals ("15", "十五", "二〇二〇") as an int."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CN_DIGITS and c != "十" for c in s):
        return None
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def iso_date(year: int, month: int, day: int) -> str | None:
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first complete printed date in ``text`` as YYYY-MM-DD."""
    for m in FULL_DATE.finditer(text):
        year = cn_number(m.group(1))
        month = cn_number(m.group(2) or m.group(4))
        day = cn_number(m.group(3) or m.group(5))
        if year and month and day and (found := iso_date(year, month, day)):
            return found
    return None


def find_month_day(text: str, year: int) -> str | None:
    for m in MONTH_DAY.finditer(text):
        month, day = cn_number(m.group(1)), cn_number(m.group(2))
        if month and day and (found := iso_date(year, month, day)):
            return found
    return None


def issue_label(line: str) -> str | None:
    m = ISSUE_LABEL.search(line)
    if not m:
        return None
    n = cn_number(m.group(1))
    return None if n is None else f"第{n}期"


def editors(line: str) -> list[tuple[str, str]]:
    """(role, name) pairs of a credit line: "责编 汪自力 ｜ 版式 邹琦", "编辑：应朝晖、郑姣"."""
    out = []
    for m in EDITOR_ENTRY.finditer(line):
        for name in re.split(r"\s*[、，,]\s*", m.group(2)):
            out.append((m.group(1), name))
    return out


def undouble(line: str) -> str:
    """Undo PDF bold rendering that printed every token twice ("责编责编 汪自力汪自力" -> "责编 汪自力").

    Works field by field (fields are separated by spaces); a field is undone only when it
    splits entirely into doubled pieces, and the line only when two fields or more are doubled,
    so real repeats (谢谢, 2020) stay.
    """
    fields = line.split(" ")
    undone = [_halve(f) for f in fields]
    if sum(1 for f, u in zip(fields, undone) if u is not None) < 2:
        return line
    return " ".join(f if u is None else u for f, u in zip(fields, undone))


def _halve(field: str) -> str | None:
    out, i, n = [], 0, len(field)
    if n < 2:
        return None
    while i < n:
        for k in range(1, (n - i) // 2 + 1):
            if field[i:i + k] == field[i + k:i + 2 * k]:
                out.append(field[i:i + k])
                i += 2 * k
                break
        else:
            return None
    return "".join(out)


_MARKS = re.compile(r"^\s*#{1,6}\s+|\*\*")
_UNIT_SPACE = re.compile(r"(?<=\d)\s+(?=[年月日期号版])|(?<=[年月第])\s+(?=\d)")
_PAREN = re.compile(r"\(([^()]*[\u4e00-\u9fff][^()]*)\)")
_COLON = re.compile(r"(?<=[\u4e00-\u9fff]):")


def tidy(line: str) -> str:
    """A furniture line as a copy editor would file it: Markdown marks, doubled glyphs and the
    spaces inside dates and issue numbers gone; brackets and colons after Chinese full-width."""
    s = _MARKS.sub("", line).strip()
    s = undouble(s)
    s = _UNIT_SPACE.sub("", s)
    s = _PAREN.sub(r"（\1）", s)
    return _COLON.sub("：", s)
