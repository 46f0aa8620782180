"""The user's replacement lists (common OCR confusions of a source, house style), applied as
one rule after all the others.

Rows are literal strings or regular expressions (with \\1 / \\g<name> in the replacement).
Where matches overlap, the earlier list (then the earlier row, then the leftmost match)
wins, so a list can carve out exceptions for the ones after it. The user wrote the rows, so the confidence is 1.0; ``dry_run_count`` shows how often
each list would fire before the user turns it on.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Sequence

from editor.core.errors import InputError
from editor.core.model import Change
from editor.core.cleanup.rules.base import Context, Replacement, ReplacementList


@lru_cache(maxsize=1024)
def _compile(pattern: str, regex: bool) -> re.Pattern:
    return re.compile(pattern if regex else re.escape(pattern))


def _pattern(lst: ReplacementList, row: Replacement) -> re.Pattern:
    try:
        return _compile(row.pattern, row.regex)
    except re.error as err:
        raise InputError(f"replacement list {lst.name!r}", f"row {row.pattern!r} is not a valid regular expression: {err}") from None


def _matches(text: str, lists: Iterable[ReplacementList]) -> list[tuple[int, int, str, str, int]]:
    """Non-overlapping (start, end, replacement, list name, row index), in text order. Rows
    claim text in priority order: lists in order, rows in order, matches left to right."""
    starts: list[int] = []
    chosen: list[tuple[int, int, str, str, int]] = []
    for lst in lists:
        for ri, row in enumerate(lst.entries):
            if not row.pattern:
                continue
            for m in _pattern(lst, row).finditer(text):
                start, end = m.span()
                i = bisect_left(starts, start)
                if end == start or (i and chosen[i - 1][1] > start) or (i < len(starts) and starts[i] < end):
                    continue
                after = m.expand(row.replacement) if row.regex else row.replacement
                starts.insert(i, start)
                chosen.insert(i, (start, end, after, lst.name, ri))
    return chosen


def dry_run_count(text: str, lists: Sequence[ReplacementList]) -> dict[str, int]:
    """How many replacements each list would make in ``text``, enabled or not, when the lists
    run together in this order."""
    counts = {lst.name: 0 for lst in lists}
    for _, _, _, name, _ in _matches(text, lists):
        counts[name] += 1
    return counts


class UserReplacements:
    id = "user.replacements"
    title = "Replacement lists"
    description = "The user's own replacement lists, literal or regular expressions."

    def propose(self, text: str, ctx: Context) -> list[Change]:
        lists = [lst for lst in ctx.replacements if lst.enabled]
        return [Change(self.id, start, end, text[start:end], after,
                       f"replacement list {name!r}", 1.0, {"list": name, "row": row})
                for start, end, after, name, row in _matches(text, lists)]


RULE = UserReplacements()
