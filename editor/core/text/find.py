"""Finding a pattern in a text, in code points: literal or regular expression, whole words
optional, with the context each match is shown in and the text a replacement makes.

"Whole words" looks at letters and digits outside the CJK ideographs only: Chinese has no
spaces between words, so an ideograph next to a match never makes it part of a longer word
("and" is found in "防控and复工" but not in "band").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.errors import InputError

_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@dataclass(frozen=True, slots=True)
class Query:
    pattern: str
    regex: bool = False
    whole_words: bool = False
    case_sensitive: bool = True

    def compiled(self) -> re.Pattern:
        """The pattern as compiled; InputError naming it when it is empty or does not compile."""
        if not self.pattern:
            raise InputError("find", "the pattern is empty")
        try:
            return re.compile(self.pattern if self.regex else re.escape(self.pattern),
                              0 if self.case_sensitive else re.IGNORECASE)
        except re.error as err:
            raise InputError(f"pattern {self.pattern!r}", f"is not a regular expression: {err}") from None


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    text: str
    replacement: str | None = None  # what replacing would put there (None: no replacement asked)


def _wordish(ch: str) -> bool:
    return ch.isalnum() and not _IDEOGRAPH.match(ch)


def _whole(text: str, start: int, end: int) -> bool:
    if start == end:
        return False
    if _wordish(text[start]) and start > 0 and _wordish(text[start - 1]):
        return False
    return not (_wordish(text[end - 1]) and end < len(text) and _wordish(text[end]))


def find(text: str, query: Query, replacement: str | None = None) -> list[Found]:
    """Every non-empty match in order, non-overlapping; with ``replacement`` each carries its
    expanded text (``\\1``, ``\\g<name>`` in a regular expression; literal otherwise)."""
    rx = query.compiled()
    found = []
    for m in rx.finditer(text):
        if m.start() == m.end() or (query.whole_words and not _whole(text, m.start(), m.end())):
            continue
        out = None
        if replacement is not None:
            out = _expand(m, replacement, query)
        found.append(Found(m.start(), m.end(), m.group(), out))
    return found


def _expand(m: re.Match, replacement: str, query: Query) -> str:
    if not query.regex:
        return replacement
    try:
        return m.expand(replacement)
    except (re.error, IndexError) as err:
        raise InputError(f"replacement {replacement!r}", f"cannot be made: {err}") from None


def context(text: str, start: int, end: int, width: int = 18) -> tuple[str, str, str]:
    """(before, match, after) on one line: at most ``width`` characters each side, breaks
    shown as ⏎."""
    def line(s: str) -> str:
        return s.replace("\r\n", "⏎").replace("\n", "⏎").replace("\t", " ")

    lo, hi = max(0, start - width), min(len(text), end + width)
    before = ("…" if lo > 0 else "") + line(text[lo:start])
    after = line(text[end:hi]) + ("…" if hi < len(text) else "")
    return before, line(text[start:end]), after
